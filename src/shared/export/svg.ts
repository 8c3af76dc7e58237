import type { Catalog } from '../catalog/catalog'
import { edgePath, sourcePoint, targetPoint } from '../layout/edge-path'
import { layoutTree, type PositionedNode, type TreeLayout } from '../layout/layout-tree'
import { matchLens } from '../lens/match'
import { THEMES } from '../theme/palette'
import { viewTree } from '../tree/view-tree'
import { drawNode, type DrawContext } from './draw-node'
import { FONT_STACK, fontFaceCss, type ExportFonts } from './fonts'
import { drawFrame, frameLayout } from './frame'
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
  const lens = matchLens(catalog, view.lens)
  const tree = viewTree(catalog, {
    collapsed: new Set(view.collapsed),
    focusId: view.focusId,
    hideNonMatches: view.hideNonMatches ? lens : undefined
  })
  const layout = layoutTree(tree, catalog, { kind: view.layoutKind })
  const region: Rect =
    options.scope === 'view' && options.viewport ? options.viewport : layout.bounds
  const context: DrawContext = {
    theme: options.theme,
    lens,
    selected: view.lens.technologies,
    catalog
  }

  const frame = frameLayout({
    chart: region,
    title: options.title || undefined,
    legend: options.legend && lens.active ? { lens: view.lens } : undefined,
    footer: options.footer ? footerText(catalog, options.date) : undefined,
    theme: options.theme
  })
  const { x: chartX, y: chartY } = frame.chartOrigin
  const clipped = options.scope === 'view'
  const visible = clipped ? layout.nodes.filter((n) => intersects(n, region)) : layout.nodes

  const chart =
    edges(layout, visible, context) + visible.map((item) => drawNode(item, context)).join('')
  const body =
    drawFrame(frame, options.theme) +
    el(
      'g',
      {
        transform: `translate(${round(chartX - region.x)} ${round(chartY - region.y)})`,
        'clip-path': clipped ? 'url(#orgscope-view)' : undefined
      },
      chart
    )

  const colors = THEMES[options.theme]
  const defs =
    (fonts ? el('style', {}, fontFaceCss(fonts, { weights: usedWeights(body), text: body })) : '') +
    (clipped ? el('clipPath', { id: 'orgscope-view' }, el('rect', { ...region })) : '')
  const svg =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    el(
      'svg',
      {
        xmlns: 'http://www.w3.org/2000/svg',
        width: frame.width,
        height: frame.height,
        viewBox: `0 0 ${frame.width} ${frame.height}`,
        'font-family': FONT_STACK,
        role: 'img',
        'aria-label': `${catalog.company.name} organization chart`
      },
      el('title', {}, escapeXml(options.title || `${catalog.company.name} organization chart`)) +
        (defs ? el('defs', {}, defs) : '') +
        (options.background === 'theme'
          ? el('rect', { width: frame.width, height: frame.height, fill: colors.background })
          : '') +
        body
    ) +
    '\n'
  return {
    svg,
    width: frame.width,
    height: frame.height,
    chart: { x: chartX, y: chartY, width: region.width, height: region.height, region },
    layout
  }
}

/** Edges under the nodes. Like the screen's, they stay at full strength under a lens. */
function edges(layout: TreeLayout, visible: PositionedNode[], context: DrawContext): string {
  const byId = new Map(layout.nodes.map((n) => [n.node.id, n]))
  const shown = new Set(visible.map((n) => n.node.id))
  const stroke = THEMES[context.theme].edge
  return layout.edges
    .filter((edge) => shown.has(edge.source) || shown.has(edge.target))
    .map((edge) => {
      const source = byId.get(edge.source)!
      const target = byId.get(edge.target)!
      return el('path', {
        d: edgePath(sourcePoint(source), source.sourceSide, targetPoint(target), target.targetSide),
        fill: 'none',
        stroke,
        'stroke-width': EDGE_WIDTH
      })
    })
    .join('')
}

function footerText(catalog: Catalog, date: string | undefined): string {
  return [catalog.company.name, date, 'made with OrgScope'].filter(Boolean).join(' · ')
}

function usedWeights(body: string): Set<number> {
  return new Set([...body.matchAll(/font-weight="(\d+)"/g)].map((m) => Number(m[1])))
}

function intersects(item: PositionedNode, region: Rect): boolean {
  return (
    item.x < region.x + region.width &&
    item.x + item.box.width > region.x &&
    item.y < region.y + region.height &&
    item.y + item.box.height > region.y
  )
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}
