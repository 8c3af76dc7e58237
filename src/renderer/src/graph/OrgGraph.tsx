import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type NodeMouseHandler
} from '@xyflow/react'
import { useCallback, useEffect, useMemo, type KeyboardEvent } from 'react'
import type { Catalog } from '../../../shared/catalog/catalog'
import { layoutTree } from '../../../shared/layout/layout-tree'
import { THEMES } from '../../../shared/theme/palette'
import { buildOrgTree } from '../../../shared/tree/org-tree'
import { selectTheme, useViewStore } from '../store'
import { toFlowElements, type OrgFlowNode } from './flow-elements'
import { NODE_TYPES } from './OrgNodeView'

const FIT_VIEW_OPTIONS = { padding: 0.08, duration: 0 }
const PRO_OPTIONS = { hideAttribution: true }

export function OrgGraph({ catalog }: { catalog: Catalog }) {
  const collapsed = useViewStore((s) => s.collapsed)
  const layoutKind = useViewStore((s) => s.layoutKind)
  const selectedId = useViewStore((s) => s.selectedId)
  const theme = useViewStore(selectTheme)
  const select = useViewStore((s) => s.select)

  const layout = useMemo(
    () => layoutTree(buildOrgTree(catalog, collapsed), catalog, { kind: layoutKind }),
    [catalog, collapsed, layoutKind]
  )
  const { nodes, edges } = useMemo(() => {
    const elements = toFlowElements(layout)
    return {
      ...elements,
      nodes: elements.nodes.map((node) =>
        node.id === selectedId ? { ...node, selected: true } : node
      )
    }
  }, [layout, selectedId])

  const onNodeClick: NodeMouseHandler<OrgFlowNode> = useCallback(
    (_, node) => select(node.id),
    [select]
  )
  const onPaneClick = useCallback(() => select(undefined), [select])
  // React Flow makes nodes focusable but gives them no keyboard action: Enter or Space on a
  // focused node opens its details, like a click.
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.key !== 'Enter' && event.key !== ' ') return
      const target = event.target as HTMLElement
      if (!target.classList.contains('react-flow__node')) return
      event.preventDefault()
      select(target.dataset.id)
    },
    [select]
  )
  const minimapColor = useCallback(
    (node: OrgFlowNode) => {
      const palette = THEMES[theme]
      const kind = node.data.item.node.kind
      return kind === 'company' || kind === 'division' ? palette[kind] : palette.border
    },
    [theme]
  )

  return (
    <ReactFlow<OrgFlowNode>
      nodes={nodes}
      edges={edges}
      nodeTypes={NODE_TYPES}
      onNodeClick={onNodeClick}
      onPaneClick={onPaneClick}
      onKeyDown={onKeyDown}
      colorMode={theme}
      fitView
      fitViewOptions={FIT_VIEW_OPTIONS}
      minZoom={0.1}
      maxZoom={2.5}
      nodesDraggable={false}
      nodesConnectable={false}
      edgesFocusable={false}
      elementsSelectable
      proOptions={PRO_OPTIONS}
      aria-label="Organization chart"
    >
      <FitOnChange catalog={catalog} layoutKind={layoutKind} />
      <Background gap={24} size={1} />
      <Controls showInteractive={false} position="bottom-left" />
      <MiniMap
        pannable
        zoomable
        nodeColor={minimapColor}
        nodeStrokeWidth={0}
        position="bottom-right"
        ariaLabel="Minimap"
      />
    </ReactFlow>
  )
}

/** Re-fit when a new catalog arrives or the layout changes; not on expand/collapse. */
function FitOnChange({ catalog, layoutKind }: { catalog: Catalog; layoutKind: string }) {
  const { fitView } = useReactFlow()
  useEffect(() => {
    // Wait a frame so React Flow has measured the new nodes before fitting.
    const frame = requestAnimationFrame(() => void fitView(FIT_VIEW_OPTIONS))
    return () => cancelAnimationFrame(frame)
  }, [catalog, layoutKind, fitView])
  return null
}
