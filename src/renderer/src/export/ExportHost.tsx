import { Suspense, useEffect } from 'react'
import { useApi } from '../api/api'
import { ChunkLoading } from '../chunks/ChunkLoading'
import { preloadable } from '../chunks/preloadable'
import { useAppStore } from '../store/store'

/** The dialog, its estimate and the export pipeline's planning: a chunk of their own. */
const ExportDialog = preloadable(() => import('./ExportDialog').then((m) => m.ExportDialog))
export const preloadExportDialog = ExportDialog.preload

/**
 * Opens the export dialog from the three places a person asks for it: the toolbar button (which
 * calls the store's `showExportDialog()`), Ctrl/Cmd+E, and the app's File → Export… menu item.
 */
export function ExportHost() {
  const api = useApi()
  const open = useAppStore((s) => s.exportDialogOpen)

  useEffect(() => api.onExportRequested(() => useAppStore.getState().showExportDialog()), [api])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey
      if (mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'e') {
        // In the app the menu accelerator may also fire; showing an open dialog is a no-op.
        event.preventDefault()
        useAppStore.getState().showExportDialog()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  return open ? (
    <Suspense fallback={<ChunkLoading what="export" overlay />}>
      <ExportDialog.Component />
    </Suspense>
  ) : null
}
