import { ReactFlowProvider } from '@xyflow/react'
import { useEffect } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { useApi } from './api/api'
import { ExportHost } from './export/ExportHost'
import { Breadcrumb } from './graph/Breadcrumb'
import { OrgGraph } from './graph/OrgGraph'
import { OutlineView } from './lens/OutlineView'
import { SearchDialog } from './lens/SearchDialog'
import { TechnologyMatrix } from './lens/TechnologyMatrix'
import { Sidebar } from './lens/Sidebar'
import { DetailsPanel } from './panels/DetailsPanel'
import { Presentation } from './present/Presentation'
import { LoadErrors } from './panels/LoadErrors'
import { Notices } from './notices/Notices'
import { SavedViewCamera } from './present/SavedViewCamera'
import { ViewsHost } from './present/ViewsHost'
import { PrintHost } from './print/PrintHost'
import { RememberViewport } from './settings/RememberViewport'
import { useRememberedState } from './settings/useRememberedState'
import { DropZone } from './open/DropZone'
import { SkipToChart, CHART_ID } from './panels/SkipToChart'
import { Toolbar } from './panels/Toolbar'
import { useAppStore } from './store/store'
import { useShortcuts } from './useShortcuts'
import { useTheme } from './useTheme'
import { useUrlState } from './useUrlState'

export function App() {
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

  useEffect(() => {
    let live = true
    void api.loadCatalog().then((loaded) => live && setResult(loaded))
    const unsubscribe = api.onCatalogChanged(setResult)
    return () => {
      live = false
      unsubscribe()
    }
  }, [api, setResult])

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
          {!result && (
            <p className="app__loading" role="status">
              Loading catalog…
            </p>
          )}
          {result && !result.ok && <LoadErrors result={result} />}
          {loaded && (
            <>
              {lensOpen && !presenting && <Sidebar />}
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
                  <TechnologyMatrix />
                </section>
              ) : (
                <section id={CHART_ID} className="app__graph" aria-label="Outline" tabIndex={-1}>
                  <OutlineView />
                </section>
              )}
              <DetailsPanel />
              {searchOpen && <SearchDialog />}
              <ExportHost />
              <ViewsHost />
              <PrintHost />
            </>
          )}
        </main>
        {presenting && loaded && <Presentation />}
        <Notices />
      </div>
    </ReactFlowProvider>
  )
}
