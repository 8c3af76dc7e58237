import type { Catalog } from '../catalog/catalog'
import type { Diagnostic } from '../catalog/diagnostic'
import { validateCatalog } from '../catalog/validate'
import type { KnownTechnology } from '../technology/technology-dictionary'
import { importBackstage, type BackstageFile } from '../import/backstage/import-backstage'
import { importCsv } from '../import/csv/import-csv'
import { importSource } from './import-source'
import type { ImportMapping, ImportPlan, ImportRole, OutlineEntry } from '../import/import-plan'
import { fileStem } from '../import/file-name'

/** What the user opened to import: its name, its format and its files' text. */
export interface PreviewSource {
  /** The file (or folder) name, as diagnostics and the catalog's source name it. */
  name: string
  format: ImportPlan['format']
  files: BackstageFile[]
  /** The encoding a spreadsheet was decoded from, when it was not UTF-8. */
  encoding?: string
}

/** The import of a source under a mapping: the plan (when it imported), the catalog it gives, and every problem. */
export interface PreviewResult {
  plan?: ImportPlan
  /** The validated catalog the chart draws; undefined when the import or validation failed. */
  catalog?: Catalog
  errors: Diagnostic[]
}

export interface PlanCounts {
  divisions: number
  groups: number
  teams: number
  technologies: number
  /** Outline entries (columns, headings, entities) the import leaves out. */
  skipped: number
}

/** Spreadsheets by extension; YAML is a Backstage entity file; markdown a team guide. */
export function previewFormatOf(names: readonly string[]): ImportPlan['format'] | undefined {
  if (names.length === 1 && /\.(?:csv|tsv)$/iu.test(names[0])) return 'csv'
  if (names.length === 1 && /\.(?:md|markdown)$/iu.test(names[0])) return 'markdown'
  if (names.length > 0 && names.every((name) => /\.ya?ml$/iu.test(name))) return 'backstage'
  return undefined
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
  let imported
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
  if (!imported.ok) return { errors: imported.errors }
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
  type Holder = { teams: unknown[]; groups?: Holder[] }
  const walk = (holder: Holder): void => {
    teams += holder.teams.length
    for (const group of holder.groups ?? []) {
      groups += 1
      walk(group)
    }
  }
  plan.catalog.divisions.forEach(walk)
  let skipped = 0
  const skip = (entries: OutlineEntry[]): void =>
    entries.forEach((entry) => {
      if (entry.role === 'skip') skipped += 1
      skip(entry.children)
    })
  skip(plan.outline)
  return {
    divisions: plan.catalog.divisions.length,
    groups,
    teams,
    technologies: plan.catalog.technologies.length,
    skipped
  }
}

/** The mapping with one entry's role chosen; choosing what the import inferred drops the entry. */
export function chooseRole(
  mapping: ImportMapping,
  entry: Pick<OutlineEntry, 'key' | 'inferred'>,
  role: ImportRole
): ImportMapping {
  const roles = { ...mapping.roles }
  if (role === entry.inferred) delete roles[entry.key]
  else roles[entry.key] = role
  return { ...mapping, roles }
}

/** The mapping file's name beside the source: `teams.csv` → `teams.import.json`. */
export function mappingFileName(source: string): string {
  return `${fileStem(source)}.import.json`
}

/** The catalog's suggested name: `teams.csv` → `teams.yaml`. */
export function catalogFileName(source: string): string {
  return `${fileStem(source)}.yaml`
}
