import type { Catalog } from '../../shared/catalog/catalog'
import type { Result } from '../../shared/catalog/diagnostic'
import { catalogSizeProblem } from '../../shared/catalog/size-limit'
import { loadCatalogSource } from '../../shared/sources/load-source'
import { readAtRevision } from '../git/read-at-revision'
import { decodeCatalogBytes } from './load-file'

/**
 * A catalog as revision `revision` of its git repository holds it, through the same pipeline as
 * a file: its diagnostics name it `REV:path` (where git would), so a problem in an old version
 * says which version. `path` is from the repository's top folder unless it starts with ./ or
 * ../ or is absolute (then it is from `from`, a folder inside the repository).
 */
export async function loadCatalogAtRevision(
  from: string,
  revision: string,
  path: string
): Promise<Result<Catalog>> {
  const label = `${revision}:${path}`
  const read = await readAtRevision(from, revision, path)
  if (!read.ok) {
    return {
      ok: false,
      errors: [{ file: label, line: 0, column: 0, message: read.message, hint: read.hint }]
    }
  }
  const name = `${revision}:${read.value.path}`
  const tooLarge = catalogSizeProblem(name, read.value.bytes.byteLength)
  if (tooLarge) return { ok: false, errors: [tooLarge] }
  const text = decodeCatalogBytes(read.value.bytes, name)
  return text.ok ? loadCatalogSource(text.value, name) : text
}
