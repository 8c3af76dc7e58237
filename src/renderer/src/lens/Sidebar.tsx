import { Suspense } from 'react'
import { ChunkLoading } from '../chunks/ChunkLoading'
import { preloadable } from '../chunks/preloadable'
import { useAppStore } from '../store/store'
import { TechnologyPanel } from './TechnologyPanel'

/** Find your team and its ranking (interests, scores): a chunk of their own. */
const FitPanel = preloadable(() => import('./FitPanel').then((m) => m.FitPanel))
export const preloadFitPanel = FitPanel.preload

const TABS = [
  { id: 'lens', label: 'Technologies' },
  { id: 'fit', label: 'Find your team' }
] as const

/** The left panel: the technology lens (presenters) or "find your team" (candidates). */
export function Sidebar() {
  const sidebar = useAppStore((s) => s.sidebar)
  const setSidebar = useAppStore((s) => s.setSidebar)
  return (
    <aside className="sidebar" aria-label="Side panel">
      <div role="tablist" aria-label="Side panel" className="sidebar__tabs">
        {TABS.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={sidebar === tab.id}
            aria-controls={`panel-${tab.id}`}
            tabIndex={sidebar === tab.id ? 0 : -1}
            onClick={() => setSidebar(tab.id)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
                setSidebar(sidebar === 'lens' ? 'fit' : 'lens')
                event.preventDefault()
              }
            }}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`panel-${sidebar}`}
        aria-labelledby={`tab-${sidebar}`}
        className="sidebar__panel"
      >
        {sidebar === 'lens' ? (
          <TechnologyPanel />
        ) : (
          <Suspense fallback={<ChunkLoading what="Find your team" />}>
            <FitPanel.Component />
          </Suspense>
        )}
      </div>
    </aside>
  )
}
