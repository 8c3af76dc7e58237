import { z } from 'zod'
import {
  Company,
  Division,
  Link,
  Project,
  Relation,
  Role,
  SCHEMA_VERSIONS,
  Team,
  Technology
} from './schema'

/**
 * The normalized catalog: what every layer past the loader reads. Technology references are
 * canonical names, projects have ids, defaults are filled in, and a version 1 file reads as the
 * version 2 catalog it means (no groups, no people, no roles). Derived from the file schemas so
 * the two cannot drift; also the schema main uses to check what it sends over IPC.
 */
const CanonicalNames = z.array(z.string())

export const CatalogProject = Project.extend({
  id: z.string(),
  technologies: CanonicalNames,
  links: z.array(Link)
})

export const CatalogRole = Role.extend({ technologies: CanonicalNames })

export const CatalogTeam = Team.extend({
  stack: CanonicalNames,
  mentions: CanonicalNames,
  projects: z.array(CatalogProject),
  links: z.array(Link),
  responsibilities: z.array(z.string()),
  relations: z.array(Relation),
  roles: z.array(CatalogRole),
  groupPath: z
    .array(z.string())
    .describe('Ids of the groups the team is in, from the division down; [] directly under it')
})

/** A group as a tree: its own teams by id (the teams themselves are in its division's list). */
export const CatalogGroup = z.object({
  id: z.string(),
  name: z.string(),
  summary: z.string(),
  teamIds: z.array(z.string()).describe('Teams directly in this group, in file order'),
  get groups() {
    return z.array(CatalogGroup)
  }
})

export const CatalogDivision = Division.extend({
  teams: z
    .array(CatalogTeam)
    .describe(
      'Every team of the division at any depth: its own first, then each group’s, depth first'
    ),
  groups: z.array(CatalogGroup)
})

export const Catalog = z.object({
  schemaVersion: z.literal(SCHEMA_VERSIONS).describe('The version the file was written in'),
  company: Company,
  technologies: z.array(
    Technology.extend({
      aliases: z.array(z.string()),
      family: z
        .string()
        .optional()
        .describe(
          "Canonical name of its family: the file's, or the technology dictionary's when that family is in the registry or implied"
        ),
      implied: z
        .literal(true)
        .optional()
        .describe(
          "A family the file does not list, which two or more of its technologies name (written, or the technology dictionary's family for them): the dictionary's entry, as validate --fix would add it. Teams never name it, so the lens counts it through its members only; the file stays as written"
        ),
      icon: z
        .string()
        .optional()
        .describe("The technology dictionary's logo id (a simple-icons slug), when it has one")
    })
  ),
  divisions: z.array(CatalogDivision)
})

export type Catalog = z.infer<typeof Catalog>
export type CatalogDivision = z.infer<typeof CatalogDivision>
export type CatalogGroup = z.infer<typeof CatalogGroup>
export type CatalogTeam = z.infer<typeof CatalogTeam>
export type CatalogRole = z.infer<typeof CatalogRole>
export type CatalogProject = z.infer<typeof CatalogProject>
export type CatalogTechnology = Catalog['technologies'][number]
