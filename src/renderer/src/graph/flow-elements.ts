import type { Edge, Node } from '@xyflow/react'
import type { PositionedNode, TreeLayout } from '../../../shared/layout/layout-tree'

export type OrgFlowData = {
  item: PositionedNode
}
export type OrgFlowNode = Node<OrgFlowData>

/** Layout → React Flow elements. Positions come from the shared layout, never from the DOM. */
export function toFlowElements(layout: TreeLayout): { nodes: OrgFlowNode[]; edges: Edge[] } {
  return {
    nodes: layout.nodes.map((item) => ({
      id: item.node.id,
      type: item.node.kind,
      position: { x: item.x, y: item.y },
      width: item.box.width,
      height: item.box.height,
      data: { item },
      draggable: false,
      connectable: false
    })),
    edges: layout.edges.map((edge) => ({
      ...edge,
      type: 'smoothstep',
      focusable: false,
      selectable: false
    }))
  }
}
