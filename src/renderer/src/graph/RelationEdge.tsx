import type { Edge, EdgeProps } from '@xyflow/react'
import { memo } from 'react'
import type { PositionedNode, TreeLayout } from '../../../shared/layout/layout-tree'
import {
  RELATION_STYLE,
  relationGeometry,
  visibleRelations
} from '../../../shared/layout/relation-path'
import type { TeamRelation } from '../../../shared/org/relations'

export type RelationEdgeData = {
  relation: TeamRelation
  source: PositionedNode
  target: PositionedNode
  lane: number
}

/**
 * A relation between two teams, as the export draws it (relation-path.ts): a dashed curve in the
 * relation colour, an arrowhead for a directed kind, and the kind on a pill at its middle.
 */
function RelationEdgeImpl({ data }: EdgeProps) {
  const { relation, source, target, lane } = data as RelationEdgeData
  const geometry = relationGeometry(relation, source, target, lane)
  const { label } = geometry
  const { font } = RELATION_STYLE.label
  return (
    <g
      className={`relation relation--${relation.kind}`}
      data-testid="relation-edge"
      data-relation={`${relation.from} ${relation.kind} ${relation.to}`}
    >
      <path
        className="relation__line"
        d={geometry.d}
        fill="none"
        strokeWidth={RELATION_STYLE.width}
        strokeDasharray={RELATION_STYLE.dash.join(' ')}
      />
      {geometry.arrow && <path className="relation__arrow" d={geometry.arrow} />}
      <rect
        className="relation__pill"
        x={label.x}
        y={label.y}
        width={label.width}
        height={label.height}
        rx={label.height / 2}
      />
      <text
        className="relation__label"
        x={label.x + label.width / 2}
        y={label.y + label.height / 2}
        textAnchor="middle"
        dominantBaseline="central"
        style={{ fontSize: font.size, fontWeight: font.weight }}
      >
        {label.text}
      </text>
    </g>
  )
}

export const RelationEdge = memo(RelationEdgeImpl)

/** The relations whose two teams are on the chart, as React Flow edges over the tree's. */
export function relationEdges(
  layout: TreeLayout,
  relations: readonly TeamRelation[]
): Edge<RelationEdgeData>[] {
  const byId = new Map(layout.nodes.map((item) => [item.node.id, item]))
  return visibleRelations(relations, byId).map(({ relation, source, target, lane }) => ({
    id: `relation:${relation.from}:${relation.kind}:${relation.to}`,
    source: source.node.id,
    target: target.node.id,
    type: 'relation',
    data: { relation, source, target, lane },
    focusable: false,
    selectable: false
  }))
}
