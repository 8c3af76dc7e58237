import { unionOf } from '../../../shared/export/scene'

/** A rectangle in layout (flow) coordinates. */
export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/**
 * A uniform grid over a layout's node boxes: which nodes intersect a rectangle, in time
 * proportional to the answer rather than to the layout (25,000 nodes). Built once per layout;
 * the graph asks it once per frame while panning (OverviewCanvas) and when the viewport leaves
 * the window of DOM nodes (windowed-elements.ts).
 */
export class SpatialIndex {
  private readonly cells: Int32Array[]
  private readonly columns: number
  private readonly rows: number
  /** Top-left of the grid: layouts have negative coordinates (columns left of the root). */
  private readonly originX: number
  private readonly originY: number
  /** Per box, the last visit that reported it: each box once per visit, without allocating. */
  private readonly seen: Uint32Array
  private visit = 0

  constructor(
    private readonly boxes: readonly Rect[],
    private readonly cellSize = 512
  ) {
    const all = boxes.length > 0 ? unionOf(boxes) : { x: 0, y: 0, width: 0, height: 0 }
    this.originX = all.x
    this.originY = all.y
    this.columns = Math.max(1, Math.floor(all.width / cellSize) + 1)
    this.rows = Math.max(1, Math.floor(all.height / cellSize) + 1)
    const lists: number[][] = Array.from({ length: this.columns * this.rows }, () => [])
    boxes.forEach((box, i) => this.eachCell(box, (cell) => lists[cell].push(i)))
    this.cells = lists.map((list) => Int32Array.from(list))
    this.seen = new Uint32Array(boxes.length)
  }

  /** Calls `fn` once for each box that intersects `rect`, in no particular order. */
  forEachIn(rect: Rect, fn: (index: number) => void): void {
    const visit = ++this.visit
    this.eachCell(rect, (cell) => {
      for (const i of this.cells[cell]) {
        if (this.seen[i] !== visit && intersects(this.boxes[i], rect)) {
          this.seen[i] = visit
          fn(i)
        }
      }
    })
  }

  /** Indices of the boxes that intersect `rect`, ascending (layout order: parents first). */
  query(rect: Rect): number[] {
    const found: number[] = []
    this.forEachIn(rect, (i) => found.push(i))
    return found.sort((a, b) => a - b)
  }

  private eachCell(rect: Rect, fn: (cell: number) => void): void {
    // A rectangle reaching outside the grid is clipped to it: no box lies out there.
    const clampX = (v: number) =>
      Math.min(this.columns - 1, Math.max(0, Math.floor((v - this.originX) / this.cellSize)))
    const clampY = (v: number) =>
      Math.min(this.rows - 1, Math.max(0, Math.floor((v - this.originY) / this.cellSize)))
    const [x0, x1] = [clampX(rect.x), clampX(rect.x + rect.width)]
    const [y0, y1] = [clampY(rect.y), clampY(rect.y + rect.height)]
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) fn(y * this.columns + x)
    }
  }
}

export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height
  )
}
