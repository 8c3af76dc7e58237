import type { Catalog } from '../catalog/catalog'
import { fileFailure, type Result } from '../catalog/diagnostic'
import { loadCatalogText } from '../catalog/load'
import { validateCatalog } from '../catalog/validate'
import type { ImportPlan } from '../import/import-plan'
import { importSource, type SourceOptions } from './import-source'
import { isGuideFile } from '../import/import-format'
import { importBackstage, type BackstageFile } from '../import/backstage/import-backstage'

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
  return validated(importSource(text, file, options), file)
}

/**
 * A Backstage catalog (the files of its folder, and the ones to start from) imported and
 * validated, as loadGuideText does for one file.
 */
export function loadBackstageFiles(
  files: readonly BackstageFile[],
  file: string,
  options: GuideOptions & { entries?: readonly string[] } = {}
): Result<{ catalog: Catalog; plan: ImportPlan }> {
  let imported: Result<ImportPlan>
  try {
    imported = importBackstage(files, { ...options, file })
  } catch (error) {
    // A throw is a bug in the importer, not in the files; still, never crash the caller.
    return fileFailure(
      file,
      `internal error while importing: ${error instanceof Error ? error.message : String(error)}`,
      'please report this with the files attached'
    )
  }
  return validated(imported, file)
}

function validated(
  imported: Result<ImportPlan>,
  file: string
): Result<{ catalog: Catalog; plan: ImportPlan }> {
  // The problems only: a guide's outline is the import preview's, not a loader's.
  if (!imported.ok) return { ok: false, errors: imported.errors }
  const { catalog, locate } = imported.value
  const checked = validateCatalog({ file, data: catalog, locate })
  return checked.ok
    ? { ok: true, value: { catalog: checked.value, plan: imported.value } }
    : checked
}
