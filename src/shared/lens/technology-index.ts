import type { Catalog, CatalogTechnology } from '../catalog/catalog'
import { allTeams } from '../catalog/all-teams'
import { familyMembers } from './families'

/**
 * One registry technology and who uses it: the lookup behind "shared by N teams". Its own fields
 * are picked from the catalog type, so a schema change reaches here; ids are team/project ids.
 */
export type TechnologyUsage = Pick<
  CatalogTechnology,
  'name' | 'aliases' | 'category' | 'family' | 'implied'
> & {
  /** Teams whose stated toolset includes it. */
  stackTeams: string[]
  /** Teams whose text mentions it without stating it as their toolset. */
  mentionTeams: string[]
  /** Both of the above, once each, in catalog order. */
  teams: string[]
  /** Projects that list it (project ids). */
  projects: string[]
  /** The technologies whose family it is (registry order); [] for most. */
  members: string[]
  /**
   * What selecting it in the lens matches: it or any of its members (for a technology without
   * members, the same lists as above). "Grafana: 2 teams (1 via Grafana Cloud)" reads from here.
   */
  withMembers: FamilyUsage
}

export interface FamilyUsage {
  stackTeams: string[]
  /** Stack or mentions, each team once, in catalog order. */
  teams: string[]
  projects: string[]
  /**
   * Members through which a team matches that does not have the family itself: stated in a
   * stack (`stack`), or anywhere a lens that includes mentions looks (`all`).
   */
  viaMembers: { stack: string[]; all: string[] }
}

/**
 * Every registry technology with the teams and projects that use it, most shared first (then by
 * name), so the lens can list them in order and the matrix can read counts without recounting.
 * Names in the normalized catalog are already canonical, so plain equality is enough here.
 */
export function technologyIndex(catalog: Catalog): TechnologyUsage[] {
  const families = familyMembers(catalog)
  const usages = new Map(
    catalog.technologies.map((technology): [string, TechnologyUsage] => {
      const usage: TechnologyUsage = {
        name: technology.name,
        aliases: technology.aliases,
        category: technology.category,
        ...(technology.family === undefined ? {} : { family: technology.family }),
        // A family the file does not list: no team has it, its members' teams count for it.
        ...(technology.implied ? { implied: true } : {}),
        stackTeams: [],
        mentionTeams: [],
        teams: [],
        projects: [],
        members: [...(families.get(technology.name) ?? [])],
        withMembers: undefined as never
      }
      return [technology.name, usage]
    })
  )
  // What selecting a family matches (it or any of its members), by the family's name and by
  // each member's: gathered in the same pass, so already in catalog order.
  const unionOf = new Map<string, Omit<FamilyUsage, 'viaMembers'>>()
  for (const [family, members] of families) {
    const union = { stackTeams: [], teams: [], projects: [] }
    for (const name of [family, ...members]) unionOf.set(name, union)
  }
  // One pass over the catalog, in catalog order, instead of one per technology: at 5,000 teams
  // and ~100 technologies that is 25,000 list lookups instead of 2 million.
  // A team (a project) is counted once per technology however often it names it: it is the
  // last one pushed to that technology's list if it is there at all, since the lists fill in
  // catalog order (no Set per team and per project: ~30,000 of them at 5,000 teams).
  const add = (list: string[] | undefined, id: string) => {
    if (list && list[list.length - 1] !== id) list.push(id)
  }
  // One lookup per name: the first chart's index runs before the code is optimized.
  for (const team of allTeams(catalog)) {
    // The validator keeps stack and mentions disjoint, but count a team once even if not.
    for (const name of team.stack) {
      const usage = usages.get(name)
      if (usage) {
        usage.stackTeams.push(team.id)
        add(usage.teams, team.id)
      }
      const union = unionOf.get(name)
      if (union) {
        add(union.stackTeams, team.id)
        add(union.teams, team.id)
      }
    }
    for (const name of team.mentions) {
      const usage = usages.get(name)
      if (usage) {
        usage.mentionTeams.push(team.id)
        add(usage.teams, team.id)
      }
      add(unionOf.get(name)?.teams, team.id)
    }
    for (const project of team.projects) {
      for (const name of project.technologies) {
        add(usages.get(name)?.projects, project.id)
        add(unionOf.get(name)?.projects, project.id)
      }
    }
  }
  for (const usage of usages.values()) {
    const union = usage.members.length === 0 ? undefined : unionOf.get(usage.name)
    usage.withMembers = union
      ? {
          ...union,
          viaMembers: viaMembers(
            usage,
            usage.members.map((name) => usages.get(name)!)
          )
        }
      : {
          stackTeams: usage.stackTeams,
          teams: usage.teams,
          projects: usage.projects,
          viaMembers: NO_MEMBERS
        }
  }
  return [...usages.values()].sort(
    (a, b) => b.teams.length - a.teams.length || compareNames(a.name, b.name)
  )
}

const NO_MEMBERS: FamilyUsage['viaMembers'] = Object.freeze({
  stack: Object.freeze([]) as never[],
  all: Object.freeze([]) as never[]
})

/**
 * A family's members through which a team matches that does not have the family itself. (The
 * family's lists with its members' are gathered in technologyIndex's pass over the catalog: a
 * union sorted into catalog order afterwards took ~20 ms of a 5,000-team first render, most of
 * it indexing every team and project to sort by.)
 */
function viaMembers(
  family: TechnologyUsage,
  members: TechnologyUsage[]
): FamilyUsage['viaMembers'] {
  const contributing = (direct: string[], pick: (member: TechnologyUsage) => string[]) => {
    const has = new Set(direct)
    return members
      .filter((member) => pick(member).some((team) => !has.has(team)))
      .map((member) => member.name)
  }
  return {
    stack: contributing(family.stackTeams, (member) => member.stackTeams),
    all: contributing(family.teams, (member) => member.teams)
  }
}

/** Case-insensitive, locale-independent: "eBPF" sorts among the E's on every machine. */
function compareNames(a: string, b: string): number {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  return x < y ? -1 : x > y ? 1 : 0
}

/**
 * How many teams the lens counts for a technology: the stated stack, plus mentions if asked; a
 * family's members count for it, as selecting it matches them.
 */
export function lensTeamCount(usage: TechnologyUsage, includeMentions: boolean): number {
  return includeMentions ? usage.withMembers.teams.length : usage.withMembers.stackTeams.length
}

/**
 * The lens count of a technology with how much of it comes through family members: the data
 * behind "Grafana — 2 teams (1 via Grafana Cloud)". `direct` + `via` = `teams`.
 */
export function lensCount(
  usage: TechnologyUsage,
  includeMentions: boolean
): { teams: number; direct: number; via: number; viaMembers: string[] } {
  const teams = lensTeamCount(usage, includeMentions)
  const direct = includeMentions ? usage.teams.length : usage.stackTeams.length
  const viaMembers = includeMentions
    ? usage.withMembers.viaMembers.all
    : usage.withMembers.viaMembers.stack
  return { teams, direct, via: teams - direct, viaMembers }
}

/**
 * The index most shared first, as the lens counts teams (then by all teams that name it, then
 * by name): the lens panel's order, and the presentation's number keys. Names compare as the
 * index sorts them (compareNames), not by localeCompare: its first call in a page loads the
 * locale's collation, 8-20 ms of a cold start to the first chart.
 */
export function rankByLensCount(
  index: readonly TechnologyUsage[],
  includeMentions: boolean
): TechnologyUsage[] {
  const count = (usage: TechnologyUsage) => lensTeamCount(usage, includeMentions)
  return [...index].sort(
    (a, b) => count(b) - count(a) || b.teams.length - a.teams.length || compareNames(a.name, b.name)
  )
}
