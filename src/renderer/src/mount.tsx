import '@fontsource/inter/400.css'
import '@fontsource/inter/500.css'
import '@fontsource/inter/600.css'
import '@fontsource/inter/700.css'
import '@xyflow/react/dist/style.css'
import './styles/app.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import type { CatalogResult, OrgscopeApi } from '../../shared/ipc/contract'
import { ApiProvider } from './api/api'
import { App } from './App'
import { ErrorBoundary } from './ErrorBoundary'
import { useAppStore } from './store/store'

/**
 * Renders the app. `initial`: the catalog to start with, already loaded, so the first render
 * shows its chart; without it the app asks the API for it once mounted.
 */
export function mount(api: OrgscopeApi, initial?: CatalogResult): void {
  if (initial) useAppStore.getState().setResult(initial)
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ErrorBoundary>
        <ApiProvider api={api}>
          <App startsLoaded={initial !== undefined} />
        </ApiProvider>
      </ErrorBoundary>
    </StrictMode>
  )
}
