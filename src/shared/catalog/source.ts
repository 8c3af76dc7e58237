import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml'
import type { Result } from './diagnostic'

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

/**
 * Parses YAML or JSON (a JSON document is YAML 1.2, so one parser gives positions for both).
 * Never throws: malformed input becomes diagnostics with line and column.
 */
export function parseSource(text: string, file: string): Result<SourceDocument> {
  const lineCounter = new LineCounter()
  // A byte-order mark is invisible in editors; strip it rather than report it.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const doc = parseDocument(source, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true
  })
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col }
  }
  const problems = [...doc.errors, ...doc.warnings]
  if (problems.length > 0) {
    return {
      ok: false,
      errors: problems.map((problem) => ({
        file,
        ...at(problem.pos[0]),
        message: `malformed ${file.toLowerCase().endsWith('.json') ? 'JSON' : 'YAML'}: ${firstLine(problem.message)}`,
        hint: yamlHint(problem.code)
      }))
    }
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
