import { z } from 'zod'
import {
  Company,
  Division,
  Link,
  Project,
  Team,
  Technology,
  CATALOG_SCHEMA_VERSION
} from './schema'

/**
 * The normalized catalog: what every layer past the loader reads. Technology references are
 * canonical names, projects have ids, defaults are filled in. Derived from the file schemas so
 * the two cannot drift; also the schema main uses to check what it sends over IPC.
 */
const CanonicalNames = z.array(z.string())

export const CatalogProject = Project.extend({
  id: z.string(),
  technologies: CanonicalNames,
  links: z.array(Link)
})

export const CatalogTeam = Team.extend({
  stack: CanonicalNames,
  mentions: CanonicalNames,
  projects: z.array(CatalogProject),
  links: z.array(Link)
})

export const CatalogDivision = Division.extend({ teams: z.array(CatalogTeam) })

export const Catalog = z.object({
  schemaVersion: z.literal(CATALOG_SCHEMA_VERSION),
  company: Company,
  technologies: z.array(Technology.extend({ aliases: z.array(z.string()) })),
  divisions: z.array(CatalogDivision)
})

export type Catalog = z.infer<typeof Catalog>
export type CatalogDivision = z.infer<typeof CatalogDivision>
export type CatalogTeam = z.infer<typeof CatalogTeam>
export type CatalogProject = z.infer<typeof CatalogProject>
export type CatalogTechnology = Catalog['technologies'][number]

/** Every team of the catalog, in catalog order. */
export function allTeams(catalog: Catalog): CatalogTeam[] {
  return catalog.divisions.flatMap((division) => division.teams)
}
