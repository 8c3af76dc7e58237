import type { Catalog } from '../../../shared/catalog/catalog'
import { fileFailure, type Result } from '../../../shared/catalog/diagnostic'
import { workerScope } from '../workers/worker-scope'
import { loadInPage } from './load-in-page'

const scope = workerScope<{ text: string; name: string }, Result<Catalog>>()

/**
 * The browser build's catalog pipeline off the page's thread (load-off-page.ts): a large catalog
 * or guide parsed, imported and validated here, while the page keeps drawing and answering. One
 * file per worker; the page terminates it once the file is read.
 */
scope.onmessage = async ({ data }) => {
  try {
    scope.postMessage(await loadInPage(data.text, data.name))
  } catch (error) {
    // The pipeline never throws on bad input; this is a fault of its own, said as the file's.
    const message = error instanceof Error ? error.message : String(error)
    scope.postMessage(fileFailure(data.name, `could not be read: ${message}`))
  }
}
