import type { ReactFlowInstance, useStoreApi } from '@xyflow/react'
import type { Catalog } from '../../../shared/catalog/catalog'
import type { SavedView } from '../../../shared/persist/saved-views'
import { newViewId } from '../../../shared/persist/new-view-id'
import { teamNodeIds } from '../../../shared/tree/org-tree'
import { useAppStore } from '../store/store'

/**
 * Between the view state on screen and a saved view: capturing the one as the other, and
 * applying a saved view back (lens, focus, open teams, layout, camera).
 */

/** What React Flow tells us about the camera: its offset and zoom, and the pane's size. */
export interface CameraSource {
  getViewport: ReactFlowInstance['getViewport']
  store: ReturnType<typeof useStoreApi>
}

/** The view on screen as a new saved view named `name`. */
export function captureView(
  catalog: Catalog,
  name: string,
  caption: string,
  existing: readonly SavedView[],
  camera: CameraSource | undefined
): SavedView {
  const state = useAppStore.getState()
  const { width, height } = camera?.store.getState() ?? { width: 0, height: 0 }
  const viewport = camera?.getViewport()
  // The camera exists only while the chart (not the matrix or outline) is on screen.
  const hasCamera = state.view === 'graph' && viewport !== undefined && width > 0 && height > 0
  return {
    id: newViewId(existing),
    name: name.trim(),
    ...(caption.trim() && { caption: caption.trim() }),
    lens: {
      technologies: [...state.lens.technologies],
      mode: state.lens.mode,
      includeMentions: state.lens.includeMentions
    },
    hideNonMatches: state.hideNonMatches,
    ...(state.focusId && { focusId: state.focusId }),
    expanded: teamNodeIds(catalog).filter((id) => !state.collapsed.has(id)),
    layoutKind: state.layoutKind,
    ...(hasCamera && {
      // React Flow: screen = flow × zoom + offset, so the pane's corners in flow coordinates.
      camera: {
        x: tenth(-viewport.x / viewport.zoom),
        y: tenth(-viewport.y / viewport.zoom),
        width: tenth(width / viewport.zoom),
        height: tenth(height / viewport.zoom)
      }
    })
  }
}

/**
 * Shows a saved view: one store update for the whole state (so the chart lays out once), then
 * the camera, which the chart applies after it has fitted the new layout. Without a camera, fit
 * the focused branch or the whole chart. `tourIndex` when played as a presentation step.
 */
export function applySavedView(view: SavedView, catalog: Catalog, tourIndex?: number): void {
  const expanded = new Set(view.expanded)
  useAppStore.setState({
    lens: view.lens,
    preview: undefined,
    hideNonMatches: view.hideNonMatches,
    focusId: view.focusId,
    collapsed: new Set(teamNodeIds(catalog).filter((id) => !expanded.has(id))),
    layoutKind: view.layoutKind,
    view: 'graph',
    selectedId: undefined,
    ...(tourIndex !== undefined && { tourIndex })
  })
  if (view.camera) useAppStore.getState().requestCamera(view.camera)
  else useAppStore.getState().fitTo([view.focusId ?? '*'])
}

/** A tenth of a layout pixel is finer than any screen shows, and keeps the file readable. */
function tenth(value: number): number {
  return Math.round(value * 10) / 10
}
