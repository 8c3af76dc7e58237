import { useCallback, useEffect, useMemo, useRef } from 'react'

/**
 * Remembers what had focus when a dialog opened; `restore()` gives focus back to it, if it is
 * still on the page. Call it before the dialog's own effects move focus into it.
 *
 * Never restores by itself on unmount: the dialog decides, since sometimes focus belongs
 * elsewhere (a search result that opens the details panel, which then takes focus).
 */
export function useReturnFocus(): { restore(): boolean } {
  const opener = useRef<Element | null>(null)
  useEffect(() => {
    // Once: StrictMode's second run would find the dialog's own control focused.
    opener.current ??= document.activeElement
  }, [])
  /** Whether focus went back (false: nothing to go back to, the opener gone or the page). */
  const restore = useCallback(() => {
    const element = opener.current
    if ((element instanceof HTMLElement || element instanceof SVGElement) && element.isConnected) {
      element.focus()
      return document.activeElement === element
    }
    return false
  }, [])
  // One object for the dialog's lifetime, so it can sit in an effect's dependencies.
  return useMemo(() => ({ restore }), [restore])
}
