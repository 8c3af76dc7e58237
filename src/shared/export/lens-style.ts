import { THEMES, selectionColor, type ThemeName } from '../theme/palette'

/**
 * How an active technology lens shows in an export: the screen's lens CSS (app.css, "Technology
 * lens" section: `.is-dim`, `.is-hit`, `.org-node__marks`, `.chip--selected`) as numbers, in one
 * place, so the two are easy to keep in step.
 */
export const LENS_STYLE = {
  /** `.org-node.is-dim { opacity }` */
  dimOpacity: 0.28,
  /** `.org-node.is-hit { box-shadow: 0 0 0 2px accent }`: a ring just outside the border. */
  ring: { width: 2 },
  /** `.org-node__marks` (top/right inside the border) and `.org-node__mark`. */
  mark: { top: 8, right: 8, size: 10, gap: 3, halo: 1.5 },
  /** `.chip--selected.chip--mention`: a thicker ring and bold label. */
  mentionRing: 1.5,
  mentionWeight: 700
} as const

export function lensRingColor(theme: ThemeName): string {
  return THEMES[theme].accent
}

/** The colour of a selected technology: its position in the lens picks it, as on screen. */
export function selectedTechnologyColor(
  selected: readonly string[],
  name: string
): string | undefined {
  const index = selected.indexOf(name)
  return index < 0 ? undefined : selectionColor(index)
}
