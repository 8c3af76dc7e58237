import type { Catalog } from '../../../shared/catalog/catalog'
import { chartScene } from '../../../shared/export/chart-scene'
import { catalogLogoIds } from '../../../shared/export/export-plan'
import { teamNodeIds } from '../../../shared/tree/org-tree'
import type { ExportFonts } from '../../../shared/export/fonts'
import { ExportOptions, ExportView } from '../../../shared/export/options'
import { rasterSize, type RasterSize } from '../../../shared/export/raster-size'
import type { Scene } from '../../../shared/export/scene'
import { drawSvg, planSvg, type SvgPlan } from '../../../shared/export/svg'
import { importedCatalogYaml } from '../../../shared/import/catalog-yaml'
import {
  planCounts,
  previewImport,
  type PreviewResult
} from '../../../shared/sources/import-preview'
import { confirmedMapping, type PreviewSource } from '../../../shared/sources/preview-source'
import type { ImportMapping } from '../../../shared/import/import-plan'
import type { ThemeName } from '../../../shared/theme/palette'
import type {
  AcceptedImport,
  FromPreviewWorker,
  PreviewRequest,
  PreviewSummary,
  ToPreviewWorker
} from './preview-protocol'

type LoadLogos = (ids: readonly string[]) => Promise<ReadonlyMap<string, string>>
/** A scene drawn as a PNG, as an image URL: where a canvas exists off the page (the worker). */
export type RasterizePreview = (scene: Scene, size: RasterSize) => Promise<string>

/** What the session draws the chart with, where it runs. */
export interface PreviewDrawing {
  /** A large chart as a PNG; without it every chart is an SVG. */
  rasterize?: RasterizePreview
  /**
   * Inter, embedded in the SVG: an SVG shown as an image sees no font of the page, and a
   * fallback font wider than Inter overflows the cards the layout measured for Inter.
   */
  fonts?: () => Promise<ExportFonts>
}

/**
 * Above this many nodes (counted expanded) the chart is drawn with its teams collapsed, and as a
 * PNG when it can be. The page shows an SVG image
 * by parsing it as a document on its own thread: 25,000 nodes (a 1 MB guide, a 13 MB SVG) took
 * 1.8 s to load and 0.8 s to paint there, while a PNG is decoded off it. An SVG stays sharp when
 * the chart is small enough to read in the preview.
 */
export const LARGE_CHART_NODES = 2_000
/** The PNG's size: larger than the preview's pane on any screen, and cheap to decode. */
const RASTER_LIMITS = { maxSide: 4_096, maxPixels: 4_096 * 4_096 }

/**
 * One import preview's work, where it runs (the worker, or the page when no worker can start):
 * it holds the source and the last import (its plan keeps functions, which never leave here),
 * imports again only when the mapping changed, draws the chart, and makes what Accept saves.
 * Each request is answered in order, its stages first; a failure is an answer, never a throw.
 */
export class PreviewSession {
  private source: PreviewSource | undefined
  private last: { mappingKey: string; mapping: ImportMapping; result: PreviewResult } | undefined
  private readonly logos = new Map<string, string>()
  private queue: Promise<void> = Promise.resolve()
  private fonts: Promise<ExportFonts | undefined> | undefined

  constructor(
    private readonly post: (message: FromPreviewWorker) => void,
    private readonly loadLogos: LoadLogos,
    private readonly drawing: PreviewDrawing = {}
  ) {}

  handle(message: ToPreviewWorker): void {
    if (message.type === 'open') {
      this.source = message.source
      this.last = undefined
      for (const [id, path] of message.logos ?? []) this.logos.set(id, path)
      return
    }
    // One at a time: drawing waits for logos, and the next request must see this one's import.
    this.queue = this.queue.then(() => this.answer(message))
  }

  private async answer(message: Exclude<ToPreviewWorker, { type: 'open' }>): Promise<void> {
    try {
      if (message.type === 'preview') await this.preview(message.id, message.request)
      else this.post({ type: 'accepted', id: message.id, accepted: this.accepted() })
    } catch (error) {
      this.post({
        type: 'failed',
        id: message.id,
        message: error instanceof Error ? error.message : String(error)
      })
    }
  }

  private async preview(id: number, { mapping, theme }: PreviewRequest): Promise<void> {
    if (!this.source) throw new Error('the import preview asked for a preview before its source')
    const mappingKey = JSON.stringify(mapping)
    if (this.last?.mappingKey !== mappingKey) {
      this.post({ type: 'stage', id, stage: 'importing' })
      const result = previewImport(this.source, mapping)
      this.last = { mappingKey, mapping, result }
      this.post({ type: 'imported', id, summary: summaryOf(result, mapping, this.source.format) })
    }
    const catalog = this.last.result.catalog
    if (!catalog) return this.post({ type: 'chart', id, chart: undefined })
    this.post({ type: 'stage', id, stage: 'drawing', teams: teamCount(catalog) })
    // A chart too large to read in the preview is drawn as the app first opens it, every team
    // collapsed: a 30,000-team guide's projects tripled the cards and the time to draw them.
    const teamsCollapsed = chartNodeCount(catalog) > LARGE_CHART_NODES
    const chart = await this.chartUrl(catalog, teamsCollapsed, theme, await this.logosOf(catalog))
    this.post({ type: 'chart', id, chart, ...(teamsCollapsed ? { teamsCollapsed } : {}) })
  }

  /** The catalog's logos: those the page sent, and those it had not loaded, loaded here once. */
  private async logosOf(catalog: Catalog): Promise<ReadonlyMap<string, string>> {
    const ids = catalogLogoIds(catalog)
    const missing = ids.filter((logo) => !this.logos.has(logo))
    if (missing.length > 0) {
      const loaded = await this.loadLogos(missing)
      // A logo that could not load is asked for again next time: a chip without it is no error.
      for (const [logo, path] of loaded) this.logos.set(logo, path)
    }
    return new Map(
      ids.flatMap((logo) => (this.logos.has(logo) ? [[logo, this.logos.get(logo)!]] : []))
    )
  }

  /**
   * The chart as the preview shows it: the export's drawing (the screen's chart) without a
   * legend, as a data: URL (the app's CSP allows images only from itself or data:); a large one
   * (`large`: teams collapsed) as a PNG where a canvas exists.
   */
  private async chartUrl(
    catalog: Catalog,
    large: boolean,
    theme: ThemeName,
    logos: ReadonlyMap<string, string>
  ): Promise<string> {
    const options = ExportOptions.parse({ format: 'svg', theme, legend: false })
    const { rasterize } = this.drawing
    const view = ExportView.parse(large ? { collapsed: teamNodeIds(catalog) } : {})
    const plan: SvgPlan = planSvg(catalog, view, options, undefined, logos)
    if (rasterize && large) {
      try {
        return await rasterize(chartScene(plan), rasterSize(plan, 1, RASTER_LIMITS))
      } catch (error) {
        // No canvas or fonts where this runs (a file:// page may not fetch its fonts): the SVG
        // is slower for the page to show, never wrong.
        console.warn(
          `OrgScope: the import preview drew its chart as SVG, as a PNG failed: ${error instanceof Error ? error.message : String(error)}`
        )
      }
    }
    return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(drawSvg(plan, await this.embeddedFonts()))}`
  }

  /** The fonts to embed, loaded once; none when they cannot load (the fallback font is no error). */
  private embeddedFonts(): Promise<ExportFonts | undefined> {
    const { fonts } = this.drawing
    this.fonts ??= fonts
      ? fonts().catch((error: unknown) => {
          console.warn(
            `OrgScope: the import preview draws without Inter, as its fonts did not load: ${error instanceof Error ? error.message : String(error)}`
          )
          return undefined
        })
      : Promise.resolve(undefined)
    return this.fonts
  }

  private accepted(): AcceptedImport | undefined {
    const { plan, catalog } = this.last?.result ?? {}
    if (!this.source || !this.last || !plan || !catalog) return undefined
    return {
      catalog,
      catalogYaml: importedCatalogYaml(plan.catalog, this.source.name),
      mapping: confirmedMapping(this.last.mapping, plan)
    }
  }
}

function summaryOf(
  { plan, outline, catalog, errors }: PreviewResult,
  mapping: PreviewSummary['mapping'],
  format: PreviewSource['format']
): PreviewSummary {
  return {
    mapping,
    ...(plan
      ? {
          plan: {
            format: plan.format,
            outline: plan.outline,
            notes: plan.notes,
            company: plan.catalog.company.name,
            ...(plan.reading ? { reading: plan.reading } : {})
          },
          counts: planCounts(plan)
        }
      : outline
        ? // No catalog, but the source's outline: the choices that say which parts are teams.
          {
            plan: {
              format,
              outline,
              notes: [],
              company: mapping.company ?? ''
            }
          }
        : {}),
    errors,
    importable: catalog !== undefined
  }
}

/** The cards of the chart with every node expanded: the company, units, teams and projects. */
function chartNodeCount(catalog: Catalog): number {
  let count = 1
  for (const division of catalog.divisions) {
    count += 1 + division.groups.length + division.teams.length
    for (const team of division.teams) count += team.projects.length
  }
  return count
}

function teamCount(catalog: Catalog): number {
  return catalog.divisions.reduce((sum, division) => sum + division.teams.length, 0)
}
