import { useEffect } from 'react'
import type { Catalog } from '../../../shared/catalog/catalog'
import { useViewStore } from '../store/store'
import { useSavedViewsSync } from './useSavedViewsSync'
import { ViewsPanel } from './ViewsPanel'
import { useSavedViews } from './views-store'

/** Saved views for the catalog on screen: kept in step with its sidecar, edited in the panel. */
export function ViewsHost({ catalog, catalogKey }: { catalog: Catalog; catalogKey?: string }) {
  useSavedViewsSync(catalog, catalogKey)
  // Leaving a presentation ends playing the saved views: the next one starts with the default
  // tour unless the presenter chooses them again.
  useEffect(
    () =>
      useViewStore.subscribe((state, previous) => {
        if (previous.presenting && !state.presenting) useSavedViews.getState().setPlaying(false)
      }),
    []
  )
  const open = useSavedViews((s) => s.panelOpen)
  const presenting = useViewStore((s) => s.presenting)
  return open && !presenting ? <ViewsPanel catalog={catalog} /> : null
}
