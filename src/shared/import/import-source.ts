import type { Result } from '../catalog/diagnostic'
import { importFormatOf } from './import-format'
import { importGuide, type ImportOptions } from './import-guide'
import type { ImportPlan } from './import-plan'

/** What every importer takes besides the text: the file is passed apart. */
export type SourceOptions = Omit<ImportOptions, 'file'>

type Importer = (text: string, options: ImportOptions) => Result<ImportPlan>

/** One importer per format; the spreadsheet and Backstage importers register here. */
const IMPORTERS: Record<ImportPlan['format'], Importer | undefined> = {
  markdown: importGuide,
  csv: undefined,
  backstage: undefined
}

/**
 * Any importable source (a markdown guide; spreadsheets and Backstage catalogs as their
 * importers land) to its import plan, chosen by the file's extension. Pure, never throws for
 * any input: an importer's throw is a bug, reported as such rather than crashing the caller.
 */
export function importSource(
  text: string,
  file: string,
  options: SourceOptions = {}
): Result<ImportPlan> {
  const format = importFormatOf(file)
  const importer = format ? IMPORTERS[format] : undefined
  if (!importer) {
    return {
      ok: false,
      errors: [
        {
          file,
          line: 0,
          column: 0,
          message: `no importer reads "${file.split(/[\\/]/u).pop()}"`,
          hint: 'import a markdown team guide (.md or .markdown)'
        }
      ]
    }
  }
  try {
    return importer(text, { ...options, file })
  } catch (error) {
    return {
      ok: false,
      errors: [
        {
          file,
          line: 0,
          column: 0,
          message: `internal error while importing: ${error instanceof Error ? error.message : String(error)}`,
          hint: 'please report this with the file attached'
        }
      ]
    }
  }
}
