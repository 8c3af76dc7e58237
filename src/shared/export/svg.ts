import type { Catalog } from '../catalog/catalog'
import type { DiffMark } from '../diff/diff-marks'
import type { PositionedNode, TreeLayout } from '../layout/layout-tree'
import { chartScene, tileScene } from './chart-scene'
import { planSvg, type SvgPlan } from './export-plan'
import { FONT_STACK, fontFaceCss, type ExportFonts } from './fonts'
import type { ExportOptions, ExportView } from './options'
import type { Rect, Scene } from './scene'
import { logoSymbols, svgShapes } from './svg-shapes'
import { el, escapeXml } from './xml'

export type { Rect } from './scene'
export { CARD_OVERHANG } from './draw-node'
// The plan lives in its own file so the scene can read it without importing the SVG writer.
export { layoutChart, planSvg, type ChartLayout, type SvgPlan } from './export-plan'

export interface SvgExport {
  svg: string
  /** Document size in CSS pixels; a raster at scale s is (width × s) × (height × s). */
  width: number
  height: number
  /** Where the chart region sits in the document, and which layout rectangle it shows. */
  chart: Rect & { region: Rect }
  layout: TreeLayout
  /** The catalog drawn: in a comparison, the union of both versions (what the nodes are). */
  catalog: Catalog
  /** In a comparison: each changed node's mark, by node id. */
  marks?: ReadonlyMap<string, DiffMark>
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
  fonts?: ExportFonts,
  logos?: ReadonlyMap<string, string>
): SvgExport {
  const plan = planSvg(catalog, view, options, undefined, logos)
  return {
    svg: drawSvg(plan, fonts),
    width: plan.width,
    height: plan.height,
    chart: plan.chart,
    layout: plan.layout,
    catalog: plan.catalog,
    marks: plan.context.marks
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
  const { body, clips, logos } = svgShapes(scene.shapes)
  const defs =
    (fonts ? el('style', {}, fontFaceCss(fonts, { weights: usedWeights(body), text: body })) : '') +
    clips.map((clip) => el('clipPath', { id: clip.id }, el('rect', { ...clip.rect }))).join('') +
    logoSymbols(logos)
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

function usedWeights(body: string): Set<number> {
  return new Set([...body.matchAll(/font-weight="(\d+)"/g)].map((m) => Number(m[1])))
}
