import { useEffect, useRef, useState } from 'react'
import type { LoadSettingsResult } from '../../../shared/ipc/contract'
import type { SettingsPatch } from '../../../shared/persist/settings'
import { useApi } from '../api/api'
import { notify } from '../notices/notify'
import { selectCatalog, selectCatalogKey, useAppStore } from '../store/store'
import {
  applyCatalogSettings,
  applyGlobalSettings,
  configureSaving,
  flushSettings,
  rememberedChanged,
  resetView,
  saveSoon,
  settingsOf
} from './remembered-state'

/** One request per page load, whatever React's development double-mounting does. */
let loading: Promise<LoadSettingsResult> | undefined

/**
 * Restores the remembered state once at start (theme and layout at once; lens, view and camera
 * when the first catalog is there), then saves it as it changes. Call after useUrlState: the
 * URL hash, when the page was opened with one, wins for lens and view.
 */
export function useRememberedState(): void {
  const api = useApi()
  const catalog = useAppStore(selectCatalog)
  const catalogKey = useAppStore(selectCatalogKey)
  // Read before useUrlState rewrites the hash from the restored state.
  const [hashWins] = useState(() => window.location.hash.length > 1)
  const [settings, setSettings] = useState<SettingsPatch>()
  const applied = useRef(false)

  useEffect(() => configureSaving(api, catalogKey), [api, catalogKey])

  useEffect(() => {
    let live = true
    loading ??= api.loadSettings()
    void loading.then((result) => {
      if (!live) return
      if (!result.ok) {
        notify('warning', `Settings could not be loaded: ${result.errors[0]?.message ?? ''}`)
        setSettings({})
        return
      }
      if (result.warning) notify('warning', result.warning)
      applyGlobalSettings(result.settings)
      setSettings(result.settings)
    })
    return () => {
      live = false
    }
  }, [api])

  useEffect(() => {
    // Once per page: a catalog opened later keeps the view the user has, not the stored one.
    if (!catalog || !settings || applied.current) return
    applied.current = true
    applyCatalogSettings(settings, catalog, { hashWins, catalogKey })
    useAppStore.getState().setRestored()
  }, [catalog, settings, hashWins, catalogKey])

  useEffect(() => {
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (rememberedChanged(state, previous)) saveSoon(settingsOf(state))
    })
    // The page may go away within the save delay (reload, window closed): send it now.
    window.addEventListener('pagehide', flushSettings)
    return () => {
      unsubscribe()
      window.removeEventListener('pagehide', flushSettings)
    }
  }, [])

  useEffect(() => api.onResetViewRequested(resetView), [api])
}
