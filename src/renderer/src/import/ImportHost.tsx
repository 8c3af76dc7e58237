import { Suspense } from 'react'
import { ChunkLoading } from '../chunks/ChunkLoading'
import { preloadable } from '../chunks/preloadable'
import { useAppStore } from '../store/store'

/**
 * The import preview, a chunk of its own (with the importers, the CSV parser and the technology
 * dictionary): fetched only when someone imports.
 */
const ImportPreview = preloadable(() => import('./ImportPreview').then((m) => m.ImportPreview))

/** Shows the import preview while the store holds files to import (the toolbar's Import…). */
export function ImportHost() {
  const files = useAppStore((s) => s.importFiles)
  return files ? (
    <Suspense fallback={<ChunkLoading what="the import preview" overlay />}>
      <ImportPreview.Component files={files} />
    </Suspense>
  ) : null
}
