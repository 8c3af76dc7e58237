import { useRef, type ChangeEvent } from 'react'
import { formatDiagnostic } from '../../../shared/catalog/diagnostic'
import { CATALOG_EXTENSIONS } from '../../../shared/ipc/contract'
import { notify } from '../notices/notify'
import { isGuideFile } from '../../../shared/sources/guide-file'
import { useAppStore } from '../store/store'

const ACCEPT = CATALOG_EXTENSIONS.map((ext) => `.${ext}`).join(',')

/**
 * "Compare with…": picks another version of the catalog (a file) and shows what changed since.
 * The file is read and loaded in the page, through the same pipeline as any catalog; the page
 * only sees what the user picked.
 */
export function CompareButton({ disabled }: { disabled: boolean }) {
  const input = useRef<HTMLInputElement>(null)
  const comparing = useAppStore((s) => s.comparison !== undefined)

  const onPicked = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    const loaded = await loadPicked(await file.text(), file.name)
    if (!loaded.ok) {
      notify(
        'error',
        `Cannot compare with ${file.name}: ${loaded.errors.slice(0, 3).map(formatDiagnostic).join('; ')}`
      )
      return
    }
    useAppStore.getState().startComparison(loaded.value, file.name)
  }

  return (
    <>
      <button
        type="button"
        onClick={() => input.current?.click()}
        disabled={disabled}
        aria-pressed={comparing}
        title="Compare this catalog with another version of it (a file): what was added, removed, moved or changed since"
      >
        Compare with…
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        aria-label="Catalog version to compare with"
        data-testid="compare-file"
        onChange={(event) => void onPicked(event)}
      />
    </>
  )
}

/**
 * The picked file through the catalog pipeline, fetched only now (as the browser build's
 * load-in-page does): a YAML or JSON catalog needs the parser and the validator, a markdown
 * guide the importer too.
 */
async function loadPicked(text: string, name: string) {
  if (!isGuideFile(name))
    return (await import('../../../shared/catalog/load')).loadCatalogText(text, name)
  return (await import('../../../shared/sources/load-source')).loadCatalogSource(text, name)
}
