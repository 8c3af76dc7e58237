import { create } from 'zustand'
import type { Catalog } from '../../../shared/catalog/catalog'
import type { ThemeName } from '../../../shared/theme/palette'
import { createCompareSlice, type CompareSlice } from './compare-slice'
import { createExportDialogSlice, type ExportDialogSlice } from './export-dialog-slice'
import { createFitSlice, type FitSlice } from './fit-slice'
import { createImportPreviewSlice, type ImportPreviewSlice } from './import-preview-slice'
import { createLensSlice, type LensSlice } from './lens-slice'
import { createNoticesSlice, type NoticesSlice } from './notices-slice'
import { createPresentationSlice, type PresentationSlice } from './presentation-slice'
import { createPrintSlice, type PrintSlice } from './print-slice'
import { createRememberedSlice, type RememberedSlice } from './remembered-slice'
import { createSavedViewsSlice, type SavedViewsSlice } from './saved-views-slice'
import { createViewSlice, type ViewSlice } from './view-slice'

/**
 * Everything the renderer holds, in one store made of slices (zustand's slices pattern), as in
 * React Flow's state-management example. Each slice's file says what it holds; a slice's type
 * names only the slices its actions read, so the slices import each other one way.
 *
 * Components select the smallest part they need (useShallow for objects): a change to one slice
 * re-renders only what selected from it. What is derived from the state (the lens match:
 * derived-lens.ts) comes from memoized selectors, never a second copy.
 */
export type AppState = ViewSlice &
  LensSlice &
  FitSlice &
  PresentationSlice &
  SavedViewsSlice &
  ExportDialogSlice &
  NoticesSlice &
  PrintSlice &
  RememberedSlice &
  CompareSlice &
  ImportPreviewSlice

export const useAppStore = create<AppState>()((...a) => ({
  ...createViewSlice(...a),
  ...createLensSlice(...a),
  ...createFitSlice(...a),
  ...createPresentationSlice(...a),
  ...createSavedViewsSlice(...a),
  ...createExportDialogSlice(...a),
  ...createNoticesSlice(...a),
  ...createPrintSlice(...a),
  ...createRememberedSlice(...a),
  ...createCompareSlice(...a),
  ...createImportPreviewSlice(...a)
}))

/** The theme actually drawn. */
export const selectTheme = (s: AppState): ThemeName =>
  s.theme === 'system' ? s.systemTheme : s.theme

/** The catalog on screen, if one has loaded. */
export const selectCatalog = (s: AppState): Catalog | undefined =>
  s.result?.ok ? s.result.catalog : undefined

/** Which catalog is on screen (its path), for what is kept per catalog. */
export const selectCatalogKey = (s: AppState): string | undefined =>
  s.result?.ok ? s.result.source.path : undefined

/**
 * The catalog on screen, for the components App draws only while there is one. A catalog once
 * loaded stays (a broken reload keeps it, with a banner), so this cannot turn undefined under
 * them.
 */
export function useCatalog(): Catalog {
  const catalog = useAppStore(selectCatalog)
  if (!catalog) throw new Error('useCatalog() while no catalog is loaded')
  return catalog
}
