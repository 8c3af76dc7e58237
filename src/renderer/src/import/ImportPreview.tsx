import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { Diagnostic } from '../../../shared/catalog/diagnostic'
import { freezeCatalog } from '../../../shared/catalog/freeze-catalog'
import {
  catalogFileName,
  chooseRole,
  chooseRoleForAll,
  entriesLike,
  mappingFileName,
  type PreviewSource
} from '../../../shared/sources/preview-source'
import type {
  ImportMapping,
  ImportNote,
  ImportRole,
  OutlineEntry
} from '../../../shared/import/import-plan'
import { useApi } from '../api/api'
import { useModalFocus } from '../focus/useModalFocus'
import { selectTheme, useAppStore } from '../store/store'
import type { PlanSummary, PreviewSummary } from './preview-protocol'
import { readImportFiles } from './read-import-files'
import { countLabel, fileSizeLabel } from '../../../shared/text'
import { PageQuestions } from './PageQuestions'
import { usePreviewWorker, type PreviewState } from './usePreviewWorker'
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
/** A list's or table's choices (OutlineEntry.choices) speak of its items or rows. */
const BLOCK_ROLE_LABEL: Partial<Record<ImportRole, string>> = {
  team: 'Teams',
  skip: 'Not teams'
}

function roleLabel(entry: Pick<OutlineEntry, 'choices'>, role: ImportRole): string {
  return (entry.choices && BLOCK_ROLE_LABEL[role]) ?? ROLE_LABEL[role]
}

const NOTE_LABEL: Record<ImportNote['kind'], string> = {
  skipped: 'skipped',
  guessed: 'guessed',
  inferred: 'inferred',
  unknown: 'unknown',
  problem: 'problem'
}
const EMPTY_MAPPING: ImportMapping = { version: 1, roles: {} }
/**
 * Outline entries drawn at first, and added per "Show more": a guide of thousands of teams has an
 * outline as long, whose rows (a choice each) took seconds to lay out.
 */
const OUTLINE_PAGE = 500
/** The same for notes, a wrapped paragraph each: 1,620 of them (a 10 MB guide) took 0.5 s. */
const NOTES_PAGE = 200
/** The entries a "Same for N more like it" choice names in its description. */
const LIKE_NAMES = 5

type Loaded =
  | { kind: 'reading' }
  | { kind: 'failed'; errors: Diagnostic[] }
  | { kind: 'ready'; source: PreviewSource }

/**
 * Accept's way, each step said in the footer (a 30,000-team guide spends seconds in each):
 * waiting for the import of the latest choices, writing the catalog's YAML, saving it.
 */
type SavingStep = 'waiting' | 'writing' | 'saving'
type Saving =
  { kind: 'idle' } | { kind: 'busy'; step: SavingStep } | { kind: 'failed'; errors: Diagnostic[] }

/**
 * The import preview: the source's outline with the role of each heading, column or entity as a
 * choice, the chart the import gives beside it (drawn by the export's SVG writer, the same chart
 * as the screen's), counts and every note with its line. A change of role imports again at once.
 * Accept saves the catalog and the choices (a mapping file beside the source) and opens it.
 * The import, the chart and the catalog's YAML are made in a worker (usePreviewWorker), so the
 * dialog answers (Cancel, Escape, another choice) while a large file imports.
 */
export function ImportPreview({ files }: { files: readonly File[] }) {
  const api = useApi()
  const theme = useAppStore(selectTheme)
  const hide = useAppStore((s) => s.hideImportPreview)
  const setResult = useAppStore((s) => s.setResult)
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'reading' })
  const [mapping, setMapping] = useState<ImportMapping>(EMPTY_MAPPING)
  // The choices the dialog opened with (a mapping file's, or none): closing with others asks first.
  const [openedWith, setOpenedWith] = useState<ImportMapping>(EMPTY_MAPPING)
  const [askingToClose, setAskingToClose] = useState(false)
  const [saving, setSaving] = useState<Saving>({ kind: 'idle' })
  const titleId = useId()
  const dialog = useRef<HTMLDivElement>(null)

  useEffect(() => {
    let live = true
    void readImportFiles(files).then((read) => {
      if (!live) return
      if (!read.ok) return setLoaded({ kind: 'failed', errors: read.errors })
      setLoaded({ kind: 'ready', source: read.source })
      if (read.mapping) {
        setMapping(read.mapping)
        setOpenedWith(read.mapping)
      }
    })
    return () => {
      live = false
    }
  }, [files])

  const keepFocus = useModalFocus(dialog, 'dialog')

  const source = loaded.kind === 'ready' ? loaded.source : undefined
  const { state, accepted } = usePreviewWorker(source, mapping, theme)
  const { summary, chart } = state
  // The last outline an import gave stays when the next choices give none (a guide or a
  // spreadsheet that fails gives its outline with its problems; a Backstage catalog whose groups
  // were all skipped gives none), so the person can go on choosing; the problems say why there
  // is no chart meanwhile.
  const [kept, setKept] = useState<PlanSummary>()
  if (summary?.plan && summary.plan !== kept) setKept(summary.plan)
  const plan = summary?.plan ?? kept
  const counts = summary?.counts
  // Until the import of the latest choices arrives, the outline shows those choices.
  const current = summary?.plan !== undefined && sameMapping(summary.mapping, mapping)
  const roleOf = (entry: OutlineEntry): ImportRole =>
    current ? entry.role : (mapping.roles[entry.key] ?? entry.inferred)

  const [outlineLimit, setOutlineLimit] = useState(OUTLINE_PAGE)
  const [notesLimit, setNotesLimit] = useState(NOTES_PAGE)
  const outline = useMemo(
    () => firstEntries(plan?.outline ?? [], outlineLimit),
    [plan?.outline, outlineLimit]
  )

  // After a choice, the entries read as that one was (entriesLike): one more choice gives them
  // the same role, for a page the import misread alike throughout.
  const [offer, setOffer] = useState<LikeOffer>()
  const choose = (entry: OutlineEntry, role: ImportRole) => {
    const like = plan ? entriesLike(plan, entry, roleOf(entry), roleOf) : []
    setMapping((current) => chooseRole(current, entry, role))
    setOffer({ key: entry.key, role, like, applied: false })
  }
  const chooseForLike = () => {
    if (!offer) return
    setMapping((current) => chooseRoleForAll(current, offer.like, offer.role))
    setOffer({ ...offer, applied: true })
  }
  // An answer above the outline (another reading of the page) may change the outline itself:
  // the offer, made of the old outline's entries, goes.
  const answer = (change: (current: ImportMapping) => ImportMapping) => {
    setOffer(undefined)
    setMapping(change)
  }

  const accept = async () => {
    if (!source) return
    setSaving({ kind: 'busy', step: 'writing' })
    const made = await accepted()
    if (!made) return setSaving({ kind: 'idle' })
    setSaving({ kind: 'busy', step: 'saving' })
    // The choices, and the guesses the person saw and accepted (confirmedMapping).
    const chosen = made.mapping
    const saved = await api.saveImport({
      source: source.name,
      catalogName: catalogFileName(source.name),
      catalog: made.catalogYaml,
      mappingName: mappingFileName(source.name),
      mapping: `${JSON.stringify(chosen, null, 2)}\n`
    })
    if (!saved.ok) {
      if ('canceled' in saved) setSaving({ kind: 'idle' })
      else setSaving({ kind: 'failed', errors: saved.errors })
      return
    }
    setResult({
      ok: true,
      // Frozen, as every catalog the chart draws: it arrived as a copy from the worker.
      catalog: freezeCatalog(made.catalog),
      source: { path: saved.path, name: catalogFileName(source.name), bundled: false }
    })
    hide()
  }

  // Accept pressed while the latest choices import (a name typed in Company is taken as the
  // field is left, by that very click): it saves once that import has come back, if it gave a
  // catalog (accepted() gives none otherwise, and the problems say why).
  // Busy from the first moment to the first answer: between the files' reading and the
  // worker's first word, the dialog has nothing to say but that it is working (it said "No
  // chart: see the problems" there, with no problem to see).
  const busy =
    loaded.kind === 'reading' ||
    state.busy !== undefined ||
    (loaded.kind === 'ready' && summary === undefined && state.failure === undefined)
  const settled = summary !== undefined && sameMapping(summary.mapping, mapping) && !busy
  const readyWaiters = useRef<(() => void)[]>([])
  useEffect(() => {
    if (settled) for (const resolve of readyWaiters.current.splice(0)) resolve()
  }, [settled])
  const acceptWhenReady = async () => {
    setAskingToClose(false)
    if (!settled) {
      setSaving({ kind: 'busy', step: 'waiting' })
      await new Promise<void>((resolve) => readyWaiters.current.push(resolve))
    }
    await accept()
  }

  // Cancel and Escape close at once while nothing would be lost; after choices of the person's
  // own, they ask first (an import of a large guide re-runs for seconds after each choice, and
  // Cancel there read as "stop this run", not "throw my choices away").
  const chose = !sameMapping(mapping, openedWith)
  // What had focus when the question came: it gets it back when the person keeps choosing.
  const focusBeforeAsking = useRef<Element | null>(null)
  const close = () => {
    if (!chose || askingToClose) return hide()
    focusBeforeAsking.current = document.activeElement
    setAskingToClose(true)
  }
  const cancelButton = useRef<HTMLButtonElement>(null)
  const keepChoosing = () => setAskingToClose(false)
  const asked = useRef(false)
  useEffect(() => {
    if (asked.current && !askingToClose) {
      const before = focusBeforeAsking.current
      if (before instanceof HTMLElement && before.isConnected) before.focus()
      else cancelButton.current?.focus()
    }
    asked.current = askingToClose
  }, [askingToClose])

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation()
      if (askingToClose) keepChoosing()
      else close()
    } else keepFocus(event)
  }

  const errors =
    loaded.kind === 'failed' ? loaded.errors : problemsOf(summary, state, source?.name ?? '')
  const name = source?.name ?? files[0]?.name ?? ''
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
              {countLabel(counts.divisions, 'division')} · {countLabel(counts.groups, 'group')} ·{' '}
              {countLabel(counts.teams, 'team')} ·{' '}
              {countLabel(counts.technologies, 'technology', 'technologies')} · {counts.skipped}{' '}
              skipped
              {counts.people > 0 && <> · {countLabel(counts.people, 'person', 'people')}</>}
              {counts.openRoles > 0 && <> · {countLabel(counts.openRoles, 'open role')}</>}
            </p>
          )}
          {plan && <PageQuestions plan={plan} mapping={mapping} onMapping={answer} />}
        </header>
        <div className="import-preview__body">
          {plan && (
            <section className="import-preview__outline" aria-label="Outline">
              <h3>Outline</h3>
              <p className="import-preview__hint">
                Choose what each {source?.format === 'csv' ? 'column' : 'entry'} becomes.
                {source?.format === 'markdown' &&
                  ' A section made a division or group gets the teams its list, table or text names; a list or table made teams gives one per item.'}
              </p>
              <OutlineList
                entries={outline.entries}
                roleOf={roleOf}
                onChoose={choose}
                offer={offer}
                onChooseForLike={chooseForLike}
              />
              <ShowMore
                shown={outline.shown}
                total={outline.total}
                page={OUTLINE_PAGE}
                onMore={() => setOutlineLimit((limit) => limit + OUTLINE_PAGE)}
              />
            </section>
          )}
          <section className="import-preview__chart" aria-label="Chart preview" aria-busy={busy}>
            {busy && (
              <p
                className={chart ? 'import-preview__busy is-over-chart' : 'import-preview__busy'}
                role="status"
              >
                <span className="import-preview__spinner" aria-hidden="true" />
                {busyText(loaded.kind === 'reading' ? undefined : state.busy, name, files)}
              </p>
            )}
            {chart && state.teamsCollapsed && (
              <p className="import-preview__chart-note">
                Teams shown collapsed, as the chart first opens: too many cards to read with their
                projects.
              </p>
            )}
            {chart ? (
              <img
                className={busy ? 'is-stale' : undefined}
                src={chart}
                alt={`Chart of the import: ${counts ? `${countLabel(counts.divisions, 'division')}, ${countLabel(counts.teams, 'team')}` : ''}`}
              />
            ) : (
              !busy && <p className="import-preview__empty">No chart: see the problems.</p>
            )}
          </section>
          {/* Focusable: a long list of notes scrolls, and a keyboard must be able to scroll it. */}
          <section className="import-preview__notes" aria-label="Notes and problems" tabIndex={0}>
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
                {plan.notes.slice(0, notesLimit).map((note, i) => (
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
            {plan && (
              <ShowMore
                shown={Math.min(notesLimit, plan.notes.length)}
                total={plan.notes.length}
                page={NOTES_PAGE}
                onMore={() => setNotesLimit((limit) => limit + NOTES_PAGE)}
              />
            )}
          </section>
        </div>
        <footer className="import-preview__footer">
          {saving.kind === 'failed' && (
            <p role="alert" className="import-preview__save-error">
              {saving.errors.map((e) => e.message).join('; ')}
            </p>
          )}
          {saving.kind === 'busy' && (
            <p role="status" className="import-preview__saving">
              <span className="import-preview__spinner" aria-hidden="true" />
              {savingText(saving.step, source?.name ?? name)}
            </p>
          )}
          {askingToClose ? (
            <CloseQuestion onKeep={keepChoosing} onDiscard={hide} />
          ) : (
            <>
              <button ref={cancelButton} type="button" onClick={close}>
                Cancel
              </button>
              <button
                type="button"
                className="import-preview__accept"
                disabled={
                  saving.kind === 'busy' ||
                  loaded.kind !== 'ready' ||
                  (settled && !summary.importable)
                }
                onClick={() => void acceptWhenReady()}
              >
                {saving.kind === 'busy' ? 'Saving…' : 'Accept and save'}
              </button>
            </>
          )}
        </footer>
      </div>
    </div>
  )
}

/**
 * Asked on Cancel or Escape after choices of the person's own: focus starts on keeping them, so
 * a second Enter or Escape never throws them away.
 */
function CloseQuestion({ onKeep, onDiscard }: { onKeep: () => void; onDiscard: () => void }) {
  const keep = useRef<HTMLButtonElement>(null)
  useEffect(() => keep.current?.focus(), [])
  const questionId = useId()
  return (
    <div className="import-preview__close-question" role="group" aria-labelledby={questionId}>
      <p id={questionId}>Close without saving? Your choices for this file will be lost.</p>
      <button ref={keep} type="button" onClick={onKeep}>
        Keep choosing
      </button>
      <button type="button" onClick={onDiscard}>
        Discard choices
      </button>
    </div>
  )
}

function savingText(step: SavingStep, name: string): string {
  if (step === 'waiting') return 'Saving once your latest choices are imported…'
  if (step === 'writing') return `Writing ${catalogFileName(name)}…`
  return `Saving ${catalogFileName(name)}…`
}

/** The last choice made in the outline, and the entries read as that entry was before it. */
interface LikeOffer {
  key: string
  role: ImportRole
  like: OutlineEntry[]
  /** Whether they were given the role too. */
  applied: boolean
}

interface OutlineProps {
  roleOf: (entry: OutlineEntry) => ImportRole
  onChoose: (entry: OutlineEntry, role: ImportRole) => void
  offer: LikeOffer | undefined
  onChooseForLike: () => void
}

function OutlineList(props: OutlineProps & { entries: OutlineEntry[] }) {
  const { entries, ...rest } = props
  return (
    <ul className="import-outline">
      {entries.map((entry) => (
        <li key={entry.key}>
          <OutlineRow entry={entry} {...rest} />
          {entry.children.length > 0 && <OutlineList entries={entry.children} {...rest} />}
        </li>
      ))}
    </ul>
  )
}

function OutlineRow({
  entry,
  roleOf,
  onChoose,
  offer,
  onChooseForLike
}: OutlineProps & { entry: OutlineEntry }) {
  const id = useId()
  const select = useRef<HTMLSelectElement>(null)
  const role = roleOf(entry)
  const offered = offer?.key === entry.key && offer.like.length > 0 ? offer : undefined
  return (
    <>
      <div
        className={[
          'import-outline__row',
          role === 'skip' ? 'is-skipped' : '',
          // A list, table or text offered to be made teams: its label is what it holds.
          entry.choices ? 'is-offer' : ''
        ]
          .filter(Boolean)
          .join(' ')}
      >
        <label htmlFor={id} className="import-outline__label">
          <span className="import-outline__name" title={entry.label}>
            {entry.label}
          </span>
          <span className="import-outline__where">
            {entry.file ? `${entry.file}:` : 'line '}
            {entry.line}
            {entry.column ? `:${entry.column}` : ''}
            {role !== entry.inferred && ` · found: ${roleLabel(entry, entry.inferred)}`}
          </span>
        </label>
        <select
          ref={select}
          id={id}
          className="field"
          value={role}
          aria-description={entry.reason}
          title={entry.reason}
          onChange={(event) => onChoose(entry, event.target.value as ImportRole)}
        >
          {(entry.choices ?? ROLES).map((role) => (
            <option key={role} value={role}>
              {roleLabel(entry, role)}
            </option>
          ))}
        </select>
      </div>
      {offered && (
        <LikeChoice
          offer={offered}
          onChoose={() => {
            onChooseForLike()
            // The button goes: the choice it made stays where the person was.
            select.current?.focus()
          }}
        />
      )}
    </>
  )
}

/**
 * "Same for 6 more like it" under a changed choice, naming what they are in its description; once
 * chosen, what was done, as a status.
 */
function LikeChoice({ offer, onChoose }: { offer: LikeOffer; onChoose: () => void }) {
  const n = offer.like.length
  const label = roleLabel(offer.like[0] ?? {}, offer.role)
  if (offer.applied) {
    return (
      <p className="import-outline__like" role="status">
        {countLabel(n, 'more entry', 'more entries')} like it: {label}
      </p>
    )
  }
  const names = offer.like.slice(0, LIKE_NAMES).map((entry) => entry.label)
  const more = n > LIKE_NAMES ? ` and ${n - LIKE_NAMES} more` : ''
  return (
    <button
      type="button"
      className="import-outline__like"
      aria-description={`${label} for ${names.join(', ')}${more}`}
      title={`${label} for ${names.join(', ')}${more}`}
      onClick={onChoose}
    >
      Same for {n} more like it
    </button>
  )
}

/** "Show 500 more (500 of 8,600 shown)", while there are more to show. */
function ShowMore({
  shown,
  total,
  page,
  onMore
}: {
  shown: number
  total: number
  page: number
  onMore: () => void
}) {
  if (shown >= total) return null
  return (
    <button type="button" className="import-preview__more" onClick={onMore}>
      {`Show ${Math.min(page, total - shown)} more (${shown.toLocaleString('en')} of ${total.toLocaleString('en')} shown)`}
    </button>
  )
}

/** The outline's first `limit` entries in document order (depth first), and how many it holds. */
function firstEntries(
  entries: readonly OutlineEntry[],
  limit: number
): { entries: OutlineEntry[]; shown: number; total: number } {
  let shown = 0
  let total = 0
  const take = (list: readonly OutlineEntry[]): OutlineEntry[] => {
    const kept: OutlineEntry[] = []
    for (const entry of list) {
      total += 1
      if (shown >= limit) {
        take(entry.children)
        continue
      }
      shown += 1
      const children = take(entry.children)
      kept.push(children.length === entry.children.length ? entry : { ...entry, children })
    }
    return kept
  }
  return { entries: take(entries), shown, total }
}

function sameMapping(a: ImportMapping, b: ImportMapping): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b)
}

/** The import's problems, and a failure of the worker itself, said as a problem of the file. */
function problemsOf(
  summary: PreviewSummary | undefined,
  { failure }: PreviewState,
  file: string
): Diagnostic[] {
  const problems = summary?.errors ?? []
  if (!failure) return problems
  return [
    ...problems,
    {
      file,
      line: 0,
      column: 0,
      message: `internal error while importing: ${failure}`,
      hint: 'please report this with the file attached'
    }
  ]
}

/**
 * What the preview is doing, honestly: an importer cannot say how much of a guide it has read,
 * so the stage and the file's size, and the number of teams once the chart is being drawn.
 */
function busyText(busy: PreviewState['busy'], name: string, files: readonly File[]): string {
  const size = fileSizeLabel(files.reduce((sum, file) => sum + file.size, 0))
  if (!busy) return `Reading ${name} (${size})…`
  if (busy.stage === 'drawing') {
    return `Drawing the chart${busy.teams === undefined ? '' : ` of ${countLabel(busy.teams, 'team')}`}…`
  }
  return `Importing ${name} (${size})…`
}

function where(error: Diagnostic): string {
  return error.line > 0 ? `${error.file}:${error.line}:${error.column}` : error.file
}
