import { z } from 'zod'
import { TECHNOLOGY_CATEGORIES } from '../technology/dictionary/dictionary-categories'
import { RELATION_KINDS } from './relation-kinds'
import {
  MAX_NAME_LENGTH,
  MAX_TEXT_LENGTH,
  nameProblem,
  textProblem,
  type TextProblem
} from './name-text'

/**
 * The catalog file format. Every other shape (the normalized catalog, the JSON Schema in data/,
 * the IPC messages) is derived from these schemas: never write a type beside them.
 *
 * Written once, as version 2 (`CatalogFile`); version 1 (`CatalogFileV1`) is derived from it by
 * leaving out what version 2 added, so a v1 file reads exactly as it always did and a v2 field
 * in it is an error that says so (see V2_FIELDS).
 */

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const Id = z
  .string()
  .regex(ID_PATTERN, 'must be kebab-case: lowercase letters, digits and single hyphens')
  .describe('Unique kebab-case identifier, e.g. "cloud-reliability"')

const NonEmpty = z.string().trim().min(1, 'must not be empty')

/** A zod check that reports what `problem` finds, with its fix (read by zod-issues.ts). */
function checkedBy(problem: (text: string) => TextProblem | undefined) {
  return (payload: z.core.ParsePayload<string>): void => {
    const found = problem(payload.value)
    if (found) {
      payload.issues.push({
        code: 'custom',
        message: found.message,
        params: { hint: found.hint },
        input: payload.value
      })
    }
  }
}

/**
 * A name or title: one line of visible text, at most MAX_NAME_LENGTH long (see name-text.ts).
 * The limits are repeated as metadata for the generated JSON Schema, which cannot read a check.
 */
export const Name = z
  .string()
  .trim()
  .check(checkedBy(nameProblem))
  .meta({ minLength: 1, maxLength: MAX_NAME_LENGTH })

/** A summary or description: free text, at most MAX_TEXT_LENGTH long. */
const Text = z.string().check(checkedBy(textProblem)).meta({ maxLength: MAX_TEXT_LENGTH })

const Url = z
  .url({ protocol: /^(https?|mailto)$/, error: 'must be an http, https or mailto URL' })
  // Repeated as a pattern so the generated JSON Schema (and editors using it) know it too.
  .regex(/^(https?:\/\/|mailto:)/, 'must be an http, https or mailto URL')
  .describe('http, https or mailto URL; opened in the system browser')

export const Link = z
  .object({
    label: NonEmpty.describe('Text shown for the link'),
    url: Url
  })
  .strict()

// The categories live with the technology dictionary, which the catalog's checks consult and
// which must not depend on the catalog (no cycle between the two folders).
export { TECHNOLOGY_CATEGORIES }

export const TechnologyCategory = z.enum(TECHNOLOGY_CATEGORIES)

/** A technology reference: any canonical name or alias from the registry (case-insensitive). */
export const TechnologyRef = NonEmpty.describe('A technology name or alias from the registry')

export const Technology = z
  .object({
    name: Name.describe('Canonical name, e.g. "Go"'),
    aliases: z.array(Name).default([]).describe('Other spellings that resolve to this name'),
    category: TechnologyCategory,
    description: Text.optional(),
    family: TechnologyRef.optional().describe(
      '(schemaVersion 2) The technology this one belongs to, from the registry: Grafana Cloud → Grafana, Amazon S3 → AWS. Selecting the family in the lens also selects its members. One level: a family has no family of its own.'
    )
  })
  .strict()

export const PROJECT_STATUSES = ['current', 'recent', 'planned'] as const

export const Project = z
  .object({
    title: Name,
    status: z.enum(PROJECT_STATUSES).default('current'),
    summary: Text.optional(),
    technologies: z.array(TechnologyRef).default([]),
    links: z.array(Link).default([])
  })
  .strict()

/** Larger than any organization: a headcount past it is a typo, and it keeps roll-ups exact. */
export const MAX_MEMBERS = 1_000_000

export const Lead = z
  .object({
    name: Name.describe('Who leads the team'),
    url: Url.optional()
  })
  .strict()

export const ROLE_STATUSES = ['open', 'soon'] as const

export const Role = z
  .object({
    title: Name.describe('e.g. "Senior Backend Engineer"'),
    level: Name.optional().describe('e.g. "Senior", "Staff"'),
    location: Name.optional().describe('e.g. "Berlin", "Remote (EU)"'),
    remote: z.boolean().optional().describe('Open to remote work'),
    url: Url.optional(),
    technologies: z
      .array(TechnologyRef)
      .default([])
      .describe('What the role works with, from the registry'),
    status: z
      .enum(ROLE_STATUSES)
      .default('open')
      .describe('"open": hiring now; "soon": about to open')
  })
  .strict()

export const Relation = z
  .object({
    // Not `Id`: a mistyped reference gets a did-you-mean over the catalog's team ids instead.
    team: NonEmpty.describe('The id of the other team'),
    kind: z.enum(RELATION_KINDS)
  })
  .strict()

export const TEAM_STATUSES = ['active', 'forming'] as const

export const Team = z
  .object({
    id: Id,
    name: Name,
    status: z
      .enum(TEAM_STATUSES)
      .default('active')
      .describe('"forming" for a team that is still being defined'),
    summary: Text.default(''),
    stack: z
      .array(TechnologyRef)
      .default([])
      .describe('Technologies the guide states as the team toolset'),
    mentions: z
      .array(TechnologyRef)
      .default([])
      .describe('Technologies the text mentions without stating them as the toolset'),
    projects: z.array(Project).default([]),
    links: z.array(Link).default([]),
    lead: Lead.optional().describe('(schemaVersion 2) Who leads the team'),
    members: z
      .number()
      .int('must be a whole number of people')
      .min(0, 'must not be negative')
      .max(MAX_MEMBERS, `must be at most ${MAX_MEMBERS.toLocaleString('en-US')}`)
      .optional()
      .describe('(schemaVersion 2) Headcount, rolled up per group, division and company'),
    responsibilities: z
      .array(Name)
      .default([])
      .describe('(schemaVersion 2) What the team owns (areas of ownership), apart from projects'),
    relations: z
      .array(Relation)
      .default([])
      .describe('(schemaVersion 2) Dotted lines to other teams, by id'),
    roles: z.array(Role).default([]).describe('(schemaVersion 2) Open and upcoming roles')
  })
  .strict()

/** Levels of groups a division may hold: Company → Division → 6 levels of groups → Team. */
export const MAX_GROUP_DEPTH = 6

/** A group of teams inside a division (or inside another group): a department, an org, a pod. */
export const Group = z
  .object({
    id: Id,
    name: Name,
    summary: Text.default(''),
    teams: z.array(Team).default([]),
    // Optional rather than defaulted: TypeScript cannot infer a recursive getter's default.
    get groups() {
      return z
        .array(Group)
        .optional()
        .describe(`Groups inside this one (at most ${MAX_GROUP_DEPTH} levels under a division)`)
    }
  })
  .strict()
  .describe('(schemaVersion 2) A group of teams, which may hold groups of its own')

export type Group = z.infer<typeof Group>

export const Division = z
  .object({
    id: Id,
    name: Name,
    summary: Text.default(''),
    teams: z.array(Team).default([]).describe('Teams directly under the division'),
    groups: z
      .array(Group)
      .default([])
      .describe(
        `(schemaVersion 2) Groups of teams, nested at most ${MAX_GROUP_DEPTH} levels deep; a division needs at least one team, directly or in a group`
      )
  })
  .strict()

export const Company = z
  .object({
    name: Name,
    summary: Text.default(''),
    source: Text.optional().describe('Where the catalog content comes from')
  })
  .strict()

export const SCHEMA_VERSIONS = [1, 2] as const

export const CatalogFile = z
  .object({
    schemaVersion: z
      .literal(SCHEMA_VERSIONS)
      .describe('2 for groups, people, roles, relations and families; 1 files load as before'),
    company: Company,
    technologies: z.array(Technology).default([]),
    divisions: z.array(Division).min(1, 'a catalog needs at least one division')
  })
  .strict()

/** The fields version 2 added, by the object that holds them: they make no sense in a v1 file. */
const TEAM_V2_FIELDS = ['lead', 'members', 'responsibilities', 'relations', 'roles'] as const
const TECHNOLOGY_V2_FIELDS = ['family'] as const
const DIVISION_V2_FIELDS = ['groups'] as const

export const V2_FIELDS = {
  technologies: new Set<string>(TECHNOLOGY_V2_FIELDS),
  divisions: new Set<string>(DIVISION_V2_FIELDS),
  teams: new Set<string>(TEAM_V2_FIELDS)
} as const

const omitted = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, true])) as Record<K, true>

const TeamV1 = Team.omit(omitted(TEAM_V2_FIELDS))

/** Version 1, as it always read: version 2 without what version 2 added. */
export const CatalogFileV1 = CatalogFile.extend({
  schemaVersion: z.literal(1),
  technologies: z.array(Technology.omit(omitted(TECHNOLOGY_V2_FIELDS))).default([]),
  divisions: z
    .array(
      Division.omit(omitted(DIVISION_V2_FIELDS)).extend({
        teams: z.array(TeamV1).min(1, 'a division needs at least one team')
      })
    )
    .min(1, 'a catalog needs at least one division')
})

export type CatalogFile = z.infer<typeof CatalogFile>
export type CatalogFileV1 = z.infer<typeof CatalogFileV1>
export type Technology = z.infer<typeof Technology>
export type TechnologyCategory = z.infer<typeof TechnologyCategory>
export type Link = z.infer<typeof Link>
export type Role = z.infer<typeof Role>
export type Relation = z.infer<typeof Relation>
export type Lead = z.infer<typeof Lead>
