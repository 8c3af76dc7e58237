import type { Catalog } from '../../../shared/catalog/catalog'
import type { ExportProgress, ProgressListener } from '../../../shared/export/progress'

export interface BrowserFile {
  blob: Blob
  name: string
}

/** What the export worker (export-worker.ts) says back. */
export type BrowserExportMessage =
  | { type: 'progress'; progress: ExportProgress }
  | { type: 'done'; bytes: Uint8Array; name: string; mime: string }
  | { type: 'failed'; message: string }

/** A running export: its file (undefined once canceled), and the way to cancel it. */
export interface BrowserExportJob {
  result: Promise<BrowserFile | undefined>
  cancel(): void
}

/**
 * One export drawn in a Web Worker by the same pipeline the app uses (renderExport), so the page
 * stays responsive. Cancel terminates the worker: nothing is downloaded.
 */
export function exportInBrowser(
  catalog: Catalog,
  request: unknown,
  onProgress: ProgressListener = () => undefined
): BrowserExportJob {
  const worker = new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module' })
  let finished = false
  let settle: (file: BrowserFile | undefined) => void = () => undefined
  let fail: (error: Error) => void = () => undefined
  const result = new Promise<BrowserFile | undefined>((resolve, reject) => {
    settle = resolve
    fail = reject
  })
  const finish = (outcome: () => void) => {
    if (finished) return
    finished = true
    worker.terminate()
    outcome()
  }
  worker.onmessage = ({ data }: MessageEvent<BrowserExportMessage>) => {
    if (data.type === 'progress') {
      if (!finished) onProgress(data.progress)
    } else if (data.type === 'done') {
      // Blob takes only bytes over a plain ArrayBuffer, which a transferred array is.
      const blob = new Blob([data.bytes as Uint8Array<ArrayBuffer>], { type: data.mime })
      finish(() => settle({ blob, name: data.name }))
    } else {
      finish(() => fail(new Error(data.message)))
    }
  }
  worker.onerror = (event) =>
    finish(() => fail(new Error(event.message || 'the export worker failed to start')))
  worker.postMessage({ catalog, request })
  return { result, cancel: () => finish(() => settle(undefined)) }
}

/** Saves through the browser's download, as an <a download> click. */
export function download(file: BrowserFile): void {
  const url = URL.createObjectURL(file.blob)
  const link = document.createElement('a')
  link.href = url
  link.download = file.name
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // Give the download a moment to start before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
