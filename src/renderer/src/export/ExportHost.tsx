import { useEffect } from 'react'
import type { Catalog } from '../../../shared/catalog/catalog'
import { useApi } from '../api/api'
import { ExportDialog } from './ExportDialog'
import { useExportDialog } from './export-store'

/**
 * Opens the export dialog from the three places a person asks for it: the toolbar button (which
 * calls `useExportDialog.getState().show()`), Ctrl/Cmd+E, and the app's File → Export… menu item.
 */
export function ExportHost({ catalog }: { catalog: Catalog }) {
  const api = useApi()
  const open = useExportDialog((s) => s.open)

  useEffect(() => api.onExportRequested(() => useExportDialog.getState().show()), [api])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey
      if (mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'e') {
        // In the app the menu accelerator may also fire; showing an open dialog is a no-op.
        event.preventDefault()
        useExportDialog.getState().show()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  return open ? <ExportDialog catalog={catalog} /> : null
}
