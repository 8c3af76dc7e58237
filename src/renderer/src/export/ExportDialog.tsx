import { useStore } from '@xyflow/react'
import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode
} from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { Diagnostic } from '../../../shared/catalog/diagnostic'
import {
  FORMAT_FILE,
  SCALE_MAX,
  SCALE_MIN,
  today,
  type ExportFormat,
  type Paper
} from '../../../shared/export/options'
import { MIN_TEXT_PT } from '../../../shared/export/pdf-pages'
import type { ExportProgress } from '../../../shared/export/progress'
import type { ExportRequest } from '../../../shared/ipc/contract'
import { useApi } from '../api/api'
import { Checkbox } from '../controls/Checkbox'
import { selectTheme, useAppStore, useCatalog, type AppState } from '../store/store'
import { exportSubject } from '../store/compare-slice'
import { useModalFocus } from '../focus/useModalFocus'
import { estimateExport, exportLayout } from './export-estimate'
import type { ExportChoices } from '../store/export-dialog-slice'
import { exportCapabilities } from './export-capabilities'
import './export-dialog.css'

type Phase =
  | { kind: 'idle' }
  | { kind: 'busy'; what: string; since: number; unit?: string; progress?: ExportProgress }
  | { kind: 'done'; path: string; copied?: boolean; notice?: string }
  | { kind: 'canceled' }
  | { kind: 'failed'; errors: Diagnostic[] }

const SCALES = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => SCALE_MIN + i)
const RASTER: ReadonlySet<ExportFormat> = new Set(['png'])
const HAS_BACKGROUND: ReadonlySet<ExportFormat> = new Set(['svg', 'png'])
const PAPERS: Record<Paper, string> = { fit: 'Fit to chart', a4: 'A4', letter: 'Letter' }

/** What a request is built from: the dialog's choices and the view on screen. */
interface RequestInput {
  choices: ExportChoices
  view: Pick<
    AppState,
    'collapsed' | 'layoutKind' | 'lens' | 'hideNonMatches' | 'focusId' | 'comparison'
  > & {
    /** Whether the chart shows relations (the store's showRelations). */
    relations: boolean
  }
  screenTheme: 'light' | 'dark'
  /** React Flow's transform ([x, y, zoom]) and pane size, for the "current view" scope. */
  transform: readonly [number, number, number]
  pane: { width: number; height: number }
}

function buildRequest({ choices: c, view, screenTheme, transform, pane }: RequestInput) {
  const [x, y, zoom] = transform
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
      // Pages only mean something in a PDF; other formats leave the defaults.
      ...(c.format === 'pdf' && { paper: c.paper, orientation: c.orientation }),
      date: today(),
      // React Flow's viewport maps layout to screen as screen = layout × zoom + (x, y).
      viewport:
        c.scope === 'view'
          ? { x: -x / zoom, y: -y / zoom, width: pane.width / zoom, height: pane.height / zoom }
          : undefined
    },
    view: exportView(view)
  } satisfies ExportRequest
}

function exportView(view: RequestInput['view']): ExportRequest['view'] {
  return {
    collapsed: [...view.collapsed],
    layoutKind: view.layoutKind,
    lens: view.lens,
    hideNonMatches: view.hideNonMatches,
    focusId: view.focusId,
    relations: view.relations,
    compare: view.comparison && { label: view.comparison.label, older: view.comparison.older }
  }
}

function asPng(input: RequestInput): RequestInput {
  return { ...input, choices: { ...input.choices, format: 'png' } }
}

/**
 * Export… : choose format and options, then the app (or the browser build) draws the chart from
 * the current view state with the shared export pipeline, on a worker thread, and saves it.
 * Accessible as a modal dialog: labelled, focus moves in and back, Esc closes, progress and
 * results are announced. Before exporting it says what the file will be (PNG pixels, PDF pages);
 * while the worker draws it shows how far it is (PDF pages, a PNG's drawing and encoding) and
 * the time so far, and Cancel stops it: nothing is written, a file already there stays whole.
 */
export function ExportDialog() {
  const onScreen = useCatalog()
  const api = useApi()
  const titleId = useId()
  const { formats, canReveal, note } = exportCapabilities()
  const { choices, choose, hide } = useAppStore(
    useShallow((s) => ({
      choices: s.exportChoices,
      choose: s.chooseExport,
      hide: s.hideExportDialog
    }))
  )
  const view = useAppStore(
    useShallow((s) => ({
      collapsed: s.collapsed,
      layoutKind: s.layoutKind,
      lens: s.lens,
      hideNonMatches: s.hideNonMatches,
      focusId: s.focusId,
      relations: s.showRelations,
      comparison: s.comparison,
      mainView: s.view
    }))
  )
  // During a comparison, the newer version: the export draws the union from it and the older.
  const { catalog } = exportSubject(view, onScreen)
  const screenTheme = useAppStore(selectTheme)
  const transform = useStore((s) => s.transform)
  const pane = useStore(useShallow((s) => ({ width: s.width, height: s.height })))
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' })
  /** Cancel was pressed for the export under way: its "canceled" result is the person's. */
  const canceling = useRef(false)
  const dialog = useRef<HTMLDivElement>(null)

  const format = formats.includes(choices.format) ? choices.format : formats[0]
  const lensActive = view.lens.technologies.length > 0 || view.lens.hiring === true
  // The current view exists only while the chart (not the matrix) is on screen.
  const canScopeView = view.mainView === 'graph' && pane.width > 0
  const scope = canScopeView ? choices.scope : 'all'
  const busy = phase.kind === 'busy'

  const closeButton = useRef<HTMLButtonElement>(null)

  const keepFocus = useModalFocus(dialog)

  // Written or copied: the next thing to do is to close, so focus waits there.
  useEffect(() => {
    if (phase.kind === 'done') closeButton.current?.focus()
  }, [phase.kind])

  // How far the worker has got, while it draws.
  useEffect(() => {
    if (!busy) return undefined
    return api.onExportProgress((progress) =>
      setPhase((current) => (current.kind === 'busy' ? { ...current, progress } : current))
    )
  }, [api, busy])

  // A dialog closed while it draws (Esc, the backdrop) takes its export with it.
  const drawing = useRef(false)
  useEffect(() => {
    drawing.current = busy
  }, [busy])
  useEffect(
    () => () => {
      if (drawing.current) void api.cancelExport()
    },
    [api]
  )

  const input: RequestInput = {
    choices: { ...choices, format, scope },
    view,
    screenTheme,
    transform,
    pane
  }
  // What the file will be, said before it is made, by the planning functions main runs. The
  // layout (the costly part) is kept while only options change, so typing a title stays quick.
  const chart = useMemo(() => exportLayout(catalog, exportView(view)), [catalog, view])
  // Planning a paged PDF takes ~0.4 s at 5,000 teams: only again when the request changes, not
  // on every render (a pan under the dialog, a keystroke that leaves the request as it was).
  const request = buildRequest(input)
  // The older version of a comparison is in `chart` already: keyed by its name, not its JSON.
  const requestKey = JSON.stringify({
    ...request,
    view: { ...request.view, compare: request.view.compare?.label }
  })
  const estimate = useMemo(
    () => estimateExport(catalog, request, chart),
    // The request is read through its key: a new object with the same content is the same.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [catalog, chart, requestKey]
  )

  // A scaled-down PNG's notice names its size already; otherwise what the file will be, then
  // anything that differs from what was asked.
  const estimateLine =
    estimate &&
    (format === 'png' && estimate.notice
      ? estimate.notice
      : [`${format.toUpperCase()}: ${estimate.summary}`, estimate.notice].filter(Boolean).join(' '))

  const start = (what: string, unit?: string) => {
    canceling.current = false
    setPhase({ kind: 'busy', what, since: Date.now(), unit })
  }
  // Canceled in the save dialog: back to the form. Canceled with the button: say so.
  const afterCancel = (): Phase => (canceling.current ? { kind: 'canceled' } : { kind: 'idle' })

  const run = async () => {
    start(`Exporting ${FORMAT_FILE[format].label}`, format === 'pdf' ? 'page' : undefined)
    const result = await api.exportChart(buildRequest(input))
    if (result.ok) setPhase({ kind: 'done', path: result.path, notice: estimate?.notice })
    else if ('canceled' in result) setPhase(afterCancel())
    else setPhase({ kind: 'failed', errors: result.errors })
  }

  const copy = async () => {
    start('Copying PNG')
    const result = await api.copyPng(buildRequest(asPng(input)))
    if (result.ok) {
      setPhase({
        kind: 'done',
        path: '',
        copied: true,
        notice: estimateExport(catalog, buildRequest(asPng(input)), chart)?.notice
      })
    } else if ('canceled' in result) setPhase(afterCancel())
    else setPhase({ kind: 'failed', errors: result.errors })
  }

  const cancel = () => {
    canceling.current = true
    void api.cancelExport()
  }

  const reveal = async (path: string) => {
    const result = await api.revealInFolder({ path })
    if (!result.ok) setPhase({ kind: 'failed', errors: result.errors })
  }

  // A changed option makes the last result (and its notice) about another file: clear it.
  const change = (next: Partial<ExportChoices>) => {
    choose(next)
    if (phase.kind === 'done' || phase.kind === 'failed' || phase.kind === 'canceled') {
      setPhase({ kind: 'idle' })
    }
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation()
      hide()
    } else keepFocus(event)
  }

  return (
    <div className="export-backdrop" onMouseDown={(e) => e.target === e.currentTarget && hide()}>
      <div
        ref={dialog}
        className="export-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-busy={busy}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>Export chart</h2>
        <p className="export-dialog__what">
          {catalog.company.name}
          {view.comparison && ` · changes since ${view.comparison.label}`}
          {lensActive &&
            ` · ${[...(view.lens.hiring ? ['hiring now'] : []), ...view.lens.technologies].join(', ')}`}
        </p>

        {/* Nothing changes while an export runs: the result must match what the form shows. */}
        <fieldset className="export-dialog__options" disabled={busy}>
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
                    onChange={() => change({ format: f })}
                  />
                  {f.toUpperCase()}
                  <span className="export-dialog__hint">{FORMAT_FILE[f].label}</span>
                </label>
              ))}
            </div>
            {note && <p className="export-dialog__note">{note}</p>}
          </fieldset>

          <div className="export-dialog__grid">
            <ChoiceSelect
              label="Scale"
              value={choices.scale}
              disabled={!RASTER.has(format)}
              onChange={(scale) => change({ scale: Number(scale) })}
            >
              {SCALES.map((s) => (
                <option key={s} value={s}>
                  {s}×
                </option>
              ))}
            </ChoiceSelect>
            <ChoiceSelect
              label="Theme"
              value={choices.theme}
              onChange={(theme) => change({ theme: theme as ExportChoices['theme'] })}
            >
              <option value="screen">As on screen ({screenTheme})</option>
              <option value="light">Light</option>
              <option value="dark">Dark</option>
            </ChoiceSelect>
            <ChoiceSelect
              label="Background"
              value={choices.background}
              disabled={!HAS_BACKGROUND.has(format)}
              onChange={(background) =>
                change({ background: background as ExportChoices['background'] })
              }
            >
              <option value="theme">Theme colour</option>
              <option value="transparent">Transparent</option>
            </ChoiceSelect>
            <ChoiceSelect
              label="Scope"
              value={scope}
              disabled={!canScopeView}
              onChange={(next) => change({ scope: next as ExportChoices['scope'] })}
            >
              <option value="all">Whole chart</option>
              <option value="view">Current view</option>
            </ChoiceSelect>
            {formats.includes('pdf') && (
              <>
                <ChoiceSelect
                  label="Paper"
                  value={choices.paper}
                  disabled={format !== 'pdf'}
                  onChange={(paper) => change({ paper: paper as Paper })}
                >
                  {Object.entries(PAPERS).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </ChoiceSelect>
                <ChoiceSelect
                  label="Orientation"
                  value={choices.orientation}
                  disabled={format !== 'pdf' || choices.paper === 'fit'}
                  onChange={(orientation) =>
                    change({ orientation: orientation as ExportChoices['orientation'] })
                  }
                >
                  <option value="portrait">Portrait</option>
                  <option value="landscape">Landscape</option>
                </ChoiceSelect>
              </>
            )}
          </div>
          {format === 'pdf' && choices.paper !== 'fit' && (
            <p className="export-dialog__note">
              A chart too large to read on one page (text under {MIN_TEXT_PT} pt) is printed across
              pages, after an overview page.
            </p>
          )}

          <label className="export-dialog__title">
            <span>
              Title <span className="export-dialog__hint">(optional)</span>
            </span>
            <input
              className="field"
              type="text"
              value={choices.title}
              maxLength={200}
              placeholder={`${catalog.company.name} engineering`}
              onChange={(e) => change({ title: e.target.value })}
            />
          </label>
          <Checkbox
            className="export-dialog__check"
            checked={choices.legend}
            onChange={(legend) => change({ legend })}
          >
            Legend of selected technologies
            {view.relations && ' and relations'}
            {!lensActive && !view.relations && (
              <span className="export-dialog__hint"> (none selected)</span>
            )}
          </Checkbox>
          <Checkbox
            className="export-dialog__check"
            checked={choices.footer}
            onChange={(footer) => change({ footer })}
          >
            Footer with today’s date
          </Checkbox>
        </fieldset>

        {/* Once written, the status says it all (and is announced); until then, this does. */}
        {estimateLine && phase.kind !== 'done' && (
          <p className="export-dialog__estimate" data-testid="export-estimate">
            {estimateLine}
          </p>
        )}

        <div className="export-dialog__status" role="status" aria-live="polite">
          {phase.kind === 'busy' && <Progress {...phase} />}
          {phase.kind === 'canceled' && 'Export canceled: nothing was written.'}
          {phase.kind === 'done' &&
            (phase.copied ? 'Copied the chart to the clipboard as PNG.' : `Saved ${phase.path}`)}
          {phase.kind === 'done' && phase.notice && (
            <span className="export-dialog__notice"> {phase.notice}</span>
          )}
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
          {/* While busy, buttons say so (aria-disabled) and ignore presses but keep focus: a
              disabled button would drop the keyboard focus to the page behind the dialog. */}
          <button type="button" onClick={() => busy || void copy()} aria-disabled={busy}>
            Copy PNG
          </button>
          <span className="export-dialog__spacer" />
          {/* While the worker draws, Cancel stops it and the dialog stays to say so. */}
          <button ref={closeButton} type="button" onClick={busy ? cancel : hide}>
            {phase.kind === 'done' ? 'Close' : busy ? 'Cancel export' : 'Cancel'}
          </button>
          <button
            type="button"
            className="export-dialog__primary"
            onClick={() => busy || void run()}
            aria-disabled={busy}
            aria-busy={busy}
          >
            {busy ? 'Exporting…' : 'Export…'}
          </button>
        </div>
      </div>
    </div>
  )
}

/**
 * While the worker draws: a bar of the steps done (PDF pages; a PNG's drawing, then encoding),
 * indeterminate until the first step is reported, and the seconds so far, so a long export
 * visibly has not stalled. The counts and the time are not in the live region's text, or a
 * screen reader would read them at every page; the bar carries its value.
 */
function Progress({
  what,
  since,
  unit,
  progress
}: {
  what: string
  since: number
  unit?: string
  progress?: ExportProgress
}) {
  const [now, setNow] = useState(since)
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000)
    return () => window.clearInterval(timer)
  }, [])
  const seconds = Math.floor((now - since) / 1000)
  const counted =
    progress &&
    (unit
      ? `${unit} ${progress.done.toLocaleString('en-US')} of ${progress.total.toLocaleString('en-US')}`
      : `${Math.round((100 * progress.done) / progress.total)}%`)
  return (
    <span className="export-dialog__progress">
      {progress ? (
        <progress aria-label={what} value={progress.done} max={progress.total} />
      ) : (
        <progress aria-label={what} />
      )}
      {what}…
      {(counted || seconds >= 2) && (
        <span className="export-dialog__elapsed" aria-hidden="true">
          {' '}
          {[counted, seconds >= 2 && `${seconds} s`].filter(Boolean).join(' · ')}
        </span>
      )}
    </span>
  )
}

/** One choice of the export as a select inside its label; `onChange` gets the option's value. */
function ChoiceSelect({
  label,
  value,
  disabled,
  onChange,
  children
}: {
  label: string
  value: string | number
  disabled?: boolean
  onChange(value: string): void
  children: ReactNode
}) {
  return (
    <label>
      {label}
      <select
        className="field"
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      >
        {children}
      </select>
    </label>
  )
}
