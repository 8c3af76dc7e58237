import { useEffect } from 'react'
import type { OrgscopeApi } from '../../../shared/ipc/contract'
import { pruneViews } from '../../../shared/persist/prune-views'
import { useApi } from '../api/api'
import { notify } from '../notices/notify'
import { selectCatalogKey, useAppStore, useCatalog } from '../store/store'

/**
 * Keeps the saved views in step with the catalog's sidecar: loads them for each catalog that
 * loads (a live reload too, since an edit may have removed a team a view names), pruned to what
 * the catalog has; saves after each edit, one save at a time and always the latest list.
 */
export function useSavedViewsSync(): void {
  const api = useApi()
  const catalog = useCatalog()
  const catalogKey = useAppStore(selectCatalogKey)

  useEffect(() => {
    let live = true
    void api.loadViews().then((result) => {
      if (!live) return
      if (!result.ok) {
        notify('error', `Saved views could not be loaded: ${result.errors[0]?.message ?? ''}`)
        useAppStore.getState().savedViewsLoaded([], { catalogKey })
        return
      }
      if (result.warning) notify('warning', result.warning)
      const { views, notices } = pruneViews(result.views, catalog)
      if (notices.length > 0) {
        notify(
          'warning',
          `Some saved views refer to what this catalog no longer has. ${notices.join('; ')}.`
        )
      }
      useAppStore
        .getState()
        .savedViewsLoaded(views, { location: result.location, path: result.path, catalogKey })
    })
    return () => {
      live = false
    }
  }, [api, catalog, catalogKey])

  useEffect(
    () =>
      useAppStore.subscribe((state, previous) => {
        if (state.savedViewsRevision !== previous.savedViewsRevision) saveLatest(api)
      }),
    [api]
  )
}

let saving = false
let again = false

/** Saves run one after another (two writes racing could land out of order); extra edits that
 * arrive meanwhile are folded into one more save of the latest list. */
async function saveLatest(api: OrgscopeApi): Promise<void> {
  if (saving) {
    again = true
    return
  }
  saving = true
  try {
    do {
      again = false
      const { savedViews: views, savedViewsCatalogKey: catalogKey } = useAppStore.getState()
      if (catalogKey === undefined) return
      const result = await api.saveViews({ catalog: catalogKey, views })
      if (!result.ok) {
        notify('error', `Saved views could not be saved: ${result.errors[0]?.message ?? ''}`)
      } else {
        if (result.notice) notify('warning', result.notice)
        useAppStore.getState().savedViewsStored({ location: result.location, path: result.path })
      }
    } while (again)
  } finally {
    saving = false
  }
}
