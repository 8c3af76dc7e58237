import type { Catalog, CatalogDivision, CatalogGroup, CatalogTeam } from '../catalog/catalog'
import type { CatalogDiff } from './catalog-diff'

type Unit = { teamIds: string[]; groups: UnitGroup[] }
type UnitGroup = Omit<CatalogGroup, 'teamIds' | 'groups'> & Unit

/**
 * One catalog holding both versions, for the comparison chart: the newer catalog, with every
 * division, group and team the older one had and the newer lost put back where it was (under
 * its old parent, or that parent's newer self). A kept team is its newer self: its stack is what
 * it states now (the marks say what it gained and lost), so the lens and the details panel never
 * present a dropped technology as current. Every other view (layout, lens, details)
 * reads it like any catalog; the diff says which parts are which.
 */
export function unionCatalog(old: Catalog, next: Catalog, diff: CatalogDiff): Catalog {
  // A node matched by name whose id changed is known in the union by its newer id.
  const renamedId = new Map<string, string>()
  for (const change of diff.changed) {
    if (change.field === 'id' && typeof change.from === 'string' && typeof change.to === 'string') {
      renamedId.set(change.from, change.to)
    }
  }
  const unionId = (oldId: string) => renamedId.get(oldId) ?? oldId

  const teams = new Map<string, CatalogTeam>()
  const units = new Map<string, Unit>()
  const divisions: (Omit<CatalogDivision, 'teams' | 'groups'> & Unit)[] = []
  const copyGroups = (groups: readonly CatalogGroup[]): UnitGroup[] =>
    groups.map((group) => {
      const copy: UnitGroup = {
        ...group,
        teamIds: [...group.teamIds],
        groups: copyGroups(group.groups)
      }
      units.set(group.id, copy)
      return copy
    })
  for (const division of next.divisions) {
    const { teams: divisionTeams, groups, ...rest } = division
    const copy = {
      ...rest,
      teamIds: divisionTeams.filter((team) => team.groupPath.length === 0).map((team) => team.id),
      groups: copyGroups(groups)
    }
    units.set(division.id, copy)
    divisions.push(copy)
    for (const team of divisionTeams) teams.set(team.id, team)
  }

  const oldTeams = new Map(
    old.divisions.flatMap((division) => division.teams).map((t) => [t.id, t])
  )
  const oldGroups = new Map<string, CatalogGroup>()
  const walkOld = (groups: readonly CatalogGroup[]) => {
    for (const group of groups) {
      oldGroups.set(group.id, group)
      walkOld(group.groups)
    }
  }
  for (const division of old.divisions) walkOld(division.groups)
  const taken = (id: string) => units.has(id) || teams.has(id)

  // The diff lists removed divisions, then groups, then teams, parents before children: each
  // one's parent is in the union by the time it is put back.
  for (const entry of diff.removed) {
    if (taken(entry.id)) continue
    const parent = entry.parent ? units.get(unionId(entry.parent.id)) : undefined
    if (entry.kind === 'division') {
      const division = old.divisions.find((d) => d.id === entry.id)
      if (!division) continue
      const copy = {
        id: division.id,
        name: division.name,
        summary: division.summary,
        teamIds: [],
        groups: []
      }
      units.set(division.id, copy)
      divisions.splice(Math.min(old.divisions.indexOf(division), divisions.length), 0, copy)
    } else if (entry.kind === 'group') {
      const group = oldGroups.get(entry.id)
      if (!group || !parent) continue
      const copy: UnitGroup = {
        id: group.id,
        name: group.name,
        summary: group.summary,
        teamIds: [],
        groups: []
      }
      units.set(group.id, copy)
      parent.groups.push(copy)
    } else {
      const team = oldTeams.get(entry.id)
      if (!team || !parent) continue
      teams.set(team.id, team)
      parent.teamIds.push(team.id)
    }
  }

  // Teams put back may name technologies the newer registry dropped.
  const technologies = [...next.technologies]
  const known = new Set(technologies.map((technology) => technology.name))
  for (const technology of old.technologies) {
    if (!known.has(technology.name)) technologies.push(technology)
  }
  return {
    ...next,
    technologies,
    divisions: divisions.map(({ teamIds, groups, ...division }) => {
      // The normalized order: the division's own teams, then each group's, depth first.
      const list: CatalogTeam[] = []
      const place = (ids: readonly string[], path: string[]) => {
        for (const id of ids) {
          const team = teams.get(id)
          if (team) list.push(sameOrUpdatedPath(team, path))
        }
      }
      place(teamIds, [])
      const finish = (unit: UnitGroup, path: string[]): CatalogGroup => {
        const here = [...path, unit.id]
        place(unit.teamIds, here)
        return { ...unit, groups: unit.groups.map((group) => finish(group, here)) }
      }
      const finished = groups.map((group) => finish(group, []))
      return { ...division, teams: list, groups: finished }
    })
  }
}

function sameOrUpdatedPath(team: CatalogTeam, path: string[]): CatalogTeam {
  const same =
    team.groupPath.length === path.length && team.groupPath.every((id, i) => id === path[i])
  return same ? team : { ...team, groupPath: path }
}
