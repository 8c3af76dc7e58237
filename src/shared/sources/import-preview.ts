import type { Catalog } from '../catalog/catalog'
import type { Diagnostic } from '../catalog/diagnostic'
import { validateCatalog } from '../catalog/validate'
import type { KnownTechnology } from '../technology/technology-dictionary'
import { importBackstage } from '../import/backstage/import-backstage'
import { importCsv } from '../import/csv/import-csv'
import { importSource } from './import-source'
import type { ImportMapping, ImportPlan, ImportResult, OutlineEntry } from '../import/import-plan'
import type { PreviewSource } from './preview-source'

/** The import of a source under a mapping: the plan (when it imported), the catalog it gives, and every problem. */
export interface PreviewResult {
  plan?: ImportPlan
  /** A guide's outline when it gave no plan ("no teams found"): the choices that can mend it. */
  outline?: OutlineEntry[]
  /** The validated catalog the chart draws; undefined when the import or validation failed. */
  catalog?: Catalog
  errors: Diagnostic[]
}

export interface PlanCounts {
  divisions: number
  groups: number
  teams: number
  technologies: number
  /**
   * What the import leaves out: outline entries (columns, headings, entities) made "skip", each
   * with what is under it, and every other thing a "skipped" note names (a title row, a row, a
   * link), each once.
   */
  skipped: number
  /** The people the teams count (their headcounts), and the roles they have open. */
  people: number
  openRoles: number
}

/**
 * Imports the source with the user's choices and validates what comes out, so the preview shows
 * the chart Accept would write, and every problem with its line. Pure: the page runs it again on
 * each change of a role.
 */
export function previewImport(
  source: PreviewSource,
  mapping: ImportMapping,
  knownTechnologies: readonly KnownTechnology[] = []
): PreviewResult {
  const options = { file: source.name, mapping, knownTechnologies }
  let imported: ImportResult
  try {
    imported =
      source.format === 'csv'
        ? importCsv(source.files[0]?.text ?? '', {
            ...options,
            ...(source.encoding ? { encoding: source.encoding } : {})
          })
        : source.format === 'backstage'
          ? importBackstage(source.files, options)
          : importSource(source.files[0]?.text ?? '', source.name, options, 'markdown')
  } catch (error) {
    // A throw is a bug in an importer; the preview says so rather than going blank.
    return {
      errors: [
        {
          file: source.name,
          line: 0,
          column: 0,
          message: `internal error while importing: ${error instanceof Error ? error.message : String(error)}`,
          hint: 'please report this with the file attached'
        }
      ]
    }
  }
  if (!imported.ok) {
    const { errors, outline } = imported
    return { errors, ...(outline ? { outline } : {}) }
  }
  const plan = imported.value
  const validated = validateCatalog({ file: source.name, data: plan.catalog, locate: plan.locate })
  return validated.ok
    ? { plan, catalog: validated.value, errors: [] }
    : { plan, errors: validated.errors }
}

/** What the import gives, counted: the preview's summary line. */
export function planCounts(plan: ImportPlan): PlanCounts {
  let groups = 0
  let teams = 0
  let people = 0
  let openRoles = 0
  type Holder = {
    teams: { members?: number; roles?: { status?: string }[] }[]
    groups?: Holder[]
  }
  const walk = (holder: Holder): void => {
    teams += holder.teams.length
    for (const team of holder.teams) {
      people += team.members ?? 0
      openRoles += (team.roles ?? []).filter((role) => (role.status ?? 'open') === 'open').length
    }
    for (const group of holder.groups ?? []) {
      groups += 1
      walk(group)
    }
  }
  plan.catalog.divisions.forEach(walk)
  // What the import leaves out: the outline's entries made "skip", and whatever else a note
  // says was left out (a spreadsheet's title row, a row without a team, a relative link, an
  // entity owned by a person), so that the count agrees with the notes the preview lists. A
  // note at a skipped entry's place is that entry's, counted once.
  let skipped = 0
  /** The columns of the skipped entries on each line of each file (undefined: the whole line). */
  const skippedAt = new Map<string, (number | undefined)[]>()
  /** The columns of the "skipped" notes on each line of each file. */
  const notes = new Map<string, (number | undefined)[]>()
  for (const note of plan.notes) {
    if (note.kind === 'skipped')
      notes.set(lineKey(note), [...(notes.get(lineKey(note)) ?? []), note.column])
  }
  const notedAt = (entry: OutlineEntry) =>
    (notes.get(lineKey(entry)) ?? []).some(
      (column) => entry.column === undefined || column === undefined || column === entry.column
    )
  // A skipped entry takes the skipped entries under it along ("Team 0-1" skipped, its list of
  // projects with it): one thing left out, counted once, as its one note says. One that says
  // why it was left out in a note of its own (a contact section under a skipped title, whose
  // other sections are read on their own) is one thing more.
  const skip = (entries: OutlineEntry[], parentSkipped: boolean): void =>
    entries.forEach((entry) => {
      const skippedHere = entry.role === 'skip'
      if (skippedHere) {
        if (!parentSkipped || notedAt(entry)) skipped += 1
        const line = lineKey(entry)
        skippedAt.set(line, [...(skippedAt.get(line) ?? []), entry.column])
      }
      skip(entry.children, skippedHere)
    })
  skip(plan.outline, false)
  for (const note of plan.notes) {
    if (note.kind !== 'skipped') continue
    const entry = (skippedAt.get(lineKey(note)) ?? []).some(
      (column) => column === undefined || note.column === undefined || column === note.column
    )
    if (!entry) skipped += 1
  }
  return {
    divisions: plan.catalog.divisions.length,
    groups,
    teams,
    technologies: plan.catalog.technologies.length,
    skipped,
    people,
    openRoles
  }
}

/** The line an outline entry or a note is on, in its file. */
function lineKey(at: { file?: string; line: number }): string {
  return `${at.file ?? ''}:${at.line}`
}
