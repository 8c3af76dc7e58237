import type { z } from 'zod'
import { MAX_GROUP_DEPTH, type Group, type Team } from '../catalog/schema'
import type { Random } from './random'
import { FIRST_NAMES, GROUP_NOUNS, LAST_NAMES, LOCATIONS, ROLE_TITLES } from './vocabulary'

type TeamInput = z.input<typeof Team>
type GroupInput = z.input<typeof Group>

/** Share of teams with a role (open or soon), and of roles that open soon rather than now. */
const ROLE_SHARE = 0.2
const SOON_SHARE = 0.3
/** Share of teams that name a relation to another team. */
const RELATION_SHARE = 0.15
const KINDS = ['collaborates', 'depends-on', 'supports'] as const
/** Groups per level: enough to make a tree, few enough that each group holds several teams. */
const MIN_GROUPS = 2
const MAX_GROUPS = 4

export { MAX_GROUP_DEPTH }

/**
 * Splits a division's teams, in order, into groups `depth` levels deep (teams only in the
 * deepest groups), so the division's teams depth first are the teams as generated: the same
 * teams and ids as without groups, only nested.
 */
export function groupTeams(
  teams: TeamInput[],
  depth: number,
  division: string,
  ids: Set<string>,
  uniqueId: (name: string, taken: Set<string>) => string,
  random: Random
): GroupInput[] {
  const split = (items: TeamInput[], level: number, parent: string): GroupInput[] => {
    const count = Math.min(items.length, random.int(MIN_GROUPS, MAX_GROUPS))
    return chunks(items, count).map((chunk) => {
      const noun = GROUP_NOUNS[Math.min(level, GROUP_NOUNS.length - 1)]
      const name = `${leadingWord(chunk[0].name)} ${noun}`
      const group: GroupInput = {
        id: uniqueId(`${parent} ${name}`, ids),
        name,
        summary: `${chunk.length} team${chunk.length === 1 ? '' : 's'} of ${parent}.`
      }
      if (level + 1 < depth) group.groups = split(chunk, level + 1, name)
      else group.teams = chunk
      return group
    })
  }
  return split(teams, 0, division)
}

/** Adds a lead and a headcount to every team. */
export function addPeople(teams: TeamInput[], random: Random): void {
  for (const team of teams) {
    team.lead = { name: `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}` }
    team.members = random.int(2, 12)
  }
}

/** Adds open and upcoming roles to some teams, each needing one to three of the team's technologies. */
export function addRoles(teams: TeamInput[], random: Random): void {
  for (const team of teams) {
    if (!random.chance(ROLE_SHARE)) continue
    const stack = team.stack ?? []
    team.roles = Array.from({ length: random.int(1, 2) }, (_, i) => ({
      title: `${random.pick(['', 'Senior ', 'Staff '])}${random.pick(ROLE_TITLES)}`,
      ...(random.chance(0.7) ? { location: random.pick(LOCATIONS) } : { remote: true }),
      ...(random.chance(0.5) ? { url: `https://example.com/jobs/${team.id}-${i + 1}` } : {}),
      technologies: random.shuffle(stack).slice(0, random.int(1, Math.min(3, stack.length))),
      status: random.chance(SOON_SHARE) ? ('soon' as const) : ('open' as const)
    }))
  }
}

/** Adds a relation from some teams to another team of the catalog. */
export function addRelations(teams: TeamInput[], random: Random): void {
  if (teams.length < 2) return
  for (const team of teams) {
    if (!random.chance(RELATION_SHARE)) continue
    let other = random.pick(teams)
    while (other === team) other = random.pick(teams)
    team.relations = [{ team: other.id, kind: random.pick(KINDS) }]
  }
}

/** `items` in `count` consecutive, nearly equal, non-empty runs. */
function chunks<T>(items: T[], count: number): T[][] {
  const runs: T[][] = []
  for (let i = 0; i < count; i++) {
    runs.push(
      items.slice(
        Math.floor((i * items.length) / count),
        Math.floor(((i + 1) * items.length) / count)
      )
    )
  }
  return runs
}

function leadingWord(name: string): string {
  return name.split(' ')[0]
}
