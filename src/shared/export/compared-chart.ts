import type { Catalog } from '../catalog/catalog'
import { diffCatalogs } from '../diff/diff-catalogs'
import { diffMarks, type DiffMark } from '../diff/diff-marks'
import { unionCatalog } from '../diff/union-catalog'
import type { ExportComparison } from './options'

export type DiffStatus = DiffMark['status']

/** The kinds of change in the order the legend and the side list give them. */
export const DIFF_STATUSES: readonly DiffStatus[] = [
  'added',
  'removed',
  'moved',
  'renamed',
  'changed'
]

/** What an export of a comparison draws beyond the chart: each node's mark and the key. */
export interface ChartComparison {
  label: string
  marks: ReadonlyMap<string, DiffMark>
  /** How many divisions, groups and teams each kind of change touches. */
  counts: Record<DiffStatus, number>
}

/**
 * The catalog an export draws: `catalog` itself, or, compared with an older version, the union
 * of both with each node's mark — built by the same shared/diff functions the screen uses, so
 * the file shows what the screen shows.
 */
export function comparedChart(
  catalog: Catalog,
  compare: ExportComparison | undefined
): { catalog: Catalog; comparison?: ChartComparison } {
  if (!compare) return { catalog }
  const diff = diffCatalogs(compare.older, catalog)
  const changed = new Set(diff.changed.map((change) => `${change.kind}:${change.id}`))
  return {
    catalog: unionCatalog(compare.older, catalog, diff),
    comparison: {
      label: compare.label,
      marks: diffMarks(diff),
      counts: {
        added: diff.added.length,
        removed: diff.removed.length,
        moved: diff.moved.length,
        renamed: diff.renamed.length,
        changed: changed.size
      }
    }
  }
}
