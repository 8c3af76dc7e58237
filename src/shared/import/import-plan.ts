import { z } from 'zod'
import type { CatalogFile } from '../catalog/schema'
import type { Diagnostic } from '../catalog/diagnostic'
import type { SourceDocument } from '../catalog/source'

/**
 * The shape every importer (markdown guide, CSV, Backstage) gives, so the CLI's report, the
 * mapping file and the app's import preview treat them alike: the source's outline, the role
 * each part of it plays in the catalog, what was skipped or guessed, and the catalog itself.
 */

/** What one heading (guide), column (spreadsheet) or entity (Backstage) becomes. */
export const ImportRole = z.enum(['company', 'division', 'group', 'team', 'team-part', 'skip'])
export type ImportRole = z.infer<typeof ImportRole>

/**
 * What a whole team guide is (page-reading.ts): one team's page, a list of teams, or units
 * holding teams.
 */
export const ReadingKind = z.enum(['one-team', 'team-list', 'units-of-teams'])
export type ReadingKind = z.infer<typeof ReadingKind>

/** One part of the source, in document order, with the role the import gave it. */
export interface OutlineEntry {
  /**
   * Stable across edits that do not touch this part, so a mapping keeps meaning after the guide
   * changes: a guide's heading path of slugs (`engineering/platform`), a spreadsheet's
   * `column:<header>`, a Backstage entity's ref (`group:default/platform`).
   */
  key: string
  label: string
  /** 1-based, in the source file. */
  line: number
  column?: number
  /** The file inside a folder import (a Backstage folder) when not the one imported. */
  file?: string
  /** The role used: the mapping's choice when it has one, else `inferred`. */
  role: ImportRole
  /** What the importer decided on its own. */
  inferred: ImportRole
  /** Why it decided so, in a few words a user understands ("holds a summary and a stack list"). */
  reason: string
  /**
   * How the source writes this part (a guide's `## heading`, bold line, list item, table row,
   * sentence…): entries at one depth written alike are a page's teams written alike, so the
   * preview offers one choice for them together (entriesLike).
   */
  written?: string
  /**
   * The roles it can take, when not every role: a list or table no team holds can be made teams
   * (`team`: each item or row one) or left out (`skip`).
   */
  choices?: ImportRole[]
  /** Set when `inferred` is a guess a user should confirm: `import --check` fails unless a mapping states it. */
  guessed?: boolean
  children: OutlineEntry[]
}

/** Something the import did that a user should know, located in the source. */
export interface ImportNote {
  kind: 'skipped' | 'guessed' | 'inferred' | 'unknown' | 'problem'
  line: number
  column?: number
  /** The file inside a folder import (a Backstage folder) when not the one imported. */
  file?: string
  message: string
}

export interface ImportPlan {
  format: 'markdown' | 'csv' | 'backstage'
  outline: OutlineEntry[]
  notes: ImportNote[]
  /** True when the structure was guessed (not stated by the source or a mapping): `import --check` fails. */
  guessed: boolean
  catalog: CatalogFile
  /**
   * How the whole page was read (markdown guides): one team, a list of teams, or units of
   * teams, with the one-line reason the report shows; `close` when the best two readings were
   * near, so the choice is a guess.
   */
  reading?: {
    kind: ReadingKind
    summary: string
    close: boolean
    /** The other ways the page could be read, best first (what a mapping's `reading` may ask). */
    others: ReadingKind[]
    /** Whether the mapping asked for this reading rather than the page's evidence choosing it. */
    asked: boolean
  }
  /** Where in the source each part of the catalog came from, for validation diagnostics. */
  locate: SourceDocument['locate']
}

/**
 * A user's choices, kept beside the source (`guide.import.json`) or in the catalog's `source`,
 * so a re-import repeats them: the role per outline key, and the options the import took.
 */
export const ImportMapping = z
  .object({
    version: z.literal(1),
    roles: z.record(z.string(), ImportRole).default({}),
    baseUrl: z.url().optional(),
    company: z.string().optional(),
    /** A guide read this way when it can be, whatever the page's evidence says. */
    reading: ReadingKind.optional()
  })
  .strict()
export type ImportMapping = z.infer<typeof ImportMapping>

/**
 * What an import gives: the plan, or the problems; for a guide it could read no team from, also
 * its outline (roles as the mapping gives them), so that the import preview can offer the choices
 * that say which parts are the teams.
 */
export type ImportResult =
  { ok: true; value: ImportPlan } | { ok: false; errors: Diagnostic[]; outline?: OutlineEntry[] }
