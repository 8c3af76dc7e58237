import type { Catalog } from '../catalog/catalog'
import { compareVersions } from '../diff/compare-versions'
import type { DiffMark } from '../diff/diff-marks'
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
  const { diff, union, marks } = compareVersions(compare.older, catalog)
  const changed = new Set(diff.changed.map((change) => `${change.kind}:${change.id}`))
  return {
    catalog: union,
    comparison: {
      label: compare.label,
      marks,
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
