import { readdir, stat } from 'node:fs/promises'
import { basename, dirname, join, relative, sep } from 'node:path'
import type { Result } from '../../shared/catalog/diagnostic'
import { MAX_CATALOG_BYTES } from '../../shared/catalog/size-limit'
import {
  locationTargetsIn,
  MAX_ENTITY_FILES,
  type BackstageFile
} from '../../shared/import/backstage/entity-files'
import { readCatalogText } from '../catalog/load-file'

/** Folders no entity file lives in, and that can be huge. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git'])

/**
 * The YAML files a Backstage import may read, from the folder given or the folder of the file
 * given, with the files to start from: the file, or every file of the folder. Given a file, only
 * the files its Locations reach are read. Paths are `/`-separated and inside that folder, so
 * Location targets can never leave it. Bounded: at most MAX_ENTITY_FILES files read and
 * MAX_CATALOG_BYTES in all; a file read that is not UTF-8 is an error.
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
  // A folder given is read whole (MAX_ENTITY_FILES at most); a file given is the start, and only
  // what its Locations reach is read, so a repository's other YAML (deploy manifests, a file in
  // another encoding) never stops the import. The walk itself is bounded too.
  const limit = entries ? MAX_LISTED_FILES : MAX_ENTITY_FILES
  const walk = async (dir: string): Promise<void> => {
    const names = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name)
    )
    for (const entry of names) {
      if (found.length > limit) return
      const full = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) await walk(full)
      } else if (entry.isFile() && /\.ya?ml$/iu.test(entry.name)) found.push(full)
    }
  }
  await walk(folder)
  if (found.length > limit) {
    return fail(
      folder,
      `holds more than ${limit} YAML files: this is not a folder of entity files`,
      entries
        ? 'import from a folder holding the catalog, not a whole repository'
        : 'give the catalog-info.yaml of the org, or a folder holding only the entity files'
    )
  }
  const inFolder = (file: string) => relative(folder, file).split(sep).join('/')
  const paths = found.map(inFolder)
  const byPath = new Map(found.map((file) => [inFolder(file), file]))
  // The files to read: all of a folder's, or those a file's Locations reach, one by one.
  const queue = entries ? [...entries] : [...paths]
  const seen = new Set<string>()
  const files: BackstageFile[] = []
  let bytes = 0
  while (queue.length > 0) {
    const next = queue.shift()!
    const file = byPath.get(next)
    if (seen.has(next) || !file) continue
    seen.add(next)
    if (files.length >= MAX_ENTITY_FILES) {
      return fail(
        folder,
        `reaches more than ${MAX_ENTITY_FILES} YAML files: this is not a catalog of entity files`,
        'give the catalog-info.yaml of the org'
      )
    }
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
    files.push({ path: next, text: text.value })
    if (entries) queue.push(...locationTargetsIn(text.value, next, paths))
  }
  if (files.length === 0)
    return fail(path, 'holds no .yaml files', 'give a folder of Backstage entity files')
  return { ok: true, value: { files, entries: entries ?? files.map((file) => file.path) } }
}

/** How many YAML file names a folder may list when a file in it is the start (names, not reads). */
const MAX_LISTED_FILES = 100_000

function fail(file: string, message: string, hint: string): Result<never> {
  return { ok: false, errors: [{ file, line: 0, column: 0, message, hint }] }
}
