import { z } from 'zod'
import { Catalog } from '../catalog/catalog'
import { LayoutKind } from '../layout/layout-kind'
import { Lens } from '../lens/lens'
import { DEFAULTS } from './export-defaults'
import { EXPORT_FORMATS } from './export-formats'

/**
 * What an export is asked to produce, in one schema with its defaults in one place (like
 * Excalidraw's export options). The app's dialog, the IPC contract, the browser build and the
 * CLI all parse into this shape, so they cannot disagree on a default.
 */
export const ExportFormat = z.enum(EXPORT_FORMATS)
export type ExportFormat = z.infer<typeof ExportFormat>

export const SCALE_MIN = 1
export const SCALE_MAX = 4

/**
 * PDF paper: "fit" makes one page the size of the chart (a file to zoom on screen); A4 and
 * Letter make pages to print, tiled when the chart would be unreadably small on one.
 */
export const PAPERS = ['fit', 'a4', 'letter'] as const
export const Paper = z.enum(PAPERS)
export type Paper = z.infer<typeof Paper>
export const ORIENTATIONS = ['portrait', 'landscape'] as const
export const Orientation = z.enum(ORIENTATIONS)
export type Orientation = z.infer<typeof Orientation>

/** A rectangle in layout coordinates (the space of layoutTree's node positions). */
export const Viewport = z
  .object({
    x: z.number().finite(),
    y: z.number().finite(),
    width: z.number().finite().positive(),
    height: z.number().finite().positive()
  })
  .strict()
export type Viewport = z.infer<typeof Viewport>

const ExportOptionsShape = z
  .object({
    format: ExportFormat.default(DEFAULTS.format),
    /** The whole chart, or only what the window shows ("view", which needs `viewport`). */
    scope: z.enum(['all', 'view']).default(DEFAULTS.scope),
    /** Pixel density of raster output; vector formats ignore it. */
    scale: z
      .number()
      .min(SCALE_MIN, `scale must be between ${SCALE_MIN} and ${SCALE_MAX}`)
      .max(SCALE_MAX, `scale must be between ${SCALE_MIN} and ${SCALE_MAX}`)
      .default(DEFAULTS.scale),
    theme: z.enum(['light', 'dark']).default(DEFAULTS.theme),
    background: z.enum(['theme', 'transparent']).default(DEFAULTS.background),
    title: z.string().trim().max(200).optional(),
    /** A key of the selected technologies and their colours; drawn only when a lens is on. */
    legend: z.boolean().default(DEFAULTS.legend),
    /** A line with the company and the export date. */
    footer: z.boolean().default(DEFAULTS.footer),
    /** PDF only: the page size, and with A4 or Letter the orientation. */
    paper: Paper.default(DEFAULTS.paper),
    orientation: Orientation.default(DEFAULTS.orientation),
    viewport: Viewport.optional(),
    /**
     * The footer's date (YYYY-MM-DD). Passed in rather than read from the clock inside the
     * writer, so the same input always gives the same file; callers pass today.
     */
    date: z.iso.date().optional()
  })
  .strict()

export const ExportOptions = ExportOptionsShape.refine(
  (options) => options.scope !== 'view' || options.viewport !== undefined,
  { message: 'scope "view" needs a viewport', path: ['viewport'] }
)
export type ExportOptions = z.output<typeof ExportOptions>
export type ExportOptionsInput = z.input<typeof ExportOptions>

/**
 * The chart on screen is a comparison: the older version it is compared with, and how the user
 * named it ("v1.0.yaml", "HEAD~3:teleport.yaml"). The older catalog comes from the page (in the
 * app it read a picked file itself, or main sent it a revision): main checks it against the
 * catalog schema like every catalog that crosses the bridge, and builds the diff and the union
 * against its own copy of the newer catalog, so the page never decides what the newer side is.
 */
export const ExportComparison = z
  .object({
    label: z.string().trim().min(1).max(200),
    older: Catalog
  })
  .strict()
export type ExportComparison = z.output<typeof ExportComparison>

/** The view state an export draws: the same state the screen is drawn from. */
export const ExportView = z
  .object({
    /** Ids of collapsed nodes (see org-tree's nodeId). */
    collapsed: z.array(z.string().max(300)).max(100_000).default([]),
    layoutKind: LayoutKind.default('compact'),
    lens: Lens.default({ technologies: [], mode: 'any', includeMentions: false }),
    /** With a lens on: leave out what it does not match (the screen's "hide the rest"). */
    hideNonMatches: z.boolean().default(false),
    /** Only this node's branch, as when the screen is focused on a division or team. */
    focusId: z.string().max(300).optional(),
    /** Draw the relations between teams (with their legend), as the screen does when shown. */
    relations: z.boolean().optional(),
    /** Draw the catalog compared with an older version: the union of both, marked, and a key. */
    compare: ExportComparison.optional()
  })
  .strict()
export type ExportView = z.output<typeof ExportView>

/** MIME type and file extension of each format. */
export const FORMAT_FILE = {
  svg: { mime: 'image/svg+xml', extension: 'svg', label: 'SVG image' },
  png: { mime: 'image/png', extension: 'png', label: 'PNG image' },
  pdf: { mime: 'application/pdf', extension: 'pdf', label: 'PDF document' },
  html: { mime: 'text/html', extension: 'html', label: 'Standalone web page' }
} as const satisfies Record<ExportFormat, { mime: string; extension: string; label: string }>

/** Today as YYYY-MM-DD in local time: what a person means by "the date of the export". */
export function today(now = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
