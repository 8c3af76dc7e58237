import { Worker } from 'node:worker_threads'
import type { Diagnostic } from '../../shared/catalog/diagnostic'

/**
 * Loads catalog files on a worker thread, so the thread that asks (Electron's main) never
 * blocks: loading takes up to about 100 ms per MB (parse, validate, normalize), and the file
 * watcher reloads with no user action. The worker answers with the normalized catalog as UTF-8
 * JSON in parts (see catalog-transfer.ts), moved rather than copied.
 */
export type LoadedCatalogFile =
  | { ok: true; parts: Uint8Array<ArrayBuffer>[]; company: string }
  | { ok: false; errors: Diagnostic[] }

export interface CatalogLoader {
  load(path: string): Promise<LoadedCatalogFile>
  /** Ends the worker; loads still running resolve as failures. */
  close(): Promise<void>
}

/** What main and the worker say to each other (catalog-worker.ts is the other side). */
export interface LoadRequest {
  id: number
  path: string
}
export interface LoadAnswer {
  id: number
  result: LoadedCatalogFile
}

/**
 * The worker's heap, at most. The worst 30 MB catalogs peak near 800 MB while they load (a
 * million one-line teams); a file that needs more ends the worker, not the app, and is reported.
 */
export const WORKER_HEAP_MB = 2048

/**
 * `workerPath`: the worker's built script (main imports it with electron-vite's `?modulePath`).
 * The worker starts with the first load and is started again after it failed.
 */
export function createCatalogLoader(
  workerPath: string,
  { heapMb = WORKER_HEAP_MB }: { heapMb?: number } = {}
): CatalogLoader {
  let worker: Worker | undefined
  let nextId = 0
  const pending = new Map<number, { path: string; resolve: (result: LoadedCatalogFile) => void }>()

  const settleAll = (describe: (path: string) => LoadedCatalogFile) => {
    for (const [id, { path, resolve }] of pending) {
      pending.delete(id)
      resolve(describe(path))
    }
  }

  const start = (): Worker => {
    const started = new Worker(workerPath, { resourceLimits: { maxOldGenerationSizeMb: heapMb } })
    // An idle loader must not keep the process alive (the CLI, tests, quitting the app).
    started.unref()
    started.on('message', ({ id, result }: LoadAnswer) => {
      const request = pending.get(id)
      pending.delete(id)
      request?.resolve(result)
      if (pending.size === 0) started.unref()
    })
    started.on('error', (error: Error & { code?: string }) => {
      if (worker === started) worker = undefined
      settleAll((path) => workerFailure(path, error, heapMb))
    })
    started.on('exit', () => {
      if (worker === started) worker = undefined
      settleAll((path) => workerFailure(path, new Error('the loader stopped'), heapMb))
    })
    return started
  }

  return {
    load(path) {
      worker ??= start()
      const loading = worker
      loading.ref()
      const id = nextId++
      return new Promise((resolve) => {
        pending.set(id, { path, resolve })
        loading.postMessage({ id, path } satisfies LoadRequest)
      })
    },
    async close() {
      const closing = worker
      worker = undefined
      await closing?.terminate()
      settleAll((path) => workerFailure(path, new Error('the loader was closed'), heapMb))
    }
  }
}

function workerFailure(
  path: string,
  error: Error & { code?: string },
  heapMb: number
): LoadedCatalogFile {
  const diagnostic: Diagnostic =
    error.code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? {
          file: path,
          line: 0,
          column: 0,
          message: `loading this file needs more than the ${heapMb} MB of memory OrgScope gives it`,
          hint: 'check that this is the right file, or split it'
        }
      : {
          file: path,
          line: 0,
          column: 0,
          message: `could not load the catalog: ${error.message}`,
          hint: 'try again; if it happens again, please report it with the file'
        }
  return { ok: false, errors: [diagnostic] }
}
