import type { StateCreator } from 'zustand'
import type { Catalog } from '../../../shared/catalog/catalog'
import type { CatalogDiff } from '../../../shared/diff/catalog-diff'
import type { DiffMark } from '../../../shared/diff/diff-marks'
import type { ExportComparison } from '../../../shared/export/options'
import type { CatalogResult } from '../../../shared/ipc/contract'
import type { ViewSlice } from './view-slice'

type Loaded = Extract<CatalogResult, { ok: true }>

/** The catalog on screen compared with another version of it. */
export interface Comparison {
  /** The other version, as the user named it (a file name). */
  label: string
  /** The other version itself: an export of the comparison sends it (see ExportComparison). */
  older: Catalog
  diff: CatalogDiff
  marks: ReadonlyMap<string, DiffMark>
  /** What the chart shows meanwhile: both versions in one catalog. */
  union: Catalog
  /** The catalog on screen before, shown again when the comparison ends. */
  original: Loaded
}

/**
 * A comparison replaces the catalog on screen with the union of both versions (same source, so
 * the view stays): the layout, the lens and the details panel then work on it unchanged, and
 * the marks say which parts are new, gone, moved or changed.
 */
export interface CompareSlice {
  comparison?: Comparison
  /** Compares the catalog on screen (the newer) with `older`, once its code has downloaded. */
  startComparison(older: Catalog, label: string): Promise<void>
  /** Back to the catalog on screen as it was. */
  endComparison(): void
  /** Forgets the comparison without restoring: another catalog replaced the union. */
  dropComparison(): void
}

export const createCompareSlice: StateCreator<CompareSlice & ViewSlice, [], [], CompareSlice> = (
  set,
  get
) => ({
  startComparison: async (older, label) => {
    // In a chunk of its own: the first chart does not need it. The catalog on screen is read
    // after the download, so a catalog opened meanwhile is the one compared.
    const { compareVersions } = await import('../../../shared/diff/compare-versions')
    const { result, comparison } = get()
    const original = comparison?.original ?? (result?.ok ? result : undefined)
    if (!original) return
    const { diff, union, marks } = compareVersions(older, original.catalog)
    // The union first, then the comparison: whatever renders in between sees a catalog that is
    // no comparison's and at worst drops the old one, never the new (see ComparePanel).
    get().setResult({ ...original, catalog: union })
    set({ comparison: { label, older, diff, marks, union, original } })
    // The list of changes narrows the chart: framed again in the pane left, every change in it.
    get().fitTo(['*'])
  },
  endComparison: () => {
    const { comparison } = get()
    if (!comparison) return
    set({ comparison: undefined })
    get().setResult(comparison.original)
    get().fitTo(['*'])
  },
  dropComparison: () => set({ comparison: undefined })
})

/**
 * What an export or a print of the screen draws from: the catalog on screen, or during a
 * comparison the newer version with the older named beside it (the export builds the union and
 * the marks itself, as main does from its own copy of the newer one).
 */
export function exportSubject(
  state: Pick<CompareSlice, 'comparison'>,
  onScreen: Catalog
): { catalog: Catalog; compare?: ExportComparison } {
  const { comparison } = state
  if (!comparison) return { catalog: onScreen }
  return {
    catalog: comparison.original.catalog,
    compare: { label: comparison.label, older: comparison.older }
  }
}
