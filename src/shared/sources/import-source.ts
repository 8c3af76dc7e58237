import { fileFailure } from '../catalog/diagnostic'
import { LineIndex } from '../catalog/line-index'
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
  const binary = text.indexOf('\u0000')
  if (binary >= 0) return notText(text, file, binary)
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

/**
 * A file that holds U+0000 is no text: a picture, an archive or a document saved by a word
 * processor renamed .md or .csv read as a guide with no headings or columns of noise. Said where
 * the first one is, as the catalog loader says of a control character in YAML.
 */
function notText(text: string, file: string, offset: number): ImportResult {
  const { line, column } = new LineIndex(text).position(offset)
  return {
    ok: false,
    errors: [
      {
        file,
        line,
        column,
        message: 'the file holds a NUL character (U+0000): it reads as binary, not text',
        hint: 'is this a text file? Import a markdown team guide, a spreadsheet saved as CSV, or a Backstage catalog; a guide saved as UTF-16 must be saved as UTF-8'
      }
    ]
  }
}
