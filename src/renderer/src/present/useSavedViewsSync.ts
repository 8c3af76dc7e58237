import { useEffect } from 'react'
import type { Catalog } from '../../../shared/catalog/catalog'
import type { OrgscopeApi } from '../../../shared/ipc/contract'
import { pruneViews } from '../../../shared/persist/saved-views'
import { useApi } from '../api/api'
import { notify } from '../notices/notices-store'
import { useSavedViews } from './views-store'

/**
 * Keeps the saved views in step with the catalog's sidecar: loads them for each catalog that
 * loads (a live reload too, since an edit may have removed a team a view names), pruned to what
 * the catalog has; saves after each edit, one save at a time and always the latest list.
 */
export function useSavedViewsSync(catalog: Catalog, catalogKey: string | undefined): void {
  const api = useApi()

  useEffect(() => {
    let live = true
    void api.loadViews().then((result) => {
      if (!live) return
      if (!result.ok) {
        notify('error', `Saved views could not be loaded: ${result.errors[0]?.message ?? ''}`)
        useSavedViews.getState().loaded([], { catalogKey })
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
      useSavedViews
        .getState()
        .loaded(views, { location: result.location, path: result.path, catalogKey })
    })
    return () => {
      live = false
    }
  }, [api, catalog, catalogKey])

  useEffect(
    () =>
      useSavedViews.subscribe((state, previous) => {
        if (state.revision !== previous.revision) saveLatest(api)
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
      const { views, catalogKey } = useSavedViews.getState()
      if (catalogKey === undefined) return
      const result = await api.saveViews({ catalog: catalogKey, views })
      if (!result.ok) {
        notify('error', `Saved views could not be saved: ${result.errors[0]?.message ?? ''}`)
      } else {
        if (result.notice) notify('warning', result.notice)
        useSavedViews.setState({ location: result.location, path: result.path })
      }
    } while (again)
  } finally {
    saving = false
  }
}
