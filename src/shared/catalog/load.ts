import type { Catalog } from './catalog'
import type { Result } from './diagnostic'
import { parseSource } from './source'
import { validateCatalog } from './validate'

/** Refuse larger files outright: a team catalog is kilobytes, and parsing is synchronous. */
export const MAX_CATALOG_BYTES = 5 * 1024 * 1024

/**
 * The whole pipeline from catalog text to normalized catalog: parse with positions, validate,
 * cross-check, normalize. Pure (no I/O), never throws; shared by main, the web build and the CLI.
 */
export function loadCatalogText(text: string, file: string): Result<Catalog> {
  if (text.length > MAX_CATALOG_BYTES) {
    return {
      ok: false,
      errors: [
        {
          file,
          line: 0,
          column: 0,
          message: `file is too large (${(text.length / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_CATALOG_BYTES / 1024 / 1024} MB)`,
          hint: 'a catalog holds teams and projects, not data; split it or remove embedded content'
        }
      ]
    }
  }
  const source = parseSource(text, file)
  if (!source.ok) return source
  try {
    return validateCatalog(source.value)
  } catch (error) {
    // A throw here is a bug in OrgScope, not in the catalog; still, never crash the caller.
    return {
      ok: false,
      errors: [
        {
          file,
          line: 0,
          column: 0,
          message: `internal error while validating: ${error instanceof Error ? error.message : String(error)}`,
          hint: 'please report this with the catalog file attached'
        }
      ]
    }
  }
}
