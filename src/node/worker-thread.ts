import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

/**
 * A worker thread running `entry`: a built script (what main's bundle imports with electron-vite's
 * `?modulePath`), or a TypeScript file when run from source (tests, the CLI under tsx), loaded
 * through tsx's require hook: Node 20 applies --import loaders to the main thread only, so a
 * worker thread cannot be handed the .ts file directly.
 */
export function startWorkerThread(entry: string): Worker {
  if (!entry.endsWith('.ts')) return new Worker(entry)
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api')
  return new Worker(
    `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(entry)})`,
    { eval: true }
  )
}
