import type { Catalog } from '../catalog/catalog'
import { fileFailure, type Diagnostic, type Result } from '../catalog/diagnostic'
import { loadCatalogText } from '../catalog/load'
import { validateCatalog } from '../catalog/validate'
import type { ImportPlan, ImportResult, OutlineEntry } from '../import/import-plan'
import { importSource, type SourceOptions } from './import-source'
import { isGuideFile } from '../import/import-format'
import { importBackstage, type BackstageFile } from '../import/backstage/import-backstage'

export type GuideOptions = SourceOptions

/**
 * An import validated: the catalog and the plan, or the problems, with the source's outline
 * when the importer could read no team from it (the choices `import` prints and the preview
 * offers, so that a mapping can say which parts are the teams).
 */
export type LoadedImport =
  | { ok: true; value: { catalog: Catalog; plan: ImportPlan } }
  | { ok: false; errors: Diagnostic[]; outline?: OutlineEntry[] }

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
  // The problems only: the outline is for the choices of an import, not a catalog's load.
  return loaded.ok
    ? { ok: true, value: loaded.value.catalog }
    : { ok: false, errors: loaded.errors }
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
): LoadedImport {
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
): LoadedImport {
  let imported: ImportResult
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

function validated(imported: ImportResult, file: string): LoadedImport {
  if (!imported.ok) return imported
  const { catalog, locate } = imported.value
  const checked = validateCatalog({ file, data: catalog, locate })
  return checked.ok
    ? { ok: true, value: { catalog: checked.value, plan: imported.value } }
    : checked
}
