import { isCollection, isMap, isNode, isPair, isScalar, isSeq, type Node } from 'yaml'
import type { Diagnostic, Result } from './diagnostic'
import { MAX_NESTING, readYaml, type Stop } from './read-yaml'

export { MAX_NESTING }

/** A path into parsed data, as zod reports it. */
export type DataPath = readonly PropertyKey[]

export interface Position {
  line: number
  column: number
}

/** Parsed catalog data together with a way to map any data path back to the source text. */
export interface SourceDocument {
  file: string
  data: unknown
  /**
   * Where the value at `path` starts; `key: true` gives the position of its key instead (for
   * "unknown field" errors). Falls back to the nearest existing ancestor, so a missing field
   * points at the object that lacks it.
   */
  locate(path: DataPath, options?: { key?: boolean }): Position
}

/** Anchors and aliases are legitimate YAML, but an "alias bomb" expands exponentially. */
const MAX_ALIAS_COUNT = 100

/** More problems than this are summarized: a flood of 100,000 errors helps nobody. */
export const MAX_REPORTED_PROBLEMS = 100

/**
 * Parses YAML or JSON (a JSON document is YAML 1.2, so one parser gives positions for both).
 * Never throws: malformed input becomes diagnostics with line and column.
 */
export function parseSource(text: string, file: string): Result<SourceDocument> {
  // A byte-order mark is invisible in editors; strip it rather than report it.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const read = readYaml(source, MAX_REPORTED_PROBLEMS)
  if (!read.ok) {
    return {
      ok: false,
      errors: [
        {
          file,
          ...positionAt(source, read.tooDeep),
          message: `malformed ${formatName(file)}: nested more than ${MAX_NESTING} levels deep`,
          hint: 'a catalog nests about 9 levels; check for unclosed [ or { brackets'
        }
      ]
    }
  }
  const { doc, lineCounter, stopped } = read
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col }
  }
  const problems = [
    ...[...doc.errors, ...doc.warnings].map((problem) => ({
      offset: problem.pos[0],
      message: firstLine(problem.message),
      code: problem.code as string
    })),
    ...duplicateKeys(doc.contents).map((offset) => ({
      offset,
      message: 'Map keys must be unique',
      code: 'DUPLICATE_KEY'
    }))
  ].filter(
    // Where reading stopped the text was cut short: what yaml says from there is about the cut.
    (problem) => !stopped || problem.offset < stopped.offset
  )
  if (problems.length > 0 || stopped) {
    problems.sort((a, b) => a.offset - b.offset)
    const errors: Diagnostic[] = problems.slice(0, MAX_REPORTED_PROBLEMS).map((problem) => ({
      file,
      ...at(problem.offset),
      message: `malformed ${formatName(file)}: ${problem.message}`,
      hint: yamlHint(problem.code)
    }))
    if (stopped) errors.push(stoppedReading(file, at(stopped.offset), stopped, problems.length))
    else if (problems.length > MAX_REPORTED_PROBLEMS) {
      errors.push(moreProblems(file, problems.length))
    }
    return { ok: false, errors }
  }

  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (error) {
    // toJS throws (rather than reporting) for excessive aliases and unresolvable aliases.
    return {
      ok: false,
      errors: [
        {
          file,
          line: 1,
          column: 1,
          message: `malformed YAML: ${error instanceof Error ? firstLine(error.message) : String(error)}`,
          hint: 'anchors (&name) and aliases (*name) are limited; write the values out instead'
        }
      ]
    }
  }

  const locate: SourceDocument['locate'] = (path, options = {}) => {
    let node: unknown = doc.contents
    let keyNode: unknown
    for (const segment of path) {
      const next = child(node, segment)
      if (!next) break
      node = next.value
      keyNode = next.key
    }
    const target = options.key && keyNode ? keyNode : node
    const range = isNode(target) ? (target as Node).range : undefined
    return range ? at(range[0]) : { line: 1, column: 1 }
  }

  return { ok: true, value: { file, data, locate } }
}

function child(node: unknown, segment: PropertyKey): { key?: unknown; value: unknown } | undefined {
  if (isMap(node)) {
    const pair = node.items.find(
      (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment)
    )
    return pair && pair.value !== null ? { key: pair.key, value: pair.value } : undefined
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment]
    return item === undefined ? undefined : { value: item }
  }
  return undefined
}

function formatName(file: string): string {
  return file.toLowerCase().endsWith('.json') ? 'JSON' : 'YAML'
}

/** The first MAX_REPORTED_PROBLEMS diagnostics, and a line saying how many more there were. */
export function limitProblems(errors: Diagnostic[], file: string): Diagnostic[] {
  return errors.length > MAX_REPORTED_PROBLEMS
    ? [...errors.slice(0, MAX_REPORTED_PROBLEMS), moreProblems(file, errors.length)]
    : errors
}

/**
 * Where and why reading stopped early (see readYaml), and how many of the problems before it
 * were not shown.
 */
function stoppedReading(file: string, position: Position, stop: Stop, total: number): Diagnostic {
  const hidden = total - MAX_REPORTED_PROBLEMS
  const notShown = hidden > 0 ? `; ${hidden} more problems before it not shown` : ''
  const [why, hint] =
    stop.reason === 'nesting'
      ? [
          `nested more than ${MAX_NESTING} levels deep`,
          'a catalog nests about 9 levels; check the indentation and colons above'
        ]
      : [
          `more than ${MAX_REPORTED_PROBLEMS} problems`,
          'fix the ones above first; is this really a catalog file?'
        ]
  return {
    file,
    ...position,
    message: `malformed ${formatName(file)}: ${why}; stopped reading here${notShown}`,
    hint
  }
}

function moreProblems(file: string, total: number): Diagnostic {
  return {
    file,
    line: 0,
    column: 0,
    message: `${total - MAX_REPORTED_PROBLEMS} more problems not shown`,
    hint: 'fix the ones above first; is this really a catalog file?'
  }
}

/** 1-based line and column of an offset, counted as yaml's LineCounter counts them. */
function positionAt(text: string, offset: number): Position {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, column: offset - lineStart + 1 }
}

/**
 * Offsets of keys that repeat an earlier key of the same map. One Set per map keeps it linear;
 * keys compare as yaml compares them (scalar values, so `1` and `"1"` differ). Iterative: the
 * nesting is bounded, but a tree walk has no reason to use the call stack.
 */
function duplicateKeys(root: unknown): number[] {
  const offsets: number[] = []
  const pending: unknown[] = [root]
  while (pending.length > 0) {
    const node = pending.pop()
    if (isMap(node)) {
      const seen = new Set<unknown>()
      for (const pair of node.items) {
        if (isScalar(pair.key)) {
          const key = pair.key.value
          if (seen.has(key) && pair.key.range) offsets.push(pair.key.range[0])
          seen.add(key)
        } else if (isCollection(pair.key)) {
          pending.push(pair.key)
        }
        pending.push(pair.value)
      }
    } else if (isSeq(node)) {
      // A loop, not push(...items): spreading a million items overflows the call stack.
      for (const item of node.items) pending.push(item)
    }
  }
  return offsets
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
}

function yamlHint(code: string): string | undefined {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'each field may appear once per object; remove or rename the repeated key'
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs'
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
      return 'check the indentation and punctuation on this line and the one before it'
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'a key may be missing its colon, or a value needs quotes'
    default:
      return undefined
  }
}
