import type { Edge, EdgeProps } from '@xyflow/react'
import { memo } from 'react'
import type { TreeLayout } from '../../../shared/layout/layout-tree'
import type { Catalog } from '../../../shared/catalog/catalog'
import {
  RELATION_STYLE,
  relationGeometry,
  teamHomes,
  visibleRelations,
  type VisibleRelation
} from '../../../shared/layout/relation-path'
import { relationList } from '../../../shared/org/relations'

export type RelationEdgeData = VisibleRelation

/**
 * A relation between two teams, as the export draws it (relation-path.ts): a dashed curve in the
 * relation colour, an arrowhead for a directed kind, and the kind on a pill at its middle.
 */
function RelationEdgeImpl({ data }: EdgeProps) {
  const { relation, source, target, lane, count } = data as RelationEdgeData
  const geometry = relationGeometry(relation, source, target, lane, count)
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

/** The catalog's relations as drawn on the laid-out chart, as React Flow edges over the tree's. */
export function relationEdges(layout: TreeLayout, catalog: Catalog): Edge<RelationEdgeData>[] {
  const byId = new Map(layout.nodes.map((item) => [item.node.id, item]))
  return visibleRelations(relationList(catalog), byId, teamHomes(catalog)).map((line) => ({
    id: `relation:${line.source.node.id}:${line.relation.kind}:${line.target.node.id}`,
    source: line.source.node.id,
    target: line.target.node.id,
    type: 'relation',
    data: line,
    focusable: false,
    selectable: false
  }))
}
