import { takeImportWorker } from './import-worker-start'
import type { ConnectPreview } from './preview-client'

/**
 * The import preview's worker, built by Vite as a module worker of its own (as the export's,
 * src/renderer/src/web/export-worker.ts): the app's CSP lets it load ('self'), in the app and
 * the browser build. Usually started already, when the files were chosen (import-worker-start.ts).
 * Throws when the page cannot make workers at all.
 */
export const connectWorker: ConnectPreview = (onMessage, onError) => {
  const { worker, failure } = takeImportWorker()
  worker.onmessage = ({ data }: MessageEvent) => onMessage(data)
  worker.onerror = (event) => onError(event.message || 'the import worker failed to start')
  // It failed before anyone listened: said once the client holds the channel.
  if (failure) queueMicrotask(() => onError(failure))
  return { post: (message) => worker.postMessage(message), terminate: () => worker.terminate() }
}

/**
 * The same session, run in the page: for where no worker can start. It pauses the window while a
 * large file imports, but the dialog is never left empty. Terminating only stops it answering.
 */
export const connectInPage: ConnectPreview = (onMessage, onError) => {
  let stopped = false
  const session = Promise.all([
    import('./preview-session'),
    import('../technology/load-logos'),
    import('../workers/worker-environment')
  ])
    .then(
      ([{ PreviewSession }, { loadLogos }, { WORKER_ENVIRONMENT }]) =>
        new PreviewSession(
          (message) => {
            if (!stopped) onMessage(message)
          },
          loadLogos,
          { fonts: WORKER_ENVIRONMENT.embeddedFonts }
        )
    )
    .catch((error: unknown) => {
      onError(error instanceof Error ? error.message : String(error))
      return undefined
    })
  return {
    post: (message) =>
      void session.then((running) => {
        if (!stopped) running?.handle(message)
      }),
    terminate: () => {
      stopped = true
    }
  }
}
