/**
 * Slips js-yaml forgives and yaml refuses, found cheaply, so that the fast path (fast-parse.ts)
 * can decline where one may be and leave the file to yaml, which reports it with its position.
 * A false alarm only costs speed (the positioned path then parses the file), so where a check
 * cannot be sure it says "may be"; but it must never miss one. Every check reads the text in
 * one pass (any text up to the size limit, however hostile, in milliseconds).
 */

/** `#` right after a quote, a bracket or a comma: a comment with no white space before it. */
const HASH_AFTER_TOKEN = /["'[\]{},]#/g

/**
 * The offsets of each `#` that follows a quote which may open a string rather than close one
 * (it follows white space, a line start or an indicator, as in `label: '#5918 Session
 * recording'`): the caller checks those with js-yaml itself. Undefined when a `#` follows a
 * bracket, a comma, or a quote that can only close a string: a comment with no space, or so
 * rare in a catalog that a false alarm does not matter.
 */
export function hashesAfterQuotes(text: string): number[] | undefined {
  const hashes: number[] = []
  for (const match of text.matchAll(HASH_AFTER_TOKEN)) {
    const quote = match[0][0] === '"' || match[0][0] === "'"
    if (!quote || !mayOpenString(text.charCodeAt(match.index - 1))) return undefined
    hashes.push(match.index + 1)
  }
  return hashes
}

/** Whether a quote after this character may open a string (NaN: the start of the text). */
function mayOpenString(before: number): boolean {
  return isSpaceOrEnd(before) || FLOW_OR_BLOCK_INDICATORS.includes(before)
}

const FLOW_OR_BLOCK_INDICATORS = [0x5b, 0x7b, 0x2c, 0x3a, 0x2d, 0x3f] // [ { , : - ?

/**
 * Whether a flow collection or a quoted string goes on to a line indented less than YAML asks:
 * yaml refuses it ("must be sufficiently indented", "Missing closing quote"), js-yaml reads on.
 */
export function continuedUnderIndented(text: string): boolean {
  return flowUnderIndented(text) || stringUnderIndented(text)
}

const FLOW_START = /[[{]/g

/** A flow collection closed on its line, with nothing in it that needs a closer look. */
const ONE_LINE_FLOW = /\[[^\n\r[\]{}"'#]*\]|\{[^\n\r[\]{}"'#]*\}/y

/**
 * Whether a flow collection that spans lines has one indented less than yaml asks (see
 * requiredIndent). Every `[` and `{` is taken for the start of one (in a comment or a string
 * too: a false alarm at worst), and followed far enough to be sure where it ends; where that is
 * unclear (a string in it with a bracket, or going on to the next line) the answer is yes.
 */
function flowUnderIndented(text: string): boolean {
  FLOW_START.lastIndex = 0
  for (let open = FLOW_START.exec(text); open; open = FLOW_START.exec(text)) {
    // Most are one line of plain words (`stack: [Go, Kubernetes]`): skipped at regex speed.
    ONE_LINE_FLOW.lastIndex = open.index
    if (ONE_LINE_FLOW.test(text)) {
      FLOW_START.lastIndex = ONE_LINE_FLOW.lastIndex
      continue
    }
    const end = flowEnd(text, open.index)
    if (end === undefined) return true
    FLOW_START.lastIndex = end
  }
  return false
}

/**
 * The offset just past the flow collection that opens at `start`, or undefined when it may be
 * indented too little or cannot be followed with certainty (see flowUnderIndented).
 */
function flowEnd(text: string, start: number): number | undefined {
  let required: number | undefined // worked out at the first line break, if there is one
  let depth = 0
  let tokenStart = true
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i)
    switch (c) {
      case 0x5b: // [
      case 0x7b: // {
        depth++
        tokenStart = true
        break
      case 0x5d: // ]
      case 0x7d: // }
        if (--depth === 0) return i + 1
        tokenStart = false
        break
      case 0x0a: // \n: the collection goes on, on a line that must be indented enough.
        required ??= requiredIndent(text, text.lastIndexOf('\n', start - 1) + 1, start)
        if (!indentedEnough(text, i + 1, required)) return undefined
        tokenStart = true
        break
      case 0x20: // space
      case 0x09: // tab
      case 0x0d: // \r (of \r\n; a lone \r was declined earlier)
        break
      case 0x23: // #: a comment when it follows white space; to the end of the line.
        if (isSpaceOrEnd(text.charCodeAt(i - 1))) i = text.indexOf('\n', i) - 1
        if (i < 0) return undefined
        tokenStart = false
        break
      case 0x22: // "
      case 0x27: {
        // ': a quoted string where a value starts (or after white space, to be safe).
        if (!tokenStart && !isSpace(text.charCodeAt(i - 1))) {
          tokenStart = false
          break
        }
        const close = closingQuoteOnLine(text, i)
        if (close === undefined) return undefined
        i = close
        tokenStart = false
        break
      }
      case 0x2c: // ,
      case 0x3a: // :
      case 0x3f: // ?
        tokenStart = true
        break
      default:
        tokenStart = false
    }
  }
  return undefined
}

/**
 * The offset of the quote that closes the one at `open`, on the same line and with no bracket
 * between them; else undefined. `\"` escapes in double quotes, `''` in single quotes.
 */
function closingQuoteOnLine(text: string, open: number): number | undefined {
  const quote = text.charCodeAt(open)
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x0a || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) return undefined
    if (quote === 0x22 && c === 0x5c) i++
    else if (c === quote) {
      if (quote === 0x22 || text.charCodeAt(i + 1) !== quote) return i
      i++
    }
  }
  return undefined
}

const QUOTE_OR_HASH = /["'#]/g

/**
 * Whether a quoted string that spans lines has one indented less than yaml asks (Lexer.
 * continueScalar: as for a flow collection, see requiredIndent). Comments are skipped; of the
 * quotes, only those where a value or key starts in block context are followed (strings in flow
 * collections are flowUnderIndented's), and a string whose end is unclear says yes.
 */
function stringUnderIndented(text: string): boolean {
  let lineStart = 0
  let lineEnd = lineEndAt(text, 0)
  QUOTE_OR_HASH.lastIndex = 0
  for (let match = QUOTE_OR_HASH.exec(text); match; match = QUOTE_OR_HASH.exec(text)) {
    const at = match.index
    while (lineEnd < at) {
      lineStart = lineEnd + 1
      lineEnd = lineEndAt(text, lineStart)
    }
    if (text[at] === '#') {
      // A comment runs to the end of its line: quotes in it are words.
      if (isSpaceOrEnd(text.charCodeAt(at - 1))) QUOTE_OR_HASH.lastIndex = lineEnd
      continue
    }
    if (!startsValue(text, at)) continue
    const close = stringEnd(text, at)
    if (close === undefined) return true
    if (close > lineEnd) {
      // Its end could be another string's start, misread: then nothing here is certain.
      if (startsValue(text, close)) return true
      const required = requiredIndent(text, lineStart, at)
      for (let lineBreak = lineEnd; lineBreak < close; lineBreak = lineEndAt(text, lineBreak + 1)) {
        if (!indentedEnough(text, lineBreak + 1, required)) return true
      }
    }
    QUOTE_OR_HASH.lastIndex = close + 1
  }
  return false
}

/** The offset of the line break that ends the line at `from`, or the text's length. */
function lineEndAt(text: string, from: number): number {
  const end = text.indexOf('\n', from)
  return end === -1 ? text.length : end
}

/**
 * Whether the character at `at` starts a value or key in block context: it follows the start of
 * a line, a block indicator (`- `, `? `, `: `) or a property (`!tag `, `&anchor `).
 */
function startsValue(text: string, at: number): boolean {
  let before = at - 1
  while (isSpace(text.charCodeAt(before))) before--
  const c = text.charCodeAt(before)
  if (before < 0 || c === 0x0a || c === 0x0d) return true
  if (before === at - 1) return false
  if (isIndicator(c)) return true
  let word = before
  while (word >= 0 && !isSpaceOrEnd(text.charCodeAt(word))) word--
  const first = text.charCodeAt(word + 1)
  return first === 0x21 || first === 0x26 // ! &
}

/** The offset of the quote that ends the string opened at `open`, on any line; or undefined. */
function stringEnd(text: string, open: number): number | undefined {
  const quote = text[open]
  for (let end = text.indexOf(quote, open + 1); end !== -1; end = text.indexOf(quote, end + 1)) {
    if (quote === "'" && text[end + 1] === "'") end++
    else if (quote === "'" || !escaped(text, end)) return end
  }
  return undefined
}

/** Whether the character at `at` follows an odd number of backslashes. */
function escaped(text: string, at: number): boolean {
  let backslashes = 0
  while (text.charCodeAt(at - 1 - backslashes) === 0x5c) backslashes++
  return backslashes % 2 === 1
}

/**
 * Whether the line at `lineStart`, within a flow collection or string, is indented by `required`
 * spaces (yaml does not count tabs), or is blank.
 */
function indentedEnough(text: string, lineStart: number, required: number): boolean {
  let indent = 0
  while (text.charCodeAt(lineStart + indent) === 0x20) indent++
  let content = lineStart + indent
  while (isSpace(text.charCodeAt(content))) content++
  return indent >= required || isLineEnd(text.charCodeAt(content))
}

/** Lines looked at above a flow collection or string for the indentation it must keep. */
const MAX_LINES_ABOVE = 100

/**
 * At least the indentation yaml asks of the next lines of a flow collection or string that
 * starts at `start`, on the line at `lineStart`. yaml's Lexer keeps one number for it,
 * `indentNext`, which a line sets to one more than its spaces and block indicators (`- `, `? `,
 * `: `) when it has an indicator or starts with a character followed by another
 * (parseLineStart, parseBlockStart), and otherwise leaves as it was: a `[` alone on its line (as
 * yaml writes long lists) keeps what the lines above it asked, so those are looked at, back to
 * one that sets it (or, past MAX_LINES_ABOVE, no indentation is enough). A `:` indicator sets it
 * too: one anywhere before `start` on its line counts.
 */
function requiredIndent(text: string, lineStart: number, start: number): number {
  const own = indentOf(text, lineStart) + 1
  if (setsIndent(text, lineStart)) return own
  let required = text.slice(lineStart, start).includes(':') ? own : 0
  let line = lineStart
  for (let looked = 0; line > 0; looked++) {
    if (looked === MAX_LINES_ABOVE) return Infinity
    // The previous line (lastIndexOf would find this line's own break at a negative index).
    line = line < 2 ? 0 : text.lastIndexOf('\n', line - 2) + 1
    if (isBlankOrComment(text, line)) continue
    required = Math.max(required, indentOf(text, line) + 1)
    if (setsIndent(text, line)) break
  }
  // At the top of the text yaml asks for none, but refuses `---` and `...` lines: ask for one.
  return Math.max(1, required)
}

/** The line's spaces and the block indicators after them, as yaml counts its indentation. */
function indentOf(text: string, lineStart: number): number {
  let i = lineStart
  while (text.charCodeAt(i) === 0x20) i++
  while (isIndicator(text.charCodeAt(i)) && isSpace(text.charCodeAt(i + 1))) {
    i++
    while (isSpace(text.charCodeAt(i))) i++
  }
  return i - lineStart
}

/** Whether yaml sets `indentNext` from this line alone (see requiredIndent). */
function setsIndent(text: string, lineStart: number): boolean {
  let i = lineStart
  while (text.charCodeAt(i) === 0x20) i++
  return isIndicator(text.charCodeAt(i)) || !isSpaceOrEnd(text.charCodeAt(i + 1))
}

/** Blank and comment lines never ask for more indentation than the lines before them. */
function isBlankOrComment(text: string, lineStart: number): boolean {
  let i = lineStart
  while (isSpace(text.charCodeAt(i))) i++
  const c = text.charCodeAt(i)
  return isLineEnd(c) || c === 0x23
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09
}

/** A line break, or the end of the text (NaN from charCodeAt). */
function isLineEnd(c: number): boolean {
  return c === 0x0a || c === 0x0d || Number.isNaN(c)
}

function isSpaceOrEnd(c: number): boolean {
  return isSpace(c) || isLineEnd(c)
}

function isIndicator(c: number): boolean {
  return c === 0x2d || c === 0x3f || c === 0x3a // - ? :
}
