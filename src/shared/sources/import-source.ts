import { fileFailure } from '../catalog/diagnostic'
import { importBackstage } from '../import/backstage/import-backstage'
import { importCsv } from '../import/csv/import-csv'
import { importFormatOf } from '../import/import-format'
import type { ImportOptions } from '../import/guide-context'
import { importGuide } from '../import/import-guide'
import type { ImportPlan, ImportResult } from '../import/import-plan'

/** What every importer takes besides the text: the file is passed apart. */
export type SourceOptions = Omit<ImportOptions, 'file'>

type Importer = (text: string, options: ImportOptions) => ImportResult

/** One importer per format. A Backstage folder is read through importBackstage itself. */
const IMPORTERS: Record<ImportPlan['format'], Importer | undefined> = {
  markdown: importGuide,
  csv: importCsv,
  backstage: (text, options) =>
    importBackstage([{ path: options.file, text }], { ...options, entries: [options.file] })
}

/**
 * Any importable source (a markdown guide, a spreadsheet, a Backstage entity file when `format`
 * says so) to its import plan, chosen by the file's extension unless `format` is given. Pure, never throws for
 * any input: an importer's throw is a bug, reported as such rather than crashing the caller.
 */
export function importSource(
  text: string,
  file: string,
  options: SourceOptions = {},
  format = importFormatOf(file)
): ImportResult {
  const importer = format ? IMPORTERS[format] : undefined
  if (!importer) {
    return fileFailure(
      file,
      `no importer reads "${file.split(/[\\/]/u).pop()}"`,
      'import a markdown team guide (.md, .mdx), a spreadsheet (.csv, .tsv) or a Backstage catalog-info.yaml'
    )
  }
  try {
    return importer(text, { ...options, file })
  } catch (error) {
    return fileFailure(
      file,
      `internal error while importing: ${error instanceof Error ? error.message : String(error)}`,
      'please report this with the file attached'
    )
  }
}
