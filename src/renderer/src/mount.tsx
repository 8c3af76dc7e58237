import '@fontsource/inter/400.css'
import '@fontsource/inter/500.css'
import '@fontsource/inter/600.css'
import '@fontsource/inter/700.css'
import '@xyflow/react/dist/style.css'
import './styles/app.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import type { OrgscopeApi } from '../../shared/ipc/contract'
import { ApiProvider } from './api/api'
import { App } from './App'
import { ErrorBoundary } from './ErrorBoundary'

export function mount(api: OrgscopeApi): void {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ErrorBoundary>
        <ApiProvider api={api}>
          <App />
        </ApiProvider>
      </ErrorBoundary>
    </StrictMode>
  )
}
