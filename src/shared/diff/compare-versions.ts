import type { Catalog } from '../catalog/catalog'
import type { CatalogDiff } from './catalog-diff'
import { diffCatalogs } from './diff-catalogs'
import { diffMarks, type DiffMark } from './diff-marks'
import { unionCatalog } from './union-catalog'

/** Two versions as one chart draws them: what changed, the union of both, each node's mark. */
export interface ComparedVersions {
  diff: CatalogDiff
  union: Catalog
  marks: Map<string, DiffMark>
}

/**
 * The comparison of an older version with a newer one, as the screen and every export show it:
 * one place, so the file shows what the screen shows.
 */
export function compareVersions(older: Catalog, newer: Catalog): ComparedVersions {
  const diff = diffCatalogs(older, newer)
  return { diff, union: unionCatalog(older, newer, diff), marks: diffMarks(diff) }
}
