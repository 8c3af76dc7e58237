import { YAMLException } from 'js-yaml'
import { missingQuote } from './missing-quote'
import { ParseRefusal, type ParseTree } from './parse-tree'

/** A syntax error found by the parse: where it is, what it is, how to fix it. */
export interface SyntaxProblem {
  offset: number
  message: string
  hint?: string
}

const INDENTATION_HINT = 'check the indentation and punctuation on this line and the one before it'
const MISSING_COLON_HINT = 'a key may be missing its colon, or a value needs quotes'

/**
 * What a failed parse means for the user. js-yaml stops at the first syntax error and says what
 * it was and where it noticed (`reason`, `mark`); where it notices late (an unclosed bracket at
 * the end of the text, a `: ` inside a value at the second colon) the parse tree says where the
 * slip is. Each class of error gets its hint.
 */
export function describeSyntaxError(error: unknown, tree: ParseTree, text: string): SyntaxProblem {
  if (error instanceof ParseRefusal) {
    return { offset: error.offset, message: error.message, hint: error.hint }
  }
  if (!(error instanceof YAMLException)) {
    // js-yaml throws only YAMLException; anything else is a bug, reported without a stack.
    return {
      offset: 0,
      message: `internal error while parsing: ${error instanceof Error ? error.message : String(error)}`,
      hint: 'please report this with the catalog file attached'
    }
  }
  const reason = error.reason
  const mark = (error.mark as { position?: number } | undefined)?.position
  if (mark === undefined) {
    // The one error js-yaml throws without a mark: it read a second document.
    const second = tree.secondDocument()
    return {
      offset: second >= 0 ? documentMarker(text, tree.start(second)) : 0,
      message: 'the file holds more than one YAML document',
      hint: 'a catalog is one document: remove this "---" line and what follows, or merge them'
    }
  }
  const at = Math.min(mark, text.length)
  return unclosedQuote(reason, tree, text) ?? describeMarked(reason, at, tree, text)
}

/** The start of the `---` line that opens the document whose first node starts at `start`. */
function documentMarker(text: string, start: number): number {
  const marker = text.lastIndexOf('---', start)
  return marker >= 0 && (marker === 0 || text[marker - 1] === '\n') ? marker : start
}

function describeMarked(
  reason: string,
  mark: number,
  tree: ParseTree,
  text: string
): SyntaxProblem {
  const at = (offset: number, hint?: string, message = reason): SyntaxProblem => ({
    offset,
    message,
    ...(hint ? { hint } : {})
  })
  if (reason === 'duplicated mapping key') {
    return at(mark, 'each field may appear once per object; remove or rename the repeated key')
  }
  if (reason.startsWith('tab characters')) return at(mark, 'indent with spaces, not tabs')
  if (reason.startsWith('bad indentation of a')) return badIndentation(reason, mark, tree, text)
  if (reason.startsWith('missed comma between flow collection entries')) {
    // Noticed on a later line that goes back to the bracket's indentation or less ("  - { name:
    // Go, category: language" then "divisions:"), the bracket open with entries on its own line:
    // it never closed there, the likelier slip. A collection written over lines (JSON's "{" alone
    // on its line, or entries indented under it) is missing a comma where the parser stopped.
    const bracket = innermostBracket(tree, text)
    if (bracket !== undefined && closesOnItsLine(text, bracket, mark)) {
      const closer = text[bracket] === '[' ? ']' : '}'
      return at(
        bracket,
        `close it with ${closer} after its last entry; if it goes on over lines, a comma is missing between two of its entries`,
        `this ${text[bracket]} is not closed on its line`
      )
    }
    return at(
      mark,
      'a [ or { before this may be missing its closing bracket, or a comma is missing between entries'
    )
  }
  if (reason.startsWith('unexpected end of the stream within a flow collection')) {
    // Noticed at the end of the text; the bracket that never closed is the slip.
    const bracket = innermostBracket(tree, text)
    if (bracket !== undefined) {
      const closer = text[bracket] === '[' ? ']' : '}'
      return at(bracket, `close it with ${closer}`, `this ${text[bracket]} is never closed`)
    }
    return at(mark, 'a [ or { is missing its closing bracket')
  }
  if (reason.startsWith('unidentified alias')) {
    // The mark is past the alias name; point at its `*`.
    const star = text.lastIndexOf('*', mark)
    return at(
      star >= 0 ? star : mark,
      'an alias (*name) repeats a value anchored earlier with &name; define the anchor first, or write the value out'
    )
  }
  if (reason.startsWith('unknown tag') || reason.startsWith('cannot resolve a node with')) {
    const [node] = tree.openNodes()
    return at(
      node !== undefined ? tree.start(node) : mark,
      'a catalog needs no tags (!name): remove it, and quote the value if it must stay text'
    )
  }
  if (reason === 'null byte is not allowed in input') return controlCharacter(mark, text)
  if (
    reason.startsWith('the stream contains non-printable characters') ||
    reason.startsWith('expected valid JSON character')
  ) {
    // Noticed at the end of the value that holds it: find it there.
    const [value] = tree.openNodes()
    const from = value !== undefined ? tree.start(value) : mark
    const found = text.slice(from, mark + 1).search(NON_PRINTABLE)
    return controlCharacter(found >= 0 ? from + found : mark, text)
  }
  if (reason.startsWith('unknown escape sequence') || reason.startsWith('expected hexadecimal')) {
    const backslash = text.lastIndexOf('\\', mark)
    return at(
      backslash >= 0 ? backslash : mark,
      'inside "…" a backslash starts an escape (\\n, \\", \\\\): write \\\\ for a backslash, or use single quotes'
    )
  }
  if (
    reason.startsWith('can not read a block mapping entry; a multiline key') ||
    reason.startsWith('can not read an implicit mapping pair; a colon is missed')
  ) {
    // js-yaml read the line without a colon as the start of the next key: point at it.
    const key = tree.lastClosed
    return at(key >= 0 && tree.start(key) < mark ? tree.start(key) : mark, MISSING_COLON_HINT)
  }
  return at(mark, INDENTATION_HINT)
}

function controlCharacter(offset: number, text: string): SyntaxProblem {
  const code = text.charCodeAt(offset)
  const name = Number.isNaN(code) ? '' : ` (U+${code.toString(16).toUpperCase().padStart(4, '0')})`
  return {
    offset,
    message: `the text holds a control character${name}`,
    hint: 'remove it (write it as an escape such as \\t inside "…" if it is meant); is this a text file?'
  }
}

/** js-yaml's pattern for what its reader refuses as non-printable (loader.js). */
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/

/**
 * "bad indentation of a mapping entry": js-yaml found something after a complete entry. Three
 * slips make most of them, and js-yaml's mark (the colon it met) points at none of them:
 * - a value holding `: ` (`name: Cloud Team: oops`): the colon makes the value a key of a
 *   nested mapping, which cannot start on the line of its parent's key; point at the value;
 * - a key indented deeper than its siblings: js-yaml read it as the continuation of the value
 *   above it, then met its colon; point at the key;
 * - a key missing its colon (`name Acme`): js-yaml read it and the next line as one key, then
 *   met that line's colon; point at the key without one.
 */
function badIndentation(
  reason: string,
  mark: number,
  tree: ParseTree,
  text: string
): SyntaxProblem {
  const last = tree.lastClosed
  if (text.charCodeAt(mark) !== 0x3a || last < 0) {
    return { offset: mark, message: reason, hint: INDENTATION_HINT }
  }
  const read = tree.start(last)
  const readLine = text.lastIndexOf('\n', read - 1) + 1
  if (read < mark && !text.slice(read, mark).includes('\n')) {
    return {
      offset: read,
      message: reason,
      hint: 'a value holding ": " must be quoted ("…"), and a nested mapping must start on a line of its own'
    }
  }
  if (/^[ \t]*(?:- )?$/.test(text.slice(readLine, read))) {
    // What js-yaml read starts its line: a key, and the colon it lacks belongs after it.
    return { offset: read, message: reason, hint: MISSING_COLON_HINT }
  }
  const lineStart = text.lastIndexOf('\n', mark - 1) + 1
  return {
    offset: lineStart + (/^[ \t]*/.exec(text.slice(lineStart, mark))?.[0].length ?? 0),
    message: reason,
    hint: 'this key is indented deeper than the keys beside it; line it up with them'
  }
}

/**
 * Whether the bracket at `bracket` was written to close on its line: entries follow it there,
 * and the line where the parser stopped (`mark`, a later one) is indented no deeper than it.
 */
function closesOnItsLine(text: string, bracket: number, mark: number): boolean {
  const lineEnd = text.indexOf('\n', bracket)
  if (lineEnd < 0 || lineEnd >= mark) return false
  if (text.slice(bracket + 1, lineEnd).trim() === '') return false
  const indent = (offset: number): number => {
    const start = text.lastIndexOf('\n', offset - 1) + 1
    return /^ */u.exec(text.slice(start))![0].length
  }
  return indent(mark) <= indent(bracket)
}

/** The `[` or `{` of the innermost flow collection still open when the parse stopped. */
function innermostBracket(tree: ParseTree, text: string): number | undefined {
  for (const node of tree.openNodes()) {
    const start = tree.start(node)
    if (text[start] === '[' || text[start] === '{') return start
  }
  return undefined
}

/**
 * A string whose closing quote is missing, so that js-yaml read on to the end of the text (a
 * string that stops at a later quote is caught by ParseTree's continuation check). Reported at
 * the end of the line where the string opened, where its closing quote belongs.
 */
function unclosedQuote(reason: string, tree: ParseTree, text: string): SyntaxProblem | undefined {
  if (
    !/^unexpected end of the (?:stream|document) within a (?:single|double) quoted/.test(reason)
  ) {
    return undefined
  }
  const string = tree.openNodes().find((node) => isQuote(text, tree.start(node)))
  return string === undefined ? undefined : missingQuote(text, tree.start(string))
}

function isQuote(text: string, offset: number): boolean {
  const c = text.charCodeAt(offset)
  return c === 0x22 || c === 0x27
}
