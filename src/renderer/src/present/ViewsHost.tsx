import { Suspense } from 'react'
import { ChunkLoading } from '../chunks/ChunkLoading'
import { preloadable } from '../chunks/preloadable'
import { useAppStore } from '../store/store'
import { useSavedViewsSync } from './useSavedViewsSync'

const ViewsPanel = preloadable(() => import('./ViewsPanel').then((m) => m.ViewsPanel))
export const preloadViewsPanel = ViewsPanel.preload

/** Saved views for the catalog on screen: kept in step with its sidecar, edited in the panel. */
export function ViewsHost() {
  useSavedViewsSync()
  const open = useAppStore((s) => s.viewsPanelOpen)
  const presenting = useAppStore((s) => s.presenting)
  return open && !presenting ? (
    <Suspense fallback={<ChunkLoading what="saved views" overlay />}>
      <ViewsPanel.Component />
    </Suspense>
  ) : null
}
