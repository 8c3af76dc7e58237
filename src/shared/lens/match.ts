import { z } from 'zod'
import { allTeams, type Catalog } from '../catalog/catalog'

/** What the technology lens is set to: part of the view state, saved and exported with it. */
export const Lens = z.object({
  /** Canonical technology names, in the order they were selected (that order picks colours). */
  technologies: z.array(z.string()).default([]),
  mode: z.enum(['any', 'all']).default('any'),
  /** Count technologies a team's text only mentions, not just its stated stack. */
  includeMentions: z.boolean().default(false)
})
export type Lens = z.infer<typeof Lens>

export const EMPTY_LENS: Lens = Object.freeze({
  technologies: [],
  mode: 'any',
  includeMentions: false
}) as Lens

export interface LensMatch {
  /** Whether any technology is selected; when not, nothing is dimmed. */
  active: boolean
  teams: ReadonlySet<string>
  projects: ReadonlySet<string>
  /** For each team id, which selected technologies it has (in selection order): its marks. */
  marks: ReadonlyMap<string, readonly string[]>
}

/**
 * Which teams and projects the lens selects. A team matches when its stack (plus its mentions,
 * if asked) holds any / all selected technologies; a project matches on its own technologies.
 */
export function matchLens(catalog: Catalog, lens: Lens): LensMatch {
  const selected = lens.technologies
  const teams = new Set<string>()
  const projects = new Set<string>()
  const marks = new Map<string, string[]>()
  if (selected.length === 0) return { active: false, teams, projects, marks }

  const satisfies = (has: (name: string) => boolean): boolean =>
    lens.mode === 'all' ? selected.every(has) : selected.some(has)

  for (const team of allTeams(catalog)) {
    const own = new Set(lens.includeMentions ? [...team.stack, ...team.mentions] : team.stack)
    const teamMarks = selected.filter((name) => own.has(name))
    if (teamMarks.length > 0) marks.set(team.id, teamMarks)
    if (satisfies((name) => own.has(name))) teams.add(team.id)
    for (const project of team.projects) {
      const projectOwn = new Set(project.technologies)
      if (satisfies((name) => projectOwn.has(name))) projects.add(project.id)
    }
  }
  return { active: true, teams, projects, marks }
}
