import type { Catalog, CatalogTeam } from '../catalog/catalog'
import { walkUnits } from './org-units'

/** What a team, group, division or the company adds up to. */
export interface RollUp {
  /** Teams at any depth (1 for a team). */
  teams: number
  /** People: the sum of the headcounts given. */
  members: number
  /**
   * Teams whose headcount is given: when fewer than `teams`, `members` is a lower bound and a
   * view should say so ("at least 42 people", "42 people in 5 of 7 teams").
   */
  teamsWithHeadcount: number
  /** Roles with status open, and with status soon. */
  openRoles: number
  soonRoles: number
}

export interface RollUps {
  company: RollUp
  /** By catalog id: every division, group and team (ids are unique across the three). */
  byId: ReadonlyMap<string, RollUp>
}

const memo = new WeakMap<Catalog, RollUps>()

/**
 * Headcount, team count and roles rolled up for every team, group, division and the company.
 * Pure and memoized per catalog (it is frozen): every view that shows a count reads the same.
 */
export function rollUps(catalog: Catalog): RollUps {
  let found = memo.get(catalog)
  if (!found) {
    const byId = new Map<string, RollUp>()
    const company = empty()
    for (const division of catalog.divisions) {
      for (const team of division.teams) {
        const own = teamRollUp(team)
        byId.set(team.id, own)
        add(company, own)
      }
    }
    for (const unit of walkUnits(catalog)) {
      const total = empty()
      for (const team of unit.allTeams) add(total, byId.get(team.id)!)
      byId.set(unit.id, total)
    }
    found = { company, byId }
    memo.set(catalog, found)
  }
  return found
}

function teamRollUp(team: CatalogTeam): RollUp {
  let open = 0
  for (const role of team.roles) if (role.status === 'open') open++
  return {
    teams: 1,
    members: team.members ?? 0,
    teamsWithHeadcount: team.members === undefined ? 0 : 1,
    openRoles: open,
    soonRoles: team.roles.length - open
  }
}

function empty(): RollUp {
  return { teams: 0, members: 0, teamsWithHeadcount: 0, openRoles: 0, soonRoles: 0 }
}

function add(total: RollUp, part: RollUp): void {
  total.teams += part.teams
  total.members += part.members
  total.teamsWithHeadcount += part.teamsWithHeadcount
  total.openRoles += part.openRoles
  total.soonRoles += part.soonRoles
}
