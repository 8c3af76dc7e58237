import { Suspense } from 'react'
import { ChunkLoading } from '../chunks/ChunkLoading'
import { preloadable } from '../chunks/preloadable'
import { useAppStore } from '../store/store'

/** The details panel, a chunk of its own: mounted while a node is selected. */
const DetailsPanel = preloadable(() => import('./DetailsPanel').then((m) => m.DetailsPanel))
export const preloadDetailsPanel = DetailsPanel.preload

/**
 * Shows the details panel while a node is selected. Its chunk is fetched once the first chart is
 * up; until then the panel's place is taken at once (the chart narrows as it will), so the
 * selected node is kept in view against the right width.
 */
export function DetailsHost() {
  const selected = useAppStore((s) => s.selectedId !== undefined)
  if (!selected) return null
  return (
    <Suspense
      fallback={
        <aside className="details" aria-label="Details">
          <ChunkLoading what="details" />
        </aside>
      }
    >
      <DetailsPanel.Component />
    </Suspense>
  )
}
