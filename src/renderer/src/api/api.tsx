import { createContext, useContext, type ReactNode } from 'react'
import type { OrgscopeApi } from '../../../shared/ipc/contract'

/** The renderer depends on this interface, never on Electron: app, web build and tests differ. */
const ApiContext = createContext<OrgscopeApi | null>(null)

export function ApiProvider({ api, children }: { api: OrgscopeApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>
}

export function useApi(): OrgscopeApi {
  const api = useContext(ApiContext)
  if (!api) throw new Error('useApi() outside <ApiProvider>')
  return api
}
