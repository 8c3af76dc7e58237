import { BaseEdge, type EdgeProps } from '@xyflow/react'
import { memo } from 'react'
import { edgePath } from '../../../shared/layout/edge-path'
import { columnShift, type PositionedNode } from '../../../shared/layout/layout-tree'

export type OrgEdgeData = { source: PositionedNode; target: PositionedNode }

/** Draws the shared edge path (src/shared/layout/edge-path.ts), the same one the export uses. */
function OrgEdgeImpl({ id, sourceX, sourceY, targetX, targetY, data }: EdgeProps) {
  const { source, target } = data as OrgEdgeData
  const path = edgePath(
    { x: sourceX, y: sourceY },
    source.sourceSide,
    { x: targetX, y: targetY },
    target.targetSide,
    columnShift(source, target)
  )
  return <BaseEdge id={id} path={path} />
}

export const OrgEdge = memo(OrgEdgeImpl)
