import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type ChangeEvent,
  type FormEvent
} from 'react'
import type { Catalog } from '../../../shared/catalog/catalog'
import type { Diagnostic } from '../../../shared/catalog/diagnostic'
import { formatDiagnostic } from '../../../shared/catalog/format-diagnostic'
import { isGuideFile } from '../../../shared/import/import-format'
import { CATALOG_EXTENSIONS } from '../../../shared/catalog/catalog-extensions'
import { useApi } from '../api/api'
import { notify } from '../notices/notify'
import { useAppStore } from '../store/store'
import { canCompareRevisions } from './compare-capabilities'

const ACCEPT = CATALOG_EXTENSIONS.map((ext) => `.${ext}`).join(',')

/**
 * "Compare with…": another version of the catalog on screen, to show what changed since. In the
 * browser build, a file (read and loaded in the page: the page only sees what the user picked);
 * in the app, a file or a git revision of the catalog's own file (read by main, which knows the
 * path; the page only names the revision).
 */
export function CompareButton({ disabled }: { disabled: boolean }) {
  const input = useRef<HTMLInputElement>(null)
  const [open, setOpen] = useState(false)
  const comparing = useAppStore((s) => s.comparison !== undefined)
  const revisions = canCompareRevisions()
  const close = useCallback(() => setOpen(false), [])

  const onPicked = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    setOpen(false)
    const loaded = await loadPicked(await file.text(), file.name)
    if (loaded.ok) compare(loaded.value, file.name)
    else failed(file.name, loaded.errors)
  }

  return (
    <span className="toolbar__more">
      <button
        type="button"
        onClick={() => (revisions ? setOpen(!open) : input.current?.click())}
        disabled={disabled}
        aria-pressed={revisions ? undefined : comparing}
        aria-expanded={revisions ? open : undefined}
        aria-haspopup={revisions ? 'dialog' : undefined}
        title="Compare this catalog with another version of it: what was added, removed, moved or changed since"
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
      {open && <RevisionForm onFile={() => input.current?.click()} onClose={close} />}
    </span>
  )
}

/** The app's choice: a file, or a git revision of the catalog's file. */
function RevisionForm({ onFile, onClose }: { onFile: () => void; onClose: () => void }) {
  const api = useApi()
  const id = useId()
  const field = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    field.current?.focus()
    // A click elsewhere closes it, as the toolbar's other menus do (not one on its own button,
    // whose click toggles it).
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node
      if (!box.current?.parentElement?.contains(target)) onClose()
    }
    document.addEventListener('pointerdown', onPointer)
    return () => document.removeEventListener('pointerdown', onPointer)
  }, [onClose])

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const revision = field.current?.value.trim() ?? ''
    if (!revision) return
    setBusy(true)
    const loaded = await api.catalogAtRevision({ revision })
    setBusy(false)
    if (!loaded.ok) {
      failed(revision, loaded.errors)
      return
    }
    onClose()
    compare(loaded.catalog, loaded.source.name)
  }

  return (
    <div
      ref={box}
      role="dialog"
      aria-label="Compare with"
      className="toolbar__menu compare-choice"
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      <button type="button" onClick={onFile}>
        A file…
      </button>
      <form onSubmit={(event) => void onSubmit(event)}>
        <label htmlFor={id}>A git revision of this file</label>
        <input
          id={id}
          ref={field}
          className="field"
          type="text"
          placeholder="HEAD~1, v1.0, @{2026-01-01}"
          spellCheck={false}
          autoComplete="off"
        />
        <button type="submit" disabled={busy}>
          {busy ? 'Reading…' : 'Compare'}
        </button>
      </form>
    </div>
  )
}

function compare(older: Catalog, label: string): void {
  // The comparison's code is fetched now (the first chart does not need it).
  useAppStore
    .getState()
    .startComparison(older, label)
    .catch(() =>
      notify('error', `Cannot compare with ${label}: the comparison did not download. Try again.`)
    )
}

function failed(what: string, errors: readonly Diagnostic[]): void {
  notify(
    'error',
    `Cannot compare with ${what}: ${errors.slice(0, 3).map(formatDiagnostic).join('; ')}`
  )
}

/**
 * The picked file through the catalog pipeline, fetched only now (as the browser build's
 * load-in-page does): a YAML or JSON catalog needs the parser and the validator, a markdown
 * guide the importer too.
 */
async function loadPicked(text: string, name: string) {
  if (!isGuideFile(name)) {
    return (await import('../../../shared/catalog/load')).loadCatalogText(text, name)
  }
  return (await import('../../../shared/sources/load-source')).loadCatalogSource(text, name)
}
