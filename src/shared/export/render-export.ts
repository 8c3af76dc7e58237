import type { Catalog } from '../catalog/catalog'
import { chartScene, tileScene } from './chart-scene'
import { defaultFileName } from './file-name'
import type { ExportFonts } from './fonts'
import { writeHtml } from './html'
import {
  FORMAT_FILE,
  today,
  type ExportFormat,
  type ExportOptions,
  type ExportView
} from './options'
import { tileNodes, type PdfLayout, type PdfPage } from './pdf-pages'
import { catalogLogoIds } from './export-plan'
import { planPdf, planPng } from './plan-export'
import { RASTER_LIMITS, type RasterLimits, type RasterSize } from './raster-size'
import type { ProgressListener } from './progress'
import type { Scene } from './scene'
import type { CanvasTarget } from './canvas-scene'

export type { ExportProgress, ProgressListener } from './progress'
import { planSvg, writeSvg } from './svg'

/**
 * What only the platform can do for an export, handed in (as Excalidraw hands canvas and font
 * loading to its export engine): everything else — the format switch, defaults, the PNG size cap,
 * PDF page planning, notices, the file name — is decided once, here, for the app, the CLI and
 * the browser build alike.
 */
export interface ExportEnvironment {
  /** How messages name this environment: "PDF export is not available in the browser build". */
  name: string
  /** WOFF2 faces to embed where a browser will read the file (SVG, HTML). */
  embeddedFonts(): Promise<ExportFonts>
  /** The PNG of `scene` drawn at `size` (size.scale × the scene's own width and height). */
  rasterize: Rasterizer
  /** Absent where pdfkit cannot run (the browser build): PDF is then unsupported there. */
  writePdf?: PdfWriter
  /**
   * The path data of the technology logos among `ids` that it has (by logo id), from its own
   * copy of them: Node reads simple-icons' files, the browser build its logo chunks. Never the
   * network.
   */
  logos(ids: readonly string[]): Promise<ReadonlyMap<string, string>>
}

export type Rasterizer = (
  scene: Scene,
  size: RasterSize,
  onProgress: ProgressListener,
  /** For a thumbnail (the import preview's): text too small to read drawn as bars. */
  drawing?: Pick<CanvasTarget, 'greekTextBelow'>
) => Promise<Uint8Array>

export interface PdfMeta {
  title: string
  /** Fixed for reproducible files in tests; defaults to now. */
  creationDate?: Date
}

/**
 * A PDF of the pages `layout` plans. `draw` gives a page its scene when the page is written, so
 * a chart of hundreds of pages never holds more than one tile's drawing at a time.
 */
export type PdfWriter = (
  layout: PdfLayout,
  draw: (page: PdfPage) => Scene,
  meta: PdfMeta,
  onProgress: ProgressListener
) => Promise<Uint8Array>

export interface RenderedExport {
  bytes: Uint8Array
  /** The name a save dialog or download suggests (see defaultFileName). */
  name: string
  mime: string
  extension: string
  /** Size of the picture: pixels for PNG, CSS pixels for the others. */
  width: number
  height: number
  /** PNG: the scale drawn at, which is less than the one asked for when a limit lowered it. */
  scale?: number
  /** PDF: how many pages, and how they are laid out ("A4 portrait: 7 pages — …"). */
  pages?: number
  layout?: string
  /** What the person should know about the file: a PNG made smaller than asked, and why. */
  notice?: string
}

export interface RenderSettings {
  /** How large a PNG may be; tests pass small limits to exercise the cap on a small chart. */
  rasterLimits?: RasterLimits
  /** Told as the slow part of a PNG or PDF export moves on. */
  onProgress?: ProgressListener
}

export class UnsupportedFormat extends Error {
  constructor(
    readonly format: ExportFormat,
    where: string
  ) {
    super(`${format.toUpperCase()} export is not available in ${where}`)
  }
}

/** The file name an export of `view` suggests: catalog, filter and date. */
export function exportFileName(company: string, view: ExportView, options: ExportOptions): string {
  const date = options.date ?? today()
  return defaultFileName(company, view.lens.technologies, date, options.format)
}

/**
 * One export in any format. Everything starts from one drawing of the chart (a Scene, see
 * scene.ts): SVG and HTML serialize it, PNG draws it on a canvas, PDF writes it page by page.
 * Fonts are embedded as WOFF2 only where a browser will read the file (SVG, HTML); the canvas and
 * the PDF writer bring their own font files.
 */
export async function renderExport(
  catalog: Catalog,
  view: ExportView,
  options: ExportOptions,
  environment: ExportEnvironment,
  { rasterLimits = RASTER_LIMITS, onProgress = () => undefined }: RenderSettings = {}
): Promise<RenderedExport> {
  const resolved = { ...options, date: options.date ?? today() }
  const file = FORMAT_FILE[options.format]
  const result = (bytes: Uint8Array, width: number, height: number): RenderedExport => ({
    bytes,
    name: exportFileName(catalog.company.name, view, resolved),
    mime: file.mime,
    extension: file.extension,
    width,
    height
  })
  // A comparison also draws the older version's removed teams, whose technologies may be gone.
  const logos = await environment.logos([
    ...catalogLogoIds(catalog),
    ...(view.compare ? catalogLogoIds(view.compare.older) : [])
  ])
  switch (resolved.format) {
    case 'svg': {
      const drawing = writeSvg(catalog, view, resolved, await environment.embeddedFonts(), logos)
      return result(utf8(drawing.svg), drawing.width, drawing.height)
    }
    case 'html': {
      const drawing = writeSvg(catalog, view, resolved, await environment.embeddedFonts(), logos)
      const html = writeHtml(drawing.catalog, drawing, {
        title: options.title,
        theme: options.theme
      })
      return result(utf8(html), drawing.width, drawing.height)
    }
    case 'png': {
      const plan = planSvg(catalog, view, resolved, undefined, logos)
      // Decided before drawing: an over-large bitmap is never made.
      const { size, notice } = planPng(plan, options.scale, rasterLimits)
      const png = await environment.rasterize(chartScene(plan), size, onProgress)
      return { ...result(png, size.width, size.height), scale: size.scale, notice }
    }
    case 'pdf': {
      if (!environment.writePdf) throw new UnsupportedFormat('pdf', environment.name)
      const plan = planSvg(catalog, view, resolved, undefined, logos)
      const { layout, summary, notice } = planPdf(plan, options)
      const title = options.title || `${catalog.company.name} organization chart`
      const nodesOf = tileNodes(layout, plan.layout)
      let whole: Scene | undefined
      const pdf = await environment.writePdf(
        layout,
        (page) =>
          page.crop ? tileScene(plan, page.crop, nodesOf(page)) : (whole ??= chartScene(plan)),
        { title },
        onProgress
      )
      return {
        ...result(pdf, plan.width, plan.height),
        pages: layout.pages.length,
        layout: summary,
        notice
      }
    }
  }
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text)
}
