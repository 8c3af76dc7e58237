import { useEffect } from 'react'
import { selectCatalog, useAppStore } from './store/store'
import { readUrlState, writeUrlState } from './url-state'

/** Restores lens, view and focus from the URL hash once per catalog, then keeps the hash current. */
export function useUrlState(): void {
  const catalog = useAppStore(selectCatalog)
  useEffect(() => {
    if (!catalog) return
    const restored = readUrlState(window.location.hash, catalog)
    const { setLens, setView, focus } = useAppStore.getState()
    setLens(restored.lens)
    setView(restored.view)
    focus(restored.focusId)
    return useAppStore.subscribe((state, previous) => {
      if (
        state.lens === previous.lens &&
        state.view === previous.view &&
        state.focusId === previous.focusId
      ) {
        return
      }
      const hash = writeUrlState({ lens: state.lens, view: state.view, focusId: state.focusId })
      // replaceState: the hash records the view, it is not navigation history.
      history.replaceState(null, '', hash || window.location.pathname + window.location.search)
    })
  }, [catalog])
}
