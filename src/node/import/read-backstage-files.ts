import { readdir, stat } from 'node:fs/promises'
import { basename, dirname, join, relative, sep } from 'node:path'
import type { Result } from '../../shared/catalog/diagnostic'
import { MAX_CATALOG_BYTES } from '../../shared/catalog/size-limit'
import { MAX_ENTITY_FILES, type BackstageFile } from '../../shared/import/backstage/entity-files'
import { readCatalogText } from '../catalog/load-file'

/** Folders no entity file lives in, and that can be huge. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git'])

/**
 * The YAML files a Backstage import may read, from the folder given or the folder of the file
 * given, with the files to start from: the file, or every file of the folder. Paths are
 * `/`-separated and inside that folder, so Location targets can never leave it. Bounded: at most
 * MAX_ENTITY_FILES files and MAX_CATALOG_BYTES in all; a file that is not UTF-8 is an error.
 */
export async function readBackstageFiles(
  path: string
): Promise<Result<{ files: BackstageFile[]; entries: string[] }>> {
  let folder: string
  let entries: string[] | undefined
  try {
    const info = await stat(path)
    folder = info.isDirectory() ? path : dirname(path)
    entries = info.isDirectory() ? undefined : [basename(path)]
  } catch {
    return fail(path, 'does not exist', 'give a catalog-info.yaml or a folder of entity files')
  }
  const found: string[] = []
  const walk = async (dir: string): Promise<void> => {
    const names = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name)
    )
    for (const entry of names) {
      if (found.length > MAX_ENTITY_FILES) return
      const full = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) await walk(full)
      } else if (entry.isFile() && /\.ya?ml$/iu.test(entry.name)) found.push(full)
    }
  }
  await walk(folder)
  if (found.length > MAX_ENTITY_FILES) {
    return fail(
      folder,
      `holds more than ${MAX_ENTITY_FILES} YAML files: this is not a folder of entity files`,
      'give the catalog-info.yaml of the org, or a folder holding only the entity files'
    )
  }
  const files: BackstageFile[] = []
  let bytes = 0
  for (const file of found) {
    const text = await readCatalogText(file)
    if (!text.ok) return text
    bytes += text.value.length
    if (bytes > MAX_CATALOG_BYTES) {
      return fail(
        folder,
        `holds more than ${MAX_CATALOG_BYTES / 1024 / 1024} MB of YAML`,
        'import a smaller folder'
      )
    }
    files.push({ path: relative(folder, file).split(sep).join('/'), text: text.value })
  }
  if (files.length === 0)
    return fail(path, 'holds no .yaml files', 'give a folder of Backstage entity files')
  return { ok: true, value: { files, entries: entries ?? files.map((file) => file.path) } }
}

function fail(file: string, message: string, hint: string): Result<never> {
  return { ok: false, errors: [{ file, line: 0, column: 0, message, hint }] }
}
