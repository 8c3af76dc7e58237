import { parentPort } from 'node:worker_threads'
import { catalogFromParts } from '../../shared/ipc/catalog-transfer'
import type { ExportJobMessage, ExportJobRequest } from './export-job'
import { useBandWorker } from './png-bands'
import { renderInNode } from './render-in-node'

/**
 * The export worker thread (see export-in-worker.ts): one export per thread, drawn here so the
 * thread that asked (the app's main process) keeps answering its windows meanwhile. Progress
 * and the finished file go back as messages; a thread that is terminated writes nothing.
 */
const port = parentPort
if (!port) throw new Error('export-worker.ts runs as a worker thread (see export-in-worker.ts)')

port.once('message', async (request: ExportJobRequest) => {
  const post = (message: ExportJobMessage, transfer: ArrayBuffer[] = []) =>
    port.postMessage(message, transfer)
  try {
    if (request.bandWorker) useBandWorker(request.bandWorker)
    const catalog = catalogFromParts(request.catalog)
    const rendered = await renderInNode(catalog, request.view, request.options, {
      rasterLimits: request.rasterLimits,
      onProgress: (progress) => post({ type: 'progress', progress })
    })
    // A copy the thread owns outright, handed over without another copy: Node's and Skia's
    // buffers may share their memory with other buffers, which a transfer would take away.
    const bytes = new Uint8Array(rendered.bytes)
    post({ type: 'done', rendered: { ...rendered, bytes } }, [bytes.buffer])
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
  }
})
