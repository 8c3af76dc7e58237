import { allTeams, type Catalog, type CatalogTechnology } from '../catalog/catalog'

/**
 * One registry technology and who uses it: the lookup behind "shared by N teams". Its own fields
 * are picked from the catalog type, so a schema change reaches here; ids are team/project ids.
 */
export type TechnologyUsage = Pick<CatalogTechnology, 'name' | 'aliases' | 'category'> & {
  /** Teams whose stated toolset includes it. */
  stackTeams: string[]
  /** Teams whose text mentions it without stating it as their toolset. */
  mentionTeams: string[]
  /** Both of the above, once each, in catalog order. */
  teams: string[]
  /** Projects that list it (project ids). */
  projects: string[]
}

/**
 * Every registry technology with the teams and projects that use it, most shared first (then by
 * name), so the lens can list them in order and the matrix can read counts without recounting.
 * Names in the normalized catalog are already canonical, so plain equality is enough here.
 */
export function technologyIndex(catalog: Catalog): TechnologyUsage[] {
  const usages = new Map(
    catalog.technologies.map((technology): [string, TechnologyUsage] => [
      technology.name,
      {
        name: technology.name,
        aliases: technology.aliases,
        category: technology.category,
        stackTeams: [],
        mentionTeams: [],
        teams: [],
        projects: []
      }
    ])
  )
  // One pass over the catalog, in catalog order, instead of one per technology: at 5,000 teams
  // and ~100 technologies that is 25,000 list lookups instead of 2 million.
  for (const team of allTeams(catalog)) {
    for (const name of team.stack) usages.get(name)?.stackTeams.push(team.id)
    for (const name of team.mentions) usages.get(name)?.mentionTeams.push(team.id)
    // The validator keeps stack and mentions disjoint, but count a team once even if not.
    const used =
      team.mentions.length === 0 ? team.stack : new Set([...team.stack, ...team.mentions])
    for (const name of used) usages.get(name)?.teams.push(team.id)
    for (const project of team.projects) {
      for (const name of new Set(project.technologies)) usages.get(name)?.projects.push(project.id)
    }
  }
  return [...usages.values()].sort(
    (a, b) => b.teams.length - a.teams.length || compareNames(a.name, b.name)
  )
}

/** Case-insensitive, locale-independent: "eBPF" sorts among the E's on every machine. */
function compareNames(a: string, b: string): number {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  return x < y ? -1 : x > y ? 1 : 0
}

/** How many teams the lens counts for a technology: the stated stack, plus mentions if asked. */
export function lensTeamCount(usage: TechnologyUsage, includeMentions: boolean): number {
  return includeMentions ? usage.teams.length : usage.stackTeams.length
}

/**
 * The index most shared first, as the lens counts teams (then by all teams that name it, then
 * by name): the lens panel's order, and the presentation's number keys.
 */
export function rankByLensCount(
  index: readonly TechnologyUsage[],
  includeMentions: boolean
): TechnologyUsage[] {
  const count = (usage: TechnologyUsage) => lensTeamCount(usage, includeMentions)
  return [...index].sort(
    (a, b) => count(b) - count(a) || b.teams.length - a.teams.length || a.name.localeCompare(b.name)
  )
}
