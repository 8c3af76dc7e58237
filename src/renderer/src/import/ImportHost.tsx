import { Suspense, useEffect } from 'react'
import { useApi } from '../api/api'
import { ChunkLoading } from '../chunks/ChunkLoading'
import { preloadable } from '../chunks/preloadable'
import { useAppStore } from '../store/store'
import { dropImportWorkerAhead, startImportWorkerAhead } from './import-worker-start'

/**
 * The import preview, a chunk of its own (with the importers, the CSV parser and the technology
 * dictionary): fetched only when someone imports.
 */
const ImportPreview = preloadable(() => import('./ImportPreview').then((m) => m.ImportPreview))

/**
 * Shows the import preview while the store holds files to import: the toolbar's Import…, a
 * spreadsheet dropped on the window, or the app's File → Import… (main reads the files chosen in
 * its dialog and sends them).
 */
export function ImportHost() {
  const api = useApi()
  const files = useAppStore((s) => s.importFiles)
  useEffect(
    () =>
      api.onImportRequested(({ files: chosen }) =>
        useAppStore
          .getState()
          .showImportPreview(chosen.map(({ name, bytes }) => new File([bytes], name)))
      ),
    [api]
  )
  // The worker boots while the dialog's chunk loads; the dialog takes it, or it goes with the files.
  useEffect(() => {
    if (!files) return
    startImportWorkerAhead()
    return dropImportWorkerAhead
  }, [files])
  return files ? (
    <Suspense fallback={<ChunkLoading what="the import preview" overlay />}>
      <ImportPreview.Component files={files} />
    </Suspense>
  ) : null
}
