/**
 * The import preview's worker, started as soon as files are chosen (by ImportHost), while the
 * dialog's own code is still loading: starting a worker (its script fetched, compiled and run)
 * costs about 200 ms on a 2-core machine, which would otherwise come on top of the first
 * preview. Small on purpose: it is in the page's first chunk.
 */
let ahead: { worker: Worker; failure?: string } | undefined

/** Starts the worker ahead of the dialog, once; where workers cannot start, the dialog says so. */
export function startImportWorkerAhead(): void {
  if (ahead || typeof Worker !== 'function') return
  try {
    const started: { worker: Worker; failure?: string } = { worker: newImportWorker() }
    // A failure before the dialog listens would be lost: kept for it.
    started.worker.addEventListener('error', (event) => {
      started.failure ??= event.message || 'the import worker failed to start'
    })
    ahead = started
  } catch {
    // The dialog tries again, and falls back to the page with a warning when it cannot.
  }
}

/** Stops the worker started ahead when no dialog took it (the files were put away first). */
export function dropImportWorkerAhead(): void {
  ahead?.worker.terminate()
  ahead = undefined
}

/**
 * The worker for a dialog: the one started ahead (with the failure it met before, if any), or a
 * new one. Throws when the page cannot make workers.
 */
export function takeImportWorker(): { worker: Worker; failure?: string } {
  const taken = ahead ?? { worker: newImportWorker() }
  ahead = undefined
  return taken
}

function newImportWorker(): Worker {
  // Vite builds the worker from this exact expression (a module worker, as the page).
  return new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' })
}
