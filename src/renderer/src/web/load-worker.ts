import { fileFailure } from '../../../shared/catalog/diagnostic'
import { workerScope } from '../workers/worker-scope'
import { loadInPage } from './load-in-page'
import type { ReadOffPage } from './load-off-page'

const scope = workerScope<{ text: string; name: string }, ReadOffPage>()

/**
 * The browser build's catalog pipeline off the page's thread (load-off-page.ts): a large catalog
 * or guide parsed, imported and validated here, while the page keeps drawing and answering. One
 * file per worker; the page terminates it once the file is read.
 */
scope.onmessage = async ({ data }) => {
  try {
    const read = await loadInPage(data.text, data.name)
    // As JSON: one string crosses to the page in one copy, and JSON.parse reads it there. A
    // structured clone of the catalog's objects cost far more (5,000 teams in Chromium: 205 ms
    // to clone against 26 ms to stringify and 31 ms to parse).
    scope.postMessage(read.ok ? { ok: true, json: JSON.stringify(read.value) } : read)
  } catch (error) {
    // The pipeline never throws on bad input; this is a fault of its own, said as the file's.
    const message = error instanceof Error ? error.message : String(error)
    scope.postMessage(fileFailure(data.name, `could not be read: ${message}`))
  }
}
