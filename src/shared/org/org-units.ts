import type { Catalog, CatalogDivision, CatalogGroup, CatalogTeam } from '../catalog/catalog'

/**
 * A division or a group with its teams as objects: the shape the tree, the tour and the roll-ups
 * walk. The normalized catalog keeps every team of a division in one list, depth first (a unit's
 * own teams, then each of its groups'), so every unit's teams at any depth are one contiguous
 * run of that list: `allTeams` is that run, and `teams` its first `teamIds.length` entries.
 */
export interface OrgUnit {
  kind: 'division' | 'group'
  id: string
  name: string
  summary: string
  division: CatalogDivision
  /** The group itself, for a group. */
  group?: CatalogGroup
  /** The groups from the division down to this one, itself included ([] for a division). */
  path: readonly CatalogGroup[]
  /** Teams directly in the unit, in file order. */
  teams: readonly CatalogTeam[]
  groups: readonly OrgUnit[]
  /** Every team below the unit, at any depth: its own, then each group's. */
  allTeams: readonly CatalogTeam[]
}

const units = new WeakMap<CatalogDivision, OrgUnit>()

/** The division as a tree of units. Memoized per division: the catalog is frozen. */
export function divisionUnit(division: CatalogDivision): OrgUnit {
  let unit = units.get(division)
  if (!unit) {
    const own = countOwn(division.teams)
    let cursor = own
    const groups = division.groups.map((group) => {
      const made = groupUnit(division, group, [group], cursor)
      cursor += made.allTeams.length
      return made
    })
    unit = {
      kind: 'division',
      id: division.id,
      name: division.name,
      summary: division.summary,
      division,
      path: [],
      teams: division.teams.slice(0, own),
      groups,
      allTeams: division.teams
    }
    units.set(division, unit)
  }
  return unit
}

function groupUnit(
  division: CatalogDivision,
  group: CatalogGroup,
  path: readonly CatalogGroup[],
  start: number
): OrgUnit {
  let cursor = start + group.teamIds.length
  const groups = group.groups.map((inner) => {
    const made = groupUnit(division, inner, [...path, inner], cursor)
    cursor += made.allTeams.length
    return made
  })
  return {
    kind: 'group',
    id: group.id,
    name: group.name,
    summary: group.summary,
    division,
    group,
    path,
    teams: division.teams.slice(start, start + group.teamIds.length),
    groups,
    allTeams: division.teams.slice(start, cursor)
  }
}

/** The division's own teams: the leading run with no group. */
function countOwn(teams: readonly CatalogTeam[]): number {
  let own = 0
  while (own < teams.length && teams[own].groupPath.length === 0) own++
  return own
}

/** Every unit of the catalog, parents before children: each division, then its groups, depth first. */
export function* walkUnits(catalog: Catalog): Generator<OrgUnit> {
  const walk = function* (unit: OrgUnit): Generator<OrgUnit> {
    yield unit
    for (const group of unit.groups) yield* walk(group)
  }
  for (const division of catalog.divisions) yield* walk(divisionUnit(division))
}

/** The groups a team is in, from its division down, as objects. */
export function teamGroups(division: CatalogDivision, team: CatalogTeam): CatalogGroup[] {
  const found: CatalogGroup[] = []
  let level = division.groups
  for (const id of team.groupPath) {
    const group = level.find((candidate) => candidate.id === id)
    if (!group) break
    found.push(group)
    level = group.groups
  }
  return found
}
