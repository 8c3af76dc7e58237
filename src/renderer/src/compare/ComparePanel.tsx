import { useEffect } from 'react'
import type { CatalogDiff } from '../../../shared/diff/catalog-diff'
import { changeNote, diffNodeId, type DiffMark } from '../../../shared/diff/diff-marks'
import { selectCatalog, useAppStore } from '../store/store'
import { DIFF_SYMBOL, DIFF_WORD } from './DiffMarkLayer'
import './compare.css'

interface Entry {
  key: string
  nodeId: string
  text: string
}

/** The side list of a comparison, grouped by kind of change, with the legend and a way back. */
export function ComparePanel() {
  const comparison = useAppStore((s) => s.comparison)
  const catalog = useAppStore(selectCatalog)
  const reveal = useAppStore((s) => s.reveal)

  // Another catalog (an edit on disk, File → Open) replaced the union: the comparison is over.
  useEffect(() => {
    if (comparison && catalog && catalog !== comparison.union) {
      useAppStore.getState().dropComparison()
    }
  }, [comparison, catalog])

  if (!comparison) return null
  const groups = groupEntries(comparison.diff)
  const total = groups.reduce((n, group) => n + group.entries.length, 0)
  return (
    <aside className="compare-panel" aria-label="Changes">
      <header className="compare-panel__head">
        <h2>Changes since {comparison.label}</h2>
        <button
          type="button"
          className="compare-panel__back"
          onClick={() => useAppStore.getState().endComparison()}
        >
          Back to the chart
        </button>
      </header>
      <ul className="compare-legend" aria-label="Legend">
        {(Object.keys(DIFF_SYMBOL) as DiffMark['status'][]).map((status) => (
          <li key={status}>
            <span
              className={`diff-badge diff-badge--${status} diff-badge--static`}
              aria-hidden="true"
            >
              {DIFF_SYMBOL[status]}
            </span>
            {DIFF_WORD[status]}
          </li>
        ))}
      </ul>
      {total === 0 ? (
        <p className="compare-panel__none" role="status">
          No changes: both versions hold the same organization.
        </p>
      ) : (
        groups.map(
          (group) =>
            group.entries.length > 0 && (
              <section
                key={group.status}
                aria-label={`${DIFF_WORD[group.status]} (${group.entries.length})`}
              >
                <h3>
                  {DIFF_WORD[group.status]} ({group.entries.length})
                </h3>
                <ul className="compare-panel__list">
                  {group.entries.map((entry) => (
                    <li key={entry.key}>
                      <button type="button" onClick={() => reveal(entry.nodeId)}>
                        {entry.text}
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            )
        )
      )}
    </aside>
  )
}

function groupEntries(diff: CatalogDiff): { status: DiffMark['status']; entries: Entry[] }[] {
  const entry = (
    kind: 'division' | 'group' | 'team',
    id: string,
    text: string,
    i: number
  ): Entry => ({
    key: `${kind}:${id}:${i}`,
    nodeId: diffNodeId(kind, id),
    text
  })
  return [
    {
      status: 'added',
      entries: diff.added.map((e, i) =>
        entry(e.kind, e.id, `${e.name} (${e.kind}${e.parent ? `, under ${e.parent.name}` : ''})`, i)
      )
    },
    {
      status: 'removed',
      entries: diff.removed.map((e, i) =>
        entry(
          e.kind,
          e.id,
          `${e.name} (${e.kind}${e.parent ? `, was under ${e.parent.name}` : ''})`,
          i
        )
      )
    },
    {
      status: 'moved',
      entries: diff.moved.map((e, i) =>
        entry(
          e.kind,
          e.id,
          `${e.name}: ${e.from?.name ?? 'company'} → ${e.to?.name ?? 'company'}`,
          i
        )
      )
    },
    {
      status: 'renamed',
      entries: diff.renamed.map((e, i) => entry(e.kind, e.id, `${e.from} → ${e.to}`, i))
    },
    {
      status: 'changed',
      entries: diff.changed.map((c, i) => entry(c.kind, c.id, `${c.name}: ${changeNote(c)}`, i))
    }
  ]
}
