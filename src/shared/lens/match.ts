import type { Catalog, CatalogProject, CatalogTeam } from '../catalog/catalog'
import { allTeams } from '../catalog/all-teams'
import { expandSelection } from './families'
import type { Lens } from './lens'

export const EMPTY_LENS: Lens = Object.freeze({
  technologies: [],
  mode: 'any',
  includeMentions: false
}) as Lens

export interface LensMatch {
  /** Whether any technology is selected or hiring asked for; when not, nothing is dimmed. */
  active: boolean
  teams: ReadonlySet<string>
  projects: ReadonlySet<string>
  /** For each team id, which selected technologies it has (in selection order): its marks. */
  marks: ReadonlyMap<string, readonly string[]>
  /**
   * Technologies matched because a selected family holds them, each with that family: the
   * chips a view draws in the family's colour (Grafana Cloud → Grafana while Grafana is selected).
   */
  via: ReadonlyMap<string, string>
}

/** What selecting each technology selects: itself, or a family with its members. */
type Selection = ReadonlyMap<string, readonly string[]>

/** Whether a set of technologies satisfies the lens (any / all of the selected ones). */
function satisfies(lens: Lens, has: (name: string) => boolean): boolean {
  return lens.mode === 'all' ? lens.technologies.every(has) : lens.technologies.some(has)
}

/**
 * How the lens sees one team: whether it matches and which selected technologies it has (its
 * marks, in selection order). A team matches when its stack (plus its mentions, if asked) holds
 * any / all selected technologies; a selected family is held through any of its members.
 * Per team, so a graph node can ask for itself alone; `selection` (expandSelection) is the
 * catalog's families: without it a technology stands for itself only.
 */
export function teamLensState(
  team: Pick<CatalogTeam, 'stack' | 'mentions'>,
  lens: Lens,
  selection?: Selection
): { hit: boolean; marks: string[] } {
  const holds = (name: string) =>
    team.stack.includes(name) || (lens.includeMentions && team.mentions.includes(name))
  const has = (name: string) => (selection?.get(name) ?? [name]).some(holds)
  return { hit: satisfies(lens, has), marks: lens.technologies.filter(has) }
}

/** A project matches on its own technologies (a selected family through its members too). */
export function projectMatches(
  project: Pick<CatalogProject, 'technologies'>,
  lens: Lens,
  selection?: Selection
): boolean {
  return satisfies(lens, (name) =>
    (selection?.get(name) ?? [name]).some((held) => project.technologies.includes(held))
  )
}

/**
 * Which teams and projects of the whole catalog the lens selects. With `hiring`, a team must
 * also have a role open now; hiring alone (no technology) selects the hiring teams and their
 * projects. Marks still show every selected technology a team has, hiring or not.
 */
export function matchLens(catalog: Catalog, lens: Lens): LensMatch {
  const teams = new Set<string>()
  const projects = new Set<string>()
  const marks = new Map<string, string[]>()
  const via = new Map<string, string>()
  // Hiring now: a role open now (org/open-roles.ts says the same; the lens does not import org,
  // which imports the lens's families).
  const hiring = lens.hiring === true
  const isHiring = (team: CatalogTeam) => team.roles.some((role) => role.status === 'open')
  if (lens.technologies.length === 0) {
    if (!hiring) return { active: false, teams, projects, marks, via }
    for (const team of allTeams(catalog)) {
      if (!isHiring(team)) continue
      teams.add(team.id)
      for (const project of team.projects) projects.add(project.id)
    }
    return { active: true, teams, projects, marks, via }
  }
  const selection = expandSelection(catalog, lens.technologies)
  for (const [family, held] of selection) {
    for (const member of held) {
      if (member !== family && !selection.has(member)) via.set(member, family)
    }
  }
  // Most catalogs have no families: the plain lookups then, without the expansion's lists.
  const expanded = via.size > 0 ? selection : undefined
  for (const team of allTeams(catalog)) {
    const state = teamLensState(team, lens, expanded)
    if (state.marks.length > 0) marks.set(team.id, state.marks)
    if (hiring && !isHiring(team)) continue
    if (state.hit) teams.add(team.id)
    for (const project of team.projects) {
      if (projectMatches(project, lens, expanded)) projects.add(project.id)
    }
  }
  return { active: true, teams, projects, marks, via }
}
