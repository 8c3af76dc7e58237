import { useEffect } from 'react'

type Preload = () => Promise<unknown>

/**
 * Once `ready` (the first chart is up), fetches chunks one after another while the page is idle,
 * so that opening the matrix, the export dialog or the tour shows it at once instead of after a
 * download and a compile. `preloads` must keep its identity (declare it at module scope).
 */
export function usePrefetchWhenIdle(ready: boolean, preloads: readonly Preload[]): void {
  useEffect(() => {
    if (!ready) return
    let stopped = false
    let handle = 0
    const queue = [...preloads]
    const next = () => {
      const preload = queue.shift()
      if (!preload || stopped) return
      // A chunk that fails to load now is fetched again when it is opened.
      void preload()
        .catch(() => undefined)
        .then(() => {
          if (!stopped) handle = whenIdle(next)
        })
    }
    handle = whenIdle(next)
    return () => {
      stopped = true
      cancelIdle(handle)
    }
  }, [ready, preloads])
}

// Chromium (the app and the browser build) has requestIdleCallback; a timer elsewhere.
const whenIdle = (fn: () => void): number =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(fn, { timeout: 2000 })
    : window.setTimeout(fn, 50)
function cancelIdle(handle: number): void {
  if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle)
  else clearTimeout(handle)
}
