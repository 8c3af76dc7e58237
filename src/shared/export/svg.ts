import type { Catalog } from '../catalog/catalog'
import { edgePath, sourcePoint, targetPoint } from '../layout/edge-path'
import { layoutTree, type PositionedNode, type TreeLayout } from '../layout/layout-tree'
import { matchLens, type LensMatch } from '../lens/match'
import { THEMES } from '../theme/palette'
import { viewTree } from '../tree/view-tree'
import { drawNode, type DrawContext } from './draw-node'
import { FONT_STACK, fontFaceCss, type ExportFonts } from './fonts'
import { drawFrame, frameLayout, type FrameLayout } from './frame'
import type { ExportOptions, ExportView } from './options'
import { el, escapeXml } from './xml'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface SvgExport {
  svg: string
  /** Document size in CSS pixels; a raster at scale s is (width × s) × (height × s). */
  width: number
  height: number
  /** Where the chart region sits in the document, and which layout rectangle it shows. */
  chart: Rect & { region: Rect }
  layout: TreeLayout
}

const EDGE_WIDTH = 1.5
/** How far a card's drawing reaches past its box: the 2px lens ring, the 1px shadow. */
export const CARD_OVERHANG = 3

/**
 * Everything an export's geometry depends on, before any drawing: the layout, the chart region
 * and the frame around it. Cheap next to drawing (a 5,000-team chart lays out in ~0.1 s and
 * draws in ~1 s), so the export dialog can say how large a file will be before it is made, and
 * a paged PDF can draw many tiles from one layout.
 */
export interface SvgPlan {
  catalog: Catalog
  options: ExportOptions
  layout: TreeLayout
  /** The layout rectangle the export shows: the whole chart, or the window's view. */
  region: Rect
  frame: FrameLayout
  context: DrawContext
  /** Document size in CSS pixels; a raster at scale s is (width × s) × (height × s). */
  width: number
  height: number
  /** Where the chart region sits in the document, and which layout rectangle it shows. */
  chart: Rect & { region: Rect }
}

/** The laid-out chart a view shows, and its lens match: the costly part of planning. */
export interface ChartLayout {
  layout: TreeLayout
  lens: LensMatch
}

export function layoutChart(catalog: Catalog, view: ExportView): ChartLayout {
  const lens = matchLens(catalog, view.lens)
  const tree = viewTree(catalog, {
    collapsed: new Set(view.collapsed),
    focusId: view.focusId,
    hideNonMatches: view.hideNonMatches ? lens : undefined
  })
  return { layout: layoutTree(tree, catalog, { kind: view.layoutKind }), lens }
}

/** The laid-out chart may be passed in when the caller already has it for this catalog and view. */
export function planSvg(
  catalog: Catalog,
  view: ExportView,
  options: ExportOptions,
  { layout, lens }: ChartLayout = layoutChart(catalog, view)
): SvgPlan {
  const region: Rect =
    options.scope === 'view' && options.viewport ? options.viewport : layout.bounds
  const frame = frameLayout({
    chart: region,
    title: options.title || undefined,
    legend: options.legend && lens.active ? { lens: view.lens } : undefined,
    footer: options.footer ? footerText(catalog, options.date) : undefined,
    theme: options.theme
  })
  return {
    catalog,
    options,
    layout,
    region,
    frame,
    context: { theme: options.theme, lens, selected: view.lens.technologies, catalog },
    width: frame.width,
    height: frame.height,
    chart: {
      ...frame.chartOrigin,
      width: region.width,
      height: region.height,
      region
    }
  }
}

/**
 * The chart as a standalone SVG: the single source of every export (PNG and PDF are made from
 * it, the HTML page embeds it). Drawn from the same layout, text lines, chip layout, edge paths
 * and palette as the screen, as real vector shapes and <text> (no foreignObject, no images).
 * Pure and deterministic: the same catalog, view and options give the same bytes. `fonts` is
 * optional so a caller that renders with its own copy of the font (resvg) can skip embedding.
 */
export function writeSvg(
  catalog: Catalog,
  view: ExportView,
  options: ExportOptions,
  fonts?: ExportFonts
): SvgExport {
  const plan = planSvg(catalog, view, options)
  return {
    svg: drawSvg(plan, fonts),
    width: plan.width,
    height: plan.height,
    chart: plan.chart,
    layout: plan.layout
  }
}

/** The whole document of a plan: frame (title, legend, footer) and chart. */
export function drawSvg(plan: SvgPlan, fonts?: ExportFonts): string {
  const { options, region, frame, context } = plan
  const { x: chartX, y: chartY } = frame.chartOrigin
  const clipped = options.scope === 'view'
  const visible = plan.layout.nodes.filter((n) => !clipped || intersects(n, region))
  const body =
    drawFrame(frame, options.theme) +
    el(
      'g',
      {
        transform: `translate(${round(chartX - region.x)} ${round(chartY - region.y)})`,
        'clip-path': clipped ? 'url(#orgscope-view)' : undefined
      },
      drawChart(plan.layout, visible, context)
    )
  const defs =
    (fonts ? el('style', {}, fontFaceCss(fonts, { weights: usedWeights(body), text: body })) : '') +
    (clipped ? el('clipPath', { id: 'orgscope-view' }, el('rect', { ...region })) : '')
  return svgDocument(plan, { width: frame.width, height: frame.height }, body, defs)
}

/**
 * One piece of the chart alone, for a page of a tiled PDF: `crop` is a rectangle in layout
 * coordinates (the space of `plan.chart.region`), and only what reaches into it is drawn, so a
 * page of a large chart costs what its own nodes cost. `include` can leave out nodes that reach
 * in (a node cut by the page edge that another page shows whole). The frame (title, legend,
 * footer) is left to the overview page.
 */
export function drawTileSvg(
  plan: SvgPlan,
  crop: Rect,
  include: (item: PositionedNode) => boolean = () => true
): string {
  const { options, region, context } = plan
  const shown = options.scope === 'view' ? intersection(region, crop) : crop
  const visible = shown
    ? plan.layout.nodes.filter((n) => intersects(n, shown, CARD_OVERHANG) && include(n))
    : []
  const body = el(
    'g',
    { transform: `translate(${round(-crop.x)} ${round(-crop.y)})` },
    drawChart(plan.layout, visible, context, shown)
  )
  return svgDocument(plan, { width: crop.width, height: crop.height }, body, '')
}

function svgDocument(
  plan: SvgPlan,
  size: { width: number; height: number },
  body: string,
  defs: string
): string {
  const { catalog, options } = plan
  const { width, height } = { width: round(size.width), height: round(size.height) }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    el(
      'svg',
      {
        xmlns: 'http://www.w3.org/2000/svg',
        width,
        height,
        viewBox: `0 0 ${width} ${height}`,
        'font-family': FONT_STACK,
        role: 'img',
        'aria-label': `${catalog.company.name} organization chart`
      },
      el('title', {}, escapeXml(options.title || `${catalog.company.name} organization chart`)) +
        (defs ? el('defs', {}, defs) : '') +
        (options.background === 'theme'
          ? el('rect', { width, height, fill: THEMES[options.theme].background })
          : '') +
        body
    ) +
    '\n'
  )
}

/** Edges, then the nodes over them. */
function drawChart(
  layout: TreeLayout,
  visible: PositionedNode[],
  context: DrawContext,
  crop?: Rect
): string {
  return edges(layout, visible, context, crop) + visible.map((n) => drawNode(n, context)).join('')
}

/**
 * Edges under the nodes. Like the screen's, they stay at full strength under a lens. An edge is
 * drawn when one of its ends is; within a `crop`, also when it only passes through (a long
 * outline spine crosses pages that hold neither end): every edge is an orthogonal path inside
 * the box of its two end points, so that box is what must meet the crop.
 */
function edges(
  layout: TreeLayout,
  visible: PositionedNode[],
  context: DrawContext,
  crop?: Rect
): string {
  const shown = new Set(visible.map((n) => n.node.id))
  const stroke = THEMES[context.theme].edge
  let out = ''
  for (const edge of edgeGeometry(layout)) {
    const drawn = crop
      ? boxesMeet(edge.box, crop, EDGE_WIDTH)
      : shown.has(edge.source) || shown.has(edge.target)
    if (!drawn) continue
    out += el('path', { d: edge.d, fill: 'none', stroke, 'stroke-width': EDGE_WIDTH })
  }
  return out
}

interface EdgeGeometry {
  source: string
  target: string
  /** The path, and the box of its two end points (the path stays inside it). */
  d: string
  box: Rect
}

/**
 * Each edge's path and box, worked out once per layout: a tiled PDF draws hundreds of pages
 * from one layout, and redoing this for every page cost 6 s of 10 at 5,000 teams.
 */
const geometryByLayout = new WeakMap<TreeLayout, EdgeGeometry[]>()

function edgeGeometry(layout: TreeLayout): EdgeGeometry[] {
  let geometry = geometryByLayout.get(layout)
  if (geometry) return geometry
  const byId = new Map(layout.nodes.map((n) => [n.node.id, n]))
  geometry = layout.edges.map((edge) => {
    const source = byId.get(edge.source)!
    const target = byId.get(edge.target)!
    const from = sourcePoint(source)
    const to = targetPoint(target)
    return {
      source: edge.source,
      target: edge.target,
      d: edgePath(from, source.sourceSide, to, target.targetSide),
      box: {
        x: Math.min(from.x, to.x),
        y: Math.min(from.y, to.y),
        width: Math.abs(from.x - to.x),
        height: Math.abs(from.y - to.y)
      }
    }
  })
  geometryByLayout.set(layout, geometry)
  return geometry
}

function footerText(catalog: Catalog, date: string | undefined): string {
  return [catalog.company.name, date, 'made with OrgScope'].filter(Boolean).join(' · ')
}

function usedWeights(body: string): Set<number> {
  return new Set([...body.matchAll(/font-weight="(\d+)"/g)].map((m) => Number(m[1])))
}

function intersects(item: PositionedNode, region: Rect, margin = 0): boolean {
  return boxesMeet({ x: item.x, y: item.y, ...item.box }, region, margin)
}

/** Whether two rectangles overlap once `a` is grown by `margin` on every side. */
function boxesMeet(a: Rect, b: Rect, margin: number): boolean {
  return (
    a.x - margin < b.x + b.width &&
    a.x + a.width + margin > b.x &&
    a.y - margin < b.y + b.height &&
    a.y + a.height + margin > b.y
  )
}

function intersection(a: Rect, b: Rect): Rect | undefined {
  const x = Math.max(a.x, b.x)
  const y = Math.max(a.y, b.y)
  const width = Math.min(a.x + a.width, b.x + b.width) - x
  const height = Math.min(a.y + a.height, b.y + b.height) - y
  return width > 0 && height > 0 ? { x, y, width, height } : undefined
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}
