import type { Catalog } from '../catalog/catalog'
import { layoutTree, type PositionedNode, type TreeLayout } from '../layout/layout-tree'
import { matchLens, type LensMatch } from '../lens/match'
import { viewTree } from '../tree/view-tree'
import { chartScene, tileScene } from './chart-scene'
import type { DrawContext } from './draw-node'
import { FONT_STACK, fontFaceCss, type ExportFonts } from './fonts'
import { frameLayout, type FrameLayout } from './frame'
import type { ExportOptions, ExportView } from './options'
import type { Rect, Scene } from './scene'
import { svgShapes } from './svg-shapes'
import { el, escapeXml } from './xml'

export type { Rect } from './scene'
export { CARD_OVERHANG } from './draw-node'

export interface SvgExport {
  svg: string
  /** Document size in CSS pixels; a raster at scale s is (width × s) × (height × s). */
  width: number
  height: number
  /** Where the chart region sits in the document, and which layout rectangle it shows. */
  chart: Rect & { region: Rect }
  layout: TreeLayout
}

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
 * The chart as a standalone SVG: the chart's scene (chart-scene.ts, which PNG and PDF draw too)
 * serialized, and what the HTML page embeds. Drawn from the same layout, text lines, chip layout, edge paths
 * and palette as the screen, as real vector shapes and <text> (no foreignObject, no images).
 * Pure and deterministic: the same catalog, view and options give the same bytes. `fonts` is
 * optional so a caller that renders with its own copy of the font can skip embedding.
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
  return svgOfScene(plan, chartScene(plan), fonts)
}

/** One piece of the chart alone, for a page of a tiled PDF (see tileScene). */
export function drawTileSvg(
  plan: SvgPlan,
  crop: Rect,
  include: (item: PositionedNode) => boolean = () => true
): string {
  return svgOfScene(plan, tileScene(plan, crop, include))
}

/**
 * A scene as a standalone SVG document: the single source of the SVG and HTML exports, and what
 * the screen's print sheet shows. `fonts` are embedded for what the text needs (the weights it
 * uses, latin-ext only when a character needs it).
 */
export function svgOfScene(plan: SvgPlan, scene: Scene, fonts?: ExportFonts): string {
  const { catalog, options } = plan
  const { width, height } = scene
  const { body, clips } = svgShapes(scene.shapes)
  const defs =
    (fonts ? el('style', {}, fontFaceCss(fonts, { weights: usedWeights(body), text: body })) : '') +
    clips.map((clip) => el('clipPath', { id: clip.id }, el('rect', { ...clip.rect }))).join('')
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
        (scene.background ? el('rect', { width, height, fill: scene.background }) : '') +
        body
    ) +
    '\n'
  )
}

function footerText(catalog: Catalog, date: string | undefined): string {
  return [catalog.company.name, date, 'made with OrgScope'].filter(Boolean).join(' · ')
}

function usedWeights(body: string): Set<number> {
  return new Set([...body.matchAll(/font-weight="(\d+)"/g)].map((m) => Number(m[1])))
}
