import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'

/** The corpus folder: one sub-folder per document (see README.md beside this file). */
export const CORPUS_DIR = fileURLToPath(new URL('.', import.meta.url))

/**
 * Licences that allow redistribution in a test corpus with attribution. OGL-UK-3.0, the UK's Open
 * Government Licence v3.0 (most UK public-sector handbooks): copy, publish, distribute and adapt,
 * commercially too, with attribution; its text says it is compatible with CC BY 4.0.
 * OGL-Canada-2.0, the Open Government Licence – Canada: the same grant, modelled on it. Both
 * added in session 29, after labellers dropped UK and Canadian government team guides for want
 * of them.
 */
export const REDISTRIBUTABLE = [
  'Apache-2.0',
  'MIT',
  'CC-BY-4.0',
  'CC-BY-SA-4.0',
  'CC-BY-SA-2.5',
  'CC0-1.0',
  'BSD-3-Clause',
  'OGL-UK-3.0',
  'OGL-Canada-2.0'
] as const

/** Held-out sets after the first two, each labelled by its own blind labeller. */
export const HELDOUT_SETS = ['heldout-23', 'heldout-24', 'heldout-27', 'heldout-28'] as const

const Note = { ambiguous: z.boolean().optional(), note: z.string().optional() }

export const TechnologyPairSchema = z.strictObject({
  /** Canonical name ("Go", "PostgreSQL", "Google Cloud"). */
  name: z.string().min(1),
  /** "stack": stated as what the team builds with, runs, owns or maintains; "mentioned": named for the team otherwise. */
  as: z.enum(['stack', 'mentioned']),
  /** Exact text of the source, inside the team's section, that names the technology. */
  evidence: z.string().min(1),
  /** The spelling in the evidence when it is not the canonical name (GCP, Sentry.io). */
  spelled: z.string().optional(),
  /** For folder sources: the file holding the evidence. */
  file: z.string().optional(),
  ...Note
})
export type TechnologyPair = z.infer<typeof TechnologyPairSchema>

export const UnitSchema = z.strictObject({
  name: z.string().min(1),
  aliases: z.array(z.string()).optional(),
  kind: z.enum(['division', 'group']),
  /** Names of the enclosing units, outermost first; the company is not part of it. */
  path: z.array(z.string()),
  /** Text of the line that declares the unit (exact line preferred, else a unique substring). */
  anchor: z.string().min(1),
  file: z.string().optional(),
  description: z.string().optional(),
  leads: z.array(z.string()).optional(),
  ...Note
})
export type Unit = z.infer<typeof UnitSchema>

export const TeamSchema = z.strictObject({
  name: z.string().min(1),
  aliases: z.array(z.string()).optional(),
  path: z.array(z.string()),
  /** Other parent paths a careful reader could also defend (see the README's rules). */
  altPaths: z.array(z.array(z.string())).optional(),
  anchor: z.string().min(1),
  file: z.string().optional(),
  description: z.string().optional(),
  responsibilities: z.array(z.string()).optional(),
  projects: z.array(z.string()).optional(),
  /** Headings inside the team's section that belong to the team (never teams themselves). */
  parts: z.array(z.string()).optional(),
  leads: z.array(z.string()).optional(),
  roles: z.record(z.string(), z.array(z.string())).optional(),
  members: z.array(z.string()).optional(),
  headcount: z.number().int().nonnegative().optional(),
  openRoles: z.array(z.string()).optional(),
  technologies: z.array(TechnologyPairSchema),
  ...Note
})
export type Team = z.infer<typeof TeamSchema>

export const NON_TEAM_REASONS = [
  'contact',
  'chat-channels',
  'job-families',
  'kpis',
  'handbook-structure',
  'working-group',
  'governance',
  'process',
  'meetings',
  'hiring',
  'links',
  'people',
  'strategy',
  'container',
  'part-of-unit',
  'other'
] as const

export const NonTeamSectionSchema = z.strictObject({
  /** The whole heading (or bold label) line, as written. */
  heading: z.string().min(1),
  reason: z.enum(NON_TEAM_REASONS),
  /** How many lines of the source are exactly this heading (repeated sub-headings); 1 if absent. */
  count: z.number().int().positive().optional(),
  ...Note
})
export type NonTeamSection = z.infer<typeof NonTeamSectionSchema>

export const UnassignedTechnologySchema = z.strictObject({
  name: z.string().min(1),
  evidence: z.string().min(1),
  spelled: z.string().optional(),
  file: z.string().optional(),
  ...Note
})

export const ExpectedSchema = z.strictObject({
  company: z.strictObject({
    name: z.string().min(1),
    aliases: z.array(z.string()).optional(),
    from: z.enum(['front-matter', 'title', 'text', 'catalog']),
    evidence: z.string().min(1),
    file: z.string().optional(),
    ...Note
  }),
  units: z.array(UnitSchema),
  teams: z.array(TeamSchema).min(1),
  nonTeamSections: z.array(NonTeamSectionSchema),
  /** Technologies the text names for no team: any pair an importer makes with them is false. */
  unassignedTechnologies: z.array(UnassignedTechnologySchema),
  /** Backstage tags that are not technologies (to be reported, never made technologies). */
  unknownTags: z.array(z.string()).optional(),
  notes: z.array(z.string()).optional()
})
export type Expected = z.infer<typeof ExpectedSchema>

export const MetaSchema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  organization: z.string().min(1),
  split: z.enum(['dev', 'heldout']),
  /** Why an entry moved from one split to the other (corpus README: the held-out rule). */
  splitNote: z.string().optional(),
  /**
   * Which blind held-out set a held-out entry belongs to, when it is not one of the first two
   * (README: "Third held-out set" to "Sixth held-out set"): each set is
   * scored in aggregate on its own.
   */
  set: z.enum(HELDOUT_SETS).optional(),
  format: z.enum(['markdown', 'backstage-folder']),
  /** source.md for a markdown document, source for a folder of entity files. */
  source: z.enum(['source.md', 'source']),
  fetched: z.iso.date(),
  origin: z.strictObject({
    kind: z.literal('file-index'),
    repository: z.string().regex(/^[^/\s]+\/[^/\s]+$/),
    path: z.string().min(1),
    commit: z
      .string()
      .regex(/^[0-9a-f]{40}$/)
      .optional(),
    url: z.url().optional(),
    page: z.url().optional(),
    files: z
      .array(
        z.strictObject({
          path: z.string(),
          commit: z.string().regex(/^[0-9a-f]{40}$/),
          url: z.url(),
          storedAs: z.string()
        })
      )
      .optional(),
    note: z.string().optional()
  }),
  licence: z.strictObject({
    spdx: z.enum(REDISTRIBUTABLE),
    /** Where the licence text is: a file under tests/corpus/ or a URL. */
    text: z.string().min(1),
    upstream: z.url(),
    readInIndex: z.boolean(),
    notice: z.string().optional(),
    attribution: z.string().min(1),
    note: z.string().optional()
  }),
  styles: z.array(z.string()).min(1),
  excerpt: z.strictObject({ cut: z.boolean(), note: z.string() })
})
export type Meta = z.infer<typeof MetaSchema>

/** One source file of an entry: its path relative to the entry's source, and its text. */
export interface SourceFile {
  path: string
  text: string
}

export interface CorpusEntry {
  slug: string
  dir: string
  meta: Meta
  expected: Expected
  files: SourceFile[]
}

/** A line of a source file, 1-based, as the importer reports lines. */
export interface Located {
  file: string
  line: number
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'))
}

function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? listFiles(path) : [path]
    })
}

/** Every folder of the corpus, parsed and validated; throws on the first entry that does not parse. */
export function loadCorpus(dir: string = CORPUS_DIR): CorpusEntry[] {
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'meta.json')))
    .sort()
    .map((slug) => loadEntry(join(dir, slug)))
}

export function loadEntry(entryDir: string): CorpusEntry {
  const slug = entryDir.split(/[\\/]/).pop() ?? entryDir
  const meta = MetaSchema.parse(readJson(join(entryDir, 'meta.json')))
  const expected = ExpectedSchema.parse(readJson(join(entryDir, 'expected.json')))
  const sourcePath = join(entryDir, meta.source)
  const files = statSync(sourcePath).isDirectory()
    ? listFiles(sourcePath).map((path) => ({
        path: relative(sourcePath, path).split('\\').join('/'),
        text: readFileSync(path, 'utf8')
      }))
    : [{ path: meta.source, text: readFileSync(sourcePath, 'utf8') }]
  return { slug, dir: entryDir, meta, expected, files }
}

export function entriesIn(split: Meta['split'], dir: string = CORPUS_DIR): CorpusEntry[] {
  return loadCorpus(dir).filter((entry) => entry.meta.split === split)
}

function fileOf(entry: CorpusEntry, file: string | undefined): SourceFile {
  const found = file === undefined ? entry.files[0] : entry.files.find((f) => f.path === file)
  if (found === undefined || (file === undefined && entry.files.length > 1)) {
    throw new Error(
      `${entry.slug}: name the file (one of ${entry.files.map((f) => f.path).join(', ')})`
    )
  }
  return found
}

/**
 * The one line an anchor names: the line equal to it, else the only line containing it.
 * Labels carry anchors rather than line numbers so that a label cannot drift from the text.
 */
export function locate(entry: CorpusEntry, anchor: string, file?: string): Located {
  const source = fileOf(entry, file)
  const lines = source.text.split('\n')
  const exact = lines.flatMap((line, i) => (line === anchor ? [i + 1] : []))
  const containing = lines.flatMap((line, i) => (line.includes(anchor) ? [i + 1] : []))
  const candidates = exact.length > 0 ? exact : containing
  if (candidates.length !== 1) {
    throw new Error(
      `${entry.slug}/${source.path}: anchor ${JSON.stringify(anchor)} matches ${candidates.length} lines`
    )
  }
  return { file: source.path, line: candidates[0] }
}

/** Lines (1-based) that are exactly `heading`. */
export function headingLines(entry: CorpusEntry, heading: string): Located[] {
  return entry.files.flatMap((file) =>
    file.text
      .split('\n')
      .flatMap((line, i) => (line === heading ? [{ file: file.path, line: i + 1 }] : []))
  )
}

/**
 * A team's section of a markdown source: from its anchor line up to the next line that anchors
 * another team, a unit or a non-team section.
 */
export function teamSection(entry: CorpusEntry, team: Team): string {
  const own = locate(entry, team.anchor, team.file)
  const source = fileOf(entry, team.file)
  const boundaries = [
    ...entry.expected.teams.filter((t) => t !== team).map((t) => locate(entry, t.anchor, t.file)),
    ...entry.expected.units.map((u) => locate(entry, u.anchor, u.file)),
    ...entry.expected.nonTeamSections.flatMap((s) => headingLines(entry, s.heading))
  ]
    .filter((at) => at.file === source.path && at.line > own.line)
    .map((at) => at.line)
  const end = Math.min(Number.POSITIVE_INFINITY, ...boundaries)
  const lines = source.text.split('\n')
  return lines.slice(own.line - 1, Number.isFinite(end) ? end - 1 : lines.length).join('\n')
}
