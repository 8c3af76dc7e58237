import { lazy, type ComponentType } from 'react'

/**
 * A component that lives in a chunk of its own (React.lazy), which can also be fetched ahead of
 * need: `preload()` starts the download once; rendering `Component` inside a Suspense waits for
 * it. The first chart never waits on these chunks; usePrefetchWhenIdle fetches them after it.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loading: Promise<{ default: ComponentType<P> }> | undefined
  const preload = () => {
    loading ??= load().then(
      (component) => ({ default: component }),
      (error: unknown) => {
        // Forget a failed download (the browser build, offline): the next attempt tries again.
        loading = undefined
        throw error
      }
    )
    return loading
  }
  return { Component: lazy(preload), preload }
}
