import type { CatalogOpening } from '../../../shared/ipc/contract'
import { fileSizeLabel } from '../../../shared/text'
import { useApi } from '../api/api'
import { useAppStore } from '../store/store'
import './opening-status.css'

/** "Opening big.yaml (6.5 MB)…": what the page says while a file the user chose is read. */
function openingText({ name, bytes }: CatalogOpening): string {
  return `Opening ${name} (${fileSizeLabel(bytes)})…`
}

/** Before the first chart: which file is being read, once the app has said (else just that). */
export function CatalogLoading() {
  const opening = useAppStore((s) => s.opening)
  return (
    <p className="app__loading" role="status">
      {opening ? openingText(opening) : 'Loading catalog…'}
    </p>
  )
}

/**
 * The file being opened, over the chart on screen until its result comes: the chart stays (a
 * file that fails keeps it), so without this a big file looks like a click that did nothing. It
 * fades in after a moment (opening-status.css), so a small file opens without a flash; it is in
 * the page at once, so a screen reader hears it. Cancel leaves the chart on screen as it is: the
 * file read is dropped, and the app goes on with the catalog it had.
 */
export function OpeningStatus() {
  const api = useApi()
  const opening = useAppStore((s) => s.opening)
  const setOpening = useAppStore((s) => s.setOpening)
  if (!opening) return null
  const cancel = () => {
    setOpening(undefined)
    void api.cancelOpen()
  }
  return (
    <div className="opening-status">
      <p role="status">{openingText(opening)}</p>
      <button type="button" onClick={cancel} aria-label={`Cancel opening ${opening.name}`}>
        Cancel
      </button>
    </div>
  )
}
