import type { Catalog } from '../catalog/catalog'
import type { Result } from '../catalog/diagnostic'
import { loadCatalogText } from '../catalog/load'
import { validateCatalog } from '../catalog/validate'
import { importGuide, type ImportedGuide, type ImportOptions } from '../import/import-guide'
import { isGuideFile } from './guide-file'

export type GuideOptions = Omit<ImportOptions, 'file'>

/**
 * Any catalog source to a normalized catalog, chosen by the file's extension: a markdown team
 * guide is imported, then validated like any catalog; YAML and JSON go to loadCatalogText.
 * The one dispatch main, the web build and the CLI share. Pure, never throws.
 */
export function loadCatalogSource(
  text: string,
  file: string,
  options: GuideOptions = {}
): Result<Catalog> {
  if (!isGuideFile(file)) return loadCatalogText(text, file)
  const loaded = loadGuideText(text, file, options)
  return loaded.ok ? { ok: true, value: loaded.value.catalog } : loaded
}

/**
 * A markdown guide imported and validated: the normalized catalog, and the import (the
 * catalog-file object to write out, and the report). Validation diagnostics point into the guide.
 */
export function loadGuideText(
  text: string,
  file: string,
  options: GuideOptions = {}
): Result<{ catalog: Catalog; imported: ImportedGuide }> {
  try {
    const imported = importGuide(text, { ...options, file })
    if (!imported.ok) return imported
    const { catalog, locate } = imported.value
    const validated = validateCatalog({ file, data: catalog, locate })
    return validated.ok
      ? { ok: true, value: { catalog: validated.value, imported: imported.value } }
      : validated
  } catch (error) {
    // A throw is a bug in the importer, not in the guide; still, never crash the caller.
    return {
      ok: false,
      errors: [
        {
          file,
          line: 0,
          column: 0,
          message: `internal error while importing: ${error instanceof Error ? error.message : String(error)}`,
          hint: 'please report this with the guide attached'
        }
      ]
    }
  }
}
