import { Composer, CST, Lexer, LineCounter, Parser, YAMLParseError, type Document } from 'yaml'

/**
 * A catalog nests about 9 levels deep (divisions, teams, projects, links). `yaml` builds its
 * syntax tree for the whole text before it notices deep nesting (as a caught stack overflow),
 * at about 1.5 KB per level: 2.5 million `[` (5 MB, under the size limit) exhausted the heap.
 */
export const MAX_NESTING = 64

/**
 * Indentation nests block collections too, which the lexer cannot count: the parser's stack,
 * one entry per open collection, is checked instead. The room for MAX_NESTING flow levels on
 * top of as many block levels keeps every text the lexer's check refuses refused by that check.
 * (600,000 lines of `a: b: c`, 5 MB, nest one level each: 8 s and 1 GB, then a stack overflow.)
 */
const MAX_PARSER_DEPTH = 2 * MAX_NESTING

/** The options parseSource has always parsed with. */
const OPTIONS = {
  prettyErrors: false,
  // Checked by the caller instead, in linear time: yaml compares each key with every earlier
  // key of its map (100,000 distinct keys took over 100 s with validation) and makes an Error
  // object per repeat (a million repeated keys, 5 MB, exhausted the heap).
  uniqueKeys: false,
  strict: true
} as const

/** Why reading stopped before the end of the text, and the offset where it stopped. */
export interface Stop {
  offset: number
  reason: 'nesting' | 'problems'
}

export type YamlRead =
  /** Flow collections or compact entries nest too deep at this offset; the rest was not read. */
  | { ok: false; tooDeep: number }
  /** The document, whose problems are all reported (up to `stopped`, if reading stopped). */
  | { ok: true; doc: Document.Parsed; lineCounter: LineCounter; stopped?: Stop }

/**
 * What `parseDocument(source, { lineCounter, ...OPTIONS })` returns, read as one stream
 * (lexer → nesting check → parser → composer) that can stop early:
 * - the nesting check used to lex the whole text in a pass of its own (0.4 s of a 5 MB
 *   catalog's 2 s); it now looks at each token as the parser takes it;
 * - reading stops once the parser has reported more than `maxErrors` problems of its own (a
 *   5 MB file of stray `]` lines made 2.4 million errors: 33 s and 3.3 GB), or nests deeper than
 *   MAX_PARSER_DEPTH: what was read is still composed, so its problems are reported, and
 *   `stopped` says where reading stopped. Without a stop the document is exactly parseDocument's.
 */
export function readYaml(source: string, maxErrors: number): YamlRead {
  const lineCounter = new LineCounter()
  const parser = new Parser(lineCounter.addNewLine)
  const gauge = nestingGauge()
  const lexemes = new Lexer().lex(source)
  let tooDeep: number | undefined
  let stopped: Stop | undefined

  function* tokens(): Generator<CST.Token> {
    lineCounter.addNewLine(0) // as Parser.parse() does
    let errors = 0
    for (let next = lexemes.next(); !next.done; next = lexemes.next()) {
      const start = parser.offset
      tooDeep = gauge(next.value)
      if (tooDeep !== undefined) return
      for (const token of parser.next(next.value)) {
        if (token.type === 'error') errors++
        if (errors > maxErrors) stopped ??= { offset: token.offset, reason: 'problems' }
        yield token
      }
      if (parser.stack.length > MAX_PARSER_DEPTH) stopped ??= { offset: start, reason: 'nesting' }
      if (stopped) break
    }
    yield* parser.end()
  }

  let doc: Document.Parsed | undefined
  withoutStackTraces(() => {
    const composer = new Composer(OPTIONS)
    for (const next of composer.compose(tokens(), true, source.length)) {
      if (doc) {
        // What parseDocument does with a second document, word for word.
        const range = next.range.slice(0, 2) as [number, number]
        const message = 'Source contains multiple documents; please use YAML.parseAllDocuments()'
        doc.errors.push(new YAMLParseError(range, 'MULTIPLE_DOCS', message))
        break
      }
      doc = next
    }
  })
  // parseDocument stops at a second document; the nesting check still covers the whole text
  // (unless reading stopped: that is what bounds the time a flood of problems takes).
  if (!stopped) {
    for (let next = lexemes.next(); !next.done && tooDeep === undefined; next = lexemes.next()) {
      tooDeep = gauge(next.value)
    }
  }
  if (tooDeep !== undefined) return { ok: false, tooDeep }
  if (!doc) throw new Error('readYaml: the composer made no document') // it always makes one
  return { ok: true, doc, lineCounter, ...(stopped && { stopped }) }
}

/**
 * Follows how deep flow collections (`[`, `{`) and compact block entries (`- - -` on one line)
 * nest, token by token of yaml's own lexer: a token that nests deeper than MAX_NESTING is
 * caught before the parser takes it, so no tree is built however deep the text goes.
 * Returns that token's offset, or undefined.
 */
function nestingGauge(): (token: string) => number | undefined {
  let offset = 0
  let flow = 0
  let onLine = 0
  return (token) => {
    switch (CST.tokenType(token)) {
      case 'flow-map-start':
      case 'flow-seq-start':
        flow++
        break
      case 'flow-map-end':
      case 'flow-seq-end':
        flow = Math.max(0, flow - 1)
        break
      case 'seq-item-ind':
      case 'explicit-key-ind':
        onLine++
        break
      case 'newline':
        onLine = 0
        break
      case 'flow-error-end':
        // The lexer ends every open flow collection at a line indented too little (an error
        // the parser reports). Counted as still open, 65 of them read as 65 levels deep: a
        // tab-indented catalog was refused as "nested more than 64 levels deep".
        flow = 0
        return undefined
      case 'doc-mode':
      case 'scalar':
        // Markers the lexer adds between tokens; they are not in the source text.
        return undefined
    }
    if (flow + onLine > MAX_NESTING) return offset
    offset += token.length
    return undefined
  }
}

/**
 * `yaml` makes an Error object per problem, and capturing each one's stack trace (never shown:
 * problems become diagnostics) was most of the time and memory a flood of problems took.
 * `fn` is synchronous, so nothing else runs before the limit is restored.
 */
function withoutStackTraces(fn: () => void): void {
  const errorClass = Error as ErrorConstructor & { stackTraceLimit?: number }
  const limit = errorClass.stackTraceLimit
  errorClass.stackTraceLimit = 0
  try {
    fn()
  } finally {
    errorClass.stackTraceLimit = limit
  }
}
