import type { z } from 'zod'
import type { Catalog, CatalogProject } from './catalog'
import { didYouMean } from './did-you-mean'
import type { Diagnostic, Result } from './diagnostic'
import { MAX_BUILT_PROBLEMS, Problems } from './problems'
import { CatalogFile } from './schema'
import type { DataPath, SourceDocument } from './source'
import { fromZodIssue, quoted } from './zod-issues'

/** Lists longer than this are checked for repeats with a Set; shorter ones by a scan. */
const SHORT_LIST = 16

/** One frozen empty list for every empty list of the catalog: most teams have a few. */
const EMPTY: readonly never[] = Object.freeze([])

/** More teams than any division can hold (5 MB of text): an id's place as one number. */
const MAX_TEAMS = 2 ** 26

/** Division `d`'s id (`t` = -1) or its team `t`'s, as one number. */
function idPlace(d: number, t: number): number {
  return d * MAX_TEAMS + t + 1
}

function idPath(place: number): DataPath {
  const d = Math.floor(place / MAX_TEAMS)
  const t = (place % MAX_TEAMS) - 1
  return t < 0 ? ['divisions', d, 'id'] : ['divisions', d, 'teams', t, 'id']
}

type ListField = 'stack' | 'mentions' | 'technologies'

/** Item `i` of team `t`'s list in division `d` (`p` ≥ 0: of its project `p`'s technologies). */
type ListPlace = [d: number, t: number, field: ListField, p: number, i: number]

function listPath([d, t, field, p, i]: ListPlace): DataPath {
  const team = ['divisions', d, 'teams', t]
  return p < 0 ? [...team, field, i] : [...team, 'projects', p, field, i]
}

function contains(list: string[] | Set<string>, name: string): boolean {
  return list instanceof Set ? list.has(name) : list.includes(name)
}

/**
 * Items of lists kept in a sample of the data (see validateCatalog): enough to fill the report
 * when most of them are wrong, few enough to check in a millisecond.
 */
const SAMPLE_ITEMS = 1000

/**
 * The data with its lists cut short, keeping their first items: SAMPLE_ITEMS in all, but at least
 * one of each list, so that every rule of the schema it breaks, the whole data breaks at the same
 * path (no rule asks for at most so many items). Undefined when nothing had to be cut.
 */
function sampled(data: unknown): { data: unknown } | undefined {
  let left = SAMPLE_ITEMS
  let cut = false
  const sample = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      const keep = Math.min(value.length, Math.max(1, left))
      left -= keep
      if (keep < value.length) cut = true
      const kept = new Array<unknown>(keep)
      for (let i = 0; i < keep; i++) kept[i] = sample(value[i])
      return kept
    }
    if (value === null || typeof value !== 'object') return value
    const copy: Record<string, unknown> = {}
    for (const key in value) copy[key] = sample((value as Record<string, unknown>)[key])
    return copy
  }
  const result = sample(data)
  return cut ? { data: result } : undefined
}

/**
 * Checks parsed data against the schema, then the rules a schema cannot express (unique ids,
 * technology references that resolve, no alias claimed twice), and builds the normalized,
 * frozen catalog. Every diagnostic points at the offending line and column.
 */
export function validateCatalog(source: SourceDocument): Result<Catalog> {
  const report = (path: DataPath, message: string, hint?: string, key = false): Diagnostic => ({
    file: source.file,
    ...source.locate(path, { key }),
    message,
    ...(hint ? { hint } : {})
  })
  const problems = new Problems(source.file)

  const addIssues = (issues: z.core.$ZodIssue[]) => {
    for (const issue of issues) {
      for (const make of fromZodIssue(issue, report)) problems.add(make)
    }
  }
  // When nearly every object breaks the schema, zod reports each one, at a few microseconds
  // apiece with the garbage they make: 10⁵ teams with a bad id (2 MB) took 0.35 s. A sample of
  // the data is checked first; when it alone fills the report, the rest is not checked.
  const sample = sampled(source.data)
  if (sample) {
    const early = CatalogFile.safeParse(sample.data, { reportInput: true })
    if (!early.success && early.error.issues.length >= MAX_BUILT_PROBLEMS) {
      addIssues(early.error.issues)
      problems.stop()
      return problems.failure()
    }
  }
  const parsed = CatalogFile.safeParse(source.data, { reportInput: true })
  if (!parsed.success) {
    addIssues(parsed.error.issues)
    return problems.failure()
  }
  const file = parsed.data

  // Technology registry: canonical lookup by lower-cased name or alias.
  const canonical = new Map<string, string>()
  const claimedAt = new Map<string, DataPath>()
  file.technologies.forEach((technology, t) => {
    const spellings: [string, DataPath][] = [
      [technology.name, ['technologies', t, 'name']],
      ...technology.aliases.map((alias, a): [string, DataPath] => [
        alias,
        ['technologies', t, 'aliases', a]
      ])
    ]
    for (const [spelling, path] of spellings) {
      const key = spelling.toLowerCase()
      const owner = canonical.get(key)
      // Compare registry entries, not names: two entries both named "Go" are a clash too.
      if (owner !== undefined && claimedAt.get(key)?.[1] !== t) {
        problems.add(() => {
          const first = source.locate(claimedAt.get(key) ?? [])
          return report(
            path,
            `"${quoted(spelling)}" is already a name or alias of technology "${quoted(owner)}" (line ${first.line})`,
            'a name or alias may belong to one technology only; remove one of them'
          )
        })
      } else if (owner === undefined) {
        canonical.set(key, technology.name)
        claimedAt.set(key, path)
      }
    }
  })
  const registryNames = file.technologies.map((technology) => technology.name)

  // The problems of the loops below, each reported by a function of its own: a closure inside
  // a loop makes V8 allocate the variables it captures on every pass, error or not. Once the
  // report is full the loops stop: a flood of 10⁵ duplicate ids is not worth counting.
  const unknownTechnology = (name: string, ...at: ListPlace): void =>
    problems.add(() => {
      // Compare with every spelling (aliases too: "Golan" finds Go); suggest the canonical name.
      const closest = didYouMean(name, canonical.keys())
      const suggestion = closest === undefined ? undefined : canonical.get(closest)
      return report(
        listPath(at),
        `unknown technology "${quoted(name)}"`,
        suggestion
          ? `did you mean "${suggestion}"?`
          : `add it to the technologies list at the top of the file (known: ${registryNames.slice(0, 5).join(', ')}${registryNames.length > 5 ? ', …' : ''})`
      )
    })
  const listedTwice = (name: string, found: string, ...at: ListPlace): void =>
    problems.add(() =>
      report(
        listPath(at),
        `"${quoted(name)}" is listed twice (as "${quoted(found)}")`,
        'remove the duplicate entry'
      )
    )
  const duplicateId = (id: string, place: number, first: number): void =>
    problems.add(() =>
      report(
        idPath(place),
        `duplicate id "${quoted(id)}" (first used at line ${source.locate(idPath(first)).line})`,
        'ids must be unique across all divisions and teams; rename one of them'
      )
    )
  const inBoth = (team: { id: string; mentions: string[] }, name: string, d: number, t: number) =>
    problems.add(() => {
      const i = team.mentions.findIndex((m) => canonical.get(m.toLowerCase()) === name)
      return report(
        listPath([d, t, 'mentions', -1, i]),
        `"${quoted(name)}" is in both stack and mentions of team "${quoted(team.id)}"`,
        'keep it in stack (the stated toolset) and remove it from mentions'
      )
    })

  // Where a list is, as numbers: a good catalog (the usual case) builds no paths at all.
  const resolve = (names: string[], d: number, t: number, field: ListField, p = -1): string[] => {
    if (names.length === 0) return EMPTY as never[]
    const resolved: string[] = []
    const seen = names.length > SHORT_LIST ? new Set<string>() : undefined
    for (let i = 0; i < names.length && !problems.full; i++) {
      const found = canonical.get(names[i].toLowerCase())
      if (found === undefined) {
        unknownTechnology(names[i], d, t, field, p, i)
      } else if (seen ? seen.has(found) : resolved.includes(found)) {
        listedTwice(names[i], found, d, t, field, p, i)
      } else {
        resolved.push(found)
        seen?.add(found)
      }
    }
    return resolved
  }

  // Ids are unique across divisions and teams: they name graph nodes and appear in URLs. Where
  // each was first used is kept as one number (see idPlace), not a path per team.
  const idsSeen = new Map<string, number>()
  const claimId = (id: string, d: number, t: number): void => {
    const first = idsSeen.get(id)
    if (first === undefined) idsSeen.set(id, idPlace(d, t))
    else duplicateId(id, idPlace(d, t), first)
  }

  // Normalized in place: zod's output is a fresh copy, ours to fill in, and a copy of 10⁵ teams
  // costs time and memory (the garbage collector was most of a large catalog's validation).
  for (let d = 0; d < file.divisions.length && !problems.full; d++) {
    const division = file.divisions[d]
    claimId(division.id, d, -1)
    for (let t = 0; t < division.teams.length && !problems.full; t++) {
      const team = division.teams[t]
      claimId(team.id, d, t)
      const stack = resolve(team.stack, d, t, 'stack')
      const mentions = resolve(team.mentions, d, t, 'mentions')
      const inStack = stack.length > SHORT_LIST ? new Set(stack) : stack
      let overlap = 0
      for (const name of mentions) {
        if (contains(inStack, name)) {
          overlap++
          inBoth(team, name, d, t)
        }
      }
      team.stack = stack
      team.mentions = overlap > 0 ? mentions.filter((name) => !contains(inStack, name)) : mentions
      const projects = team.projects as CatalogProject[]
      for (let p = 0; p < projects.length; p++) {
        const project = projects[p]
        project.id = `${team.id}/${p + 1}`
        project.technologies = resolve(project.technologies, d, t, 'technologies', p)
        if (project.links.length === 0) project.links = EMPTY as never[]
      }
      if (projects.length === 0) team.projects = EMPTY as never[]
      if (team.links.length === 0) team.links = EMPTY as never[]
    }
  }

  if (problems.full) problems.stop()
  if (problems.any) return problems.failure()
  // The file's shape with every reference resolved and every project given its id: the
  // normalized catalog (tests check each load against the Catalog schema).
  return { ok: true, value: deepFreeze(file as Catalog) }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    // Index loops for lists, for…in for objects: no array of keys or values per object (a big
    // catalog has ~10⁵ objects), and no string keys for list items.
    if (Array.isArray(value)) for (let i = 0; i < value.length; i++) deepFreeze(value[i])
    else for (const key in value) deepFreeze(value[key])
  }
  return value
}
