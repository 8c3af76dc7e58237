import type { Catalog, CatalogGroup, CatalogTeam } from '../../shared/catalog/catalog'
import { technologyIndex } from '../../shared/lens/technology-index'

/**
 * The normalized catalog as a compact, stable JSON shape for scripts (`orgscope dump --json`):
 * just what someone diffing or grepping a catalog needs, with technologies resolved to canonical
 * names. Technologies come most shared first, the order the technology lens shows them in.
 *
 * Each division lists every team it holds in `teams`, at any depth, each with `group` (the names
 * of its groups from the division down, [] directly under it), so readers of `teams` written
 * before groups existed keep working; `groups` is the tree, naming its own teams by id.
 */
export function dumpCatalog(catalog: Catalog) {
  const registry = new Map(catalog.technologies.map((technology) => [technology.name, technology]))
  return {
    company: catalog.company,
    divisions: catalog.divisions.map((division) => {
      const groupNames = new Map<string, string>()
      const visit = (groups: readonly CatalogGroup[]): void =>
        groups.forEach((group) => {
          groupNames.set(group.id, group.name)
          visit(group.groups)
        })
      visit(division.groups)
      return {
        id: division.id,
        name: division.name,
        summary: division.summary,
        groups: division.groups.map(dumpGroup),
        teams: division.teams.map((team) => dumpTeam(team, groupNames))
      }
    }),
    technologies: technologyIndex(catalog).map((technology) => {
      const { icon, implied } = registry.get(technology.name)!
      return {
        name: technology.name,
        aliases: technology.aliases,
        category: technology.category,
        ...(technology.family === undefined ? {} : { family: technology.family }),
        // The technology dictionary's logo id, when it has a logo for the technology.
        ...(icon === undefined ? {} : { icon }),
        // A family the file does not list, which two or more of its technologies name.
        ...(implied ? { implied } : {}),
        teams: technology.teams
      }
    })
  }
}

interface DumpedGroup {
  id: string
  name: string
  summary: string
  /** Ids of the teams directly in the group. */
  teams: string[]
  groups: DumpedGroup[]
}

function dumpGroup(group: CatalogGroup): DumpedGroup {
  return {
    id: group.id,
    name: group.name,
    summary: group.summary,
    teams: group.teamIds,
    groups: group.groups.map(dumpGroup)
  }
}

function dumpTeam(team: CatalogTeam, groupNames: ReadonlyMap<string, string>) {
  return {
    id: team.id,
    name: team.name,
    group: team.groupPath.map((id) => groupNames.get(id) ?? id),
    status: team.status,
    summary: team.summary,
    ...(team.lead ? { lead: team.lead } : {}),
    ...(team.members === undefined ? {} : { members: team.members }),
    stack: team.stack,
    mentions: team.mentions,
    responsibilities: team.responsibilities,
    projects: team.projects.map((project) => ({ title: project.title, status: project.status })),
    roles: team.roles,
    relations: team.relations
  }
}

export type CatalogDump = ReturnType<typeof dumpCatalog>
