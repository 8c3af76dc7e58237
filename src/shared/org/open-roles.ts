import type {
  Catalog,
  CatalogDivision,
  CatalogGroup,
  CatalogRole,
  CatalogTeam
} from '../catalog/catalog'
import { familyMembers } from '../lens/families'
import { teamGroups } from './org-units'

/** A role with where it is: the team, its division and its groups (from the division down). */
export interface RoleEntry {
  role: CatalogRole
  team: CatalogTeam
  division: CatalogDivision
  groups: readonly CatalogGroup[]
}

const memo = new WeakMap<Catalog, readonly RoleEntry[]>()

/**
 * Every role of the catalog, open and soon, in catalog order (division by division, each team's
 * roles as written). Memoized per catalog: the hiring filter, the tour and the CLI read it.
 */
export function roleIndex(catalog: Catalog): readonly RoleEntry[] {
  let found = memo.get(catalog)
  if (!found) {
    const entries: RoleEntry[] = []
    for (const division of catalog.divisions) {
      for (const team of division.teams) {
        if (team.roles.length === 0) continue
        const groups = teamGroups(division, team)
        for (const role of team.roles) entries.push({ role, team, division, groups })
      }
    }
    found = entries
    memo.set(catalog, found)
  }
  return found
}

/** The roles open now (status "open"), in catalog order. */
export function openRoles(catalog: Catalog): RoleEntry[] {
  return roleIndex(catalog).filter((entry) => entry.role.status === 'open')
}

/** Ids of the teams with a role open now: the "hiring now" filter. */
export function hiringTeamIds(catalog: Catalog): ReadonlySet<string> {
  return new Set(openRoles(catalog).map((entry) => entry.team.id))
}

/**
 * The roles that work with any of `technologies` (canonical names), a family standing for its
 * members too (selecting Grafana finds a Grafana Cloud role).
 */
export function rolesWithTechnologies(
  catalog: Catalog,
  technologies: readonly string[]
): RoleEntry[] {
  const members = familyMembers(catalog)
  const wanted = new Set(technologies.flatMap((name) => [name, ...(members.get(name) ?? [])]))
  return roleIndex(catalog).filter((entry) =>
    entry.role.technologies.some((name) => wanted.has(name))
  )
}
