import type { z } from 'zod'
import { didYouMean } from './did-you-mean'
import type { Diagnostic } from './diagnostic'
import { V2_FIELDS } from './schema'
import type { DataPath } from './source'

/**
 * Unknown fields of one object listed one by one; the rest are counted. Each listed field is
 * located by a scan of its object: listing all of 20,000 took 7 s, of 100,000 over 100 s.
 */
const MAX_UNKNOWN_FIELDS_LISTED = 10

/** Values quoted in messages are cut to this length: a 5 MB string makes a useless message. */
const MAX_QUOTED_LENGTH = 60

/** Builds a located diagnostic: where `path` is in the source, with the message and hint. */
export type Report = (path: DataPath, message: string, hint?: string, key?: boolean) => Diagnostic

/** How to fix a value of the wrong kind, for fields where the message alone does not say. */
const FIELD_HINTS: Record<string, string> = {
  members: 'write the headcount as a whole number, e.g. "members: 7"',
  schemaVersion:
    '2 for a catalog with groups, people, roles, relations or families; 1 files keep loading'
}

/**
 * The diagnostics of one zod issue, each built only when called (see Problems). `file` names the
 * catalog in hints that suggest a command.
 */
export function fromZodIssue(
  issue: z.core.$ZodIssue,
  report: Report,
  file: string
): (() => Diagnostic)[] {
  const path = issue.path
  const fieldHint = FIELD_HINTS[String(path[path.length - 1])]
  // An issue about the root has an empty path; name it rather than print ": expected object".
  const where = describePath(path) || 'catalog'
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) {
        const field = String(path[path.length - 1])
        return [
          () =>
            report(
              path,
              `${describePath(path.slice(0, -1)) || 'catalog'}: missing required field "${field}"`,
              `add "${field}:" (${issue.expected})`
            )
        ]
      }
      return [
        () =>
          report(
            path,
            issue.expected === 'int'
              ? `${where}: ${issue.message}`
              : `${where}: expected ${issue.expected}, got ${typeName(issue.input)}`,
            issue.expected === 'array' ? 'write a list, one "- item" per line' : fieldHint
          )
      ]
    }
    case 'unrecognized_keys': {
      const v2 = V2_FIELDS[lastName(path) as keyof typeof V2_FIELDS] as Set<string> | undefined
      const listed = issue.keys.slice(0, MAX_UNKNOWN_FIELDS_LISTED).map((key) =>
        // Only a version 1 file is read without version 2's fields.
        v2?.has(key)
          ? () =>
              report(
                [...path, key],
                `${where}: "${key}" is a schemaVersion 2 field, and this file is schemaVersion 1`,
                `set "schemaVersion: 2" at the top of the file (or run \`npm run orgscope -- migrate ${file}\`); version 1 files mean the same in version 2`,
                true
              )
          : () =>
              report(
                [...path, key],
                `${where}: unknown field "${quoted(key)}"`,
                'remove it, or check its spelling against the catalog format in the README',
                true
              )
      )
      const more = issue.keys.length - listed.length
      return more > 0
        ? [...listed, () => report(path, `${where}: ${more} more unknown fields`, 'remove them')]
        : listed
    }
    case 'invalid_value':
      return [
        () =>
          report(
            path,
            `${where}: must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
            typeof issue.input === 'string'
              ? suggestion(didYouMean(issue.input, issue.values.map(String)))
              : fieldHint
          )
      ]
    case 'custom': {
      // Our own rules (name-text.ts) carry their fix along.
      const hint = (issue.params as { hint?: string } | undefined)?.hint
      return [() => report(path, `${where}: ${issue.message}`, hint)]
    }
    default:
      return [() => report(path, `${where}: ${issue.message}`, fieldHint)]
  }
}

/** The last field name of a path: "teams" for divisions[0].teams[3]. */
function lastName(path: readonly PropertyKey[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    if (typeof path[i] === 'string') return path[i] as string
  }
  return undefined
}

function suggestion(candidate: string | undefined): string | undefined {
  return candidate ? `did you mean "${candidate}"?` : undefined
}

export function describePath(path: readonly PropertyKey[]): string {
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

export function quoted(text: string): string {
  return text.length > MAX_QUOTED_LENGTH ? `${text.slice(0, MAX_QUOTED_LENGTH)}…` : text
}
