import type { Catalog } from '../../../shared/catalog/catalog'
import type { Diagnostic, Result } from '../../../shared/catalog/diagnostic'
import { freezeCatalog } from '../../../shared/catalog/freeze-catalog'
import { isGuideFile } from '../../../shared/import/import-format'

/**
 * From this size a YAML or JSON catalog is read in a worker. Below it the page reads it: the read
 * (about 20 MB a second on a 2-core machine; a 5,000-team catalog, 3 MB, in ~150 ms) is shorter
 * than the chart's first render that follows it on the page's thread anyway, and a worker only
 * adds to the wait (starting it, a cold copy of the pipeline, the catalog's JSON back): the
 * bench's 5,000-team first render took 537 and 568 ms read in the page, 640 and 864 ms read in a
 * worker. Past the bench's largest catalog (10,000 teams, 6.5 MB) up to the 32 MB a catalog may
 * be, the read grows to seconds: there the page keeps drawing the chart before it.
 */
export const CATALOG_IN_WORKER_BYTES = 8 * 1024 * 1024

/**
 * Whether the page reads this file in a worker (loadOffPage): every team guide, which the
 * importer reads at about half a megabyte a second (a 100 kB guide is a fifth of a second of a
 * frozen page), and a catalog of CATALOG_IN_WORKER_BYTES or more.
 */
export function loadsOffPage(name: string, bytes: number): boolean {
  return isGuideFile(name) || bytes >= CATALOG_IN_WORKER_BYTES
}

/** What the worker answers: the catalog as JSON, or the file's problems. */
export type ReadOffPage = { ok: true; json: string } | { ok: false; errors: Diagnostic[] }

/**
 * The browser build's catalog pipeline (load-in-page.ts) run in a Web Worker (load-worker.ts),
 * so a large file leaves the page drawing and answering while it is read: the app reads every
 * file off its page too, in main's worker thread. The catalog comes back as JSON (as main's
 * loader hands it to the app's page), parsed and frozen here as the page's own loads are. Where
 * the page cannot start a worker, `inPage` reads the file instead, with a warning in the console.
 * Aborting `signal` (Cancel while the file is read) stops the worker and rejects with its reason.
 */
export async function loadOffPage(
  text: string,
  name: string,
  inPage: (text: string, name: string) => Promise<Result<Catalog>>,
  signal?: AbortSignal
): Promise<Result<Catalog>> {
  signal?.throwIfAborted()
  let worker: Worker
  try {
    // Vite builds the worker from this exact expression (a module worker, as the page).
    worker = new Worker(new URL('./load-worker.ts', import.meta.url), { type: 'module' })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    console.warn(
      `OrgScope: could not start a worker to read ${name} (${reason}); reading it in the page instead`
    )
    return inPage(text, name)
  }
  let stop: (() => void) | undefined
  const read = await new Promise<ReadOffPage | undefined>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<ReadOffPage>) => resolve(data)
    worker.onerror = (event) => {
      console.warn(
        `OrgScope: the worker reading ${name} failed (${event.message}); reading it in the page instead`
      )
      resolve(undefined)
    }
    stop = () => reject(signal?.reason)
    signal?.addEventListener('abort', stop, { once: true })
    worker.postMessage({ text, name })
  }).finally(() => {
    worker.terminate()
    if (stop) signal?.removeEventListener('abort', stop)
  })
  if (!read) return inPage(text, name)
  return read.ok ? { ok: true, value: freezeCatalog(JSON.parse(read.json) as Catalog) } : read
}
