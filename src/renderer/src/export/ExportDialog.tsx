import { useReactFlow, useStore } from '@xyflow/react'
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { Catalog } from '../../../shared/catalog/catalog'
import type { Diagnostic } from '../../../shared/catalog/diagnostic'
import {
  FORMAT_FILE,
  SCALE_MAX,
  SCALE_MIN,
  today,
  type ExportFormat
} from '../../../shared/export/options'
import type { ExportRequest } from '../../../shared/ipc/contract'
import { useApi } from '../api'
import { selectTheme, useViewStore } from '../store'
import { exportCapabilities, useExportDialog, type ExportChoices } from './export-store'
import './export-dialog.css'

type Phase =
  | { kind: 'idle' }
  | { kind: 'busy'; what: string }
  | { kind: 'done'; path: string; copied?: boolean }
  | { kind: 'failed'; errors: Diagnostic[] }

const SCALES = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => SCALE_MIN + i)
const RASTER: ReadonlySet<ExportFormat> = new Set(['png'])
const HAS_BACKGROUND: ReadonlySet<ExportFormat> = new Set(['svg', 'png'])

/**
 * Export… : choose format and options, then the app (or the browser build) draws the chart from
 * the current view state with the shared SVG writer and saves it. Accessible as a modal dialog:
 * labelled, focus moves in and back, Esc closes, progress and results are announced.
 */
export function ExportDialog({ catalog }: { catalog: Catalog }) {
  const api = useApi()
  const titleId = useId()
  const { formats, canReveal, note } = exportCapabilities()
  const { choices, choose, hide } = useExportDialog(
    useShallow((s) => ({ choices: s.choices, choose: s.choose, hide: s.hide }))
  )
  const view = useViewStore(
    useShallow((s) => ({
      collapsed: s.collapsed,
      layoutKind: s.layoutKind,
      lens: s.lens,
      hideNonMatches: s.hideNonMatches,
      focusId: s.focusId,
      mainView: s.view
    }))
  )
  const screenTheme = useViewStore(selectTheme)
  const { getViewport } = useReactFlow()
  const paneSize = useStore(useShallow((s) => ({ width: s.width, height: s.height })))
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' })
  const dialog = useRef<HTMLDivElement>(null)
  const returnFocus = useRef<Element | null>(null)

  const format = formats.includes(choices.format) ? choices.format : formats[0]
  const lensActive = view.lens.technologies.length > 0
  // The current view exists only while the chart (not the matrix) is on screen.
  const canScopeView = view.mainView === 'graph' && paneSize.width > 0
  const scope = canScopeView ? choices.scope : 'all'

  useEffect(() => {
    returnFocus.current = document.activeElement
    dialog.current?.querySelector<HTMLElement>('input, select, button')?.focus()
    return () => (returnFocus.current as HTMLElement | null)?.focus?.()
  }, [])

  const request = (override: Partial<ExportChoices> = {}): ExportRequest => {
    const c = { ...choices, format, scope, ...override }
    const { x, y, zoom } = getViewport()
    return {
      options: {
        format: c.format,
        scope: c.scope,
        scale: c.scale,
        theme: c.theme === 'screen' ? screenTheme : c.theme,
        background: c.background,
        title: c.title.trim() || undefined,
        legend: c.legend,
        footer: c.footer,
        date: today(),
        // React Flow's viewport maps layout to screen as screen = layout × zoom + (x, y).
        viewport:
          c.scope === 'view'
            ? {
                x: -x / zoom,
                y: -y / zoom,
                width: paneSize.width / zoom,
                height: paneSize.height / zoom
              }
            : undefined
      },
      view: {
        collapsed: [...view.collapsed],
        layoutKind: view.layoutKind,
        lens: view.lens,
        hideNonMatches: view.hideNonMatches,
        focusId: view.focusId
      }
    }
  }

  const run = async () => {
    setPhase({ kind: 'busy', what: `Exporting ${FORMAT_FILE[format].label}…` })
    const result = await api.exportChart(request())
    if (result.ok) setPhase({ kind: 'done', path: result.path })
    else if ('canceled' in result) setPhase({ kind: 'idle' })
    else setPhase({ kind: 'failed', errors: result.errors })
  }

  const copy = async () => {
    setPhase({ kind: 'busy', what: 'Copying PNG…' })
    const result = await api.copyPng(request({ format: 'png' }))
    setPhase(
      result.ok
        ? { kind: 'done', path: '', copied: true }
        : { kind: 'failed', errors: result.errors }
    )
  }

  const reveal = async (path: string) => {
    const result = await api.revealInFolder({ path })
    if (!result.ok) setPhase({ kind: 'failed', errors: result.errors })
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation()
      hide()
    } else if (event.key === 'Tab') trapFocus(event, dialog.current)
  }

  const busy = phase.kind === 'busy'
  return (
    <div className="export-backdrop" onMouseDown={(e) => e.target === e.currentTarget && hide()}>
      <div
        ref={dialog}
        className="export-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>Export chart</h2>
        <p className="export-dialog__what">
          {catalog.company.name}
          {lensActive && ` · ${view.lens.technologies.join(', ')}`}
        </p>

        <fieldset>
          <legend>Format</legend>
          <div className="export-dialog__formats">
            {formats.map((f) => (
              <label key={f}>
                <input
                  type="radio"
                  name="export-format"
                  value={f}
                  checked={format === f}
                  onChange={() => choose({ format: f })}
                />
                {f.toUpperCase()}
                <span className="export-dialog__hint">{FORMAT_FILE[f].label}</span>
              </label>
            ))}
          </div>
          {note && <p className="export-dialog__note">{note}</p>}
        </fieldset>

        <div className="export-dialog__grid">
          <label>
            Scale
            <select
              value={choices.scale}
              disabled={!RASTER.has(format)}
              onChange={(e) => choose({ scale: Number(e.target.value) })}
            >
              {SCALES.map((s) => (
                <option key={s} value={s}>
                  {s}×
                </option>
              ))}
            </select>
          </label>
          <label>
            Theme
            <select
              value={choices.theme}
              onChange={(e) => choose({ theme: e.target.value as ExportChoices['theme'] })}
            >
              <option value="screen">As on screen ({screenTheme})</option>
              <option value="light">Light</option>
              <option value="dark">Dark</option>
            </select>
          </label>
          <label>
            Background
            <select
              value={choices.background}
              disabled={!HAS_BACKGROUND.has(format)}
              onChange={(e) =>
                choose({ background: e.target.value as ExportChoices['background'] })
              }
            >
              <option value="theme">Theme colour</option>
              <option value="transparent">Transparent</option>
            </select>
          </label>
          <label>
            Scope
            <select
              value={scope}
              disabled={!canScopeView}
              onChange={(e) => choose({ scope: e.target.value as ExportChoices['scope'] })}
            >
              <option value="all">Whole chart</option>
              <option value="view">Current view</option>
            </select>
          </label>
        </div>

        <label className="export-dialog__title">
          <span>
            Title <span className="export-dialog__hint">(optional)</span>
          </span>
          <input
            type="text"
            value={choices.title}
            maxLength={200}
            placeholder={`${catalog.company.name} engineering`}
            onChange={(e) => choose({ title: e.target.value })}
          />
        </label>
        <label className="export-dialog__check">
          <input
            type="checkbox"
            checked={choices.legend}
            onChange={(e) => choose({ legend: e.target.checked })}
          />
          Legend of selected technologies
          {!lensActive && <span className="export-dialog__hint"> (none selected)</span>}
        </label>
        <label className="export-dialog__check">
          <input
            type="checkbox"
            checked={choices.footer}
            onChange={(e) => choose({ footer: e.target.checked })}
          />
          Footer with today’s date
        </label>

        <div className="export-dialog__status" role="status" aria-live="polite">
          {phase.kind === 'busy' && phase.what}
          {phase.kind === 'done' &&
            (phase.copied ? 'Copied the chart to the clipboard as PNG.' : `Saved ${phase.path}`)}
        </div>
        {phase.kind === 'failed' && (
          <div className="export-dialog__error" role="alert">
            {phase.errors.map((error, i) => (
              <p key={i}>
                {error.message}
                {error.hint && <span className="export-dialog__hint"> — {error.hint}</span>}
              </p>
            ))}
          </div>
        )}

        <div className="export-dialog__actions">
          {phase.kind === 'done' && !phase.copied && canReveal && (
            <button type="button" onClick={() => void reveal(phase.path)}>
              Show in folder
            </button>
          )}
          <button type="button" onClick={() => void copy()} disabled={busy}>
            Copy PNG
          </button>
          <span className="export-dialog__spacer" />
          <button type="button" onClick={hide}>
            {phase.kind === 'done' ? 'Close' : 'Cancel'}
          </button>
          <button
            type="button"
            className="export-dialog__primary"
            onClick={() => void run()}
            disabled={busy}
            aria-busy={busy}
          >
            {busy ? 'Exporting…' : 'Export…'}
          </button>
        </div>
      </div>
    </div>
  )
}

/** Keeps Tab inside the dialog, as a modal should. */
function trapFocus(event: KeyboardEvent, root: HTMLElement | null): void {
  if (!root) return
  const focusable = [
    ...root.querySelectorAll<HTMLElement>('input, select, button, [tabindex="0"]')
  ].filter((el) => !el.hasAttribute('disabled'))
  if (focusable.length === 0) return
  const first = focusable[0]
  const last = focusable[focusable.length - 1]
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault()
    last.focus()
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault()
    first.focus()
  }
}
