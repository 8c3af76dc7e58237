import { z } from 'zod'
import { Viewport } from '../export/options'
import { LayoutKind } from '../layout/layout-kind'
import { LensMode } from '../lens/lens'

/**
 * Saved views: named steps a presenter prepares (which technologies are highlighted, which
 * branch is focused, which teams are open, where the camera is) and plays as the tour. They
 * travel with the catalog in a sidecar file, `<catalog file>.views.json`, so a manager prepares
 * once and presents anywhere.
 *
 * The file names technologies by their canonical name and nodes by their graph id
 * ("team:cloud-reliability"), never by position, so it survives catalog edits that reorder;
 * what the catalog no longer has is dropped on load with a notice (pruneViews).
 */
export const SAVED_VIEWS_VERSION = 1
export const MAX_SAVED_VIEWS = 100
export const VIEW_NAME_MAX = 80
export const VIEW_CAPTION_MAX = 1000

/** A graph node id: "company", "division:core", "team:cloud-reliability". */
const NodeRef = z.string().min(1).max(300)

/**
 * The camera as a rectangle of the chart (layout coordinates) rather than React Flow's
 * offset and zoom: a rectangle means the same on a laptop and on a projector, where the same
 * zoom would show a different part of the chart.
 */
export const CameraRect = Viewport
export type CameraRect = Viewport

export const SavedView = z
  .object({
    /** Stable while the view is renamed or moved: what the list keys on. */
    id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a view id is 1–64 letters, digits, - or _'),
    name: z.string().trim().min(1, 'a view needs a name').max(VIEW_NAME_MAX),
    /** Read out under the name while presenting. */
    caption: z.string().trim().max(VIEW_CAPTION_MAX).optional(),
    lens: z
      .object({
        technologies: z.array(z.string().min(1).max(200)).max(200).default([]),
        mode: LensMode.default('any'),
        includeMentions: z.boolean().default(false),
        hiring: z.boolean().optional()
      })
      .strict()
      .default({ technologies: [], mode: 'any', includeMentions: false }),
    hideNonMatches: z.boolean().default(false),
    /** The branch shown alone (a division or team), if any. */
    focusId: NodeRef.optional(),
    /** Teams shown open (with their projects); all others are collapsed. */
    expanded: z.array(NodeRef).max(10_000).default([]),
    layoutKind: LayoutKind.default('compact'),
    /** Where the camera was; without one the view fits its branch (or the whole chart). */
    camera: CameraRect.optional()
  })
  .strict()
export type SavedView = z.output<typeof SavedView>
export type SavedViewInput = z.input<typeof SavedView>

export const SavedViewList = z
  .array(SavedView)
  .max(MAX_SAVED_VIEWS, `at most ${MAX_SAVED_VIEWS} saved views`)
  .refine((views) => new Set(views.map((v) => v.id)).size === views.length, 'view ids repeat')

export const SavedViewsFile = z
  .object({
    schemaVersion: z.literal(SAVED_VIEWS_VERSION),
    /** The catalog's company when saved: for a person reading the file, not used to match. */
    catalog: z.string().max(200).optional(),
    views: SavedViewList
  })
  .strict()
export type SavedViewsFile = z.output<typeof SavedViewsFile>

/** The sidecar's text: pretty-printed, so it reads well in a diff or an editor. */
export function savedViewsText(views: readonly SavedView[], catalogName?: string): string {
  const file: SavedViewsFile = {
    schemaVersion: SAVED_VIEWS_VERSION,
    ...(catalogName && { catalog: catalogName }),
    views: [...views]
  }
  return `${JSON.stringify(file, null, 2)}\n`
}
