import { projectMatches, teamLensState } from '../../../shared/lens/match'
import { selectionColor } from '../../../shared/theme/palette'
import { effectiveLens } from '../store/lens-slice'
import type { AppState } from '../store/store'
import type { LensSubject } from './flow-elements'

export type Mark = { name: string; color: string }

/**
 * One node's lens state as a string, for a store selector: a primitive, so a node re-renders
 * only when its own state changes. With 1,000 teams, selecting a technology costs a thousand
 * cheap selector calls and re-renders only the nodes that match or hold a selected technology,
 * instead of handing React Flow a thousand new node objects to re-render and re-measure.
 * Nodes that do not match say "" (the same as with no lens): the graph dims them with one class.
 * Format: "" | "hit", then "|index:name" per mark.
 */
export function nodeLensKey(subject: LensSubject | undefined, state: AppState): string {
  const lens = effectiveLens(state.lens, state.preview)
  if (!subject || lens.technologies.length === 0) return ''
  if (subject.kind === 'project') return projectMatches(subject.project, lens) ? 'hit' : ''
  const { hit, marks } = teamLensState(subject.team, lens)
  const markText = marks.map((name) => `|${lens.technologies.indexOf(name)}:${name}`).join('')
  return `${hit ? 'hit' : ''}${markText}`
}

const NO_MARKS: Mark[] = []

export function parseLensKey(key: string): { hit: boolean; marks: Mark[] } {
  const [match, ...marks] = key.split('|')
  // The same empty array every time, so memoized children see "no change".
  if (marks.length === 0) return { hit: match === 'hit', marks: NO_MARKS }
  return {
    hit: match === 'hit',
    marks: marks.map((mark) => {
      const colon = mark.indexOf(':')
      return {
        name: mark.slice(colon + 1),
        color: selectionColor(Number(mark.slice(0, colon)))
      }
    })
  }
}
