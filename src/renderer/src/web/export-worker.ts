import type { Catalog } from '../../../shared/catalog/catalog'
import { renderExport } from '../../../shared/export/render-export'
import { ExportRequest } from '../../../shared/ipc/contract'
import type { BrowserExportMessage } from './browser-export'
import { workerScope } from '../workers/worker-scope'
import { WORKER_ENVIRONMENT } from '../workers/worker-environment'

const scope = workerScope<{ catalog: Catalog; request: unknown }, BrowserExportMessage>()

/**
 * The browser build's export worker: the same pipeline the app runs (renderExport), off the
 * page's thread, so the chart stays responsive and the dialog can show progress and cancel (the
 * page terminates this worker). One export per worker.
 */
scope.onmessage = async ({ data }) => {
  try {
    const { options, view } = ExportRequest.parse(data.request)
    const rendered = await renderExport(data.catalog, view, options, WORKER_ENVIRONMENT, {
      onProgress: (progress) => scope.postMessage({ type: 'progress', progress })
    })
    const bytes = new Uint8Array(rendered.bytes)
    scope.postMessage({ type: 'done', bytes, name: rendered.name, mime: rendered.mime }, [
      bytes.buffer
    ])
  } catch (error) {
    scope.postMessage({
      type: 'failed',
      message: error instanceof Error ? error.message : String(error)
    })
  }
}
