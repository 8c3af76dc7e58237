import { ReactFlowProvider } from '@xyflow/react'
import { useEffect } from 'react'
import { useApi } from './api'
import { OrgGraph } from './graph/OrgGraph'
import { DetailsPanel } from './panels/DetailsPanel'
import { LoadErrors } from './panels/LoadErrors'
import { Toolbar } from './panels/Toolbar'
import { useViewStore } from './store'
import { useTheme } from './useTheme'

export function App() {
  const api = useApi()
  const result = useViewStore((s) => s.result)
  const failed = useViewStore((s) => s.failed)
  const setResult = useViewStore((s) => s.setResult)
  useTheme()

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
      <div className="app">
        <Toolbar />
        {failed && <LoadErrors result={failed} banner />}
        <main className="app__body">
          {!result && (
            <p className="app__loading" role="status">
              Loading catalog…
            </p>
          )}
          {result && !result.ok && <LoadErrors result={result} />}
          {result?.ok && (
            <>
              <section className="app__graph" aria-label="Organization chart">
                <OrgGraph catalog={result.catalog} />
              </section>
              <DetailsPanel catalog={result.catalog} />
            </>
          )}
        </main>
      </div>
    </ReactFlowProvider>
  )
}
