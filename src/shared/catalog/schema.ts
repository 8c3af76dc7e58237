import { z } from 'zod'

/**
 * The catalog file format, version 1. Every other shape (the normalized catalog, the JSON Schema
 * in data/, the IPC messages) is derived from these schemas: never write a type beside them.
 */

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const Id = z
  .string()
  .regex(ID_PATTERN, 'must be kebab-case: lowercase letters, digits and single hyphens')
  .describe('Unique kebab-case identifier, e.g. "cloud-reliability"')

const NonEmpty = z.string().trim().min(1, 'must not be empty')

export const Link = z
  .object({
    label: NonEmpty.describe('Text shown for the link'),
    url: z
      .url({ protocol: /^(https?|mailto)$/, error: 'must be an http, https or mailto URL' })
      // Repeated as a pattern so the generated JSON Schema (and editors using it) know it too.
      .regex(/^(https?:\/\/|mailto:)/, 'must be an http, https or mailto URL')
      .describe('http, https or mailto URL; opened in the system browser')
  })
  .strict()

export const TECHNOLOGY_CATEGORIES = [
  'language',
  'framework',
  'frontend',
  'infrastructure',
  'cloud',
  'observability',
  'data',
  'security',
  'protocol',
  'ci-cd',
  'tooling',
  'platform'
] as const

export const TechnologyCategory = z.enum(TECHNOLOGY_CATEGORIES)

export const Technology = z
  .object({
    name: NonEmpty.describe('Canonical name, e.g. "Go"'),
    aliases: z.array(NonEmpty).default([]).describe('Other spellings that resolve to this name'),
    category: TechnologyCategory,
    description: z.string().optional()
  })
  .strict()

/** A technology reference: any canonical name or alias from the registry (case-insensitive). */
export const TechnologyRef = NonEmpty.describe('A technology name or alias from the registry')

export const PROJECT_STATUSES = ['current', 'recent', 'planned'] as const

export const Project = z
  .object({
    title: NonEmpty,
    status: z.enum(PROJECT_STATUSES).default('current'),
    summary: z.string().optional(),
    technologies: z.array(TechnologyRef).default([]),
    links: z.array(Link).default([])
  })
  .strict()

export const TEAM_STATUSES = ['active', 'forming'] as const

export const Team = z
  .object({
    id: Id,
    name: NonEmpty,
    status: z
      .enum(TEAM_STATUSES)
      .default('active')
      .describe('"forming" for a team that is still being defined'),
    summary: z.string().default(''),
    stack: z
      .array(TechnologyRef)
      .default([])
      .describe('Technologies the guide states as the team toolset'),
    mentions: z
      .array(TechnologyRef)
      .default([])
      .describe('Technologies the text mentions without stating them as the toolset'),
    projects: z.array(Project).default([]),
    links: z.array(Link).default([])
  })
  .strict()

export const Division = z
  .object({
    id: Id,
    name: NonEmpty,
    summary: z.string().default(''),
    teams: z.array(Team).min(1, 'a division needs at least one team')
  })
  .strict()

export const Company = z
  .object({
    name: NonEmpty,
    summary: z.string().default(''),
    source: z.string().optional().describe('Where the catalog content comes from')
  })
  .strict()

export const CATALOG_SCHEMA_VERSION = 1

export const CatalogFile = z
  .object({
    schemaVersion: z.literal(CATALOG_SCHEMA_VERSION),
    company: Company,
    technologies: z.array(Technology).default([]),
    divisions: z.array(Division).min(1, 'a catalog needs at least one division')
  })
  .strict()

export type CatalogFile = z.infer<typeof CatalogFile>
export type Technology = z.infer<typeof Technology>
export type TechnologyCategory = z.infer<typeof TechnologyCategory>
export type Link = z.infer<typeof Link>
