import { useEffect } from 'react'
import { useAppStore } from './store/store'

/**
 * App-wide keys. Ctrl/Cmd+F opens search (over the browser's own find, as in most apps); F5
 * starts presenting (as in slide software; the app has no page to reload).
 */
export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey
      if (mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'f') {
        event.preventDefault()
        useAppStore.getState().setSearchOpen(true)
      } else if (event.key === 'F5' && !mod && !useAppStore.getState().presenting) {
        event.preventDefault()
        useAppStore.getState().setPresenting(true)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
