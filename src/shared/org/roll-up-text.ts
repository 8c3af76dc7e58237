import { countLabel } from '../text'
import type { RollUp } from './roll-ups'

/**
 * "at least 12 people", "2 open roles", "1 opening soon": what a roll-up says about people and
 * hiring, for the parts it knows (none for a catalog without people or roles). The tour's
 * captions, the details panel and the standalone viewer say the same.
 */
export function rollUpParts(totals: RollUp): string[] {
  const parts: string[] = []
  if (totals.teamsWithHeadcount > 0) {
    const some = totals.teamsWithHeadcount < totals.teams ? 'at least ' : ''
    parts.push(`${some}${countLabel(totals.members, 'person', 'people')}`)
  }
  if (totals.openRoles > 0) parts.push(countLabel(totals.openRoles, 'open role'))
  if (totals.soonRoles > 0) parts.push(`${totals.soonRoles} opening soon`)
  return parts
}
