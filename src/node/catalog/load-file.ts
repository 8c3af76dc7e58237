import { readFile, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { Catalog } from '../../shared/catalog/catalog'
import type { Diagnostic, Result } from '../../shared/catalog/diagnostic'
import { catalogSizeProblem } from '../../shared/catalog/size-limit'
import { isGuideFile } from '../../shared/import/import-format'
import type { ImportMapping } from '../../shared/import/import-plan'
import { readMapping } from '../../shared/import/read-mapping'
import { mappingFileName } from '../../shared/sources/preview-source'
import { loadCatalogSource } from '../../shared/sources/load-source'

/** The hint for a path that is not a readable catalog file. */
const CHOOSE_A_CATALOG = 'choose a .yaml, .json or .md (Markdown team guide) file'

/**
 * Where the bundled Teleport catalog lives under the app (or repository) root. A function of
 * the root rather than a constant because main, the CLI and tests each know the root differently.
 */
export function bundledCatalogPath(appRoot: string): string {
  return join(appRoot, 'data', 'teleport.yaml')
}

/**
 * Reads a catalog file (YAML, JSON, or a source to import, such as a markdown team guide, by
 * extension) and runs it through the shared pipeline; a source is imported with the mapping
 * saved beside it, if any (see readMappingBeside). Plain Node (no electron) so the CLI and tests use
 * the same code as the app. Never throws: every failure is a diagnostic.
 */
export async function loadCatalogFile(path: string): Promise<Result<Catalog>> {
  const text = await readCatalogText(path)
  if (!text.ok || !isGuideFile(path)) return text.ok ? loadCatalogSource(text.value, path) : text
  const mapping = await readMappingBeside(path)
  if (!mapping.ok) return mapping
  return loadCatalogSource(text.value, path, mapping.value ? { mapping: mapping.value } : {})
}

/**
 * The import mapping saved beside a source (`teams.md` → `teams.import.json`, as the import
 * preview's Accept writes it), so that opening the guide, and every edit live reload shows, keeps
 * the roles the user chose; undefined when there is none, its problems located when it is wrong.
 */
export async function readMappingBeside(path: string): Promise<Result<ImportMapping | undefined>> {
  const file = join(dirname(path), mappingFileName(path))
  try {
    await stat(file)
  } catch {
    return { ok: true, value: undefined }
  }
  const text = await readCatalogText(file)
  return text.ok ? readMapping(text.value, file) : text
}

/** A file's text, refused when it is too large, not a regular file, or not UTF-8. */
export async function readCatalogText(path: string): Promise<Result<string>> {
  const read = await readCatalogBytes(path)
  if (!read.ok) return read
  return decodeCatalogBytes(read.value, path)
}

/**
 * A file's bytes, refused when it is too large or not a regular file: for a source whose
 * encoding its reader decides (a spreadsheet may be UTF-16 or Windows-1252).
 */
export async function readCatalogBytes(path: string): Promise<Result<Uint8Array>> {
  let bytes: Uint8Array
  try {
    // Stat before reading: a huge file would be read whole into memory only to be refused.
    const info = await stat(path)
    if (info.isDirectory()) {
      return failure(path, 'is a directory, not a catalog file', CHOOSE_A_CATALOG)
    }
    // A device or pipe (/dev/zero, a FIFO) reports size 0 and may never end: refuse it too.
    if (!info.isFile()) {
      return failure(path, 'is not a regular file', CHOOSE_A_CATALOG)
    }
    const tooLarge = catalogSizeProblem(path, info.size)
    if (tooLarge) return { ok: false, errors: [tooLarge] }
    bytes = await readFile(path)
  } catch (error) {
    return failure(path, ...describeFsError(error))
  }
  return { ok: true, value: bytes }
}

/** A catalog's bytes as text, refused when they are not UTF-8 (`path` names it in the error). */
export function decodeCatalogBytes(bytes: Uint8Array, path: string): Result<string> {
  try {
    // fatal: a replacement character silently changing a team name is worse than an error.
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    return failure(
      path,
      'file is not valid UTF-8 text',
      'save it as UTF-8 in your editor (it may be binary, or in a legacy encoding)'
    )
  }
}

/** What went wrong and how to fix it, for the errors a user can actually cause. */
export function describeFsError(error: unknown): [message: string, hint?: string] {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'ENOENT':
      return ['file not found', 'check the path, or create the file']
    case 'ENOTDIR':
      return ['file not found (a part of the path is not a folder)', 'check the path']
    case 'EACCES':
    case 'EPERM':
      return ['permission denied', 'make the file readable by your user (e.g. chmod u+r)']
    case 'EISDIR':
      return ['is a directory, not a catalog file', CHOOSE_A_CATALOG]
    case 'ELOOP':
      return ['too many symbolic links in the path', 'point at the real file instead']
    case 'ENAMETOOLONG':
      return ['the path is too long', 'move the file to a shorter path']
    case 'EMFILE':
    case 'ENFILE':
      return ['too many open files', 'close some applications and try again']
    default:
      return [
        `could not read the file: ${error instanceof Error ? error.message : String(error)}`,
        'check that the file exists and is readable'
      ]
  }
}

function failure(
  file: string,
  message: string,
  hint?: string
): { ok: false; errors: Diagnostic[] } {
  const diagnostic: Diagnostic = { file, line: 0, column: 0, message, ...(hint ? { hint } : {}) }
  return { ok: false, errors: [diagnostic] }
}
