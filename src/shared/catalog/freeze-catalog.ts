import type { Catalog, CatalogTeam } from './catalog'
import { EMPTY_LIST } from './empty-list'

/**
 * Freezes the normalized catalog and everything in it, so that no consumer can change what the
 * others see. Teams, nearly all of a large catalog, are frozen field by field: a generic walk
 * (for…in over every object) was a tenth of a large JSON catalog's load. The rest is walked.
 */
export function freezeCatalog(catalog: Catalog): Catalog {
  for (const division of catalog.divisions) {
    const teams = division.teams
    for (let t = 0; t < teams.length; t++) freezeTeam(teams[t])
  }
  // Frozen teams are not walked again.
  freezeAll(catalog)
  return catalog
}

/**
 * Every field of a team, true where freezeTeam has something to freeze: a field added to
 * CatalogTeam does not compile here until freezeTeam knows it (and the test that loads a team
 * with every field checks that it comes out deeply frozen).
 */
export const TEAM_FIELDS = {
  id: false,
  name: false,
  status: false,
  summary: false,
  stack: true,
  mentions: true,
  projects: true,
  links: true,
  lead: true,
  members: false,
  responsibilities: true,
  relations: true,
  roles: true,
  groupPath: true
} as const satisfies Record<keyof CatalogTeam, boolean>

function freezeTeam(team: CatalogTeam): void {
  freezeList(team.stack)
  freezeList(team.mentions)
  const projects = team.projects
  for (let p = 0; p < projects.length; p++) {
    const project = projects[p]
    freezeList(project.technologies)
    freezeEach(project.links)
    freeze(project)
  }
  freezeList(projects)
  freezeEach(team.links)
  if (team.lead) freeze(team.lead)
  freezeList(team.responsibilities)
  freezeEach(team.relations)
  const roles = team.roles
  for (let r = 0; r < roles.length; r++) {
    freezeList(roles[r].technologies)
    freeze(roles[r])
  }
  freezeList(roles)
  freezeList(team.groupPath)
  freeze(team)
}

const freeze = Object.freeze

/**
 * A list frozen, unless it is the shared empty list (most of a team's lists): freezing what is
 * frozen is still a call into the runtime, ~45,000 of them at 5,000 teams.
 */
function freezeList(list: readonly unknown[]): void {
  if (list !== EMPTY_LIST) freeze(list)
}

/** A list of flat objects (links, relations) frozen, and each of them. */
function freezeEach(list: readonly object[]): void {
  if (list === EMPTY_LIST) return
  for (let i = 0; i < list.length; i++) freeze(list[i])
  freeze(list)
}

/**
 * Freezes an object and everything in it. Index loops for lists, for…in for objects: no array
 * of keys or values per object, and no string keys for list items. Only objects are recursed
 * into: a call per string (twice as many) cost more than the freezing.
 */
function freezeAll(value: object): void {
  freeze(value)
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i]
      if (isUnfrozenObject(item)) freezeAll(item)
    }
  } else {
    for (const key in value) {
      const field: unknown = (value as Record<string, unknown>)[key]
      if (isUnfrozenObject(field)) freezeAll(field)
    }
  }
}

const isUnfrozenObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Object.isFrozen(value)
