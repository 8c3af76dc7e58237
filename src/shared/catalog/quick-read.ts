import { TECHNOLOGY_CATEGORIES } from '../technology/dictionary/dictionary-categories'
import { EMPTY_LIST } from './empty-list'
import { nameProblem, textProblem } from './name-text'
import {
  ID_PATTERN,
  Link,
  MAX_MEMBERS,
  PROJECT_STATUSES,
  ROLE_STATUSES,
  TEAM_STATUSES,
  type CatalogFile
} from './schema'
import { RELATION_KINDS } from './relation-kinds'

/**
 * The good path of validation: a valid catalog file read into what zod's parse of its version's
 * schema (schema.ts) gives, in one plain pass without zod's machinery (its parse of a large
 * catalog was mostly its own copy and the garbage it leaves). It only accepts: at the first
 * thing it does not expect it gives up, and validateCatalog asks zod, whose issues make the
 * located messages. So it must never accept what zod refuses, and what it accepts it must read
 * as zod does: same values, defaults, trimming, and key order (the shapes' order).
 *
 * It mirrors schema.ts field by field; tests/shared/catalog/quick-read.test.ts holds it to the
 * schemas: each object's fields in the shape's order, and a valid catalog with every field
 * broken in turn read alike (or refused) by both.
 */
export function quickRead(data: unknown, { own = false } = {}): CatalogFile | undefined {
  if (!isObject(data)) return undefined
  const version = data.schemaVersion
  const read = version === 2 ? readFileV2 : version === 1 ? readFileV1 : undefined
  const file = read?.(data, own)
  return file === FAIL ? undefined : (file as CatalogFile | undefined)
}

/**
 * quickRead, counting the keys of the objects it reads (all of them, when it accepts the data):
 * for data JSON.parse read, fewer keys than its text has means JSON.parse kept the last of a
 * key repeated in one object. What it accepts has only the schemas' key names.
 */
export function quickReadCounting(
  data: unknown,
  { own = false } = {}
): { file: CatalogFile; keys: number } | undefined {
  keysRead = 0
  const file = quickRead(data, { own })
  return file && { file, keys: keysRead }
}

/** Keys the object readers have met since quickReadCounting began. */
let keysRead = 0

/** What a reader gives for a value it does not accept (undefined is a value: an absent key). */
const FAIL: unique symbol = Symbol('not read')
/**
 * `own`: the data is the caller's to change (JSON.parse's, which nothing else reads), so lists
 * and objects are read in place instead of copied, halving what the garbage collector has to
 * sweep. Given up on halfway, the data is then partly read; zod reads that as it would the
 * original (what was read is what zod makes of it: trimmed, defaults filled, fields reordered).
 */
type Reader = (value: unknown, own: boolean) => unknown

type Record_ = Record<string, unknown>
const isObject = (value: unknown): value is Record_ =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

const str = (value: unknown): value is string => typeof value === 'string'

// Strings, as schema.ts's string schemas read them.
const id: Reader = (value) => (str(value) && ID_PATTERN.test(value) ? value : FAIL)
const name: Reader = (value) => {
  if (!str(value)) return FAIL
  const trimmed = value.trim()
  return nameProblem(trimmed) ? FAIL : trimmed
}
const text: Reader = (value) => (str(value) && !textProblem(value) ? value : FAIL)
const nonEmpty: Reader = (value) => {
  if (!str(value)) return FAIL
  const trimmed = value.trim()
  return trimmed.length >= 1 ? trimmed : FAIL
}
// A URL is left to zod's own check (which may rewrite it): links are few beside names.
const UrlSchema = Link.shape.url
const url: Reader = (value) => {
  if (!str(value)) return FAIL
  const parsed = UrlSchema.safeParse(value)
  return parsed.success ? parsed.data : FAIL
}
const oneOf =
  (values: readonly unknown[]): Reader =>
  (value) =>
    values.includes(value) ? value : FAIL
const boolean: Reader = (value) => (typeof value === 'boolean' ? value : FAIL)
const members: Reader = (value) =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= MAX_MEMBERS
    ? value
    : FAIL

function list(item: Reader, min = 0): Reader {
  return (value, own) => {
    if (!Array.isArray(value) || value.length < min) return FAIL
    const out = own ? value : new Array<unknown>(value.length)
    for (let i = 0; i < value.length; i++) {
      const read = item(value[i], own)
      if (read === FAIL) return FAIL
      if (!own || read !== value[i]) out[i] = read
    }
    return out
  }
}

/** A field: its reader, and what an absent key gives (OPTIONAL: nothing; REQUIRED: refuse). */
interface Field {
  read: Reader
  absent: typeof OPTIONAL | typeof REQUIRED | (() => unknown)
}
const OPTIONAL = 'optional'
const REQUIRED = 'required'
const required = (read: Reader): Field => ({ read, absent: REQUIRED })
const optional = (read: Reader): Field => ({ read, absent: OPTIONAL })
const orElse = (read: Reader, fallback: () => unknown): Field => ({ read, absent: fallback })
const emptyList = () => []
const emptyText = () => ''

/**
 * A strict object: no key but its fields; the output has them in the fields' order. Read in
 * place when its keys already come in that order and every default it lacks comes after the
 * last key it has (so appended, it lands where zod puts it); otherwise into a new object.
 */
export function object(fields: Record<string, Field>): Reader & { keys: readonly string[] } {
  const keys = Object.keys(fields)
  if (keys.length > 31) throw new Error('an object reader tracks at most 31 fields')
  const position = new Map(keys.map((key, index) => [key, index]))
  // Side by side rather than [key, field] pairs: a pair read per field of ~23,000 objects.
  const readers = keys.map((key) => fields[key])
  const read = (value: unknown, own: boolean): unknown => {
    if (!isObject(value)) return FAIL
    let inOrder = true
    let last = -1
    // The fields met, a bit each (no object has 31): an absent field is then known without
    // asking the object for it, a lookup that misses (~70,000 at 5,000 teams).
    let present = 0
    for (const key in value) {
      keysRead++
      // Keys nearly always come in the fields' order: looked for among the fields after the
      // last one first (names compared by identity, cheaper than hashing ~85,000 keys of a
      // large catalog), and in the map only when they come out of order or are unknown.
      let at = last + 1
      while (at < keys.length && keys[at] !== key) at++
      if (at === keys.length) {
        const earlier = position.get(key)
        if (earlier === undefined) return FAIL
        inOrder = false
        at = earlier
      }
      present |= 1 << at
      last = at
    }
    const out: Record_ = own ? value : {}
    let defaulted = false
    for (let f = 0; f < keys.length; f++) {
      const key = keys[f]
      const field = readers[f]
      const given = present & (1 << f) ? value[key] : undefined
      if (given === undefined) {
        if (field.absent === REQUIRED) return FAIL
        if (field.absent !== OPTIONAL) {
          // In place, appended: where zod puts it, unless a key follows (then reordered). A
          // missing list is the shared empty one, as the checks after the read make every
          // empty list anyway, rather than a new list apiece.
          out[key] = own && field.absent === emptyList ? EMPTY_LIST : field.absent()
          defaulted = true
        }
        continue
      }
      // A key after a missing default: the default appended is out of zod's order.
      if (defaulted) inOrder = false
      const read = field.read(given, own)
      if (read === FAIL) return FAIL
      if (!own || read !== given) out[key] = read
    }
    return !own || inOrder ? out : inFieldOrder(value, keys)
  }
  return Object.assign(read, { keys })
}

/** A new object with the fields of `from` in the fields' order. */
function inFieldOrder(from: Record_, keys: readonly string[]): Record_ {
  const out: Record_ = {}
  for (let f = 0; f < keys.length; f++) {
    const key = keys[f]
    if (from[key] !== undefined) out[key] = from[key]
  }
  return out
}

const technologyRefs = orElse(list(nonEmpty), emptyList)

const linkFields = { label: required(nonEmpty), url: required(url) }
export const readLink = object(linkFields)

const technologyV1Fields = {
  name: required(name),
  aliases: orElse(list(name), emptyList),
  category: required(oneOf(TECHNOLOGY_CATEGORIES)),
  description: optional(text)
}
export const readTechnologyV1 = object(technologyV1Fields)
export const readTechnology = object({ ...technologyV1Fields, family: optional(nonEmpty) })

export const readProject = object({
  title: required(name),
  status: orElse(oneOf(PROJECT_STATUSES), () => 'current'),
  summary: optional(text),
  technologies: technologyRefs,
  links: orElse(list(readLink), emptyList)
})

export const readLead = object({ name: required(name), url: optional(url) })

export const readRole = object({
  title: required(name),
  level: optional(name),
  location: optional(name),
  remote: optional(boolean),
  url: optional(url),
  technologies: technologyRefs,
  status: orElse(oneOf(ROLE_STATUSES), () => 'open')
})

export const readRelation = object({
  team: required(nonEmpty),
  kind: required(oneOf(RELATION_KINDS))
})

const teamV1Fields = {
  id: required(id),
  name: required(name),
  status: orElse(oneOf(TEAM_STATUSES), () => 'active'),
  summary: orElse(text, emptyText),
  stack: technologyRefs,
  mentions: technologyRefs,
  projects: orElse(list(readProject), emptyList),
  links: orElse(list(readLink), emptyList)
}
export const readTeamV1 = object(teamV1Fields)
export const readTeam = object({
  ...teamV1Fields,
  lead: optional(readLead),
  members: optional(members),
  responsibilities: orElse(list(name), emptyList),
  relations: orElse(list(readRelation), emptyList),
  roles: orElse(list(readRole), emptyList)
})

const readGroups: Reader = (value, own) => groupList(value, own)
export const readGroup = object({
  id: required(id),
  name: required(name),
  summary: orElse(text, emptyText),
  teams: orElse(list(readTeam), emptyList),
  groups: optional(readGroups)
})
const groupList = list(readGroup)

export const readDivision = object({
  id: required(id),
  name: required(name),
  summary: orElse(text, emptyText),
  teams: orElse(list(readTeam), emptyList),
  groups: orElse(groupList, emptyList)
})
export const readDivisionV1 = object({
  id: required(id),
  name: required(name),
  summary: orElse(text, emptyText),
  teams: required(list(readTeamV1, 1))
})

export const readCompany = object({
  name: required(name),
  summary: orElse(text, emptyText),
  source: optional(text)
})

const readFileV2 = object({
  schemaVersion: required(oneOf([1, 2])),
  company: required(readCompany),
  technologies: orElse(list(readTechnology), emptyList),
  divisions: required(list(readDivision, 1))
})
const readFileV1 = object({
  schemaVersion: required(oneOf([1])),
  company: required(readCompany),
  technologies: orElse(list(readTechnologyV1), emptyList),
  divisions: required(list(readDivisionV1, 1))
})
/** The readers of whole files, by version (for the tests that hold them to the schemas). */
export const readFile = { 1: readFileV1, 2: readFileV2 } as const
