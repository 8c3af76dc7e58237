import { memo } from 'react'
import type { DiffMark } from '../../../shared/diff/diff-marks'
import { useAppStore } from '../store/store'

export const DIFF_SYMBOL: Record<DiffMark['status'], string> = {
  added: '+',
  removed: '−',
  moved: '↪',
  renamed: '✎',
  changed: '±'
}

export const DIFF_WORD: Record<DiffMark['status'], string> = {
  added: 'Added',
  removed: 'Removed',
  moved: 'Moved',
  renamed: 'Renamed',
  changed: 'Changed'
}

/**
 * A node's mark in a comparison: a badge (+, −, ↪, ✎, ±) with every change in its label, where
 * a moved node came from, and its stack's technologies gained and lost. A removed node is
 * ghosted by CSS (`.org-node:has(> .diff-badge--removed)`). Re-renders only when this node's
 * mark changes.
 */
export const DiffMarkLayer = memo(function DiffMarkLayer({ id }: { id: string }) {
  const mark = useAppStore((s) => s.comparison?.marks.get(id))
  if (!mark) return null
  const label = `${DIFF_WORD[mark.status]}: ${mark.notes.join('; ')}`
  const from = mark.notes.find((note) => note.startsWith('moved from '))
  return (
    <>
      <span
        className={`diff-badge diff-badge--${mark.status}`}
        data-diff={mark.status}
        role="img"
        aria-label={label}
        title={label}
      >
        {DIFF_SYMBOL[mark.status]}
      </span>
      {(from || mark.stackAdded.length > 0 || mark.stackRemoved.length > 0) && (
        <span className="diff-notes" aria-hidden="true">
          {from && <span className="diff-note">{from}</span>}
          {mark.stackAdded.map((name) => (
            <span key={`+${name}`} className="diff-chip diff-chip--added">
              +{name}
            </span>
          ))}
          {mark.stackRemoved.map((name) => (
            <span key={`-${name}`} className="diff-chip diff-chip--removed">
              −{name}
            </span>
          ))}
        </span>
      )}
    </>
  )
})
