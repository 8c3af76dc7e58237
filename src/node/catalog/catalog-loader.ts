import { Worker } from 'node:worker_threads'
import type { Diagnostic } from '../../shared/catalog/diagnostic'
import type { CatalogTicket } from '../../shared/ipc/catalog-transfer'

/**
 * Loads catalogs on a worker thread, so the thread that asks (Electron's main) never blocks:
 * loading takes up to about 100 ms per MB (parse, validate, normalize), and the file watcher
 * reloads with no user action. The worker keeps each catalog it loaded as UTF-8 JSON in parts
 * (see catalog-transfer.ts) and answers a load with a ticket; main asks for the parts one by
 * one, as the page asks main. Main never holds a whole catalog: taking in 100 MB of JSON at once
 * costs its thread a full garbage collection (20 to 50 ms measured), and the page needs the
 * parts one at a time anyway.
 */
export type LoadedCatalog =
  { ok: true; ticket: CatalogTicket; company: string } | { ok: false; errors: Diagnostic[] }

/**
 * What to load: a file, or a file as revision `revision` of its git repository holds it (see
 * load-at-revision.ts for `from` and `path`). The worker keeps the last KEPT_PER_KIND catalogs
 * of each kind, so comparing with old versions never drops the file on screen.
 */
export type CatalogSource =
  | { kind: 'file'; path: string }
  | { kind: 'revision'; from: string; revision: string; path: string }

export const KEPT_PER_KIND = 2

export interface CatalogLoader {
  load(source: CatalogSource): Promise<LoadedCatalog>
  /**
   * Part `index` of the catalog a ticket stands for, a copy of its own; undefined once the
   * worker no longer keeps that catalog (newer loads replaced it).
   */
  part(ticket: number, index: number): Promise<Uint8Array<ArrayBuffer> | undefined>
  /** Ends the worker; loads still running resolve as failures, part requests as undefined. */
  close(): Promise<void>
}

/** What main and the worker say to each other (catalog-worker.ts is the other side). */
export type LoaderRequest =
  | { id: number; kind: 'load'; source: CatalogSource }
  | { id: number; kind: 'part'; ticket: number; index: number }
export type LoaderAnswer =
  | { id: number; kind: 'load'; result: LoadedCatalog }
  | { id: number; kind: 'part'; bytes: Uint8Array<ArrayBuffer> | undefined }

/**
 * The worker's heap, at most. The worst 30 MB catalogs peak near 800 MB while they load (a
 * million one-line teams); a file that needs more ends the worker, not the app, and is reported.
 */
export const WORKER_HEAP_MB = 2048

type Pending =
  | { kind: 'load'; name: string; resolve: (result: LoadedCatalog) => void }
  | { kind: 'part'; resolve: (bytes: Uint8Array<ArrayBuffer> | undefined) => void }

/**
 * `workerPath`: the worker's built script (main imports it with electron-vite's `?modulePath`).
 * The worker starts with the first load and is started again after it failed (the catalogs it
 * kept go with it: their tickets then answer no parts).
 */
export function createCatalogLoader(
  workerPath: string,
  { heapMb = WORKER_HEAP_MB }: { heapMb?: number } = {}
): CatalogLoader {
  let worker: Worker | undefined
  let nextId = 0
  const pending = new Map<number, Pending>()

  const settleAll = (error: Error & { code?: string }) => {
    for (const [id, request] of pending) {
      pending.delete(id)
      if (request.kind === 'load') request.resolve(workerFailure(request.name, error, heapMb))
      else request.resolve(undefined)
    }
  }

  const start = (): Worker => {
    const started = new Worker(workerPath, { resourceLimits: { maxOldGenerationSizeMb: heapMb } })
    // An idle loader must not keep the process alive (the CLI, tests, quitting the app).
    started.unref()
    started.on('message', (answer: LoaderAnswer) => {
      const request = pending.get(answer.id)
      pending.delete(answer.id)
      if (request?.kind === 'load' && answer.kind === 'load') request.resolve(answer.result)
      if (request?.kind === 'part' && answer.kind === 'part') request.resolve(answer.bytes)
      if (pending.size === 0) started.unref()
    })
    started.on('error', (error: Error & { code?: string }) => {
      if (worker === started) worker = undefined
      settleAll(error)
    })
    started.on('exit', () => {
      if (worker === started) worker = undefined
      settleAll(new Error('the loader stopped'))
    })
    return started
  }

  function ask(request: LoaderRequest, waiting: Pending): void {
    worker ??= start()
    worker.ref()
    pending.set(request.id, waiting)
    worker.postMessage(request)
  }

  return {
    load(source) {
      const name = source.kind === 'file' ? source.path : `${source.revision}:${source.path}`
      return new Promise((resolve) =>
        ask({ id: nextId++, kind: 'load', source }, { kind: 'load', name, resolve })
      )
    },
    part(ticket, index) {
      // No worker, no catalogs: it ended since that load, and what it kept went with it.
      if (!worker) return Promise.resolve(undefined)
      return new Promise((resolve) =>
        ask({ id: nextId++, kind: 'part', ticket, index }, { kind: 'part', resolve })
      )
    },
    async close() {
      const closing = worker
      worker = undefined
      await closing?.terminate()
      settleAll(new Error('the loader was closed'))
    }
  }
}

function workerFailure(
  name: string,
  error: Error & { code?: string },
  heapMb: number
): LoadedCatalog {
  const diagnostic: Diagnostic =
    error.code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? {
          file: name,
          line: 0,
          column: 0,
          message: `loading this file needs more than the ${heapMb} MB of memory OrgScope gives it`,
          hint: 'check that this is the right file, or split it'
        }
      : {
          file: name,
          line: 0,
          column: 0,
          message: `could not load the catalog: ${error.message}`,
          hint: 'try again; if it happens again, please report it with the file'
        }
  return { ok: false, errors: [diagnostic] }
}
