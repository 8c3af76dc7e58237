import type { CatalogOpening } from '../../../shared/ipc/contract'
import { fileSizeLabel } from '../../../shared/text'
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
 * the page at once, so a screen reader hears it.
 */
export function OpeningStatus() {
  const opening = useAppStore((s) => s.opening)
  if (!opening) return null
  return (
    <p className="opening-status" role="status">
      {openingText(opening)}
    </p>
  )
}
