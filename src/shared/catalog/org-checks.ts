import type { CatalogGroup, CatalogProject, CatalogTeam } from './catalog'
import { didYouMean } from './did-you-mean'
import { EMPTY_LIST } from './empty-list'
import type { Problems } from './problems'
import { unknownHint, type Registry } from './registry-checks'
import { MAX_GROUP_DEPTH, type CatalogFile, type Group } from './schema'
import type { DataPath, SourceDocument } from './source'
import { quoted, type Report } from './zod-issues'

/** A team as zod gives it; a version 1 file's has none of version 2's lists. */
type FileTeam = Omit<CatalogFile['divisions'][number]['teams'][number], V2Lists> &
  Partial<Pick<CatalogFile['divisions'][number]['teams'][number], V2Lists>>
type V2Lists = 'roles' | 'responsibilities' | 'relations'

/** A division or a group: teams of its own, and (version 2) groups. */
interface Unit {
  teams: FileTeam[]
  groups?: Group[]
}

/** Lists longer than this are checked for repeats with a Set; shorter ones by a scan. */
const SHORT_LIST = 16

type ListField = 'stack' | 'mentions' | 'technologies'

/**
 * Item `i` of a list of the team at place `k` (its index in catalog order); with `p` ≥ 0, of its
 * project `p`'s technologies (or its role `p`'s, with `owner` "roles").
 */
type ListPlace = [k: number, field: ListField, p: number, i: number, owner?: 'projects' | 'roles']

function contains(list: string[] | Set<string>, name: string): boolean {
  return list instanceof Set ? list.has(name) : list.includes(name)
}

/** Whether `name` is among the first `end` items of `list`. */
function listedBefore(list: readonly string[], name: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (list[i] === name) return true
  return false
}

/**
 * The cross-checks of divisions, groups and teams, normalizing them in place as it goes:
 * unique ids, technology references that resolve, group depth, no empty division or group,
 * relations to other teams that exist. Leaves each division with `teams` (every team below it,
 * depth first: a unit's own teams, then each of its groups') and `groups` (the tree).
 *
 * Where things are is kept as numbers (a team's place, a unit's place) and turned into a data
 * path only for a problem: a good catalog, the usual case, builds no paths per team.
 */
export class OrgChecks {
  /** By team place: the path of the division or group that holds the team, and its index there. */
  private readonly teamUnit: DataPath[] = []
  private readonly teamIndex: number[] = []
  /** By unit place: the path of each division and group. */
  private readonly unitPaths: DataPath[] = []
  /** Each id's first use: a team's place (≥ 0), or -1 - a unit's place. */
  private readonly idsSeen = new Map<string, number>()
  /** Spellings of technology references met so far, with the registry's names for them. */
  private readonly spelled = new Map<string, string>()
  /** The items resolve has rewritten in the list at hand, as they were written. */
  private readonly written: string[] = []
  /** Teams that name relations, with their places: checked once every id is known. */
  private readonly related: [FileTeam, number][] = []

  constructor(
    private readonly problems: Problems,
    private readonly report: Report,
    private readonly locate: SourceDocument['locate'],
    private readonly registry: Registry
  ) {}

  /** Normalizes the divisions in place. */
  run(divisions: (Unit & { id: string })[]): void {
    for (let d = 0; d < divisions.length && !this.problems.full; d++) {
      const division = divisions[d]
      const path: DataPath = ['divisions', d]
      this.claimUnit(division.id, path)
      const teams: CatalogTeam[] = []
      const groups = this.unit(division, path, EMPTY_LIST, 0, teams)
      if (teams.length === 0) this.emptyUnit(path, 'division', division.id)
      const normalized = division as unknown as { teams: CatalogTeam[]; groups: CatalogGroup[] }
      normalized.teams = teams
      normalized.groups = groups
    }
    this.checkRelations()
  }

  /** Normalizes a unit's teams, appended to `teams` depth first, and returns its groups' tree. */
  private unit(
    unit: Unit,
    path: DataPath,
    groupPath: readonly string[],
    depth: number,
    teams: CatalogTeam[]
  ): CatalogGroup[] {
    for (let t = 0; t < unit.teams.length && !this.problems.full; t++) {
      teams.push(this.team(unit.teams[t], path, t, groupPath))
    }
    const groups = unit.groups
    if (!groups || groups.length === 0) return EMPTY_LIST as never[]
    const tree: CatalogGroup[] = []
    for (let g = 0; g < groups.length && !this.problems.full; g++) {
      const group = groups[g]
      const at: DataPath = [...path, 'groups', g]
      this.claimUnit(group.id, at)
      // Said once, where the limit is crossed: what lies deeper is part of the same mistake.
      if (depth === MAX_GROUP_DEPTH) this.tooDeep(at, group.id)
      const before = teams.length
      const inner = this.unit(group, at, Object.freeze([...groupPath, group.id]), depth + 1, teams)
      if (teams.length === before) this.emptyUnit(at, 'group', group.id)
      tree.push({
        id: group.id,
        name: group.name,
        summary: group.summary,
        teamIds:
          group.teams.length === 0 ? (EMPTY_LIST as never[]) : group.teams.map((team) => team.id),
        groups: inner
      })
    }
    return tree
  }

  private team(
    team: FileTeam,
    unitPath: DataPath,
    t: number,
    groupPath: readonly string[]
  ): CatalogTeam {
    const k = this.teamUnit.length
    this.teamUnit.push(unitPath)
    this.teamIndex.push(t)
    this.claimId(team.id, k)
    const stack = this.resolve(team.stack, k, 'stack')
    const mentions = this.resolve(team.mentions, k, 'mentions')
    const inStack = stack.length > SHORT_LIST ? new Set(stack) : stack
    let overlap = 0
    for (let m = 0; m < mentions.length; m++) {
      const name = mentions[m]
      if (contains(inStack, name)) {
        overlap++
        this.inBoth(team, name, k)
      }
    }
    team.stack = stack
    team.mentions = overlap > 0 ? mentions.filter((name) => !contains(inStack, name)) : mentions
    const projects = team.projects as CatalogProject[]
    // Joined once per team: a project's id is then one joined string, not two (ids past 12
    // characters are joined lazily, a small object each; ~17,000 of them at 5,000 teams).
    const idPrefix = projects.length > 0 ? `${team.id}/` : ''
    for (let p = 0; p < projects.length; p++) {
      const project = projects[p]
      project.id = idPrefix + (p + 1)
      project.technologies = this.resolve(project.technologies, k, 'technologies', p)
      if (project.links.length === 0) project.links = EMPTY_LIST as never[]
    }
    if (projects.length === 0) team.projects = EMPTY_LIST as never[]
    if (team.links.length === 0) team.links = EMPTY_LIST as never[]

    const roles = team.roles
    if (roles && roles.length > 0) {
      for (let r = 0; r < roles.length; r++) {
        roles[r].technologies = this.resolve(roles[r].technologies, k, 'technologies', r, 'roles')
      }
    } else team.roles = EMPTY_LIST as never[]
    if (!team.responsibilities?.length) team.responsibilities = EMPTY_LIST as never[]
    if (team.relations?.length) this.related.push([team, k])
    else team.relations = EMPTY_LIST as never[]
    const normalized = team as CatalogTeam
    normalized.groupPath = groupPath as string[]
    return normalized
  }

  /**
   * Canonical names of a list of technology references; problems for the rest. The list is the
   * file read's, ours to change: a list that resolves whole (the usual case) is rewritten in
   * place (a new list per list was ~40% of a large catalog's validation garbage). One with a
   * problem is put back as written and resolved into a new list, which says what is wrong.
   */
  private resolve(names: string[], k: number, field: ListField, p = -1, owner?: 'roles'): string[] {
    if (names.length === 0) return EMPTY_LIST as never[]
    const written = this.written
    const seen = names.length > SHORT_LIST ? new Set<string>() : undefined
    for (let i = 0; i < names.length; i++) {
      const found = this.canonical(names[i])
      // Items before i are canonical now, each once: a repeat is among them.
      if (found === undefined || (seen ? seen.has(found) : listedBefore(names, found, i))) {
        for (let j = 0; j < i; j++) names[j] = written[j]
        return this.resolveAnew(names, k, field, p, owner)
      }
      written[i] = names[i]
      names[i] = found
      seen?.add(found)
    }
    return names
  }

  /**
   * The registry's name for a spelling, remembered as spelled: a catalog repeats a few dozen
   * spellings tens of thousands of times, and lower-casing each one made a string apiece.
   */
  private canonical(spelling: string): string | undefined {
    let found = this.spelled.get(spelling)
    if (found === undefined) {
      found = this.registry.canonical.get(spelling.toLowerCase())
      if (found !== undefined) this.spelled.set(spelling, found)
    }
    return found
  }

  /** resolve for a list with a problem: a new list, and each problem reported. */
  private resolveAnew(
    names: string[],
    k: number,
    field: ListField,
    p: number,
    owner?: 'roles'
  ): string[] {
    const resolved: string[] = []
    const seen = names.length > SHORT_LIST ? new Set<string>() : undefined
    for (let i = 0; i < names.length && !this.problems.full; i++) {
      const found = this.registry.canonical.get(names[i].toLowerCase())
      if (found === undefined) {
        this.unknownTechnology(names[i], [k, field, p, i, owner])
      } else if (seen ? seen.has(found) : resolved.includes(found)) {
        this.listedTwice(names[i], found, [k, field, p, i, owner])
      } else {
        resolved.push(found)
        seen?.add(found)
      }
    }
    return resolved
  }

  // Ids are unique across divisions, groups and teams: they name graph nodes and appear in URLs.
  private claimId(id: string, place: number): void {
    const first = this.idsSeen.get(id)
    if (first === undefined) this.idsSeen.set(id, place)
    else this.duplicateId(id, place, first)
  }

  private claimUnit(id: string, path: DataPath): void {
    this.unitPaths.push(path)
    this.claimId(id, -this.unitPaths.length)
  }

  private teamPath(k: number): DataPath {
    return [...this.teamUnit[k], 'teams', this.teamIndex[k]]
  }

  private idPath(place: number): DataPath {
    return place >= 0 ? [...this.teamPath(place), 'id'] : [...this.unitPaths[-place - 1], 'id']
  }

  private listPath([k, field, p, i, owner = 'projects']: ListPlace): DataPath {
    const team = this.teamPath(k)
    return p < 0 ? [...team, field, i] : [...team, owner, p, field, i]
  }

  /** Relations name other teams of the catalog, each once. */
  private checkRelations(): void {
    for (const [team, k] of this.related) {
      const relations = team.relations!
      const first = new Map<string, number>()
      for (let i = 0; i < relations.length && !this.problems.full; i++) {
        const target = relations[i].team
        const place = this.idsSeen.get(target)
        const at: DataPath = [...this.teamPath(k), 'relations', i, 'team']
        if (target === team.id) {
          this.problems.add(() =>
            this.report(
              at,
              `team "${quoted(team.id)}" has a relation to itself`,
              'remove it: a relation connects two different teams'
            )
          )
        } else if (place === undefined) {
          this.problems.add(() => {
            const closest = didYouMean(target, this.teamIds())
            return this.report(
              at,
              `relation to unknown team "${quoted(target)}"`,
              closest
                ? `did you mean "${closest}"?`
                : 'write the id of a team of this catalog (its "id:", not its name)'
            )
          })
        } else if (place < 0) {
          const kind = this.unitPaths[-place - 1].length === 2 ? 'division' : 'group'
          this.problems.add(() =>
            this.report(
              at,
              `relation to "${quoted(target)}", which is a ${kind}, not a team`,
              `relations connect teams: name one of the ${kind}'s teams`
            )
          )
        } else if (first.has(target)) {
          const earlier = relations[first.get(target)!].kind
          this.problems.add(() =>
            this.report(
              at,
              `relation to "${quoted(target)}" is listed twice (first as ${earlier})`,
              'keep one relation from a team to another: the one the chart should draw'
            )
          )
        } else first.set(target, i)
      }
    }
  }

  private teamIds(): string[] {
    const ids: string[] = []
    for (const [id, place] of this.idsSeen) if (place >= 0) ids.push(id)
    return ids
  }

  // The problems, each reported by a method of its own: a closure inside a loop makes V8
  // allocate the variables it captures on every pass, error or not.

  private unknownTechnology(name: string, at: ListPlace): void {
    this.problems.add(() =>
      this.report(
        this.listPath(at),
        `unknown technology "${quoted(name)}"`,
        unknownHint(name, this.registry)
      )
    )
  }

  private listedTwice(name: string, found: string, at: ListPlace): void {
    this.problems.add(() =>
      this.report(
        this.listPath(at),
        `"${quoted(name)}" is listed twice (as "${quoted(found)}")`,
        'remove the duplicate entry'
      )
    )
  }

  private duplicateId(id: string, place: number, first: number): void {
    this.problems.add(() =>
      this.report(
        this.idPath(place),
        `duplicate id "${quoted(id)}" (first used at line ${this.locate(this.idPath(first)).line})`,
        'ids must be unique across all divisions, groups and teams (a group repeated with a YAML alias repeats its ids); rename one of them'
      )
    )
  }

  private inBoth(team: FileTeam, name: string, k: number): void {
    this.problems.add(() => {
      const canonical = this.registry.canonical
      // Resolved whole, the list is canonical (rewritten in place); else as written.
      const i = team.mentions.findIndex(
        (m) => m === name || canonical.get(m.toLowerCase()) === name
      )
      return this.report(
        this.listPath([k, 'mentions', -1, i]),
        `"${quoted(name)}" is in both stack and mentions of team "${quoted(team.id)}"`,
        'keep it in stack (the stated toolset) and remove it from mentions'
      )
    })
  }

  private tooDeep(at: DataPath, id: string): void {
    this.problems.add(() =>
      this.report(
        at,
        `group "${quoted(id)}" is nested ${MAX_GROUP_DEPTH + 1} levels deep; at most ${MAX_GROUP_DEPTH} levels of groups fit under a division`,
        'move it up a level, with what it holds, or merge it into the group above it'
      )
    )
  }

  private emptyUnit(at: DataPath, kind: 'division' | 'group', id: string): void {
    this.problems.add(() =>
      this.report(
        at,
        `${kind} "${quoted(id)}" has no team, directly or in its groups`,
        kind === 'division'
          ? 'add a team under its "teams:" (or in one of its groups); a division needs at least one'
          : 'add a team under its "teams:", or remove the group'
      )
    )
  }
}
