import { MAX_TEXT_LENGTH } from '../catalog/name-text'
import type { CatalogFile, Group } from '../catalog/schema'

/**
 * A summary the catalog can hold: text past MAX_TEXT_LENGTH is cut after the last sentence that
 * fits, "…" saying it goes on. A long blog post's text outside its teams goes to the company's
 * summary whole, and a catalog refusing it ("company.summary: too long") fails the import the
 * app and the CLI load, teams and all.
 */
export function withinTextLimit(text: string): string {
  if (text.length <= MAX_TEXT_LENGTH) return text
  const room = text.slice(0, MAX_TEXT_LENGTH - 1)
  const end = Math.max(room.lastIndexOf('. '), room.lastIndexOf('! '), room.lastIndexOf('? '))
  return `${end > 0 ? room.slice(0, end + 1) : room.trimEnd()}…`
}

/**
 * The summaries of a catalog's company, units and teams cut to what the catalog holds
 * (withinTextLimit); calls `cut` with each one it shortened, to say so in the report.
 */
export function limitSummaries(catalog: CatalogFile, cut: (where: string) => void): void {
  const limit = <T extends { summary?: string }>(holder: T, where: string): void => {
    if (holder.summary === undefined || holder.summary.length <= MAX_TEXT_LENGTH) return
    holder.summary = withinTextLimit(holder.summary)
    cut(where)
  }
  limit(catalog.company, 'the company')
  const unit = (group: Group, kind: string): void => {
    limit(group, `${kind} "${group.name}"`)
    for (const team of group.teams) limit(team, `team "${team.name}"`)
    for (const child of group.groups ?? []) unit(child, 'group')
  }
  for (const division of catalog.divisions) unit(division, 'division')
}
