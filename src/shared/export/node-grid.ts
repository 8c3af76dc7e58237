import type { PositionedNode, TreeLayout } from '../layout/layout-tree'
import { boxesMeet, type Rect } from './scene'

/** Cells a little larger than a card: a page tile covers a few dozen of them. */
const CELL = 512

interface Grid {
  cells: Map<string, number[]>
  nodes: readonly PositionedNode[]
}

const grids = new WeakMap<TreeLayout, Grid>()

/**
 * The nodes of `layout` whose box (grown by `margin`) meets `rect`, in layout order (the order
 * they are drawn in). A paged PDF asks this for each of hundreds of tiles: a scan of every node
 * per tile was pages × nodes, 1.7 million tests at 5,000 teams.
 */
export function nodesIn(layout: TreeLayout, rect: Rect, margin = 0): PositionedNode[] {
  const grid = gridOf(layout)
  const found = new Set<number>()
  const [x0, y0] = [cell(rect.x - margin), cell(rect.y - margin)]
  const [x1, y1] = [cell(rect.x + rect.width + margin), cell(rect.y + rect.height + margin)]
  for (let cx = x0; cx <= x1; cx++) {
    for (let cy = y0; cy <= y1; cy++) {
      for (const index of grid.cells.get(`${cx},${cy}`) ?? []) {
        const item = grid.nodes[index]
        if (boxesMeet({ x: item.x, y: item.y, ...item.box }, rect, margin)) found.add(index)
      }
    }
  }
  return [...found].sort((a, b) => a - b).map((index) => grid.nodes[index])
}

/** Each node is filed under every cell its box reaches (a card wider than a cell, several). */
function gridOf(layout: TreeLayout): Grid {
  let grid = grids.get(layout)
  if (grid) return grid
  const cells = new Map<string, number[]>()
  layout.nodes.forEach((item, index) => {
    for (let cx = cell(item.x); cx <= cell(item.x + item.box.width); cx++) {
      for (let cy = cell(item.y); cy <= cell(item.y + item.box.height); cy++) {
        const key = `${cx},${cy}`
        const list = cells.get(key)
        if (list) list.push(index)
        else cells.set(key, [index])
      }
    }
  })
  grid = { cells, nodes: layout.nodes }
  grids.set(layout, grid)
  return grid
}

function cell(coordinate: number): number {
  return Math.floor(coordinate / CELL)
}
