// @vitest-environment node
import fc from 'fast-check'
import { type Document, LineCounter, parseDocument } from 'yaml'
import { beforeAll, describe, expect, it } from 'vitest'
import { MAX_NESTING, readYaml } from '../../../src/shared/catalog/read-yaml'
import {
  announceSeed,
  FUZZ_TEST_TIMEOUT_MS,
  fuzzParameters,
  TELEPORT_JSON,
  TELEPORT_YAML
} from '../fuzz/fuzz-harness'

beforeAll(() => announceSeed('readYaml differential fuzz'))

/** What a document says: every problem, its data, and where each line starts. */
function summary(doc: Document.Parsed, lineCounter: LineCounter) {
  const problem = (e: { code: string; pos: [number, number]; message: string }) =>
    `${e.code} ${e.pos.join('-')} ${e.message}`
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: 100 })
  } catch (error) {
    data = `toJS threw ${String(error)}`
  }
  return {
    errors: doc.errors.map(problem),
    warnings: doc.warnings.map(problem),
    range: doc.range,
    data,
    lineStarts: lineCounter.lineStarts
  }
}

/** The reference: how the loader parsed before it read the text as a stream. */
function parsed(text: string) {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: false,
    strict: true
  })
  return summary(doc, lineCounter)
}

/** Pieces of YAML syntax, so random texts hit every kind of token and most kinds of error. */
const syntax = fc.constantFrom(
  ...['[', ']', '{', '}', ', ', ': ', '- ', '? ', '#c', ' ', '  ', '\n', '\t', '"', "'", 'a'],
  ...['key: ', 'x', '1', '&a ', '*a', '!!str ', '!x ', '|\n', '>-\n', '---\n', '...\n'],
  ...['%YAML 1.2\n', '\r\n', '\uFEFF', 'k: [v,\n  w]\n', '- a: b: c\n']
)

/** Texts readYaml reads to the end: not nested too deep, not flooded with problems. */
function readToTheEnd(text: string) {
  const read = readYaml(text, Number.POSITIVE_INFINITY)
  return read.ok && !read.stopped ? read : undefined
}

describe('readYaml', { timeout: FUZZ_TEST_TIMEOUT_MS }, () => {
  it('reads the bundled catalog exactly as parseDocument does, YAML and JSON', () => {
    for (const text of [TELEPORT_YAML, TELEPORT_JSON]) {
      const read = readToTheEnd(text)
      expect(read).toBeDefined()
      if (read) expect(summary(read.doc, read.lineCounter)).toEqual(parsed(text))
    }
  })

  it('reads random YAML exactly as parseDocument does, problems and all', () => {
    fc.assert(
      fc.property(fc.array(syntax, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('')
        const read = readToTheEnd(text)
        fc.pre(read !== undefined)
        if (read) expect(summary(read.doc, read.lineCounter)).toEqual(parsed(text))
      }),
      fuzzParameters(400)
    )
  })

  it('reads the bundled catalog with random slips exactly as parseDocument does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: TELEPORT_YAML.length }), syntax), { maxLength: 4 }),
        (slips) => {
          let text = TELEPORT_YAML
          for (const [at, piece] of slips) text = text.slice(0, at) + piece + text.slice(at)
          const read = readToTheEnd(text)
          fc.pre(read !== undefined)
          if (read) expect(summary(read.doc, read.lineCounter)).toEqual(parsed(text))
        }
      ),
      fuzzParameters(60)
    )
  })

  it('refuses flow nesting past MAX_NESTING before building anything, even in a third document', () => {
    const deep = '['.repeat(MAX_NESTING + 1)
    expect(readYaml(deep, 100)).toEqual({ ok: false, tooDeep: MAX_NESTING })
    // parseDocument stops reading at the second document; the nesting check must not.
    const third = `a: 1\n---\nb: 2\n---\n${deep}`
    expect(readYaml(third, 100)).toEqual({ ok: false, tooDeep: third.length - 1 })
    expect(readYaml('['.repeat(MAX_NESTING), 100).ok).toBe(true)
  })

  it('stops after more than maxErrors parser errors, with the document read so far', () => {
    const text = 'a: [1, 2]\n' + ']\n'.repeat(50)
    const read = readYaml(text, 10)
    if (!read.ok) throw new Error('expected a document')
    // The 11th stray bracket, on the 12th line.
    expect(read.stopped).toEqual({ offset: text.indexOf('\n') + 1 + 2 * 10, reason: 'problems' })
    expect(read.doc.errors.length).toBeGreaterThan(10)
    expect(read.doc.errors.length).toBeLessThan(15)
    expect(read.doc.toJS()).toEqual({ a: [1, 2] })
    const all = readYaml(text, 50)
    expect(all.ok && all.stopped).toBe(undefined)
  })

  it('stops where indentation nests deeper than the parser may go', () => {
    const lines = Array.from({ length: 4 * MAX_NESTING }, (_, i) => `${' '.repeat(i)}k:`)
    const read = readYaml(lines.join('\n'), 100)
    if (!read.ok) throw new Error('expected a document')
    expect(read.stopped?.reason).toBe('nesting')
    const line = read.lineCounter.linePos(read.stopped?.offset ?? 0).line
    expect(line).toBeGreaterThan(MAX_NESTING)
    expect(line).toBeLessThan(3 * MAX_NESTING)
    const shallow = readYaml(lines.slice(0, MAX_NESTING).join('\n'), 100)
    expect(shallow.ok && shallow.stopped).toBe(undefined)
  })

  it('leaves the stack trace limit as it found it, even when a stack overflow is caught', () => {
    const before = Error.stackTraceLimit
    readYaml(Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n'), 100)
    readYaml(']\n'.repeat(300), 100)
    expect(Error.stackTraceLimit).toBe(before)
    expect(new Error('x').stack).toContain('read-yaml.test.ts')
  })
})
