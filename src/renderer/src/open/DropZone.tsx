import { useEffect, useState } from 'react'
import type { OpenCatalogResult } from '../../../shared/ipc/contract'
import { CATALOG_EXTENSIONS } from '../../../shared/catalog/catalog-extensions'
import { useApi } from '../api/api'
import { listenOnWindow } from '../dom/listen-on-window'
import { useAppStore } from '../store/store'
import './drop-zone.css'

const EXTENSIONS = CATALOG_EXTENSIONS.map((ext) => `.${ext}`)
const LIST = `${EXTENSIONS.slice(0, -1).join(', ')} or ${EXTENSIONS.at(-1)}`
const SPREADSHEET = /\.(?:csv|tsv)$/iu

/**
 * Drop a catalog file anywhere on the window to open it. While files are dragged over the window
 * an overlay says what will happen. The page never reads a path: it hands the File to the API
 * (in the app the preload asks Electron for its path and main loads it; in the browser build the
 * page reads the text), and shows the result like File → Open's.
 *
 * Every drag is cancelled at the window, so a dropped file can never navigate the page away.
 */
export function DropZone() {
  const api = useApi()
  const setOpened = useAppStore((s) => s.setOpened)
  const [dragging, setDragging] = useState(false)

  useEffect(() => {
    // dragenter/dragleave fire for every element crossed: count them to know when the pointer
    // has really left the window.
    let depth = 0
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false
    const onEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return
      event.preventDefault()
      depth++
      setDragging(true)
    }
    const onOver = (event: DragEvent) => {
      event.preventDefault()
      if (event.dataTransfer) event.dataTransfer.dropEffect = hasFiles(event) ? 'copy' : 'none'
    }
    const onLeave = (event: DragEvent) => {
      if (!hasFiles(event)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) setDragging(false)
    }
    const onDrop = (event: DragEvent) => {
      event.preventDefault()
      depth = 0
      setDragging(false)
      const file = event.dataTransfer?.files[0]
      if (!file) return
      // A spreadsheet is no catalog to open: it goes to the import preview, to be checked first.
      if (SPREADSHEET.test(file.name)) {
        useAppStore.getState().showImportPreview([file])
        return
      }
      void openDropped(file).then(setOpened)
    }
    const openDropped = async (file: File): Promise<OpenCatalogResult> => {
      // Main checks this too; saying it here gives the message without a round trip.
      if (!EXTENSIONS.some((ext) => file.name.toLowerCase().endsWith(ext))) {
        return {
          ok: false,
          source: { path: file.name, name: file.name, bundled: false },
          errors: [
            {
              file: file.name,
              line: 0,
              column: 0,
              message: 'is not a catalog file',
              hint: `OrgScope opens ${LIST} files`
            }
          ]
        }
      }
      return api.openDroppedFile(file)
    }
    return listenOnWindow({
      dragenter: onEnter,
      dragover: onOver,
      dragleave: onLeave,
      drop: onDrop
    })
  }, [api, setOpened])

  if (!dragging) return null
  return (
    <div className="drop-zone" data-testid="drop-zone">
      <p className="drop-zone__message">
        Drop a catalog to open it
        <span className="drop-zone__hint">{LIST}; a .csv or .tsv spreadsheet to import it</span>
      </p>
    </div>
  )
}
