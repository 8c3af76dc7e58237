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
  /** Outline entries (columns, headings, entities) the import leaves out. */
  skipped: number
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
