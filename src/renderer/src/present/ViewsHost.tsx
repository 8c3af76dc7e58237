import { useAppStore } from '../store/store'
import { useSavedViewsSync } from './useSavedViewsSync'
import { ViewsPanel } from './ViewsPanel'

/** Saved views for the catalog on screen: kept in step with its sidecar, edited in the panel. */
export function ViewsHost() {
  useSavedViewsSync()
  const open = useAppStore((s) => s.viewsPanelOpen)
  const presenting = useAppStore((s) => s.presenting)
  return open && !presenting ? <ViewsPanel /> : null
}
