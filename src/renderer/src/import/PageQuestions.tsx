import { useId, useState } from 'react'
import type { ImportMapping, ReadingKind } from '../../../shared/import/import-plan'
import type { PlanSummary } from './preview-protocol'

const READING_LABEL: Record<ReadingKind, string> = {
  'one-team': "One team's page",
  'team-list': 'A list of teams',
  'units-of-teams': 'Units holding teams'
}

/**
 * The answers that decide most of what a page gives, above its outline: the company the chart is
 * of (its root; a page rarely names it where the importer looks), and for a team guide how the
 * whole page is read (one team's page, a list of teams, or units holding teams: page-reading.ts),
 * offered when the page can be read more than one way. Each answer goes into the mapping
 * (`company`, `reading`), so Accept keeps it and a re-import repeats it.
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
    onMapping((current) => {
      const next = { ...current }
      if (name === '') delete next.company
      else next.company = name
      return next
    })
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
        onKeyDown={(event) => {
          if (event.key === 'Enter') takeName()
          // Escape first drops the name being typed; pressed again, it closes the dialog.
          if (event.key === 'Escape' && draft !== undefined) {
            event.stopPropagation()
            setDraft(undefined)
          }
        }}
      />
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
