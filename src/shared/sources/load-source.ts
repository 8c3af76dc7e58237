import type { Catalog } from '../catalog/catalog'
import type { Result } from '../catalog/diagnostic'
import { loadCatalogText } from '../catalog/load'
import { validateCatalog } from '../catalog/validate'
import type { ImportPlan } from '../import/import-plan'
import { importSource, type SourceOptions } from '../import/import-source'
import { isGuideFile } from '../import/import-format'

export type GuideOptions = SourceOptions

/**
 * Any catalog source to a normalized catalog, chosen by the file's extension: a markdown team
 * guide (or another importable source) is imported, then validated like any catalog; YAML and
 * JSON go to loadCatalogText. The one dispatch main, the web build and the CLI share. Pure,
 * never throws.
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
 * An importable source imported and validated: the normalized catalog, and the import plan (the
 * catalog-file object to write out, the outline and the notes). Validation diagnostics point
 * into the source.
 */
export function loadGuideText(
  text: string,
  file: string,
  options: GuideOptions = {}
): Result<{ catalog: Catalog; plan: ImportPlan }> {
  const imported = importSource(text, file, options)
  if (!imported.ok) return imported
  const { catalog, locate } = imported.value
  const validated = validateCatalog({ file, data: catalog, locate })
  return validated.ok
    ? { ok: true, value: { catalog: validated.value, plan: imported.value } }
    : validated
}
