import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../catalog/name-text'
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
  eachUnit(catalog, (unit, kind) => {
    limit(unit, `${kind} "${unit.name}"`)
    for (const team of unit.teams) limit(team, `team "${team.name}"`)
  })
}

/**
 * Every division and group of a catalog file, outermost first (a unit, then the groups inside
 * it), with its kind and its path in the file ("divisions", 0, "groups", 1).
 */
function eachUnit(
  catalog: CatalogFile,
  visit: (unit: Group, kind: 'division' | 'group', path: (string | number)[]) => void
): void {
  const walk = (unit: Group, kind: 'division' | 'group', path: (string | number)[]): void => {
    visit(unit, kind, path)
    unit.groups?.forEach((child, i) => walk(child, 'group', [...path, 'groups', i]))
  }
  catalog.divisions.forEach((division, i) => walk(division, 'division', ['divisions', i]))
}

/**
 * A name the catalog can hold: text past MAX_NAME_LENGTH is cut after the last word that fits,
 * "…" saying it goes on. A heading written as a sentence ("## The team that …", 260 characters)
 * is a team's name to the importer, and a catalog refusing it ("teams[1].name: too long") fails
 * the whole import.
 */
export function withinNameLimit(text: string): string {
  if (text.length <= MAX_NAME_LENGTH) return text
  const room = text.slice(0, MAX_NAME_LENGTH - 1)
  const end = room.lastIndexOf(' ')
  return `${(end > MAX_NAME_LENGTH / 2 ? room.slice(0, end) : room).trimEnd()}…`
}

/**
 * The names of a catalog's company, units, teams, projects, leads and areas of ownership cut to
 * what the catalog holds (withinNameLimit); a unit or team whose summary is empty keeps its
 * whole name there, so nothing it said is lost. Calls `cut` with what it shortened, the path of
 * its name and whether its whole text is its summary now, to say so in the report at its line.
 */
export function limitNames(
  catalog: CatalogFile,
  cut: (where: string, path: (string | number)[], keptInSummary: boolean) => void
): void {
  const fit = <T extends { name: string; summary?: string }>(
    holder: T,
    kind: string,
    path: (string | number)[],
    keepInSummary: boolean
  ): void => {
    if (holder.name.length <= MAX_NAME_LENGTH) return
    const whole = holder.name
    holder.name = withinNameLimit(whole)
    const kept = keepInSummary && !holder.summary
    if (kept) holder.summary = whole
    cut(`${kind} "${holder.name}"`, [...path, 'name'], kept)
  }
  fit(catalog.company, 'the company', ['company'], false)
  const team = (t: Group['teams'][number], path: (string | number)[]): void => {
    fit(t, 'team', path, true)
    t.projects?.forEach((project, i) => {
      if (project.title.length <= MAX_NAME_LENGTH) return
      project.title = withinNameLimit(project.title)
      cut(`project "${project.title}"`, [...path, 'projects', i, 'title'], false)
    })
    if (t.lead) fit(t.lead, 'lead', [...path, 'lead'], false)
    t.responsibilities?.forEach((area, i, all) => {
      if (area.length <= MAX_NAME_LENGTH) return
      all[i] = withinNameLimit(area)
      cut(`area of ownership "${all[i]}"`, [...path, 'responsibilities', i], false)
    })
  }
  eachUnit(catalog, (unit, kind, path) => {
    fit(unit, kind, path, true)
    unit.teams.forEach((t, i) => team(t, [...path, 'teams', i]))
  })
}
