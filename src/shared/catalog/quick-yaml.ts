import { closingDoubleQuote } from './closing-quote'
import { resolvePlainScalar } from './core-schema'
import { MAX_KEY_NAMES } from './parse-tree'

/**
 * The good path of reading YAML: the block style a catalog is written in (and `yaml` writes),
 * read into the data js-yaml gives with the core schema (YAML_CORE_SCHEMA), in one plain pass
 * over its lines, several times faster than js-yaml (which reads character by character,
 * recording every node's position for diagnostics). It only accepts: at the first thing it does
 * not expect it gives up (undefined), and the loader reads the text with js-yaml instead
 * (parseSource), which reads all of YAML and says what is wrong where. So it must never accept
 * what js-yaml refuses, and what it accepts it must read as js-yaml does: the same values and
 * key order. tests/shared/catalog/quick-yaml.test.ts holds it to js-yaml on catalogs and on
 * generated texts.
 *
 * What it reads: block mappings with plain keys (`name: …`), block sequences (`- …`, also at
 * their key's indentation), plain scalars (on one line or folded over more), quoted scalars on
 * one line, `|` and `>` block scalars (clip or `-`), flow sequences of scalars on one line
 * (`[Go, "C#"]`), `{}` and comments. Not: anchors, aliases, tags, directives, document markers,
 * flow mappings, tabs, keys in quotes.
 */
export function quickYaml(text: string): { data: unknown } | undefined {
  // Each of these is legal YAML somewhere (or an error js-yaml reports): js-yaml decides.
  if (text.includes('\t')) return undefined
  // Surrogates are in the first pattern so that the exact one runs only on text that has some.
  if (NOT_PRINTABLE_OR_SURROGATE.test(text) && NON_PRINTABLE.test(text)) return undefined
  try {
    const reader = new QuickYaml(text)
    return { data: reader.document() }
  } catch (error) {
    if (error === GIVE_UP) return undefined
    throw error
  }
}

/** js-yaml refuses these characters in the text it reads (loader.js, PATTERN_NON_PRINTABLE). */
const NON_PRINTABLE =
  // eslint-disable-next-line no-control-regex
  /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/

/** The same characters, and every surrogate (whose pairing NON_PRINTABLE checks), in one class. */
const NOT_PRINTABLE_OR_SURROGATE =
  // eslint-disable-next-line no-control-regex
  /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uD800-\uDFFF\uFFFE\uFFFF]/

/** Thrown (never out of quickYaml) where the text goes beyond what this reader reads. */
const GIVE_UP = Symbol('quickYaml gives up')

/**
 * Collections nested in collections: a catalog nests about 9 deep. Well under the positioned
 * parse's MAX_NESTING, so that nothing read here is past a limit js-yaml's path enforces.
 */
const MAX_DEPTH = 32

/** A key as catalogs write them: a plain word (no quotes, spaces or YAML indicators). */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/

const SPACE = 0x20
const HASH = 0x23
const COLON = 0x3a
const DASH = 0x2d

/** Characters a plain scalar cannot start with (YAML's indicators; `-`, `?` and `:` only before a space). */
const NOT_PLAIN_START = new Set([...',[]{}#&*!|>\'"%@`'].map((c) => c.charCodeAt(0)))
/** Whether a character is one a plain scalar inside `[…]` cannot hold: `,` `[` `]` `{` `}`. */
function isFlowIndicator(c: number): boolean {
  return c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d
}

function giveUp(): never {
  throw GIVE_UP
}

class QuickYaml {
  private readonly lines: string[]
  /** Each line's leading spaces (its length when it holds nothing else). */
  private readonly indents: Int32Array
  /** 1 for each line that holds only spaces or a comment. */
  private readonly skipped: Uint8Array
  /** The line being read. */
  private at = 0
  private readonly keyNames = new Set<string>()

  constructor(text: string) {
    const lines = text.split('\n')
    if (text.includes('\r')) {
      // Windows line ends: a carriage return anywhere else is js-yaml's to judge.
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i]
        const cr = line.indexOf('\r')
        if (cr < 0) continue
        if (cr !== line.length - 1) giveUp()
        lines[i] = line.slice(0, -1)
      }
    }
    this.lines = lines
    this.indents = new Int32Array(lines.length)
    this.skipped = new Uint8Array(lines.length)
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]
      const indent = indentOf(line)
      this.indents[i] = indent
      if (indent === line.length || line.charCodeAt(indent) === HASH) this.skipped[i] = 1
    }
  }

  document(): unknown {
    const first = this.nextContent(0)
    // An empty document, or one that starts indented: rare, and js-yaml's.
    if (first >= this.lines.length || this.indents[first] !== 0) giveUp()
    this.at = first
    const data = this.mapping(0, 1)
    if (this.nextContent(this.at) < this.lines.length) giveUp()
    return data
  }

  /** The first line from `from` on that holds more than spaces or a comment. */
  private nextContent(from: number): number {
    let i = from
    while (i < this.lines.length && this.skipped[i] === 1) i++
    return i
  }

  /** Whether line `i` holds only spaces. */
  private blank(i: number): boolean {
    return this.indents[i] === this.lines[i].length
  }

  /**
   * A block mapping whose entries start at column `column`: the first on line `this.at` (after
   * `- ` when it opens a sequence's item), the rest on lines indented exactly that much.
   */
  private mapping(column: number, depth: number): Record<string, unknown> {
    if (depth > MAX_DEPTH) giveUp()
    const result: Record<string, unknown> = {}
    for (;;) {
      const line = this.lines[this.at]
      // The key: a plain word up to `:` and a space (or the line's end).
      let colon = line.indexOf(':', column)
      while (colon >= 0 && colon + 1 < line.length && line.charCodeAt(colon + 1) !== SPACE) {
        colon = line.indexOf(':', colon + 1)
      }
      if (colon < 0) giveUp()
      const key = newKey(line.slice(column, colon), result, this.keyNames)
      result[key] = this.value(colon + 1, column, depth, true)
      const next = this.nextContent(this.at)
      if (next >= this.lines.length) {
        this.at = next
        return result
      }
      const indent = this.indents[next]
      if (indent < column) {
        this.at = next
        return result
      }
      // Deeper than its siblings, or a sequence's item among them: an error or more than this reads.
      if (indent > column || startsItem(this.lines[next], indent)) giveUp()
      this.at = next
    }
  }

  /** A block sequence whose `- ` marks are at column `column`, the first on line `this.at`. */
  private sequence(column: number, depth: number): unknown[] {
    if (depth > MAX_DEPTH) giveUp()
    const result: unknown[] = []
    for (;;) {
      const line = this.lines[this.at]
      let start = column + 1
      while (line.charCodeAt(start) === SPACE) start++
      if (startsItem(line, start)) {
        // `- - x`: a list in a list, its items from this column on.
        result.push(this.sequence(start, depth + 1))
      } else if (
        start < line.length &&
        line.charCodeAt(start) !== HASH &&
        opensMapping(line, start)
      ) {
        result.push(this.mapping(start, depth + 1))
      } else {
        result.push(this.value(column + 1, column, depth, false))
      }
      const next = this.nextContent(this.at)
      if (next >= this.lines.length) {
        this.at = next
        return result
      }
      const nextLine = this.lines[next]
      const indent = this.indents[next]
      if (indent > column) giveUp()
      this.at = next
      if (indent < column || !startsItem(nextLine, indent)) return result
    }
  }

  /**
   * The value after a key's colon or an item's `- ` (from `from` on line `this.at`), of a node
   * whose key or mark is at column `owner`; leaves `this.at` on the value's last line (or past
   * it). `inMapping`: a sequence may follow at the key's own indentation.
   */
  private value(from: number, owner: number, depth: number, inMapping: boolean): unknown {
    const line = this.lines[this.at]
    // `from` is past a colon or a dash that a space or the line's end follows.
    const start = skipSpaces(line, from)
    if (start >= line.length || line.charCodeAt(start) === HASH) {
      return this.nestedBlock(owner, depth, inMapping)
    }
    const first = line[start]
    let result: unknown
    if (first === '"' || first === "'") {
      result = this.quoted(start, owner)
    } else if (first === '[' || first === '{') {
      const flow = new FlowReader(this.lines, this.at, start, owner, this.keyNames)
      result = flow.collection(depth + 1)
      if (!restIsEmpty(this.lines[flow.line], flow.column, '')) giveUp()
      this.at = flow.line
    } else if (first === '|' || first === '>') {
      return this.blockScalar(start, owner)
    } else {
      return this.plain(start, owner)
    }
    this.at++
    return result
  }

  /** The value of a key or item written on the lines below it (null when there is none). */
  private nestedBlock(owner: number, depth: number, inMapping: boolean): unknown {
    const next = this.nextContent(this.at + 1)
    if (next < this.lines.length) {
      const line = this.lines[next]
      const indent = this.indents[next]
      if (indent > owner || (inMapping && indent === owner && startsItem(line, indent))) {
        this.at = next
        if (startsItem(line, indent)) return this.sequence(indent, depth + 1)
        if (opensMapping(line, indent)) return this.mapping(indent, depth + 1)
        // A scalar or a flow collection on a line of its own.
        return this.value(indent, owner, depth, false)
      }
    }
    this.at++
    return null
  }

  /**
   * A quoted scalar that opens at `start`, closed on its line or folded over the lines after it
   * that are indented more than `owner` (as the positioned parse requires, see ParseTree): a
   * line break is a space, each empty line between a line break, the spaces around it dropped.
   */
  private quoted(start: number, owner: number): string {
    const lines = this.lines
    const double = lines[this.at][start] === '"'
    let from = start + 1
    let text = ''
    for (;;) {
      const line = lines[this.at]
      const end = double ? closingDoubleQuote(line, from) : singleQuoteAt(line, from)
      if (end >= 0) {
        if (!restIsEmpty(line, end + 1, '')) giveUp()
        return text + unquote(line.slice(from, end), double)
      }
      // Spaces before the line break (js-yaml keeps some of them) or a backslash (which escapes
      // it): not read here.
      const lastChar = line.charCodeAt(line.length - 1)
      if (lastChar === SPACE || (double && lastChar === 0x5c)) giveUp()
      text += unquote(line.slice(from), double)
      let blanks = 0
      let next = this.at + 1
      while (next < lines.length && this.blank(next)) {
        blanks++
        next++
      }
      if (next >= lines.length) giveUp()
      from = this.indents[next]
      if (from <= owner) giveUp()
      text += blanks === 0 ? ' ' : '\n'.repeat(blanks)
      this.at = next
    }
  }

  /**
   * A plain scalar from `start`, folded over the lines after it that are indented more than
   * `owner` (a line break is a space, each empty line between a line break).
   */
  private plain(start: number, owner: number): unknown {
    const lines = this.lines
    let text = plainLine(lines[this.at], start, true)
    let last = this.at
    let blanks = 0
    for (let i = this.at + 1; i < lines.length; i++) {
      if (this.blank(i)) {
        blanks++
        continue
      }
      const indent = this.indents[i]
      if (indent <= owner || this.skipped[i] === 1) break
      text += (blanks === 0 ? ' ' : '\n'.repeat(blanks)) + plainLine(lines[i], indent, false)
      blanks = 0
      last = i
    }
    this.at = last + 1
    return resolvePlainScalar(text)
  }

  /**
   * A `|` (literal) or `>` (folded) block scalar whose header is at `start`, its lines indented
   * more than `owner`: clipped (one line break at the end) or stripped (`-`, none).
   */
  private blockScalar(start: number, owner: number): string {
    const lines = this.lines
    const header = lines[this.at]
    const folded = header[start] === '>'
    let after = start + 1
    const strip = header[after] === '-'
    if (strip) after++
    if (!restIsEmpty(header, after, '')) giveUp()
    // The block's indentation is its first line's; no line before it may be longer.
    let i = this.at + 1
    let blanks = 0
    let widestBlank = 0
    while (i < lines.length && this.blank(i)) {
      widestBlank = Math.max(widestBlank, lines[i].length)
      blanks++
      i++
    }
    if (i >= lines.length || this.indents[i] <= owner) {
      // No line of text: empty, whatever the chomping (spaces on the empty lines: js-yaml's).
      if (widestBlank > 0) giveUp()
      this.at = i
      return ''
    }
    const indent = this.indents[i]
    if (widestBlank > indent || lines[i].charCodeAt(indent) === HASH) giveUp()
    const parts: string[] = []
    // Empty lines before the first line are line breaks of the content.
    let text = '\n'.repeat(blanks)
    blanks = 0
    let last = i
    for (; i < lines.length; i++) {
      const line = lines[i]
      const lineIndent = this.indents[i]
      if (lineIndent === line.length) {
        if (line.length > indent) giveUp()
        blanks++
        continue
      }
      if (lineIndent < indent) {
        if (lineIndent > owner) giveUp()
        break
      }
      const content = line.slice(indent)
      if (folded) {
        // A line indented more, or ending in spaces, is kept as written: not read here.
        if (lineIndent > indent || content.charCodeAt(content.length - 1) === SPACE) giveUp()
        if (parts.length > 0) parts.push(blanks === 0 ? ' ' : '\n'.repeat(blanks))
      } else if (parts.length > 0) {
        parts.push('\n'.repeat(blanks + 1))
      }
      parts.push(content)
      blanks = 0
      last = i
    }
    this.at = last + 1
    text += parts.join('')
    return strip ? text : text + '\n'
  }
}

/**
 * A mapping's next key, as js-yaml reads it: a plain word that stays a string (not `true` or
 * `null`), not `__proto__`, new to its mapping, and one of at most MAX_KEY_NAMES names.
 */
function newKey(key: string, mapping: Record<string, unknown>, names: Set<string>): string {
  if (!names.has(key)) {
    if (!PLAIN_KEY.test(key) || resolvePlainScalar(key) !== key || key === '__proto__') giveUp()
    names.add(key)
    if (names.size > MAX_KEY_NAMES) giveUp()
  }
  if (Object.prototype.hasOwnProperty.call(mapping, key)) giveUp()
  return key
}

/**
 * A flow collection (`[Go, Rust]`, `{ name: Go, aliases: [Golang] }`), perhaps over several
 * lines, each indented more than its owner's key: of plain and quoted scalars on one line and
 * of flow collections. Reads from (line, column) and leaves them past the closing bracket.
 */
class FlowReader {
  constructor(
    private readonly lines: string[],
    public line: number,
    public column: number,
    private readonly owner: number,
    private readonly keyNames: Set<string>
  ) {}

  collection(depth: number): unknown {
    if (depth > MAX_DEPTH) giveUp()
    const text = this.lines[this.line]
    const close = text[this.column] === '[' ? ']' : '}'
    this.column++
    const list: unknown[] = []
    const mapping: Record<string, unknown> = {}
    this.space()
    while (this.lines[this.line][this.column] !== close) {
      if (close === ']') {
        list.push(this.node(depth))
      } else {
        const line = this.lines[this.line]
        const colon = line.indexOf(': ', this.column)
        if (colon < 0) giveUp()
        const key = newKey(line.slice(this.column, colon), mapping, this.keyNames)
        this.column = colon + 1
        this.space()
        mapping[key] = this.node(depth)
      }
      this.space()
      const next = this.lines[this.line][this.column]
      if (next === ',') {
        this.column++
        this.space()
      } else if (next !== close) {
        giveUp()
      }
    }
    this.column++
    return close === ']' ? list : mapping
  }

  /** An item or a value: a scalar on this line or a collection. */
  private node(depth: number): unknown {
    const line = this.lines[this.line]
    const c = line.charCodeAt(this.column)
    if (c === 0x5b || c === 0x7b) return this.collection(depth + 1)
    if (c === 0x22 || c === 0x27) {
      // Closed on its line: a string folded over lines inside brackets is not read here.
      const double = c === 0x22
      const end = double
        ? closingDoubleQuote(line, this.column + 1)
        : singleQuoteAt(line, this.column + 1)
      if (end < 0) giveUp()
      const value = unquote(line.slice(this.column + 1, end), double)
      this.column = end + 1
      return value
    }
    // A plain scalar: to a flow indicator, a comment or the line's end; a `:` a space or an
    // indicator follows would make it a key (a pair inside a sequence): not read here.
    const start = this.column
    if (
      NOT_PLAIN_START.has(c) ||
      ((c === DASH || c === 0x3f || c === COLON) && !plainFollows(line, start + 1))
    ) {
      giveUp()
    }
    let end = start
    while (end < line.length) {
      const d = line.charCodeAt(end)
      if (isFlowIndicator(d)) break
      if (d === COLON && !plainFollows(line, end + 1)) giveUp()
      if (d === HASH && line.charCodeAt(end - 1) === SPACE) break
      end++
    }
    this.column = end
    while (end > start && line.charCodeAt(end - 1) === SPACE) end--
    return resolvePlainScalar(line.slice(start, end))
  }

  /** Past spaces, comments and line breaks; each next line indented more than the owner. */
  private space(): void {
    for (;;) {
      const line = this.lines[this.line]
      const at = skipSpaces(line, this.column)
      const comment =
        line.charCodeAt(at) === HASH && (at === 0 || line.charCodeAt(at - 1) === SPACE)
      if (at < line.length && !comment) {
        this.column = at
        return
      }
      this.line++
      if (this.line >= this.lines.length) giveUp()
      const next = this.lines[this.line]
      const indent = indentOf(next)
      if (indent <= this.owner && indent < next.length) giveUp()
      this.column = 0
    }
  }
}

/** Whether the character at `at` may follow `-`, `?` or `:` inside a flow plain scalar. */
function plainFollows(line: string, at: number): boolean {
  const c = line.charCodeAt(at)
  return at < line.length && c !== SPACE && !isFlowIndicator(c)
}

/** How many spaces a line starts with (its length when it holds nothing else). */
function indentOf(line: string): number {
  let i = 0
  while (line.charCodeAt(i) === SPACE) i++
  return i
}

function skipSpaces(line: string, from: number): number {
  let i = from
  while (line.charCodeAt(i) === SPACE) i++
  return i
}

/** Whether a sequence's item starts at `at`: `-` then a space or the line's end. */
function startsItem(line: string, at: number): boolean {
  return (
    line.charCodeAt(at) === DASH && (at + 1 === line.length || line.charCodeAt(at + 1) === SPACE)
  )
}

/** Whether what starts at `at` is a mapping's first key (`name:` then a space or the end). */
function opensMapping(line: string, at: number): boolean {
  const first = line.charCodeAt(at)
  if (NOT_PLAIN_START.has(first)) return false
  let colon = line.indexOf(':', at)
  while (colon >= 0) {
    if (colon + 1 === line.length || line.charCodeAt(colon + 1) === SPACE) {
      // A comment before the colon makes it no key's.
      const hash = line.indexOf(' #', at)
      return hash < 0 || hash > colon
    }
    colon = line.indexOf(':', colon + 1)
  }
  return false
}

/** Whether the rest of a line from `from` is `expected`, then spaces and perhaps a comment. */
function restIsEmpty(line: string, from: number, expected: string): boolean {
  if (!line.startsWith(expected, from)) return false
  const after = from + expected.length
  const i = skipSpaces(line, after)
  return i === line.length || (i > after && line.charCodeAt(i) === HASH)
}

/**
 * One line's part of a plain scalar, from `start` to a comment or the end, trimmed; refused
 * where it is not plain text js-yaml reads alike (an indicator first, `: ` inside, which would
 * be a key, or a comment after a line that continues).
 */
function plainLine(line: string, start: number, first: boolean): string {
  const c = line.charCodeAt(start)
  if (NOT_PLAIN_START.has(c)) giveUp()
  if (
    (c === DASH || c === 0x3f || c === COLON) &&
    (start + 1 === line.length || line.charCodeAt(start + 1) === SPACE)
  ) {
    giveUp()
  }
  const comment = line.indexOf(' #', start)
  if (comment >= 0 && !first) giveUp()
  let end = comment >= 0 ? comment : line.length
  while (end > start && line.charCodeAt(end - 1) === SPACE) end--
  const text = line.slice(start, end)
  if (text.includes(': ') || text.charCodeAt(text.length - 1) === COLON) giveUp()
  return text
}

/** Where the single quote that closes a string is on `line`, from `from` on (`''` is a quote). */
function singleQuoteAt(line: string, from: number): number {
  let i = from
  for (;;) {
    const quote = line.indexOf("'", i)
    if (quote < 0 || line.charCodeAt(quote + 1) !== 0x27) return quote
    i = quote + 2
  }
}

/** JSON's escapes, which JSON.parse reads as YAML does; YAML's others are js-yaml's. */
const JSON_ESCAPES = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/g

/** One line's text of a quoted scalar, its escapes read (`\n` in double quotes, `''` in single). */
function unquote(text: string, double: boolean): string {
  if (!double) return text.replaceAll("''", "'")
  if (!text.includes('\\')) return text
  if (text.replace(JSON_ESCAPES, '').includes('\\')) giveUp()
  return JSON.parse(`"${text}"`) as string
}
