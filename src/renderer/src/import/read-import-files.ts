import type { Diagnostic } from '../../../shared/catalog/diagnostic'
import { decodeSpreadsheet } from '../../../shared/import/csv/decode-spreadsheet'
import { ImportMapping } from '../../../shared/import/import-plan'
import { previewFormatOf, type PreviewSource } from '../../../shared/sources/preview-source'
import { importSizeProblem } from '../../../shared/catalog/size-limit'

/**
 * The files the user chose (one spreadsheet or guide, or Backstage entity files, a folder's
 * included) as a preview source: spreadsheets decoded from their bytes (UTF-16, Windows-1252),
 * the rest read as UTF-8. A folder's files keep their paths inside it, for Location targets.
 */
export async function readImportFiles(
  chosen: readonly File[]
): Promise<
  { ok: true; source: PreviewSource; mapping?: ImportMapping } | { ok: false; errors: Diagnostic[] }
> {
  // A mapping file chosen with the source repeats the choices it keeps.
  const mappingFile = chosen.find((file) => file.name.endsWith('.import.json'))
  const files = chosen.filter((file) => file !== mappingFile)
  const mapping = mappingFile ? await readMapping(mappingFile) : undefined
  if (mapping && !mapping.ok) return mapping
  const paths = files.map((file) => relativePath(file))
  // Several entity files are named by the folder they came from, or their catalog-info.yaml,
  // else as a catalog: not after whichever of them came first (its notes would then be the only
  // ones without their file's name, and the saved files named after one component).
  const name =
    folderName(files) ??
    files.find((file) => file.name === 'catalog-info.yaml')?.name ??
    (files.length > 1 ? 'catalog' : files[0]?.name) ??
    'import'
  const format = previewFormatOf(files.map((file) => file.name))
  const problem = (message: string, hint: string) => ({
    ok: false as const,
    errors: [{ file: name, line: 0, column: 0, message, hint }]
  })
  if (!format) {
    return problem(
      `OrgScope cannot import ${files.length === 1 ? `"${files[0].name}"` : 'these files'}`,
      'choose one spreadsheet (.csv, .tsv) or team guide (.md), or Backstage entity files (.yaml)'
    )
  }
  const tooLarge = importSizeProblem(
    name,
    files.reduce((sum, file) => sum + file.size, 0)
  )
  if (tooLarge) return { ok: false, errors: [tooLarge] }
  if (format === 'csv') {
    const decoded = decodeSpreadsheet(new Uint8Array(await files[0].arrayBuffer()))
    return {
      ok: true,
      source: {
        name,
        format,
        files: [{ path: files[0].name, text: decoded.text }],
        ...(decoded.encoding ? { encoding: decoded.encoding } : {})
      },
      ...(mapping ? { mapping: mapping.mapping } : {})
    }
  }
  const texts = await Promise.all(files.map((file) => file.text()))
  return {
    ok: true,
    source: { name, format, files: texts.map((text, i) => ({ path: paths[i], text })) },
    ...(mapping ? { mapping: mapping.mapping } : {})
  }
}

async function readMapping(
  file: File
): Promise<{ ok: true; mapping: ImportMapping } | { ok: false; errors: Diagnostic[] }> {
  let data: unknown
  try {
    data = JSON.parse(await file.text())
  } catch {
    data = undefined
  }
  const parsed = ImportMapping.safeParse(data)
  if (parsed.success) return { ok: true, mapping: parsed.data }
  return {
    ok: false,
    errors: [
      {
        file: file.name,
        line: 0,
        column: 0,
        message: 'this is not an OrgScope import mapping (version 1, roles by key)',
        hint: 'choose the source alone, or the mapping file OrgScope wrote beside it'
      }
    ]
  }
}

/** A file's path inside the folder the user chose (without the folder), else its name. */
function relativePath(file: File): string {
  const path = file.webkitRelativePath
  return path ? path.split('/').slice(1).join('/') : file.name
}

function folderName(files: readonly File[]): string | undefined {
  const path = files[0]?.webkitRelativePath
  return path ? path.split('/')[0] : undefined
}
