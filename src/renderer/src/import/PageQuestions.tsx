import { useId, useState, type KeyboardEvent } from 'react'
import type { ImportMapping, ReadingKind } from '../../../shared/import/import-plan'
import type { PlanSummary } from './preview-protocol'

const READING_LABEL: Record<ReadingKind, string> = {
  'one-team': "One team's page",
  'team-list': 'A list of teams',
  'units-of-teams': 'Units holding teams'
}

/**
 * The answers that decide most of what a page gives, above its outline: the company the chart is
 * of (its root; a page rarely names it where the importer looks), and for a team guide where it
 * is published (its relative links resolve against it) and how the whole page is read (one
 * team's page, a list of teams, or units holding teams: page-reading.ts), offered when the page
 * can be read more than one way. Each answer goes into the mapping (`company`, `baseUrl`,
 * `reading`), so Accept keeps it and a re-import repeats it.
 *
 * The name is taken when the field is left or Enter is pressed, not at each key: every change
 * of the mapping imports the source again. An emptied field gives the name back to the import;
 * Escape drops the name being typed.
 */
export function PageQuestions({
  plan,
  mapping,
  onMapping
}: {
  plan: PlanSummary
  mapping: ImportMapping
  onMapping: (change: (mapping: ImportMapping) => ImportMapping) => void
}) {
  const companyId = useId()
  const readingId = useId()
  const [draft, setDraft] = useState<string>()
  // Emptied, the field waits for the import's own name: the plan on screen still has the one
  // just cleared until the source is imported again without it.
  const [clearedFrom, setClearedFrom] = useState<PlanSummary>()
  const shown = draft ?? mapping.company ?? (clearedFrom === plan ? '' : plan.company)
  const takeName = () => {
    if (draft === undefined) return
    const name = draft.trim()
    setDraft(undefined)
    if (name === '' && mapping.company !== undefined) setClearedFrom(plan)
    onMapping((current) => answered(current, 'company', name))
  }
  const reading = plan.reading
  const readings = reading ? [reading.kind, ...reading.others] : []
  return (
    <div className="import-questions">
      <label htmlFor={companyId}>Company</label>
      <input
        id={companyId}
        className="field"
        value={shown}
        spellCheck={false}
        placeholder="The name the import finds"
        aria-description="The chart's root. Leave it empty for the name the import found."
        onChange={(event) => setDraft(event.target.value)}
        onBlur={takeName}
        onKeyDown={answerKeys(
          takeName,
          draft !== undefined ? () => setDraft(undefined) : undefined
        )}
      />
      {plan.format === 'markdown' && <BaseUrlField mapping={mapping} onMapping={onMapping} />}
      {reading && readings.length > 1 && (
        <>
          <label htmlFor={readingId}>Page read as</label>
          <select
            id={readingId}
            className="field"
            value={mapping.reading ?? reading.kind}
            aria-description={reading.summary}
            title={reading.summary}
            onChange={(event) => {
              const kind = event.target.value as ReadingKind
              onMapping((current) => ({ ...current, reading: kind }))
            }}
          >
            {readings.map((kind) => (
              <option key={kind} value={kind}>
                {READING_LABEL[kind]}
              </option>
            ))}
          </select>
          {reading.close && !reading.asked && (
            <span className="import-questions__close">a close call: say which</span>
          )}
        </>
      )}
    </div>
  )
}

/**
 * "Links relative to": the address a guide is published at, which its relative links
 * ("../ledger.md", "/teams/payments") resolve against, as `--base-url` does for the CLI;
 * without it they are left out, each with a note. Taken when left or on Enter, as the company's
 * name is; an address that is not an http(s) URL is said to be one and not taken.
 */
function BaseUrlField({
  mapping,
  onMapping
}: {
  mapping: ImportMapping
  onMapping: (change: (mapping: ImportMapping) => ImportMapping) => void
}) {
  const id = useId()
  const problemId = useId()
  const [draft, setDraft] = useState<string>()
  const [problem, setProblem] = useState<string>()
  const take = () => {
    if (draft === undefined) return
    const address = draft.trim()
    if (address !== '' && !isWebAddress(address)) {
      setProblem('an address starting with https:// or http://')
      return
    }
    setDraft(undefined)
    setProblem(undefined)
    onMapping((current) => answered(current, 'baseUrl', address))
  }
  return (
    <>
      <label htmlFor={id}>Links relative to</label>
      <input
        id={id}
        className="field"
        type="url"
        value={draft ?? mapping.baseUrl ?? ''}
        spellCheck={false}
        placeholder="https://where.the/guide/is/published/"
        aria-description="The page's relative links resolve against this address; left empty, they are left out."
        aria-invalid={problem !== undefined}
        aria-errormessage={problem ? problemId : undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={take}
        onKeyDown={answerKeys(
          take,
          draft !== undefined
            ? () => {
                setDraft(undefined)
                setProblem(undefined)
              }
            : undefined
        )}
      />
      {problem && (
        <span id={problemId} className="import-questions__problem" role="alert">
          ⚠ {problem}
        </span>
      )}
    </>
  )
}

/**
 * A question field's keys: Enter takes what is typed; Escape first drops it (`drop`, while
 * something is typed), and only pressed again reaches the dialog, which it closes.
 */
function answerKeys(take: () => void, drop: (() => void) | undefined) {
  return (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') take()
    if (event.key === 'Escape' && drop) {
      event.stopPropagation()
      drop()
    }
  }
}

/** The mapping with `key` answered, or without it for an empty answer (the import decides). */
function answered(
  mapping: ImportMapping,
  key: 'company' | 'baseUrl',
  answer: string
): ImportMapping {
  const next = { ...mapping }
  if (answer === '') delete next[key]
  else next[key] = answer
  return next
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}
