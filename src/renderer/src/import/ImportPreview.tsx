import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { Diagnostic } from '../../../shared/catalog/diagnostic'
import { catalogLogoIds } from '../../../shared/export/export-plan'
import { ExportOptions, ExportView } from '../../../shared/export/options'
import { writeSvg } from '../../../shared/export/svg'
import { importedCatalogYaml } from '../../../shared/import/catalog-yaml'
import {
  catalogFileName,
  chooseRole,
  mappingFileName,
  planCounts,
  previewImport,
  type PreviewSource
} from '../../../shared/sources/import-preview'
import type {
  ImportMapping,
  ImportNote,
  ImportRole,
  OutlineEntry
} from '../../../shared/import/import-plan'
import { useApi } from '../api/api'
import { useModalFocus } from '../focus/useModalFocus'
import { selectTheme, useAppStore } from '../store/store'
import { useLogoPaths } from '../technology/logo-store'
import { readImportFiles } from './read-import-files'
import './import-preview.css'

const ROLE_LABEL: Record<ImportRole, string> = {
  company: 'Company',
  division: 'Division',
  group: 'Group',
  team: 'Team',
  'team-part': 'Part of the team',
  skip: 'Skip'
}
const ROLES = Object.keys(ROLE_LABEL) as ImportRole[]
const NOTE_LABEL: Record<ImportNote['kind'], string> = {
  skipped: 'skipped',
  guessed: 'guessed',
  inferred: 'inferred',
  unknown: 'unknown',
  problem: 'problem'
}
const EMPTY_MAPPING: ImportMapping = { version: 1, roles: {} }

type Loaded =
  | { kind: 'reading' }
  | { kind: 'failed'; errors: Diagnostic[] }
  | { kind: 'ready'; source: PreviewSource }

type Saving = { kind: 'idle' } | { kind: 'busy' } | { kind: 'failed'; errors: Diagnostic[] }

/**
 * The import preview: the source's outline with the role of each heading, column or entity as a
 * choice, the chart the import gives beside it (drawn by the export's SVG writer, the same chart
 * as the screen's), counts and every note with its line. A change of role imports again at once.
 * Accept saves the catalog and the choices (a mapping file beside the source) and opens it.
 */
export function ImportPreview({ files }: { files: readonly File[] }) {
  const api = useApi()
  const theme = useAppStore(selectTheme)
  const hide = useAppStore((s) => s.hideImportPreview)
  const setResult = useAppStore((s) => s.setResult)
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'reading' })
  const [mapping, setMapping] = useState<ImportMapping>(EMPTY_MAPPING)
  const [saving, setSaving] = useState<Saving>({ kind: 'idle' })
  const titleId = useId()
  const dialog = useRef<HTMLDivElement>(null)

  useEffect(() => {
    let live = true
    void readImportFiles(files).then((read) => {
      if (!live) return
      if (!read.ok) return setLoaded({ kind: 'failed', errors: read.errors })
      setLoaded({ kind: 'ready', source: read.source })
      if (read.mapping) setMapping(read.mapping)
    })
    return () => {
      live = false
    }
  }, [files])

  const keepFocus = useModalFocus(dialog, 'dialog')

  const source = loaded.kind === 'ready' ? loaded.source : undefined
  const preview = useMemo(
    () => (source ? previewImport(source, mapping) : undefined),
    [source, mapping]
  )
  const plan = preview?.plan
  const counts = plan ? planCounts(plan) : undefined
  const catalog = preview?.catalog
  const logoIds = useMemo(() => (catalog ? catalogLogoIds(catalog) : []), [catalog])
  const logos = useLogoPaths(logoIds)
  const chart = useMemo(() => {
    if (!catalog) return undefined
    const drawn = writeSvg(
      catalog,
      ExportView.parse({}),
      ExportOptions.parse({ format: 'svg', theme, legend: false }),
      undefined,
      logos
    )
    return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(drawn.svg)}`
  }, [catalog, theme, logos])

  const choose = (entry: OutlineEntry, role: ImportRole) =>
    setMapping((current) => chooseRole(current, entry, role))

  const accept = async () => {
    if (!source || !plan || !preview?.catalog) return
    setSaving({ kind: 'busy' })
    const saved = await api.saveImport({
      source: source.name,
      catalogName: catalogFileName(source.name),
      catalog: importedCatalogYaml(plan.catalog, source.name),
      mappingName: mappingFileName(source.name),
      mapping: `${JSON.stringify(mapping, null, 2)}\n`
    })
    if (!saved.ok) {
      if ('canceled' in saved) setSaving({ kind: 'idle' })
      else setSaving({ kind: 'failed', errors: saved.errors })
      return
    }
    setResult({
      ok: true,
      catalog: preview.catalog,
      source: { path: saved.path, name: catalogFileName(source.name), bundled: false }
    })
    hide()
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation()
      hide()
    } else keepFocus(event)
  }

  const errors = loaded.kind === 'failed' ? loaded.errors : (preview?.errors ?? [])
  return (
    <div className="import-backdrop">
      <div
        ref={dialog}
        className="import-preview"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <header className="import-preview__header">
          <h2 id={titleId}>Import {source?.name ?? files[0]?.name}</h2>
          {counts && (
            <p className="import-preview__counts" role="status" aria-label="What the import gives">
              {count(counts.divisions, 'division')} · {count(counts.groups, 'group')} ·{' '}
              {count(counts.teams, 'team')} ·{' '}
              {count(counts.technologies, 'technology', 'technologies')} · {counts.skipped} skipped
            </p>
          )}
        </header>
        {loaded.kind === 'reading' && <p role="status">Reading…</p>}
        <div className="import-preview__body">
          {plan && (
            <section className="import-preview__outline" aria-label="Outline">
              <h3>Outline</h3>
              <p className="import-preview__hint">
                Choose what each {source?.format === 'csv' ? 'column' : 'entry'} becomes.
              </p>
              <OutlineList entries={plan.outline} onChoose={choose} />
            </section>
          )}
          <section className="import-preview__chart" aria-label="Chart preview">
            {chart ? (
              <img
                src={chart}
                alt={`Chart of the import: ${counts ? `${count(counts.divisions, 'division')}, ${count(counts.teams, 'team')}` : ''}`}
              />
            ) : (
              loaded.kind !== 'reading' && (
                <p className="import-preview__empty">No chart: see the problems.</p>
              )
            )}
          </section>
          <section className="import-preview__notes" aria-label="Notes and problems">
            <h3>Notes</h3>
            {errors.length > 0 && (
              <ul className="import-preview__errors" role="alert">
                {errors.map((error, i) => (
                  <li key={i}>
                    <span className="import-preview__where">{where(error)}</span> {error.message}
                    {error.hint && <span className="import-preview__fix"> {error.hint}</span>}
                  </li>
                ))}
              </ul>
            )}
            {plan && plan.notes.length === 0 && errors.length === 0 && <p>Nothing to report.</p>}
            {plan && plan.notes.length > 0 && (
              <ul className="import-preview__list">
                {plan.notes.map((note, i) => (
                  <li key={i} className={`import-note import-note--${note.kind}`}>
                    <span className="import-note__kind">{NOTE_LABEL[note.kind]}</span>{' '}
                    <span className="import-preview__where">
                      {note.file ? `${note.file}:` : 'line '}
                      {note.line}
                      {note.column ? `:${note.column}` : ''}
                    </span>{' '}
                    {note.message}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        <footer className="import-preview__footer">
          {saving.kind === 'failed' && (
            <p role="alert" className="import-preview__save-error">
              {saving.errors.map((e) => e.message).join('; ')}
            </p>
          )}
          <button type="button" onClick={hide}>
            Cancel
          </button>
          <button
            type="button"
            className="import-preview__accept"
            disabled={!preview?.catalog || saving.kind === 'busy'}
            onClick={() => void accept()}
          >
            {saving.kind === 'busy' ? 'Saving…' : 'Accept and save'}
          </button>
        </footer>
      </div>
    </div>
  )
}

function OutlineList({
  entries,
  onChoose
}: {
  entries: OutlineEntry[]
  onChoose: (entry: OutlineEntry, role: ImportRole) => void
}) {
  return (
    <ul className="import-outline">
      {entries.map((entry) => (
        <li key={entry.key}>
          <OutlineRow entry={entry} onChoose={onChoose} />
          {entry.children.length > 0 && (
            <OutlineList entries={entry.children} onChoose={onChoose} />
          )}
        </li>
      ))}
    </ul>
  )
}

function OutlineRow({
  entry,
  onChoose
}: {
  entry: OutlineEntry
  onChoose: (entry: OutlineEntry, role: ImportRole) => void
}) {
  const id = useId()
  return (
    <div
      className={entry.role === 'skip' ? 'import-outline__row is-skipped' : 'import-outline__row'}
    >
      <label htmlFor={id} className="import-outline__label">
        <span className="import-outline__name">{entry.label}</span>
        <span className="import-outline__where">
          {entry.file ? `${entry.file}:` : 'line '}
          {entry.line}
          {entry.column ? `:${entry.column}` : ''}
          {entry.role !== entry.inferred && ` · found: ${ROLE_LABEL[entry.inferred]}`}
        </span>
      </label>
      <select
        id={id}
        className="field"
        value={entry.role}
        aria-description={entry.reason}
        title={entry.reason}
        onChange={(event) => onChoose(entry, event.target.value as ImportRole)}
      >
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {ROLE_LABEL[role]}
          </option>
        ))}
      </select>
    </div>
  )
}

function where(error: Diagnostic): string {
  return error.line > 0 ? `${error.file}:${error.line}:${error.column}` : error.file
}

function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`
}
