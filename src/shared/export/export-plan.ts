import type { Catalog } from '../catalog/catalog'
import { layoutTree, type TreeLayout } from '../layout/layout-tree'
import {
  relationGeometry,
  teamHomes,
  visibleRelations,
  type RelationGeometry
} from '../layout/relation-path'
import { relationList, type TeamRelation } from '../org/relations'
import { matchLens, type LensMatch } from '../lens/match'
import { viewTree } from '../tree/view-tree'
import { comparedChart, type ChartComparison } from './compared-chart'
import type { DrawContext } from './draw-node'
import { frameLayout, type FrameLayout } from './frame'
import type { ExportOptions, ExportView } from './options'
import type { Rect } from './scene'

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
  /** The relations drawn, with both teams laid out; [] unless the view shows relations. */
  relations: readonly PlacedRelation[]
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
  /** The catalog drawn: the one given, or in a comparison the union of both versions. */
  catalog: Catalog
  comparison?: ChartComparison
}

export function layoutChart(given: Catalog, view: ExportView): ChartLayout {
  const { catalog, comparison } = comparedChart(given, view.compare)
  const lens = matchLens(catalog, view.lens)
  const tree = viewTree(catalog, {
    collapsed: new Set(view.collapsed),
    focusId: view.focusId,
    hideNonMatches: view.hideNonMatches ? lens : undefined
  })
  return { layout: layoutTree(tree, catalog, { kind: view.layoutKind }), lens, catalog, comparison }
}

/**
 * `catalog` is the catalog on screen (in a comparison, the newer version: `view.compare` names
 * the older). The laid-out chart may be passed in when the caller already has it for this
 * catalog and view.
 * `logos` are the technology logos the chips draw (path data by logo id, see catalogLogoIds):
 * without them a chip keeps its logo's room, as the screen does before a logo has loaded.
 */
export function planSvg(
  catalog: Catalog,
  view: ExportView,
  options: ExportOptions,
  chart: ChartLayout = layoutChart(catalog, view),
  logos: ReadonlyMap<string, string> = NO_LOGOS
): SvgPlan {
  const { layout, lens, comparison } = chart
  const drawn = chart.catalog
  const relations = view.relations ? placedRelations(drawn, layout) : []
  const region: Rect =
    options.scope === 'view' && options.viewport
      ? options.viewport
      : withRelations(layout.bounds, relations)
  const legend = options.legend && (lens.active || relations.length > 0)
  const frame = frameLayout({
    chart: region,
    title: options.title || undefined,
    legend: legend
      ? { lens: lens.active ? view.lens : undefined, relations: relations.length > 0 }
      : undefined,
    // The key to the marks is part of the picture, not an option: without it + and − say nothing.
    changes: comparison && { label: comparison.label, counts: comparison.counts },
    footer: options.footer ? footerText(catalog, options.date) : undefined,
    theme: options.theme
  })
  return {
    catalog: drawn,
    options,
    layout,
    region,
    frame,
    context: {
      theme: options.theme,
      lens,
      selected: view.lens.technologies,
      catalog: drawn,
      logos,
      marks: comparison?.marks
    },
    relations,
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

const NO_LOGOS: ReadonlyMap<string, string> = new Map()

/** The logo ids of a catalog's technologies: what an export asks its environment for. */
export function catalogLogoIds(catalog: Catalog): string[] {
  return [...new Set(catalog.technologies.flatMap((technology) => technology.icon ?? []))]
}

/** A relation as drawn: its teams and its curve, arrow and label (relation-path.ts). */
export interface PlacedRelation {
  relation: TeamRelation
  geometry: RelationGeometry
}

function placedRelations(catalog: Catalog, layout: TreeLayout): PlacedRelation[] {
  const byId = new Map(layout.nodes.map((item) => [item.node.id, item]))
  return visibleRelations(relationList(catalog), byId, teamHomes(catalog)).map(
    ({ relation, source, target, lane, count }) => ({
      relation,
      geometry: relationGeometry(relation, source, target, lane, count)
    })
  )
}

/** The chart's bounds grown to take in the relations' curves, which bow out past the cards. */
function withRelations(bounds: Rect, relations: readonly PlacedRelation[]): Rect {
  if (relations.length === 0) return bounds
  let [x0, y0] = [bounds.x, bounds.y]
  let [x1, y1] = [bounds.x + bounds.width, bounds.y + bounds.height]
  for (const { geometry } of relations) {
    const box = geometry.box
    x0 = Math.min(x0, box.x)
    y0 = Math.min(y0, box.y)
    x1 = Math.max(x1, box.x + box.width)
    y1 = Math.max(y1, box.y + box.height)
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }
}

function footerText(catalog: Catalog, date: string | undefined): string {
  return [catalog.company.name, date, 'made with OrgScope'].filter(Boolean).join(' · ')
}
