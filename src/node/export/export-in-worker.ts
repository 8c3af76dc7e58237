import type { ExportOptions, ExportView } from '../../shared/export/options'
import type { ProgressListener } from '../../shared/export/progress'
import type { RasterLimits } from '../../shared/export/raster-size'
import type { RenderedExport } from '../../shared/export/render-export'
import { startWorkerThread } from '../worker-thread'
import type { ExportJobMessage, ExportJobRequest } from './export-job'

/** A running export: its file (undefined once canceled), and the way to cancel it. */
export interface ExportJob {
  result: Promise<RenderedExport | undefined>
  /** Stops the drawing where it is: the thread ends, nothing is written. */
  cancel(): void
}

export interface ExportJobSettings {
  /** The PNG band thread's built script, for the export thread to start (png-bands.ts). */
  bandWorker?: string
  onProgress?: ProgressListener
  rasterLimits?: RasterLimits
  /**
   * The catalog's parts are the caller's to give up, each on a buffer of its own: they are moved
   * to the worker rather than copied (main's copies of a 100 MB catalog), and unusable after.
   */
  moveCatalog?: boolean
}

/**
 * One export drawn on a worker thread of its own (export-worker.ts), so the caller's thread stays
 * free: in the app that is Electron's main process, which must keep answering menus, dialogs and
 * every window's IPC while a 5,000-team chart is drawn. Cancel ends the thread at once, wherever
 * it is (terminate() stops even a long synchronous drawing), and the result says so.
 *
 * `entry` is the worker's file: the bundle electron-vite builds beside main's (imported with
 * `?modulePath`), or export-worker.ts itself when run from source (tests, the CLI under tsx).
 * `catalog` is the catalog's UTF-8 JSON in parts (see ExportJobRequest).
 */
export function exportInWorker(
  entry: string,
  catalog: Uint8Array[],
  view: ExportView,
  options: ExportOptions,
  { bandWorker, onProgress, rasterLimits, moveCatalog = false }: ExportJobSettings = {}
): ExportJob {
  const worker = startWorkerThread(entry)
  let settle: (result: RenderedExport | undefined) => void = () => undefined
  let fail: (error: Error) => void = () => undefined
  const result = new Promise<RenderedExport | undefined>((resolve, reject) => {
    settle = resolve
    fail = reject
  })
  let finished = false
  const finish = (outcome: () => void) => {
    if (finished) return
    finished = true
    outcome()
    void worker.terminate()
  }
  worker.on('message', (message: ExportJobMessage) => {
    switch (message.type) {
      case 'progress':
        if (!finished) onProgress?.(message.progress)
        break
      case 'done':
        finish(() => settle(message.rendered))
        break
      case 'failed':
        finish(() => fail(new Error(message.message)))
        break
    }
  })
  worker.on('error', (error) => finish(() => fail(describeCrash(error))))
  worker.on('exit', (code) =>
    finish(() => fail(new Error(`the export stopped unexpectedly (exit code ${code})`)))
  )
  const request: ExportJobRequest = { catalog, view, options, rasterLimits, bandWorker }
  worker.postMessage(request, moveCatalog ? catalog.map((part) => part.buffer as ArrayBuffer) : [])
  return { result, cancel: () => finish(() => settle(undefined)) }
}

/** A worker that died (out of memory, say) as an error that says so. */
function describeCrash(error: Error): Error {
  if ('code' in error && error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new Error('the export ran out of memory; export a smaller part, or SVG or PDF')
  }
  return error
}
