import type { BackstageFile } from '../import/backstage/import-backstage'
import { fileStem } from '../import/file-name'
import type { ImportMapping, ImportPlan, ImportRole, OutlineEntry } from '../import/import-plan'

/**
 * What the import dialog needs on the page's side of the import: the source's shape, its format
 * by file names, the role choices and the names of what Accept writes. Nothing here imports an
 * importer: the dialog's chunk stays small, and the import itself runs where previewImport
 * (import-preview.ts) runs, in the preview worker.
 */

/** What the user opened to import: its name, its format and its files' text. */
export interface PreviewSource {
  /** The file (or folder) name, as diagnostics and the catalog's source name it. */
  name: string
  format: ImportPlan['format']
  files: BackstageFile[]
  /** The encoding a spreadsheet was decoded from, when it was not UTF-8. */
  encoding?: string
}

/** Spreadsheets by extension; YAML is a Backstage entity file; markdown a team guide. */
export function previewFormatOf(names: readonly string[]): ImportPlan['format'] | undefined {
  if (names.length === 1 && /\.(?:csv|tsv)$/iu.test(names[0])) return 'csv'
  if (names.length === 1 && /\.(?:md|mdx|markdown)$/iu.test(names[0])) return 'markdown'
  if (names.length > 0 && names.every((name) => /\.ya?ml$/iu.test(name))) return 'backstage'
  return undefined
}

/** The mapping with one entry's role chosen; choosing what the import inferred drops the entry. */
export function chooseRole(
  mapping: ImportMapping,
  entry: Pick<OutlineEntry, 'key' | 'inferred'>,
  role: ImportRole
): ImportMapping {
  return chooseRoleForAll(mapping, [entry], role)
}

/**
 * The entries read like `entry` was before a person changed its role: at its depth in the
 * outline (a guide's headings beside it and its cousins under the other divisions), written as it
 * is (`written`: a `###` heading, a bold line, a list item), with the role it had (`was`). A page
 * misread is misread alike: its teams all made parts of a team, its
 * process sections all made teams. The preview offers to give them the new role in one choice.
 * Columns of a spreadsheet are each their own field, and a list offered to be made teams its own
 * question: they have none like them.
 */
export function entriesLike(
  plan: Pick<ImportPlan, 'format' | 'outline'>,
  entry: Pick<OutlineEntry, 'key'>,
  was: ImportRole,
  roleOf: (entry: OutlineEntry) => ImportRole
): OutlineEntry[] {
  if (plan.format === 'csv') return []
  const levels: OutlineEntry[][] = []
  let depth = -1
  const walk = (entries: readonly OutlineEntry[], at: number) => {
    for (const each of entries) {
      ;(levels[at] ??= []).push(each)
      if (each.key === entry.key) depth = at
      walk(each.children, at + 1)
    }
  }
  walk(plan.outline, 0)
  if (depth < 0) return []
  const self = levels[depth].find((each) => each.key === entry.key)
  // An offered list or table (choices: teams or not) is its own question: the lists beside it
  // are tables of contents, steps and links as often as teams.
  if (self?.choices) return []
  const written = self?.written
  return levels[depth].filter(
    (each) => each.key !== entry.key && roleOf(each) === was && each.written === written
  )
}

/** The mapping with each of `entries` given `role`, as chooseRole gives one. */
export function chooseRoleForAll(
  mapping: ImportMapping,
  entries: readonly Pick<OutlineEntry, 'key' | 'inferred'>[],
  role: ImportRole
): ImportMapping {
  const roles = { ...mapping.roles }
  for (const entry of entries) {
    if (role === entry.inferred) delete roles[entry.key]
    else roles[entry.key] = role
  }
  return { ...mapping, roles }
}

/**
 * The mapping Accept saves: the person's choices, and what they accepted without changing it
 * where the import had guessed (each guessed entry's role, a page's reading that was a close
 * call), so that re-importing the source with it gives what they saw (not a guess: `import
 * --check` passes), whatever a later importer would guess.
 */
export function confirmedMapping(
  mapping: ImportMapping,
  plan: Pick<ImportPlan, 'outline' | 'reading'>
): ImportMapping {
  const roles = { ...mapping.roles }
  const walk = (entries: readonly OutlineEntry[]) => {
    for (const entry of entries) {
      if (entry.guessed && roles[entry.key] === undefined) roles[entry.key] = entry.role
      walk(entry.children)
    }
  }
  walk(plan.outline)
  const reading = mapping.reading ?? (plan.reading?.close ? plan.reading.kind : undefined)
  return { ...mapping, roles, ...(reading ? { reading } : {}) }
}

/** The mapping file's name beside the source: `teams.csv` → `teams.import.json`. */
export function mappingFileName(source: string): string {
  return `${fileStem(source)}.import.json`
}

/** The catalog's suggested name: `teams.csv` → `teams.yaml`. */
export function catalogFileName(source: string): string {
  return `${fileStem(source)}.yaml`
}
