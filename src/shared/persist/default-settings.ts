import { EMPTY_LENS } from '../lens/match'
import type { SettingsPatch } from './settings'

/*
 * Apart from the schemas in settings.ts, so the page's first chunk can use it without loading
 * zod; typed by them, so a field added to the settings needs its default here.
 */

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
