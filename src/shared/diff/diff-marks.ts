import { nodeId } from '../tree/org-tree'
import type { CatalogDiff, DiffParent } from './catalog-diff'

/** How a node of the comparison chart differs from the older version. */
export interface DiffMark {
  status: 'added' | 'removed' | 'moved' | 'renamed' | 'changed'
  /** One line per change, for the node's tooltip and the side list: "moved from Cloud". */
  notes: string[]
  /** Stack technologies gained and lost (drawn as chips with + and −). */
  stackAdded: string[]
  stackRemoved: string[]
}

/** The node the chart draws for a diff entry ("team:storage"). */
export function diffNodeId(kind: 'division' | 'group' | 'team', id: string): string {
  return kind === 'division'
    ? nodeId.division({ id })
    : kind === 'group'
      ? nodeId.group({ id })
      : nodeId.team({ id })
}

const RANK: Record<DiffMark['status'], number> = {
  added: 0,
  removed: 1,
  moved: 2,
  renamed: 3,
  changed: 4
}

/**
 * Each changed node's mark, by chart node id. A node both moved and changed shows as moved (the
 * stronger news) with every change in its notes.
 */
export function diffMarks(diff: CatalogDiff): Map<string, DiffMark> {
  const marks = new Map<string, DiffMark>()
  const mark = (
    kind: 'division' | 'group' | 'team',
    id: string,
    status: DiffMark['status'],
    note: string
  ) => {
    const key = diffNodeId(kind, id)
    let found = marks.get(key)
    if (!found) {
      found = { status, notes: [], stackAdded: [], stackRemoved: [] }
      marks.set(key, found)
    } else if (RANK[status] < RANK[found.status]) found.status = status
    found.notes.push(note)
    return found
  }
  for (const entry of diff.added)
    mark(entry.kind, entry.id, 'added', `new${under(entry.parent, 'under')}`)
  for (const entry of diff.removed)
    mark(entry.kind, entry.id, 'removed', `removed${under(entry.parent, 'from')}`)
  for (const entry of diff.moved) {
    mark(entry.kind, entry.id, 'moved', `moved from ${entry.from?.name ?? 'the company'}`)
  }
  for (const entry of diff.renamed)
    mark(entry.kind, entry.id, 'renamed', `renamed from ${entry.from}`)
  for (const change of diff.changed) {
    const found = mark(change.kind, change.id, 'changed', changeNote(change))
    if (change.field === 'stack') {
      found.stackAdded.push(...change.added)
      found.stackRemoved.push(...change.removed)
    }
  }
  return marks
}

/** "stack: +Kubernetes −Go", "lead: Ada → Grace", "members: 4 → none". */
export function changeNote(change: CatalogDiff['changed'][number]): string {
  if (change.added.length > 0 || change.removed.length > 0) {
    return `${change.field}: ${[...change.added.map((a) => `+${a}`), ...change.removed.map((r) => `−${r}`)].join(' ')}`
  }
  return `${change.field}: ${change.from ?? 'none'} → ${change.to ?? 'none'}`
}

function under(parent: DiffParent, word: string): string {
  return parent ? ` ${word} ${parent.name}` : ''
}
