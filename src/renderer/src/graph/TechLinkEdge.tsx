import { BaseEdge, type EdgeProps } from '@xyflow/react'
import { memo } from 'react'
import type { TechLinkData } from './flow-elements'

/**
 * A curve between two teams that share a selected technology, drawn from the layout's positions
 * (the tree's handles point elsewhere): across to the next column, or bowing out to the right
 * of a column so it does not run over the cards in between.
 */
function TechLinkEdgeImpl({ id, data }: EdgeProps) {
  const { source, target, color, technology, index } = data as TechLinkData
  const offset = 6 * index
  let path: string
  if (target.x > source.x + source.box.width) {
    // Another column to the right: leave from the right side, enter from the left.
    const sx = source.x + source.box.width
    const sy = source.y + source.box.height / 2 + offset
    const tx = target.x
    const ty = target.y + target.box.height / 2 + offset
    const dx = Math.max(40, (tx - sx) / 2)
    path = `M${sx} ${sy} C${sx + dx} ${sy} ${tx - dx} ${ty} ${tx} ${ty}`
  } else {
    // Same column (or a tree level): bow out to the right of both cards.
    const sx = source.x + source.box.width
    const sy = source.y + source.box.height / 2 + offset
    const tx = target.x + target.box.width
    const ty = target.y + target.box.height / 2 + offset
    // Stay inside the gap before the next column (48px).
    const bow = 22 + Math.min(14, Math.abs(ty - sy) / 40) + offset
    const x = Math.max(sx, tx) + bow
    path = `M${sx} ${sy} C${x} ${sy} ${x} ${ty} ${tx} ${ty}`
  }
  return (
    <BaseEdge
      id={id}
      path={path}
      className="tech-link"
      style={{ stroke: color, strokeWidth: 2.5 }}
      aria-label={`${technology} link`}
    />
  )
}

export const TechLinkEdge = memo(TechLinkEdgeImpl)
