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
  const teams = allTeams(catalog)
  const projects = teams.flatMap((team) => team.projects)
  const usages = catalog.technologies.map((technology): TechnologyUsage => {
    const { name } = technology
    return {
      name,
      aliases: technology.aliases,
      category: technology.category,
      stackTeams: teams.filter((team) => team.stack.includes(name)).map((team) => team.id),
      mentionTeams: teams.filter((team) => team.mentions.includes(name)).map((team) => team.id),
      teams: teams
        .filter((team) => team.stack.includes(name) || team.mentions.includes(name))
        .map((team) => team.id),
      projects: projects
        .filter((project) => project.technologies.includes(name))
        .map((project) => project.id)
    }
  })
  return usages.sort((a, b) => b.teams.length - a.teams.length || compareNames(a.name, b.name))
}

/** Case-insensitive, locale-independent: "eBPF" sorts among the E's on every machine. */
function compareNames(a: string, b: string): number {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  return x < y ? -1 : x > y ? 1 : 0
}
