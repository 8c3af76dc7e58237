import { technologyIndex } from '../../shared/lens/technology-index'
import type { Catalog } from '../../shared/catalog/catalog'

/**
 * The normalized catalog as a compact, stable JSON shape for scripts (`orgscope dump --json`):
 * just what someone diffing or grepping a catalog needs, with technologies resolved to canonical
 * names. Technologies come most shared first, the order the technology lens shows them in.
 */
export function dumpCatalog(catalog: Catalog) {
  return {
    company: catalog.company,
    divisions: catalog.divisions.map((division) => ({
      id: division.id,
      name: division.name,
      summary: division.summary,
      teams: division.teams.map((team) => ({
        id: team.id,
        name: team.name,
        status: team.status,
        summary: team.summary,
        stack: team.stack,
        mentions: team.mentions,
        projects: team.projects.map((project) => ({ title: project.title, status: project.status }))
      }))
    })),
    technologies: technologyIndex(catalog).map((technology) => ({
      name: technology.name,
      aliases: technology.aliases,
      category: technology.category,
      teams: technology.teams
    }))
  }
}

export type CatalogDump = ReturnType<typeof dumpCatalog>
