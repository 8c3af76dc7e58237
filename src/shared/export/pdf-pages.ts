import type { PositionedNode, TreeLayout } from '../layout/layout-tree'
import { CHIP, NODE_STYLE, SUBTITLE_FONT } from '../layout/node-box'
import { PAPER_MM } from '../print/paper'
import { countLabel } from '../text'
import { nodesIn } from './node-grid'
import type { Orientation, Paper } from './options'
import { CARD_OVERHANG, type Rect, type SvgPlan } from './svg'

/**
 * How a PDF export is paged. "fit" is one page the size of the chart. A4 and Letter put the
 * whole document on one page when its smallest text stays readable there; otherwise page 1 is
 * an overview of the whole chart (with the pages marked on it) and the chart follows in tiles,
 * in reading order, each at the same readable scale, overlapping a little, with cuts placed
 * between nodes where they can be.
 */

/** CSS pixels to PDF points: 96 px = 72 pt. */
export const PX_TO_PT = 72 / 96
const MM_TO_PT = 72 / 25.4

/** The smallest text the chart draws: technology chips (11 px). */
export const SMALLEST_TEXT_PX = Math.min(
  CHIP.font.size,
  SUBTITLE_FONT.size,
  ...Object.values(NODE_STYLE).map((style) => style.title.size)
)
/**
 * 7 pt is about the smallest type a printed page stays readable at (the size of fine print
 * and of map labels). At the scale that prints the chips at 7 pt, team names are 9.5 pt.
 */
export const MIN_TEXT_PT = 7
export const MIN_SCALE = MIN_TEXT_PT / (SMALLEST_TEXT_PX * PX_TO_PT)
/** Larger than the screen's 100% is no easier to read; it only takes more paper. */
const MAX_SCALE = 1

/** 10 mm: inside what every office printer can print. */
export const PAGE_MARGIN_PT = 10 * MM_TO_PT
/** The band under the chart that holds the page label. */
export const LABEL_BAND_PT = 18
/** What neighbouring tiles both show, in layout pixels, so a reader can line pages up. */
export const OVERLAP_PX = 24
/** A cut may come back by up to this share of a tile to pass between nodes, not through them. */
const SNAP_SHARE = 0.25
/** The largest page Acrobat opens: 200 inches (PDF reference, implementation limits). */
export const MAX_PAGE_PT = 14_400

export interface PdfPage {
  kind: 'whole' | 'overview' | 'tile'
  /** Page size in points. */
  width: number
  height: number
  /** Where the page's SVG goes: its top-left corner in points, and points per SVG pixel. */
  x: number
  y: number
  scale: number
  /** Tiles: the layout rectangle the page shows (see drawTileSvg), and its place in the grid. */
  crop?: Rect
  row?: number
  column?: number
  /** "Page 3 of 7 — row 1, column 2"; none on a single page. */
  label?: string
}

export interface PdfLayout {
  paper: Paper
  orientation: Orientation
  pages: PdfPage[]
  /** The chart's scale on the pages that show it readably (1 = the screen's 100%). */
  scale: number
  /**
   * When tiled: how many rows and columns (a column that ends early has fewer rows), and each
   * tile's rectangle in document pixels, in page order (the overview marks them).
   */
  tiles?: { rows: number; columns: number; rects: Rect[] }
}

type Geometry = Pick<SvgPlan, 'width' | 'height' | 'chart' | 'layout'>

export function planPdfPages(drawing: Geometry, paper: Paper, orientation: Orientation): PdfLayout {
  if (paper === 'fit') return planFitPage(drawing, orientation)

  const sheet = paperPoints(paper, orientation)
  const width = sheet.width - 2 * PAGE_MARGIN_PT
  const height = sheet.height - 2 * PAGE_MARGIN_PT
  const fit = (room: { width: number; height: number }) =>
    Math.min(room.width / drawing.width, room.height / drawing.height) / PX_TO_PT

  const whole = fit({ width, height })
  if (whole >= MIN_SCALE) {
    const scale = Math.min(MAX_SCALE, whole)
    const page: PdfPage = {
      kind: 'whole',
      ...sheet,
      x: PAGE_MARGIN_PT + (width - drawing.width * scale * PX_TO_PT) / 2,
      y: PAGE_MARGIN_PT,
      scale: scale * PX_TO_PT
    }
    return { paper, orientation, pages: [page], scale }
  }

  const room = { width, height: height - LABEL_BAND_PT }
  const grid = tileGrid(drawing, room)
  const total = 1 + grid.tiles.length
  const overviewScale = fit(room)
  const { x: chartX, y: chartY, region } = drawing.chart
  const overview: PdfPage = {
    kind: 'overview',
    ...sheet,
    x: PAGE_MARGIN_PT + (room.width - drawing.width * overviewScale * PX_TO_PT) / 2,
    y: PAGE_MARGIN_PT,
    scale: overviewScale * PX_TO_PT,
    label: `Page 1 of ${total} — overview; pages 2–${total} show the chart at ${percent(grid.scale)}`
  }
  const tiles = grid.tiles.map(({ crop, row, column }, i): PdfPage => ({
    kind: 'tile',
    ...sheet,
    x: PAGE_MARGIN_PT,
    y: PAGE_MARGIN_PT,
    scale: grid.scale * PX_TO_PT,
    crop,
    row,
    column,
    label: `Page ${i + 2} of ${total} — row ${row}, column ${column}`
  }))
  return {
    paper,
    orientation,
    pages: [overview, ...tiles],
    scale: grid.scale,
    tiles: {
      rows: Math.max(...grid.tiles.map((t) => t.row)),
      columns: Math.max(...grid.tiles.map((t) => t.column)),
      rects: grid.tiles.map(({ crop }) => ({
        ...crop,
        x: crop.x - region.x + chartX,
        y: crop.y - region.y + chartY
      }))
    }
  }
}

/**
 * One page the size of the drawing, in print terms (96 px = 72 pt). Vector pages can be any
 * size, but not beyond what readers open: a drawing past 200 inches is shrunk to fit that.
 */
export function planFitPage(
  drawing: { width: number; height: number },
  orientation: Orientation = 'portrait'
): PdfLayout {
  const scale = Math.min(1, MAX_PAGE_PT / (PX_TO_PT * Math.max(drawing.width, drawing.height)))
  const page: PdfPage = {
    kind: 'whole',
    width: drawing.width * scale * PX_TO_PT,
    height: drawing.height * scale * PX_TO_PT,
    x: 0,
    y: 0,
    scale: scale * PX_TO_PT
  }
  return { paper: 'fit', orientation, pages: [page], scale }
}

/**
 * Which nodes a tile draws: each node on the one page that shows it whole (the first, in page
 * order), so no page has a card sliced by its edge and a node's text is on one page, where a
 * reader and a PDF search find it. A node whole on no page (larger than a page) is drawn, cut,
 * on every page it reaches. The overlap then shows the lines running on to the next page.
 */
export function tileNodes(
  layout: PdfLayout,
  chart: TreeLayout
): (page: PdfPage) => (item: PositionedNode) => boolean {
  const home = new Map<PositionedNode, PdfPage>()
  for (const page of layout.pages) {
    const crop = page.crop
    if (!crop) continue
    for (const item of nodesIn(chart, crop)) {
      if (!home.has(item) && contains(crop, item)) home.set(item, page)
    }
  }
  return (page) => (item) => (home.get(item) ?? page) === page
}

function contains(crop: Rect, item: PositionedNode): boolean {
  return (
    item.x >= crop.x &&
    item.y >= crop.y &&
    item.x + item.box.width <= crop.x + crop.width &&
    item.y + item.box.height <= crop.y + crop.height
  )
}

/** A4 or Letter in points, turned for the orientation. */
export function paperPoints(
  paper: Exclude<Paper, 'fit'>,
  orientation: Orientation
): { width: number; height: number } {
  const mm = PAPER_MM[paper === 'a4' ? 'A4' : 'Letter']
  const [short, long] = [mm.width * MM_TO_PT, mm.height * MM_TO_PT]
  return orientation === 'portrait'
    ? { width: short, height: long }
    : { width: long, height: short }
}

/** "A4 landscape: 7 pages — an overview, then 6 tiles (3 rows × 2 columns) at 85%". */
export function describePdfLayout(layout: PdfLayout): string {
  const n = layout.pages.length
  if (layout.paper === 'fit') {
    const [page] = layout.pages
    return `1 page of ${Math.round(page.width)} × ${Math.round(page.height)} pt`
  }
  const sheet = `${layout.paper === 'a4' ? 'A4' : 'Letter'} ${layout.orientation}`
  if (!layout.tiles) return `${sheet}: 1 page, at ${percent(layout.scale)}`
  return (
    `${sheet}: ${n} pages — an overview, then ${countLabel(n - 1, 'tile')} ` +
    `(${countLabel(layout.tiles.rows, 'row')} × ${countLabel(layout.tiles.columns, 'column')}) ` +
    `at ${percent(layout.scale)}`
  )
}

/** What to tell a person about the pages, or nothing: a "fit" page shrunk to 200 inches. */
export function pdfNotice(layout: PdfLayout): string | undefined {
  if (layout.paper !== 'fit' || layout.scale >= 1) return undefined
  return (
    `The page is ${percent(layout.scale)} of the chart's size, so that no side is over ` +
    '200 inches, the largest page PDF readers open; the text stays vector and zooms without ' +
    'loss. Choose A4 or Letter to print it on pages.'
  )
}

interface Tile {
  /** The layout rectangle the page shows. */
  crop: Rect
  row: number
  column: number
}

interface Grid {
  scale: number
  /** In reading order: row by row, each row left to right. */
  tiles: Tile[]
}

type Box = { x: number; y: number; width: number; height: number }

/**
 * The tiles: first the fewest that keep the text readable (at MIN_SCALE), then the largest scale
 * that still needs no more of them, so the pages are filled rather than the last ones half
 * empty. Page counts barely depend on the exact scale, so a bisection finds it.
 *
 * Columns are cut across the whole chart; then each column is cut into rows by the nodes it
 * holds alone, which finds more gaps between nodes than one cut across the whole width, and
 * makes no page for the empty space under a column that ends early. Rows all start at the top
 * of the chart, so the pages of a row show the same band of the chart.
 */
function tileGrid(drawing: Geometry, room: { width: number; height: number }): Grid {
  const { region } = drawing.chart
  const area = {
    x: region.x - CARD_OVERHANG,
    y: region.y - CARD_OVERHANG,
    width: region.width + 2 * CARD_OVERHANG,
    height: region.height + 2 * CARD_OVERHANG
  }
  const boxes: Box[] = drawing.layout.nodes.map((n) => ({ x: n.x, y: n.y, ...n.box }))
  const across = coverage(
    boxes.map((b) => [b.x, b.x + b.width]),
    area.x,
    area.x + area.width
  )

  const gridAt = (scale: number): Grid => {
    const [width, height] = [room.width, room.height].map((pt) => pt / (scale * PX_TO_PT))
    const columns = cuts(across, width)
    const rows = columns.map(([left, right]) => {
      const inColumn = boxes.filter(
        (b) => b.x - CARD_OVERHANG < right && b.x + b.width + CARD_OVERHANG > left
      )
      if (inColumn.length === 0) return []
      const bottom = Math.min(
        area.y + area.height,
        Math.max(...inColumn.map((b) => b.y + b.height + CARD_OVERHANG))
      )
      return cuts(
        coverage(
          inColumn.map((b) => [b.y, b.y + b.height]),
          area.y,
          bottom
        ),
        height
      )
    })
    const tiles: Tile[] = []
    for (let r = 0; r < Math.max(...rows.map((column) => column.length)); r++) {
      columns.forEach(([left, right], c) => {
        const piece = rows[c][r]
        if (!piece) return
        const [top, bottom] = piece
        tiles.push({
          crop: { x: left, y: top, width: right - left, height: bottom - top },
          row: r + 1,
          column: c + 1
        })
      })
    }
    return { scale, tiles }
  }

  let best = gridAt(MIN_SCALE)
  const fewest = best.tiles.length
  const top = gridAt(MAX_SCALE)
  if (top.tiles.length <= fewest) return top
  let [low, high] = [MIN_SCALE, MAX_SCALE]
  for (let i = 0; i < 12; i++) {
    const middle = (low + high) / 2
    const grid = gridAt(middle)
    if (grid.tiles.length <= fewest) {
      best = grid
      low = middle
    } else {
      high = middle
    }
  }
  return best
}

/** Nodes along one axis: how many a cut at each whole pixel would pass through. */
interface Coverage {
  start: number
  end: number
  intervals: [number, number][]
  /** crossed[i]: nodes a cut at start + i passes through. */
  crossed: Int32Array
}

function coverage(boxes: [number, number][], start: number, end: number): Coverage {
  const intervals = boxes.map(
    ([a, b]) => [a - CARD_OVERHANG, b + CARD_OVERHANG] as [number, number]
  )
  const size = Math.max(1, Math.ceil(end - start) + 1)
  const delta = new Int32Array(size + 1)
  for (const [a, b] of intervals) {
    // A cut at p passes through (a, b) when a < p < b.
    const from = Math.max(0, Math.floor(a - start) + 1)
    const to = Math.min(size, Math.ceil(b - start))
    if (from < to) {
      delta[from]++
      delta[to]--
    }
  }
  const crossed = new Int32Array(size)
  let running = 0
  for (let i = 0; i < size; i++) crossed[i] = running += delta[i]
  return { start, end, intervals, crossed }
}

/**
 * Splits [start, end) into pieces no longer than `length`: each cut where it passes through the
 * fewest nodes within the last SNAP_SHARE of the piece (the furthest such place), and the next
 * piece starts OVERLAP_PX before it, or earlier, at the top of a node the cut went through, so
 * every node shorter than a page is whole on some page.
 */
function cuts(axis: Coverage, length: number): [number, number][] {
  const pieces: [number, number][] = []
  let from = axis.start
  while (axis.end - from > length) {
    const last = Math.floor(from + length - axis.start)
    const first = Math.max(0, Math.ceil(from + length * (1 - SNAP_SHARE) - axis.start))
    let at = last
    for (let i = last; i >= first; i--) if (axis.crossed[i] < axis.crossed[at]) at = i
    const cut = axis.start + at
    pieces.push([from, cut])
    let next = cut - OVERLAP_PX
    for (const [a, b] of axis.intervals) if (a < cut && cut < b) next = Math.min(next, a)
    // Always move on by half a page, even past a node too tall to be whole on one.
    from = Math.max(next, from + length / 2)
  }
  pieces.push([from, axis.end])
  return pieces
}

function percent(scale: number): string {
  return `${Math.round(scale * 100)}%`
}
