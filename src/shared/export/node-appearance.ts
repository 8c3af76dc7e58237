import type { OrgNodeKind } from '../tree/org-tree'
import { THEMES, type ThemeName } from '../theme/palette'

/**
 * How each kind of node looks, transcribed from the screen's CSS (src/renderer/src/styles/app.css,
 * `.org-node--*`) into values the SVG writer can draw. When the CSS changes, change this too:
 * tests/e2e/export.spec.ts compares an exported PNG with a screenshot and fails when they drift.
 */
export interface NodeAppearance {
  fill: string
  /** The 1px border; undefined where the screen's border is transparent. */
  border?: string
  dashed: boolean
  /** A thicker left border in another colour (teams: the division colour). */
  leftBand?: { color: string; width: number }
  /** Border widths: CSS positions content (and chips) inside the border, so we do too. */
  inset: { left: number; top: number }
  title: string
  subtitle: string
  /** A faint drop shadow under the card (CSS `box-shadow: 0 1px 2px rgb(0 0 0 / 0.06)`). */
  shadow: boolean
}

export const NODE_RADIUS = 10
/** How much of the division's colour tints a group's card. */
const GROUP_TINT = 0.1
const ON_COLOR_TITLE = '#ffffff'
/** Subtitles on filled cards are plain white, as in app.css (4.5:1 on both themes' fills). */
const ON_COLOR_SUBTITLE_ALPHA = 1

export function nodeAppearance(kind: OrgNodeKind, themeName: ThemeName): NodeAppearance {
  const theme = THEMES[themeName]
  switch (kind) {
    case 'company':
    case 'division':
      return {
        fill: theme[kind],
        dashed: false,
        inset: { left: 1, top: 1 },
        title: ON_COLOR_TITLE,
        subtitle: blend(ON_COLOR_TITLE, theme[kind], ON_COLOR_SUBTITLE_ALPHA),
        shadow: false
      }
    case 'group':
      // A first look for issue 13's groups (the screen's CSS has none yet): a card tinted with
      // the division's colour and outlined in it, so a group reads as part of its division.
      return {
        fill: blend(theme.division, theme.team, GROUP_TINT),
        border: theme.division,
        dashed: false,
        inset: { left: 1, top: 1 },
        title: theme.text,
        subtitle: theme.muted,
        shadow: false
      }
    case 'team':
      return {
        fill: theme.team,
        border: theme.border,
        dashed: false,
        leftBand: { color: theme.division, width: 4 },
        inset: { left: 4, top: 1 },
        title: theme.text,
        subtitle: theme.muted,
        shadow: true
      }
    case 'project':
      return {
        fill: theme.project,
        border: theme.border,
        dashed: true,
        inset: { left: 1, top: 1 },
        title: theme.text,
        subtitle: theme.muted,
        shadow: false
      }
  }
}

/** `top` at `alpha` over `bottom`, both #rrggbb. */
export function blend(top: string, bottom: string, alpha: number): string {
  const channel = (hex: string, i: number): number => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16)
  let out = '#'
  for (let i = 0; i < 3; i++) {
    const value = Math.round(channel(top, i) * alpha + channel(bottom, i) * (1 - alpha))
    out += value.toString(16).padStart(2, '0')
  }
  return out
}
