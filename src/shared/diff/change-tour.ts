import type { TourStep } from '../tour/tour'
import type { CatalogDiff, DiffNodeKind, DiffParent } from './catalog-diff'
import { changeNote, diffNodeId } from './diff-marks'

const KIND_ORDER: readonly DiffNodeKind[] = ['division', 'group', 'team']

interface Stop {
  id: string
  kind: DiffNodeKind
  title: string
  sentences: string[]
  /** What part of the tour it is in, shown beside the stop's number: "Teams". */
  part?: string
}

const PART: Record<DiffNodeKind, string> = { division: 'Divisions', group: 'Groups', team: 'Teams' }

/**
 * The tour of a comparison, for presenting what changed: a first stop summing it up, then the
 * divisions that were formed, closed, moved or renamed, then the groups, then the teams (with
 * their other changes: lead, headcount, roles, projects…), then each team's stack. Captions
 * read as news: "Cloud Tools Team formed under Cloud."
 */
export function changeTourSteps(diff: CatalogDiff, since: string): TourStep[] {
  const structural = new Map<string, Stop>()
  const stop = (kind: DiffNodeKind, id: string, title: string) => {
    const key = diffNodeId(kind, id)
    let found = structural.get(key)
    if (!found) {
      found = { id: key, kind, title, sentences: [] }
      structural.set(key, found)
    }
    return found
  }
  for (const e of diff.added) {
    stop(e.kind, e.id, e.name).sentences.push(`${label(e.kind, e.name)} formed${under(e.parent)}.`)
  }
  for (const e of diff.removed) {
    stop(e.kind, e.id, e.name).sentences.push(
      `${label(e.kind, e.name)} closed${e.parent ? ` (it was under ${e.parent.name})` : ''}.`
    )
  }
  for (const e of diff.moved) {
    stop(e.kind, e.id, e.name).sentences.push(
      `${label(e.kind, e.name)} moved from ${place(e.from)} to ${place(e.to)}.`
    )
  }
  for (const e of diff.renamed) {
    stop(e.kind, e.id, e.to).sentences.push(`${e.from} is now ${e.to}.`)
  }
  const others = new Map<string, Stop>()
  const stacks: Stop[] = []
  for (const change of diff.changed) {
    if (change.field === 'stack') {
      const gained = change.added.length > 0 ? `now states ${listPhrase(change.added)}` : ''
      const lost = change.removed.length > 0 ? `no longer ${listPhrase(change.removed)}` : ''
      stacks.push({
        id: diffNodeId(change.kind, change.id),
        kind: change.kind,
        title: change.name,
        sentences: [`${change.name} ${[gained, lost].filter(Boolean).join(', and ')}.`],
        part: 'Stacks'
      })
      continue
    }
    const key = diffNodeId(change.kind, change.id)
    const found = structural.get(key) ?? others.get(key)
    const sentence = `${capitalized(changeNote(change))}.`
    if (found) found.sentences.push(sentence)
    else others.set(key, { id: key, kind: change.kind, title: change.name, sentences: [sentence] })
  }
  const ordered = [
    ...KIND_ORDER.flatMap((kind) => [...structural.values()].filter((s) => s.kind === kind)),
    ...others.values(),
    ...stacks
  ]
  const counts = [
    [diff.added.length, 'added'],
    [diff.removed.length, 'removed'],
    [diff.moved.length, 'moved'],
    [diff.renamed.length, 'renamed'],
    [diff.changed.length, 'changed']
  ]
    .filter(([n]) => Number(n) > 0)
    .map(([n, word]) => `${n} ${word}`)
  return [
    {
      id: 'company',
      kind: 'company',
      title: `What changed since ${since}`,
      caption:
        ordered.length === 0
          ? 'Nothing: both versions hold the same organization.'
          : `${listPhrase(counts)}.`.replace(/^./, (c) => c.toUpperCase()),
      context: 'Changes'
    },
    ...ordered.map((s) => ({
      id: s.id,
      kind: s.kind,
      title: s.title,
      caption: s.sentences.join(' '),
      context: s.part ?? PART[s.kind]
    }))
  ]
}

function label(kind: DiffNodeKind, name: string): string {
  return kind === 'team' ? name : `${name} ${kind}`
}

function under(parent: DiffParent): string {
  return parent ? ` under ${parent.name}` : ''
}

function place(parent: DiffParent): string {
  return parent ? parent.name : 'the company'
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** "Go", "Go and Rust", "Go, Rust and Zig". */
function listPhrase(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}
