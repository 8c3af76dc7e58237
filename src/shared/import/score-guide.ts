import { scorePairs, type PairScore, type TechnologyPair } from '../technology/score-pairs'
import type { ImportOptions } from './guide-context'
import { importGuide } from './import-guide'

/**
 * Imports a team guide and scores the technology-team pairs it finds (stack, mentions and
 * project technologies) against the pairs a person wrote down for it. For measuring recognition
 * on labelled documents; a guide that does not import scores as finding nothing.
 */
export function scoreGuide(
  markdown: string,
  expected: readonly TechnologyPair[],
  options: Partial<ImportOptions> = {}
): PairScore {
  const result = importGuide(markdown, { file: 'guide.md', ...options })
  const found: TechnologyPair[] = []
  if (result.ok) {
    for (const team of result.value.catalog.divisions.flatMap((division) => division.teams)) {
      const technologies = new Set([
        ...team.stack,
        ...team.mentions,
        ...team.projects.flatMap((project) => project.technologies)
      ])
      for (const technology of technologies) found.push({ team: team.name, technology })
    }
  }
  return scorePairs(expected, found)
}
