import { z } from 'zod'
import { LayoutKind } from '../layout/layout-kind'
import { EMPTY_LENS, LensMode } from '../lens/match'

/**
 * What OrgScope remembers between runs: the app writes it as settings.json in the user's data
 * folder (main, atomically), the browser build in localStorage; both read it with this schema.
 *
 * Versioned, and every field optional: a missing field takes its default (DEFAULT_SETTINGS), so
 * a file from an older version, or one a person trimmed by hand, still loads. A field with a
 * value this version does not understand makes the whole file invalid: it is set aside and the
 * user told, rather than half-applied.
 */
export const SETTINGS_VERSION = 1

/** In the order the toolbar's theme button cycles through them. */
export const ThemePreference = z.enum(['system', 'light', 'dark'])
export type ThemePreference = z.infer<typeof ThemePreference>
/** What the main area shows, in the toolbar's order. */
export const MainView = z.enum(['graph', 'matrix', 'outline'])
export type MainView = z.infer<typeof MainView>

/** React Flow's camera: screen offset and zoom (screen = flow × zoom + offset). */
export const CameraViewport = z
  .object({
    x: z.number().finite(),
    y: z.number().finite(),
    zoom: z.number().finite().positive().max(100),
    /**
     * The catalog it was saved for (its path in the app, its name in the browser build): a
     * camera means nothing on another chart, so it is restored only for the same catalog.
     */
    catalog: z.string().max(4096).optional(),
    /** The branch in focus then (none: the whole chart): the camera framed that tree. */
    focusId: z.string().max(300).optional()
  })
  .strict()

const LensSetting = z
  .object({
    /** Canonical technology names; names the catalog does not know are dropped on restore. */
    technologies: z.array(z.string().min(1).max(200)).max(500).optional(),
    mode: LensMode.optional(),
    includeMentions: z.boolean().optional()
  })
  .strict()

/** The fields the page may set: everything but where the catalog comes from. */
const PageSettings = {
  theme: ThemePreference.optional(),
  layoutKind: LayoutKind.optional(),
  lens: LensSetting.optional(),
  hideNonMatches: z.boolean().optional(),
  lensOpen: z.boolean().optional(),
  view: MainView.optional(),
  viewport: CameraViewport.optional()
}

export const Settings = z.object({
  schemaVersion: z.literal(SETTINGS_VERSION).default(SETTINGS_VERSION),
  ...PageSettings,
  /**
   * The catalog on screen when the app last ran, opened at start when no path is given and the
   * file still exists. Written by main only, from the catalog it loaded: a page that could set it
   * could make main read any file at the next start.
   */
  lastCatalogPath: z.string().min(1).max(4096).optional()
})
export type Settings = z.output<typeof Settings>

/**
 * What the page sends to save: a partial update of its own fields. Strict, so a page cannot
 * smuggle in lastCatalogPath (or anything else) through an extra key.
 */
export const SettingsPatch = z.object(PageSettings).strict()
export type SettingsPatch = z.output<typeof SettingsPatch>

/** The values a missing field stands for; also what "Reset view" goes back to. */
export const DEFAULT_SETTINGS = {
  theme: 'system',
  layoutKind: 'compact',
  lens: EMPTY_LENS,
  hideNonMatches: false,
  lensOpen: true,
  view: 'graph'
} as const satisfies Required<Omit<SettingsPatch, 'viewport' | 'lens'>> & {
  lens: typeof EMPTY_LENS
}

/** Settings after a patch: fields in the patch replace the stored ones, the rest stay. */
export function mergeSettings(settings: Settings, patch: SettingsPatch): Settings {
  const next: Settings = { ...settings }
  for (const [key, value] of Object.entries(patch) as [keyof SettingsPatch, unknown][]) {
    if (value !== undefined) Object.assign(next, { [key]: value })
  }
  return next
}

/** What the page sees of the stored settings: its own fields, not the paths main keeps. */
export function pageSettings(settings: Settings): SettingsPatch {
  const page: SettingsPatch = {}
  for (const key of Object.keys(PageSettings) as (keyof SettingsPatch)[]) {
    if (settings[key] !== undefined) Object.assign(page, { [key]: settings[key] })
  }
  return page
}

export const EMPTY_SETTINGS: Settings = Object.freeze({ schemaVersion: SETTINGS_VERSION })
