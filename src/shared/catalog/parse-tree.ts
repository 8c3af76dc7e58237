import type { EventType, State } from 'js-yaml'
import { missingQuote } from './missing-quote'

/** A path into parsed data, as zod reports it. */
export type DataPath = readonly PropertyKey[]

/**
 * A catalog nests about 9 levels deep (divisions, teams, projects, links), each key and value a
 * node. js-yaml reads nesting by recursion: 2.5 million `[` (5 MB, under the size limit) would
 * overflow the stack, and a deep tree makes every later walk of the data recursive too.
 */
export const MAX_NESTING = 64

/**
 * How many nodes aliases may add to the data: this many, plus half as many as the text writes
 * out. js-yaml shares one object among an anchor and its aliases, so an alias costs nothing to
 * parse, but everything after the parse (validation, freezing, the app) walks every copy: a 21 KB
 * file of aliases of aliases (`"teams":*t`) held 7 million projects (15 s and 3.4 GB). `yaml`
 * allowed an anchor about 100 aliases (its maxAliasCount); this keeps that room for small
 * anchors (a shared list of links used by 100 teams adds a few thousand nodes) while bounding
 * the work by the size of the text.
 */
export const ALIAS_ALLOWANCE = 10_000

/**
 * Different keys a text may use. A catalog's objects have about 25 field names between them,
 * so this is room for any number of typos; past it the text is not a catalog. Each new key name
 * costs js-yaml (and V8, which makes a new object shape for it) about a microsecond: 400,000 of
 * them, 4 MB, took 0.4 s to parse and as long again to validate.
 */
export const MAX_KEY_NAMES = 1000

/** js-yaml's parser state as the listener sees it: `anchor` is there, but not in its types. */
type ParserState = State & { anchor: string | null }

/**
 * A rule the text broke that js-yaml does not check (a limit, a string that swallows lines),
 * thrown from the listener: js-yaml has no other way to stop, and it lets the exception through.
 * parseSource catches it at once.
 */
export class ParseRefusal extends Error {
  constructor(
    readonly offset: number,
    message: string,
    readonly hint: string
  ) {
    super(message)
  }
}

/** Per node, three numbers: where it opened, the index past its last descendant, where it closed. */
const START = 0
const END = 1
const CLOSE = 2
const SLOTS = 3

const COLON = 0x3a

const CHUNK_BITS = 14
const CHUNK_SIZE = 1 << CHUNK_BITS
const CHUNK_MASK = CHUNK_SIZE - 1

/**
 * What js-yaml's `listener` saw during one parse, recorded cheaply enough to leave on for every
 * load: three numbers per node, in pre-order, in typed arrays. No values: a reference per node
 * from a long-lived array to each new value made the garbage collector's every pass slower (a
 * third of the time a large catalog took to parse). Nothing is resolved until a diagnostic needs
 * a position (see TreeLocator).
 *
 * While recording it also enforces what js-yaml does not check: MAX_NESTING, the alias
 * allowance (counting what each alias adds: the size of the anchored node, itself counted with
 * the aliases inside it), MAX_KEY_NAMES, and the indentation of quoted strings that go on to
 * more lines.
 */
export class ParseTree {
  /**
   * Each node's numbers, in chunks of CHUNK_SIZE nodes: one array grown to a million entries
   * was copied at every doubling.
   */
  private readonly chunks: Int32Array[] = []
  private count = 0
  /** The nodes being read, innermost last; after a throw, the ones open when it happened. */
  private readonly open = new Int32Array(MAX_NESTING + 2)
  /** For each open node, the alias total when it opened. */
  private readonly aliasesAtOpen = new Float64Array(MAX_NESTING + 2)
  /** For each open node, the line the parser was on when it opened. */
  private readonly linesAtOpen = new Int32Array(MAX_NESTING + 2)
  private depth = 0
  /** Nodes added by aliases so far. */
  private aliasNodes = 0
  /** Every key name met so far (see MAX_KEY_NAMES). */
  private readonly keyNames = new Set<string>()
  /** The size of each anchored collection, aliases inside it included. */
  private readonly anchoredSizes = new Map<object, number>()
  /** The node that closed last, or -1. */
  lastClosed = -1

  constructor(private readonly text: string) {}

  readonly listener = (event: EventType, state: State): void => {
    if (event === 'open') this.opened(state.position, state.line)
    else this.finished(state as ParserState)
  }

  private opened(position: number, line: number): void {
    // One node more than MAX_NESTING: js-yaml reads a collection at the top of a document
    // inside a node of its own (see TreeLocator.unwrapped), which is no level of the data.
    if (this.depth > MAX_NESTING) {
      throw new ParseRefusal(
        this.skipSpace(position),
        `nested more than ${MAX_NESTING} levels deep`,
        'a catalog nests about 9 levels; check for unclosed [ or { brackets'
      )
    }
    const index = this.count++
    if ((index & CHUNK_MASK) === 0) this.chunks.push(new Int32Array(SLOTS * CHUNK_SIZE))
    this.chunks[index >> CHUNK_BITS][SLOTS * (index & CHUNK_MASK) + START] = position
    this.aliasesAtOpen[this.depth] = this.aliasNodes
    this.linesAtOpen[this.depth] = line
    this.open[this.depth++] = index
  }

  private finished(state: ParserState): void {
    const index = this.open[--this.depth]
    const numbers = this.chunks[index >> CHUNK_BITS]
    const slot = SLOTS * (index & CHUNK_MASK)
    numbers[slot + END] = this.count
    numbers[slot + CLOSE] = state.position
    const value = state.result
    this.lastClosed = index
    if (state.kind === 'scalar') {
      if (state.line !== this.linesAtOpen[this.depth]) this.checkContinuation(index)
      if (this.followedByColon(state.position)) this.countKeyName(index, value)
    }
    if (value === null || typeof value !== 'object') return
    if (state.kind === null && this.count === index + 1) {
      // No kind and no children, yet a collection: an alias (or an empty node tagged !!map).
      this.aliased(index, value)
    } else if (state.anchor !== null) {
      const written = this.count - index
      this.anchoredSizes.set(value, written + this.aliasNodes - this.aliasesAtOpen[this.depth])
    }
  }

  private aliased(index: number, target: object): void {
    const start = this.start(index)
    if (this.text.charCodeAt(start) !== 0x2a) return // not `*name`: a tagged empty node
    const size = this.anchoredSizes.get(target)
    if (size === undefined) {
      // Anchored nodes are sized when they close: this one is still open, around the alias.
      throw new ParseRefusal(
        start,
        `alias ${this.aliasName(start)} refers to the collection it is in, which would never end`,
        'an alias may only repeat a value that is complete before it; write the value out instead'
      )
    }
    this.aliasNodes += size - 1
    if (this.aliasNodes > ALIAS_ALLOWANCE + this.count / 2) {
      throw new ParseRefusal(
        start,
        `aliases here expand to more than ${ALIAS_ALLOWANCE.toLocaleString('en-US')} values beyond what the file writes out`,
        'anchors (&name) and aliases (*name) may repeat small values only; write the values out instead'
      )
    }
  }

  /**
   * A quoted string in block context must indent the lines it goes on to deeper than its
   * mapping's keys (or its list's dashes), as YAML says and `yaml` checked; js-yaml does not.
   * Forgiving it would make a missing closing quote swallow every line up to the next quote in
   * the file, whole teams, and either load without them or fail there, hundreds of lines away
   * (as an unknown field named after the rest of that line). Checked for the few scalars that
   * span lines.
   */
  private checkContinuation(index: number): void {
    const text = this.text
    const start = this.start(index)
    const quote = text.charCodeAt(start)
    if ((quote !== 0x22 && quote !== 0x27) || this.depth === 0) return
    const end = this.close(index)
    const firstLineEnd = text.indexOf('\n', start)
    if (firstLineEnd === -1 || firstLineEnd >= end) return
    // Inside [ ] or { } the brackets delimit the string's collection: flow is forgiven.
    for (let d = 0; d < this.depth; d++) {
      const bracket = text.charCodeAt(this.start(this.open[d]))
      if (bracket === 0x5b || bracket === 0x7b) return
    }
    // The mapping or list it is in: the nearest node open around it that starts elsewhere (a
    // list item is read inside a node of its own that starts where the string does).
    let parent = start
    for (let d = this.depth - 1; d >= 0 && parent === start; d--) parent = this.start(this.open[d])
    const column = parent - (text.lastIndexOf('\n', parent - 1) + 1)
    for (let line = firstLineEnd + 1; line > 0 && line < end; line = text.indexOf('\n', line) + 1) {
      let indent = 0
      while (text.charCodeAt(line + indent) === 0x20) indent++
      const c = text.charCodeAt(line + indent)
      if (c !== 0x0a && c !== 0x0d && indent <= column) {
        const { offset, message, hint } = missingQuote(text, start)
        throw new ParseRefusal(offset, message, hint)
      }
    }
  }

  /** Whether a scalar that ends at `end` is a key: a colon follows it, on its line. */
  private followedByColon(end: number): boolean {
    const text = this.text
    let i = end
    let c = text.charCodeAt(i)
    while (c === 0x20 || c === 0x09) c = text.charCodeAt(++i)
    return c === COLON
  }

  private countKeyName(index: number, value: unknown): void {
    const name = typeof value === 'string' ? value : String(value)
    if (this.keyNames.has(name)) return
    this.keyNames.add(name)
    if (this.keyNames.size > MAX_KEY_NAMES) {
      throw new ParseRefusal(
        this.start(index),
        `more than ${MAX_KEY_NAMES.toLocaleString('en-US')} different keys; a catalog's objects have about 25 field names between them`,
        'is this a catalog file? keys name fields (id, name, teams, …); many values go in a list'
      )
    }
  }

  private aliasName(start: number): string {
    let end = start + 1
    while (end < this.text.length && !/[\s,[\]{}]/.test(this.text[end])) end++
    return this.text.slice(start, Math.min(end, start + 40))
  }

  /** Nodes recorded (the last ones may never have closed, if the parse stopped). */
  get size(): number {
    return this.count
  }

  /** The nodes open when the parse stopped, innermost first. */
  openNodes(): number[] {
    return Array.from(this.open.subarray(0, this.depth)).reverse()
  }

  /**
   * Where a node's content starts. The listener opens a node before the white space, line
   * breaks and comments in front of its value (after a `key:`): those are skipped, so that the
   * column points at the value. An empty value points where it would have been.
   */
  start(node: number): number {
    const open = this.number(node, START)
    const content = this.skipSpace(open)
    return content >= this.close(node) && this.closed(node) ? open : content
  }

  /** Whether the node was read to its end (nodes open when the parse stopped were not). */
  closed(node: number): boolean {
    return this.end(node) > 0
  }

  /** Where the parser was when the node closed: just past its content (or a little further). */
  close(node: number): number {
    return this.number(node, CLOSE)
  }

  /** The index past the node's last descendant: its children start at node + 1. */
  end(node: number): number {
    return this.number(node, END)
  }

  /** The first node of a second document, when the text holds more than one; else -1. */
  secondDocument(): number {
    return this.count > 0 && this.end(0) < this.count ? this.end(0) : -1
  }

  /** Whether the parse read the whole text without stopping. */
  get complete(): boolean {
    return this.depth === 0
  }

  private number(node: number, slot: number): number {
    return this.chunks[node >> CHUNK_BITS][SLOTS * (node & CHUNK_MASK) + slot]
  }

  /** Past white space, line breaks and comments (js-yaml reads `#` there as a comment). */
  skipSpace(offset: number): number {
    const text = this.text
    let i = offset
    for (;;) {
      const c = text.charCodeAt(i)
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++
      else if (c === 0x23) {
        while (i < text.length && text.charCodeAt(i) !== 0x0a && text.charCodeAt(i) !== 0x0d) i++
      } else return i
    }
  }
}
