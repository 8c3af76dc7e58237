import type { PositionedNode } from '../../../src/shared/layout/layout-tree'

/** Whether two laid-out boxes share any area (touching edges do not count). */
export function overlaps(a: PositionedNode, b: PositionedNode): boolean {
  return (
    a.x < b.x + b.box.width &&
    b.x < a.x + a.box.width &&
    a.y < b.y + b.box.height &&
    b.y < a.y + a.box.height
  )
}
