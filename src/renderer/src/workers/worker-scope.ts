/**
 * The part of a dedicated worker's global scope the page's workers use (export-worker.ts,
 * import-worker.ts): the DOM's types, which these files compile with, describe a window.
 * `In` is what the page posts, `Out` what the worker answers.
 */
export interface WorkerScope<In, Out> {
  onmessage: ((event: MessageEvent<In>) => void) | null
  postMessage(message: Out, transfer?: Transferable[]): void
}

/** This worker's own scope, typed by its messages. */
export function workerScope<In, Out>(): WorkerScope<In, Out> {
  return globalThis as unknown as WorkerScope<In, Out>
}
