import { ReactFlowProvider } from '@xyflow/react'
import { Suspense, useEffect } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { useApi } from './api/api'
import { ChunkLoading } from './chunks/ChunkLoading'
import { ComparePanel } from './compare/ComparePanel'
import { preloadable } from './chunks/preloadable'
import { usePrefetchWhenIdle } from './chunks/usePrefetchWhenIdle'
import { ExportHost, preloadExportDialog } from './export/ExportHost'
import { Breadcrumb } from './graph/Breadcrumb'
import { OrgGraph } from './graph/OrgGraph'
import { SearchDialog } from './lens/SearchDialog'
import { preloadFitPanel, Sidebar } from './lens/Sidebar'
import { DetailsHost, preloadDetailsPanel } from './panels/DetailsHost'
import { LoadErrors } from './panels/LoadErrors'
import { Notices } from './notices/Notices'
import { Presentation } from './present/Presentation'
import { SavedViewCamera } from './present/SavedViewCamera'
import { preloadViewsPanel, ViewsHost } from './present/ViewsHost'
import { preloadPrintSheet } from './print/print-chart'
import { PrintHost } from './print/PrintHost'
import { RememberViewport } from './settings/RememberViewport'
import { useRememberedState } from './settings/useRememberedState'
import { DropZone } from './open/DropZone'
import { CatalogLoading, OpeningStatus } from './open/OpeningStatus'
import { ImportHost } from './import/ImportHost'
import { SkipToChart, CHART_ID } from './panels/SkipToChart'
import { Toolbar } from './panels/Toolbar'
import { useAppStore } from './store/store'
import { useShortcuts } from './useShortcuts'
import { useTheme } from './useTheme'
import { useUrlState } from './useUrlState'

// What the first chart does not need comes in chunks of its own, fetched once it is up. Not
// search or the presentation: keys typed the moment they open (Ctrl+F then a name, F5 then →)
// must reach them, not fall on a loading placeholder.
const TechnologyMatrix = preloadable(() =>
  import('./lens/TechnologyMatrix').then((m) => m.TechnologyMatrix)
)
const OutlineView = preloadable(() => import('./lens/OutlineView').then((m) => m.OutlineView))
/**
 * Most likely asked for first, first; the print sheet's writer before all: the browser's own
 * print command cannot wait for it (see layOutPrintSheet).
 */
const PREFETCH = [
  preloadPrintSheet,
  preloadDetailsPanel,
  preloadExportDialog,
  TechnologyMatrix.preload,
  OutlineView.preload,
  preloadFitPanel,
  preloadViewsPanel
]

/** `startsLoaded`: the store already holds the catalog the app starts with (see mount). */
export function App({ startsLoaded = false }: { startsLoaded?: boolean } = {}) {
  const api = useApi()
  const { result, failed, view, focusId, searchOpen, lensOpen, presenting } = useAppStore(
    useShallow((s) => ({
      result: s.result,
      failed: s.failed,

      view: s.view,
      focusId: s.focusId,
      searchOpen: s.searchOpen,
      lensOpen: s.lensOpen,
      presenting: s.presenting
    }))
  )
  const setResult = useAppStore((s) => s.setResult)
  const loaded = result?.ok === true
  useTheme()
  useShortcuts()
  useUrlState()
  // After useUrlState: a URL hash the page opened with wins over remembered lens and view.
  useRememberedState()
  usePrefetchWhenIdle(loaded, PREFETCH)

  useEffect(() => {
    let live = true
    const { setOpening } = useAppStore.getState()
    const unsubscribes = [api.onCatalogOpening(setOpening), api.onCatalogChanged(setResult)]
    if (!startsLoaded) void api.loadCatalog().then((loaded) => live && setResult(loaded))
    return () => {
      live = false
      for (const unsubscribe of unsubscribes) unsubscribe()
    }
  }, [api, setResult, startsLoaded])

  return (
    <ReactFlowProvider>
      <div className={presenting ? 'app app--presenting' : 'app'}>
        {loaded && <SkipToChart />}
        <header className="app__header">
          <Toolbar />
          {failed && <LoadErrors result={failed} banner />}
        </header>
        <DropZone />
        <main className="app__body">
          {result ? <OpeningStatus /> : <CatalogLoading />}
          {result && !result.ok && <LoadErrors result={result} />}
          {loaded && (
            <>
              {lensOpen && !presenting && <Sidebar />}
              {!presenting && <ComparePanel />}
              {view === 'graph' ? (
                <section
                  id={CHART_ID}
                  className="app__graph"
                  aria-label="Organization chart"
                  tabIndex={-1}
                >
                  {focusId && <Breadcrumb focusId={focusId} />}
                  <OrgGraph
                    cameras={
                      <>
                        <RememberViewport />
                        <SavedViewCamera />
                      </>
                    }
                  />
                </section>
              ) : view === 'matrix' ? (
                <section
                  id={CHART_ID}
                  className="app__graph"
                  aria-label="Team by technology matrix"
                  tabIndex={-1}
                >
                  <Suspense fallback={<ChunkLoading what="the matrix" />}>
                    <TechnologyMatrix.Component />
                  </Suspense>
                </section>
              ) : (
                <section id={CHART_ID} className="app__graph" aria-label="Outline" tabIndex={-1}>
                  <Suspense fallback={<ChunkLoading what="the outline" />}>
                    <OutlineView.Component />
                  </Suspense>
                </section>
              )}
              <DetailsHost />
              {searchOpen && <SearchDialog />}
              <ExportHost />
              <ViewsHost />
              <PrintHost />
            </>
          )}
        </main>
        <ImportHost />
        {presenting && loaded && <Presentation />}
        <Notices />
      </div>
    </ReactFlowProvider>
  )
}
