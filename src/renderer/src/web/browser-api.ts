import teleportCatalog from '../../../../data/teleport.yaml?raw'
import { loadCatalogText } from '../../../shared/catalog/load'
import type { Catalog } from '../../../shared/catalog/catalog'
import type { Diagnostic } from '../../../shared/catalog/diagnostic'
import type { CatalogResult, OrgscopeApi } from '../../../shared/ipc/contract'
import { download, renderInBrowser } from './browser-export'

const BUNDLED_NAME = 'teleport.yaml'

/**
 * The app API implemented in the page, for the browser build: the bundled catalog is parsed
 * here by the same pipeline main uses, "open" uses a file picker, links open in a new tab.
 */
export function createBrowserApi(): OrgscopeApi {
  const listeners = new Set<(result: CatalogResult) => void>()
  // The last catalog that loaded, as main keeps it in the app: exports draw from this copy.
  let current: Catalog | undefined
  const load = (text: string, name: string, bundled: boolean): CatalogResult => {
    const source = { path: name, name, bundled }
    const result = loadCatalogText(text, name)
    if (result.ok) current = result.value
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
    exportChart: async (request) => {
      if (!current) return failure('there is no chart to export: no catalog has loaded')
      try {
        const file = await renderInBrowser(current, request)
        download(file)
        return { ok: true, path: file.name }
      } catch (error) {
        return failure(messageOf(error))
      }
    },
    copyPng: async (request) => {
      if (!current) return failure('there is no chart to copy: no catalog has loaded')
      try {
        const file = await renderInBrowser(current, {
          ...request,
          options: { ...request.options, format: 'png' }
        })
        await navigator.clipboard.write([new ClipboardItem({ 'image/png': file.blob })])
        return { ok: true }
      } catch (error) {
        return failure(`could not copy the PNG: ${messageOf(error)}`)
      }
    },
    revealInFolder: async () =>
      failure('the browser saved the file to your downloads; it cannot open that folder'),
    // No application menu in a browser: Ctrl/Cmd+E and the toolbar open the dialog.
    onExportRequested: () => () => undefined,
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

function failure(message: string): { ok: false; errors: Diagnostic[] } {
  return { ok: false, errors: [{ file: '', line: 0, column: 0, message }] }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
