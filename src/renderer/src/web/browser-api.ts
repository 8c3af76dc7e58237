import teleportCatalog from '../../../../data/teleport.yaml?raw'
import { loadCatalogText } from '../../../shared/catalog/load'
import type { CatalogResult, OrgscopeApi } from '../../../shared/ipc/contract'

const BUNDLED_NAME = 'teleport.yaml'

/**
 * The app API implemented in the page, for the browser build: the bundled catalog is parsed
 * here by the same pipeline main uses, "open" uses a file picker, links open in a new tab.
 */
export function createBrowserApi(): OrgscopeApi {
  const listeners = new Set<(result: CatalogResult) => void>()
  const load = (text: string, name: string, bundled: boolean): CatalogResult => {
    const source = { path: name, name, bundled }
    const result = loadCatalogText(text, name)
    return result.ok
      ? { ok: true, catalog: result.value, source }
      : { ok: false, errors: result.errors, source }
  }
  return {
    loadCatalog: async () => load(teleportCatalog, BUNDLED_NAME, true),
    openCatalog: async () => {
      const file = await pickFile()
      if (!file) return { ok: false, canceled: true }
      return load(await file.text(), file.name, false)
    },
    openExternal: async ({ url }) => {
      window.open(url, '_blank', 'noopener,noreferrer')
      return { ok: true }
    },
    onCatalogChanged: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
}

function pickFile(): Promise<File | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = '.yaml,.yml,.json'
    input.addEventListener('change', () => resolve(input.files?.[0]))
    input.addEventListener('cancel', () => resolve(undefined))
    input.click()
  })
}
