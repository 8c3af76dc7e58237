import { useAppStore } from '../store/store'
import { DIFF_WORD } from './DiffMarkLayer'

/** In the details panel during a comparison: what changed about the node, one line each. */
export function DiffNotes({ id }: { id: string }) {
  const mark = useAppStore((s) => s.comparison?.marks.get(id))
  const label = useAppStore((s) => s.comparison?.label)
  if (!mark) return null
  return (
    <section className="details__section diff-details" aria-label="What changed">
      <h3>
        {DIFF_WORD[mark.status]} since {label}
      </h3>
      <ul className="details__list">
        {mark.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </section>
  )
}
