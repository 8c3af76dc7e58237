import type { GuideEntry } from './guide-structure'
import { kebabCase } from './ids'

/**
 * A team drawn as a node of the page's org chart and declared again by a table row, a heading
 * or a bullet of the same name is one team. The chart places it (its parent is the structure
 * the page draws); the other declarations say what it is (description, stack, lead, links).
 * Returns each chart node's other declarations, in reading order, whichever comes first.
 *
 * Two nodes of one name (a "Deploy" under two stages) are two teams: a name the chart draws more
 * than once is left as it is.
 */
export function chartEchoes(outline: GuideEntry[]): Map<GuideEntry, GuideEntry[]> {
  const byName = new Map<string, GuideEntry[]>()
  const collect = (entries: GuideEntry[]): void => {
    for (const entry of entries) {
      if (entry.role === 'team') {
        const key = kebabCase(entry.label)
        byName.set(key, [...(byName.get(key) ?? []), entry])
      }
      collect(entry.children)
    }
  }
  collect(outline)
  const echoes = new Map<GuideEntry, GuideEntry[]>()
  for (const declared of byName.values()) {
    const nodes = declared.filter((entry) => entry.source.kind === 'chart')
    const others = declared.filter((entry) => entry.source.kind !== 'chart')
    if (nodes.length === 1 && others.length > 0) echoes.set(nodes[0], others)
  }
  return echoes
}
