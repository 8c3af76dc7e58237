import { z } from 'zod'
import { LayoutKind } from '../layout/layout-kind'
import { LensMode } from '../lens/lens'
import { MAIN_VIEWS, THEME_PREFERENCES } from './setting-values'

/**
 * What OrgScope remembers between runs: the app writes it as settings.json in the user's data
 * folder (main, atomically), the browser build in localStorage; both read it with this schema.
 *
 * Versioned, and every field optional: a missing field takes its default (DEFAULT_SETTINGS), so
 * a file from an older version, or one a person trimmed by hand, still loads. A field with a
 * value this version does not understand makes the whole file invalid: it is set aside and the
 * user told, rather than half-applied. A field this version does not know at all (a newer
 * version wrote it) is kept, at any depth, and written back at the next save: running an older
 * copy once must not erase what a newer one remembers.
 */
export const SETTINGS_VERSION = 1

export const ThemePreference = z.enum(THEME_PREFERENCES)
export type ThemePreference = z.infer<typeof ThemePreference>
export const MainView = z.enum(MAIN_VIEWS)
export type MainView = z.infer<typeof MainView>

/** React Flow's camera: screen offset and zoom (screen = flow × zoom + offset). */
const cameraShape = {
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
}
export const CameraViewport = z.strictObject(cameraShape)
export type CameraViewport = z.infer<typeof CameraViewport>

const lensShape = {
  /** Canonical technology names; names the catalog does not know are dropped on restore. */
  technologies: z.array(z.string().min(1).max(200)).max(500).optional(),
  mode: LensMode.optional(),
  includeMentions: z.boolean().optional(),
  hiring: z.boolean().optional()
}

/**
 * The fields the page may set: everything but where the catalog comes from. One shape, three
 * readings of keys it does not name: what the page sends refuses them (strict), what is stored
 * keeps them (loose), and what the page is sent leaves them out (stripped).
 */
function pageFields(objectOf: <T extends z.core.$ZodLooseShape>(shape: T) => z.ZodObject<T>) {
  return {
    theme: ThemePreference.optional(),
    layoutKind: LayoutKind.optional(),
    lens: objectOf(lensShape).optional(),
    hideNonMatches: z.boolean().optional(),
    lensOpen: z.boolean().optional(),
    view: MainView.optional(),
    viewport: objectOf(cameraShape).optional()
  }
}

/** Nested objects of the page's fields, whose unknown keys a patch keeps (see mergeSettings). */
const NESTED_KEYS = { lens: Object.keys(lensShape), viewport: Object.keys(cameraShape) }

export const Settings = z.looseObject({
  schemaVersion: z.literal(SETTINGS_VERSION).default(SETTINGS_VERSION),
  ...pageFields(z.looseObject),
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
export const SettingsPatch = z.strictObject(pageFields(z.strictObject))
export type SettingsPatch = z.output<typeof SettingsPatch>

/** What the page is sent: its own fields, and of those only what this version knows. */
const PageView = z.object(pageFields(z.object))

/**
 * Settings after a patch: fields in the patch replace the stored ones, the rest stay, fields
 * this version does not know included. A lens or camera in the patch replaces the stored one
 * but keeps the keys a newer version added to it.
 */
export function mergeSettings(settings: Settings, patch: SettingsPatch): Settings {
  const next: Settings = { ...settings }
  for (const [key, value] of Object.entries(patch) as [keyof SettingsPatch, unknown][]) {
    if (value === undefined) continue
    const stored = settings[key]
    const known = Object.hasOwn(NESTED_KEYS, key)
      ? NESTED_KEYS[key as keyof typeof NESTED_KEYS]
      : undefined
    Object.assign(next, {
      [key]:
        known && isRecord(stored) && isRecord(value)
          ? { ...withoutKeys(stored, known), ...value }
          : value
    })
  }
  return next
}

/** What the page sees of the stored settings: its own fields, not the paths main keeps. */
export function pageSettings(settings: Settings): SettingsPatch {
  const page: SettingsPatch = {}
  const view = PageView.parse(settings)
  for (const key of Object.keys(PageView.shape) as (keyof SettingsPatch)[]) {
    if (view[key] !== undefined) Object.assign(page, { [key]: view[key] })
  }
  return page
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function withoutKeys(record: Record<string, unknown>, keys: readonly string[]) {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)))
}

export const EMPTY_SETTINGS: Settings = Object.freeze({ schemaVersion: SETTINGS_VERSION })
