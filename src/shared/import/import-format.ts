import type { ImportPlan } from './import-plan'

/**
 * Sources read through an importer rather than as a catalog, by extension. The spreadsheet and
 * Backstage importers add theirs here.
 */
const IMPORT_EXTENSIONS: [RegExp, ImportPlan['format']][] = [[/\.(?:md|markdown)$/iu, 'markdown']]

/**
 * Which importer reads `file`, or undefined for a catalog (YAML or JSON). Apart from
 * load-source.ts so that the browser build can tell without loading the importers (markdown-it
 * and the technology dictionary), which it fetches only when such a file is opened.
 */
export function importFormatOf(file: string): ImportPlan['format'] | undefined {
  return IMPORT_EXTENSIONS.find(([pattern]) => pattern.test(file))?.[1]
}

/** Whether `file` is read through an importer (a markdown team guide, …), not as a catalog. */
export function isGuideFile(file: string): boolean {
  return importFormatOf(file) !== undefined
}
