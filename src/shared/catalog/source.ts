import { load } from 'js-yaml'
import { YAML_CORE_SCHEMA } from './core-schema'
import type { Diagnostic, Result } from './diagnostic'
import { LineIndex, type Position } from './line-index'
import { ParseTree, type DataPath } from './parse-tree'
import { TreeLocator } from './tree-locator'
import { describeSyntaxError } from './syntax-problem'

export type { DataPath, Position }
export { MAX_NESTING } from './parse-tree'

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

/** More problems than this are summarized: a flood of 100,000 errors helps nobody. */
export const MAX_REPORTED_PROBLEMS = 100

/**
 * Parses YAML or JSON (a JSON document is YAML 1.2, so one parser gives positions for both), in
 * one pass of js-yaml that also records where every node is (see ParseTree). Never throws:
 * malformed input becomes one diagnostic, at the first error, with line and column.
 */
export function parseSource(text: string, file: string): Result<SourceDocument> {
  // A byte-order mark is invisible in editors; strip it rather than report it, so that
  // columns count from what the editor shows.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const tree = new ParseTree(source)
  const lines = new LineIndex(source)
  let data: unknown
  try {
    data = load(source, { schema: YAML_CORE_SCHEMA, listener: tree.listener })
  } catch (error) {
    const problem = describeSyntaxError(error, tree, source)
    const diagnostic: Diagnostic = {
      file,
      ...lines.position(problem.offset),
      message: `malformed ${formatName(file)}: ${problem.message}`,
      ...(problem.hint ? { hint: problem.hint } : {})
    }
    return { ok: false, errors: [diagnostic] }
  }
  // An empty text is no document (undefined to js-yaml): the null YAML says it is.
  const document = data === undefined ? null : data
  let locator: TreeLocator | undefined
  const locate: SourceDocument['locate'] = (path, options = {}) => {
    locator ??= new TreeLocator(tree, source, document)
    return lines.position(locator.locate(path, options.key))
  }
  return { ok: true, value: { file, data: document, locate } }
}

function formatName(file: string): string {
  return file.toLowerCase().endsWith('.json') ? 'JSON' : 'YAML'
}

/**
 * The first MAX_REPORTED_PROBLEMS diagnostics, and a line saying how many more there were:
 * `total` counts problems found but not built into diagnostics too, and `atLeast` says that
 * checking stopped, so there may be more still.
 */
export function limitProblems(
  errors: Diagnostic[],
  file: string,
  total = errors.length,
  atLeast = false
): Diagnostic[] {
  if (total <= MAX_REPORTED_PROBLEMS) return errors
  const more = total - MAX_REPORTED_PROBLEMS
  return [
    ...errors.slice(0, MAX_REPORTED_PROBLEMS),
    {
      file,
      line: 0,
      column: 0,
      message: `${atLeast ? 'at least ' : ''}${more} more problems not shown`,
      hint: 'fix the ones above first; is this really a catalog file?'
    }
  ]
}
