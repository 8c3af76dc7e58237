import type { BadgeLayout } from '../layout/node-box'
import type { OrgNodeKind } from '../tree/org-tree'
import { THEMES, type ThemeName } from './palette'

/** How one badge is painted: a fill, a 1px ring drawn inside its edge, and its text. */
export interface BadgeColors {
  fill?: string
  /** With its opacity, so a ring on a filled card can be a veil of white. */
  ring?: { color: string; opacity: number }
  text: string
}

const WHITE = '#ffffff'

/**
 * The colours of a people or hiring badge on a card, for the screen (inline styles) and the
 * export alike, so the two cannot drift. On the filled company and division cards the badges
 * are white on the card's colour; on teams and groups, roles open now are a solid hiring-green
 * pill, roles opening soon its outline, and headcount a quiet grey outline.
 */
export function badgeColors(
  badge: BadgeLayout['kind'],
  node: OrgNodeKind,
  themeName: ThemeName
): BadgeColors {
  const theme = THEMES[themeName]
  if (node === 'company' || node === 'division') {
    if (badge === 'open') return { fill: WHITE, text: theme[node] }
    return { ring: { color: WHITE, opacity: 0.6 }, text: WHITE }
  }
  if (badge === 'open') return { fill: theme.hiring, text: theme.onHiring }
  if (badge === 'soon') return { ring: { color: theme.hiring, opacity: 1 }, text: theme.hiring }
  return { ring: { color: theme.border, opacity: 1 }, text: theme.muted }
}
