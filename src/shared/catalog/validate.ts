import type { z } from 'zod'
import { Catalog, type CatalogTeam } from './catalog'
import { didYouMean } from './did-you-mean'
import type { Diagnostic, Result } from './diagnostic'
import { CatalogFile } from './schema'
import { limitProblems, type DataPath, type SourceDocument } from './source'

/**
 * Unknown fields of one object listed one by one; the rest are counted. Each listed field is
 * located by a scan of its object: listing all of 20,000 took 7 s, of 100,000 over 100 s.
 */
const MAX_UNKNOWN_FIELDS_LISTED = 10

/** Values quoted in messages are cut to this length: a 5 MB string makes a useless message. */
const MAX_QUOTED_LENGTH = 60

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

  const parsed = CatalogFile.safeParse(source.data, { reportInput: true })
  if (!parsed.success) {
    const errors = parsed.error.issues.flatMap((issue) => fromZodIssue(issue, report))
    return { ok: false, errors: limitProblems(sortByPosition(errors), source.file) }
  }
  const file = parsed.data
  const errors: Diagnostic[] = []

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
        const first = source.locate(claimedAt.get(key) ?? [])
        errors.push(
          report(
            path,
            `"${quoted(spelling)}" is already a name or alias of technology "${quoted(owner)}" (line ${first.line})`,
            'a name or alias may belong to one technology only; remove one of them'
          )
        )
      } else if (owner === undefined) {
        canonical.set(key, technology.name)
        claimedAt.set(key, path)
      }
    }
  })
  const registryNames = file.technologies.map((technology) => technology.name)

  // `path` is a function so that a good catalog (the usual case) builds no paths at all.
  const resolve = (names: string[], path: () => DataPath): string[] => {
    const resolved: string[] = []
    names.forEach((name, i) => {
      const found = canonical.get(name.toLowerCase())
      if (found === undefined) {
        // Compare with every spelling (aliases too: "Golan" finds Go); suggest the canonical name.
        const closest = didYouMean(name, canonical.keys())
        const suggestion = closest === undefined ? undefined : canonical.get(closest)
        errors.push(
          report(
            [...path(), i],
            `unknown technology "${quoted(name)}"`,
            suggestion
              ? `did you mean "${suggestion}"?`
              : `add it to the technologies list at the top of the file (known: ${registryNames.slice(0, 5).join(', ')}${registryNames.length > 5 ? ', …' : ''})`
          )
        )
      } else if (resolved.includes(found)) {
        errors.push(
          report(
            [...path(), i],
            `"${quoted(name)}" is listed twice (as "${quoted(found)}")`,
            'remove the duplicate entry'
          )
        )
      } else {
        resolved.push(found)
      }
    })
    return resolved
  }

  // Ids are unique across divisions and teams: they name graph nodes and appear in URLs.
  const idsSeen = new Map<string, DataPath>()
  const claimId = (id: string, path: DataPath): void => {
    const first = idsSeen.get(id)
    if (first) {
      errors.push(
        report(
          path,
          `duplicate id "${quoted(id)}" (first used at line ${source.locate(first).line})`,
          'ids must be unique across all divisions and teams; rename one of them'
        )
      )
    } else {
      idsSeen.set(id, path)
    }
  }

  const divisions = file.divisions.map((division, d) => {
    claimId(division.id, ['divisions', d, 'id'])
    const teams = division.teams.map((team, t): CatalogTeam => {
      const at: DataPath = ['divisions', d, 'teams', t]
      claimId(team.id, [...at, 'id'])
      const stack = resolve(team.stack, () => [...at, 'stack'])
      const mentions = resolve(team.mentions, () => [...at, 'mentions'])
      mentions.forEach((name) => {
        if (stack.includes(name)) {
          const i = team.mentions.findIndex((m) => canonical.get(m.toLowerCase()) === name)
          errors.push(
            report(
              [...at, 'mentions', i],
              `"${quoted(name)}" is in both stack and mentions of team "${quoted(team.id)}"`,
              'keep it in stack (the stated toolset) and remove it from mentions'
            )
          )
        }
      })
      return {
        ...team,
        stack,
        mentions: mentions.filter((name) => !stack.includes(name)),
        projects: team.projects.map((project, p) => ({
          ...project,
          id: `${team.id}/${p + 1}`,
          technologies: resolve(project.technologies, () => [...at, 'projects', p, 'technologies'])
        }))
      }
    })
    return { ...division, teams }
  })

  if (errors.length > 0) {
    return { ok: false, errors: limitProblems(sortByPosition(errors), source.file) }
  }
  const catalog: Catalog = {
    schemaVersion: file.schemaVersion,
    company: file.company,
    technologies: file.technologies,
    divisions
  }
  // Parse once more through the normalized schema: a cheap guarantee that what leaves the
  // loader is exactly the shape every consumer (and the IPC contract) expects.
  return { ok: true, value: deepFreeze(Catalog.parse(catalog)) }
}

type Report = (path: DataPath, message: string, hint?: string, key?: boolean) => Diagnostic

function fromZodIssue(issue: z.core.$ZodIssue, report: Report): Diagnostic[] {
  const path = issue.path
  // An issue about the root has an empty path; name it rather than print ": expected object".
  const where = describePath(path) || 'catalog'
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) {
        const field = String(path[path.length - 1])
        return [
          report(
            path,
            `${describePath(path.slice(0, -1)) || 'catalog'}: missing required field "${field}"`,
            `add "${field}:" (${issue.expected})`
          )
        ]
      }
      return [
        report(
          path,
          `${where}: expected ${issue.expected}, got ${typeName(issue.input)}`,
          issue.expected === 'array' ? 'write a list, one "- item" per line' : undefined
        )
      ]
    }
    case 'unrecognized_keys': {
      const listed = issue.keys
        .slice(0, MAX_UNKNOWN_FIELDS_LISTED)
        .map((key) =>
          report(
            [...path, key],
            `${where}: unknown field "${quoted(key)}"`,
            'remove it, or check its spelling against the catalog format in the README',
            true
          )
        )
      const more = issue.keys.length - listed.length
      return more > 0
        ? [...listed, report(path, `${where}: ${more} more unknown fields`, 'remove them')]
        : listed
    }
    case 'invalid_value':
      return [
        report(
          path,
          `${where}: must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
          typeof issue.input === 'string'
            ? suggestion(didYouMean(issue.input, issue.values.map(String)))
            : undefined
        )
      ]
    default:
      return [report(path, `${where}: ${issue.message}`)]
  }
}

function suggestion(candidate: string | undefined): string | undefined {
  return candidate ? `did you mean "${candidate}"?` : undefined
}

function describePath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, i) =>
      typeof segment === 'number' ? `[${segment}]` : `${i === 0 ? '' : '.'}${String(segment)}`
    )
    .join('')
}

function typeName(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  return `${typeof value} ${quoted(JSON.stringify(value))}`
}

function quoted(text: string): string {
  return text.length > MAX_QUOTED_LENGTH ? `${text.slice(0, MAX_QUOTED_LENGTH)}…` : text
}

/** In source order, each problem once (two checks of one field may say the same thing). */
function sortByPosition(errors: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>()
  return errors
    .filter((error) => {
      const key = `${error.line}:${error.column}:${error.message}`
      return !seen.has(key) && seen.add(key)
    })
    .sort((a, b) => a.line - b.line || a.column - b.column)
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    // for…in rather than Object.values: no array per object (a big catalog has ~10⁵ objects).
    for (const key in value) deepFreeze(value[key])
  }
  return value
}
