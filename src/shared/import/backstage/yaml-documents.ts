import type { Diagnostic } from '../../catalog/diagnostic'
import type { Position } from '../../catalog/line-index'
import { parseSource, type DataPath } from '../../catalog/source'

/** One document of a multi-document YAML file, parsed, with positions in the whole file. */
export interface YamlDocument {
  file: string
  data: unknown
  /** Where the value at `path` starts, in the file (not the document). */
  locate(path: DataPath): Position
  /** The line of the document's first line of content. */
  line: number
}

/** A line that starts or ends a document: YAML forbids content from starting this way. */
const MARKER = /^(?:---|\.\.\.)(?=[ \t]|$)/u

/**
 * Every document of a YAML file, each parsed by the loader's own path (parseSource: js-yaml with
 * the core schema, the nesting, alias and key limits, located syntax errors), so an entity file
 * is read exactly as a catalog is. Splitting at marker lines is exact: YAML does not let a
 * document's content start a line with `---` or `...`. A document that fails to parse is a
 * diagnostic; the others are still read.
 */
export function readYamlDocuments(
  text: string,
  file: string
): { documents: YamlDocument[]; errors: Diagnostic[] } {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const lines = source.split(/\r\n|\n|\r/u)
  const documents: YamlDocument[] = []
  const errors: Diagnostic[] = []
  let first = 0
  const flush = (end: number): void => {
    const chunk = lines.slice(first, end)
    if (chunk.every((line) => /^\s*(?:#.*)?$/u.test(line))) return
    const offset = first
    const parsed = parseSource(chunk.join('\n'), file)
    if (!parsed.ok) {
      errors.push(...parsed.errors.map((error) => ({ ...error, line: error.line + offset })))
      return
    }
    if (parsed.value.data === null) return
    const at = parsed.value.locate([])
    documents.push({
      file,
      data: parsed.value.data,
      line: at.line + offset,
      locate: (path) => {
        const position = parsed.value.locate(path)
        return { line: position.line + offset, column: position.column }
      }
    })
  }
  for (let i = 0; i < lines.length; i++) {
    const marker = MARKER.exec(lines[i])
    if (!marker) continue
    flush(i)
    // `--- key: value` starts the document on the marker's line: keep that content, in place.
    first = i
    lines[i] = lines[i].startsWith('...') ? '' : ' '.repeat(3) + lines[i].slice(3)
  }
  flush(lines.length)
  return { documents, errors }
}
