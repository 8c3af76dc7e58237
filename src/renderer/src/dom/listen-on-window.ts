type WindowHandlers = { [K in keyof WindowEventMap]?: (event: WindowEventMap[K]) => void }

/**
 * Adds each handler to `window` for its event, and returns what removes them all again: an
 * effect's cleanup, so a listener can never be added without its removal.
 */
export function listenOnWindow(handlers: WindowHandlers): () => void {
  const listeners = Object.entries(handlers) as [string, EventListener][]
  for (const [type, listener] of listeners) window.addEventListener(type, listener)
  return () => {
    for (const [type, listener] of listeners) window.removeEventListener(type, listener)
  }
}
