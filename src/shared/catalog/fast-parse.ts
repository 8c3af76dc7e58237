import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml'
import { continuedUnderIndented, hashesAfterQuotes } from './yaml-slips'

/**
 * The loader's fast path: catalog text to plain data without recording where anything is.
 *
 * Why two parsers: `yaml` (source.ts) keeps every node's position so that each diagnostic can
 * name file:line:column, but that costs about 1.5 s for a 5,000-team catalog (3.4 MB; its lexer
 * alone takes 300 ms). JSON.parse reads the same data as JSON in ~20 ms and js-yaml reads the
 * YAML in ~120 ms. A catalog that loads needs no positions at all, so the loader parses here
 * first and takes the positioned path only when something is wrong (see load.ts): diagnostics
 * then come from exactly the code that made them before.
 *
 * The contract: when this returns data, it is the data `yaml` would have produced for the same
 * text, and `yaml` would have reported no problem. Where that cannot be promised cheaply it
 * declines (returns undefined) and the positioned path decides:
 * - JSON: JSON.parse keeps the last of two equal keys where `yaml` reports them; a key count
 *   catches that. Anything JSON.parse rejects goes to `yaml`, whose message has a position.
 * - YAML: plain scalars resolve with the regular expressions of `yaml`'s core schema (below),
 *   not js-yaml's looser ones (js-yaml reads 0b1 and 1_000 as numbers). Directives (%YAML 1.1
 *   changes the schema) and aliases (`yaml` limits them; js-yaml shares objects) decline.
 *   Duplicate keys, tabs, bad indentation and unknown tags make js-yaml throw: declined too.
 *   js-yaml also accepts slips that yaml refuses: a flow list or a quoted string continued on a
 *   line indented less than YAML requires, and a comment right after a quote, bracket or comma
 *   without a space. A file loads only if yaml accepts it, so wherever such a slip could be,
 *   this declines too (yaml-slips.ts) and yaml reports it with its position.
 *   Keys that are not strings (`? [a, b]`, `null:`) are named differently (js-yaml "a,b" and
 *   "null", yaml "[ a, b ]" and ""), but no catalog field is named like either: validation
 *   refuses both, and the positioned path reports it.
 * The differential fuzz (tests/shared/catalog/fast-parse.test.ts) holds both paths to one answer.
 */
export function parseWithoutPositions(text: string, file: string): { data: unknown } | undefined {
  const isJson = file.toLowerCase().endsWith('.json')
  // Where the two parsers were seen to read the same text differently (by the differential
  // fuzz in tests/shared/catalog/fast-parse.test.ts), decline:
  // - a carriage return not followed by a line feed (old Mac line ends): JSON and js-yaml take
  //   it for white space or a line break, yaml for part of a key or value;
  // - white space at the end of a line: inside a multi-line quoted string js-yaml keeps it,
  //   where YAML (and yaml) fold it away.
  if (LONE_CR.test(text) || TRAILING_SPACE.test(text)) return undefined
  if (isJson || text.trimStart().startsWith('{')) {
    const data = parseJson(text)
    if (data !== undefined || isJson) return data
  }
  if (mayChangeSchemaOrAlias(text) || continuedUnderIndented(text)) return undefined
  const hashes = hashesAfterQuotes(text)
  if (!hashes) return undefined
  try {
    const data = load(text, { schema: YAML_CORE_SCHEMA })
    // A `#` right after a quote that may close a string (`"a "# note`, a comment js-yaml takes
    // and yaml refuses) or open one (`'#5918 Session recording'`): made a letter, it leaves a
    // text js-yaml refuses (a string followed by a letter) only if some string closed there.
    if (hashes.length > 0) load(withLetters(text, hashes), { schema: YAML_CORE_SCHEMA })
    return { data }
  } catch {
    // Anything js-yaml rejects (including nesting too deep for its recursion) is reported by
    // the positioned path.
    return undefined
  }
}

/** The text with the character at each of `offsets` (ascending) made an `x`. */
function withLetters(text: string, offsets: number[]): string {
  const parts: string[] = []
  let from = 0
  for (const offset of offsets) {
    parts.push(text.slice(from, offset), 'x')
    from = offset + 1
  }
  parts.push(text.slice(from))
  return parts.join('')
}

function parseJson(text: string): { data: unknown } | undefined {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return undefined
  }
  try {
    return countKeys(data) === countJsonKeys(text) ? { data } : undefined
  } catch {
    // JSON.parse accepts any depth, but countKeys recurses: 10,000 nested arrays overflowed
    // the stack and loadCatalogText threw. Decline; the positioned path reports the nesting.
    return undefined
  }
}

/** Keys in parsed data: fewer than in the text means a key was repeated in one object. */
function countKeys(value: unknown): number {
  if (Array.isArray(value)) {
    let count = 0
    for (const item of value) count += countKeys(item)
    return count
  }
  if (value !== null && typeof value === 'object') {
    let count = 0
    for (const key in value) count += 1 + countKeys((value as Record<string, unknown>)[key])
    return count
  }
  return 0
}

/** Keys in valid JSON text: each is the one place a colon appears outside a string. */
function countJsonKeys(text: string): number {
  const QUOTE = 0x22
  const BACKSLASH = 0x5c
  const COLON = 0x3a
  let count = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === BACKSLASH) i++
      else if (c === QUOTE) inString = false
    } else if (c === QUOTE) {
      inString = true
    } else if (c === COLON) {
      count++
    }
  }
  return count
}

const LONE_CR = /\r(?!\n)/
const TRAILING_SPACE = /[ \t]\r?$/m

/**
 * A directive line (`%YAML 1.1`), or an alias (`*name`) where a node may start: after a line
 * start, white space or a flow indicator. A false alarm (a quoted " *" in a summary) only costs
 * speed: the positioned path parses such a file.
 */
const MAY_CHANGE_SCHEMA_OR_ALIAS = /^%|(?:^|[\s[{,])\*[^\s\]},]/m

/** MAY_CHANGE_SCHEMA_OR_ALIAS, skipped (5 ms of 3.4 MB) when neither character is there. */
function mayChangeSchemaOrAlias(text: string): boolean {
  return (text.includes('%') || text.includes('*')) && MAY_CHANGE_SCHEMA_OR_ALIAS.test(text)
}

// The core schema of `yaml` 2 (yaml/dist/schema/core/*.js), in its order: the same plain
// scalars become the same values, so both paths hand validation identical data.
const NULL = /^(?:~|[Nn]ull|NULL)?$/
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/
const INT_OCT = /^0o[0-7]+$/
const INT = /^[-+]?[0-9]+$/
const INT_HEX = /^0x[0-9a-fA-F]+$/
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/

function resolveNumber(text: string): number | undefined {
  // Most plain scalars are words: rule them out by their first character before any regex.
  const first = text.charCodeAt(0)
  const digit = first >= 0x30 && first <= 0x39
  if (!digit && first !== 0x2b && first !== 0x2d && first !== 0x2e) return undefined // + - .
  if (INT_OCT.test(text)) return parseInt(text.substring(2), 8)
  if (INT.test(text)) return parseInt(text, 10)
  if (INT_HEX.test(text)) return parseInt(text.substring(2), 16)
  if (FLOAT_NAN.test(text)) {
    if (text.slice(-3).toLowerCase() === 'nan') return NaN
    return text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY
  }
  if (FLOAT_EXP.test(text) || FLOAT.test(text)) return parseFloat(text)
  return undefined
}

const YAML_CORE_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type('tag:yaml.org,2002:null', {
      kind: 'scalar',
      resolve: (data: string | null) => data === null || (data.length <= 4 && NULL.test(data)),
      construct: () => null
    }),
    new Type('tag:yaml.org,2002:bool', {
      kind: 'scalar',
      resolve: (data: string | null) => data !== null && data.length <= 5 && BOOL.test(data),
      construct: (data: string) => data[0] === 't' || data[0] === 'T'
    }),
    // One type for int and float: which tag a number came from makes no difference in JS.
    new Type('tag:yaml.org,2002:float', {
      kind: 'scalar',
      resolve: (data: string | null) => data !== null && resolveNumber(data) !== undefined,
      construct: (data: string) => resolveNumber(data)
    })
  ]
})
