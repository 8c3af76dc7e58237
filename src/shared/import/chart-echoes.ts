import type { GuideEntry } from './guide-entry'
import { nameKey } from './ids'

/** A drawn team, by its name's key, with the stage its name or the chart puts it in. */
interface Node {
  entry: GuideEntry
  key: string
  /** Its `Stage:` prefix and the units above it in the chart, as keys. */
  stages: string[]
}

/**
 * A team's name as one page may write it in several places: "Source Code", "Create:Source
 * Code", "Source Code group" and "Create: Source Code team" are one name in the Create stage.
 */
function declaredName(label: string): { stage?: string; key: string } {
  const bare = (text: string): string =>
    nameKey(text.replace(/\s+(?:team|group|squad)$/iu, '').trim())
  const staged = /^([^:]{2,40}?)\s*::?\s*(\S.*)$/u.exec(label.trim())
  return staged ? { stage: bare(staged[1]), key: bare(staged[2]) } : { key: bare(label) }
}

/**
 * A team drawn as a node of the page's org chart and declared again by a table row, a heading
 * or a bullet of the same name is one team. The chart places it (its parent is the structure
 * the page draws); the other declarations say what it is (description, stack, lead, links).
 * Returns each chart node's other declarations, in reading order, whichever comes first.
 *
 * Names match by key, with "team"/"group" and a `Stage:` prefix set aside, a prefix only where
 * it is the node's stage or a unit above it. Two nodes of one name (a "Deploy" under two
 * stages) are two teams: a declaration that could be either is left as it is.
 */
export function chartEchoes(outline: GuideEntry[]): Map<GuideEntry, GuideEntry[]> {
  const nodes: Node[] = []
  const others: GuideEntry[] = []
  const collect = (entries: GuideEntry[], units: string[]): void => {
    for (const entry of entries) {
      if (entry.role === 'team' && entry.source.kind === 'chart') {
        const { stage, key } = declaredName(entry.label)
        nodes.push({ entry, key, stages: [...(stage ? [stage] : []), ...units] })
      } else if (entry.role === 'team') {
        others.push(entry)
      }
      const isChartUnit =
        (entry.role === 'division' || entry.role === 'group') && entry.source.kind === 'chart'
      collect(entry.children, isChartUnit ? [...units, declaredName(entry.label).key] : units)
    }
  }
  collect(outline, [])
  const echoes = new Map<GuideEntry, GuideEntry[]>()
  for (const other of others) {
    const { stage, key } = declaredName(other.label)
    // The exact name first; else the name up to a plural "s" on a word ("Editors Extensions"
    // drawn, "Editor Extensions" in the table: one team, as a reader takes it).
    const exact = nodes.filter((node) => node.key === key)
    const named =
      exact.length > 0 ? exact : nodes.filter((node) => singular(node.key) === singular(key))
    if (named.length !== 1) continue
    const [node] = named
    if (stage && !node.stages.includes(stage)) continue
    echoes.set(node.entry, [...(echoes.get(node.entry) ?? []), other])
  }
  return echoes
}

/** A name's key with each word's plural "s" dropped ("editors-extensions" → "editor-extension"). */
function singular(key: string): string {
  return key
    .split('-')
    .map((word) => (word.length > 3 && /[^s]s$/u.test(word) ? word.slice(0, -1) : word))
    .join('-')
}
