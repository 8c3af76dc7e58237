import type { CatalogDiff, DiffChanged, DiffParent } from '../../shared/diff/catalog-diff'

/**
 * A comparison for people: one section per kind of change, each line saying what and where;
 * changes inside a team under the team's name. (The caller escapes control characters.)
 */
export function diffReport(diff: CatalogDiff): string {
  const sections: string[] = []
  const section = (title: string, lines: string[]) => {
    if (lines.length > 0) sections.push([`${title} (${lines.length})`, ...lines].join('\n'))
  }
  section(
    'Added',
    diff.added.map((entry) => `  + ${entry.kind} ${entry.name}${under(entry.parent, 'in')}`)
  )
  section(
    'Removed',
    diff.removed.map((entry) => `  - ${entry.kind} ${entry.name}${under(entry.parent, 'was in')}`)
  )
  section(
    'Moved',
    diff.moved.map(
      (entry) => `  > ${entry.kind} ${entry.name}: ${place(entry.from)} -> ${place(entry.to)}`
    )
  )
  section(
    'Renamed',
    diff.renamed.map((entry) => `  ~ ${entry.kind} "${entry.from}" -> "${entry.to}" (${entry.id})`)
  )
  const byNode = new Map<string, DiffChanged[]>()
  for (const change of diff.changed) {
    const key = `${change.kind}:${change.id}`
    byNode.set(key, [...(byNode.get(key) ?? []), change])
  }
  const changed = [...byNode.values()].map((changes) =>
    [`  ${changes[0].kind} ${changes[0].name}`, ...changes.map((c) => `    ${changeLine(c)}`)].join(
      '\n'
    )
  )
  if (changed.length > 0) sections.push([`Changed (${diff.changed.length})`, ...changed].join('\n'))
  return sections.join('\n\n')
}

function changeLine(change: DiffChanged): string {
  if (change.added.length > 0 || change.removed.length > 0) {
    const items = [
      ...change.added.map((item) => `+${item}`),
      ...change.removed.map((item) => `-${item}`)
    ]
    return `${change.field}: ${items.join(', ')}`
  }
  return `${change.field}: ${value(change.from)} -> ${value(change.to)}`
}

function value(field: string | number | null): string {
  return field === null ? '(none)' : String(field)
}

function under(parent: DiffParent, word: string): string {
  return parent ? ` (${word} ${parent.kind} ${parent.name})` : ''
}

function place(parent: DiffParent): string {
  return parent ? `${parent.kind} ${parent.name}` : 'the company'
}
