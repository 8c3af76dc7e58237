// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { continuedUnderIndented, hashesAfterQuotes } from '../../../src/shared/catalog/yaml-slips'
import { MAX_CASE_MS } from '../fuzz/fuzz-harness'

describe('continuedUnderIndented', () => {
  it('follows a list written as yaml writes long ones: its indentation is set a line above', () => {
    const list = (bracket: string, items: string, close: string) =>
      `team:\n  stack:\n${bracket}[\n${items}Go,\n${items}Rust\n${close}]\n`
    // The key's indentation is 2: yaml asks for 3, js-yaml for nothing.
    expect(continuedUnderIndented(list('    ', '      ', '    '))).toBe(false)
    expect(continuedUnderIndented(list('    ', '   ', '   '))).toBe(false)
    expect(continuedUnderIndented(list('    ', '  ', '    '))).toBe(true)
    expect(continuedUnderIndented(list('    ', '      ', ' '))).toBe(true)
  })

  it('takes a string for one only where a value starts, not in a word or a comment', () => {
    expect(continuedUnderIndented("a:\n  b: it's\n  c: Teleport's\n")).toBe(false)
    expect(continuedUnderIndented('a:\n  # "a quoted\n  # comment"\n  b: 1\n')).toBe(false)
    expect(continuedUnderIndented("a:\n  b: 'quoted\n  string'\n")).toBe(true)
    expect(continuedUnderIndented("a:\n  b: !!str 'quoted\n  string'\n")).toBe(true)
  })

  it('reads a megabyte of any shape in one pass', () => {
    const fill = (unit: string) => unit.repeat(Math.ceil(1_000_000 / unit.length))
    const texts = [
      fill('k: [a, "b"] '), // many collections and strings on one line
      fill('a: "x" '),
      fill('[ a,\n b ]\n'), // each collection looks for its indentation above
      `${fill('# c\n')}[ a,\n b ]\n`,
      `a: '${fill('x')}`,
      fill(`- 'a' "b" 'c'\n`),
      fill('[{'),
      fill(`- 'a\n  b'\n`)
    ]
    for (const text of texts) {
      const started = performance.now()
      continuedUnderIndented(text)
      hashesAfterQuotes(text)
      expect(performance.now() - started, text.slice(0, 20)).toBeLessThan(MAX_CASE_MS)
    }
  })
})

describe('hashesAfterQuotes', () => {
  it("returns each # after a quote that may open a string, for js-yaml's own check", () => {
    const text = 'labels:\n  - \'#5918 Session recording\'\n  - "#7213 MongoDB"\n'
    expect(hashesAfterQuotes(text)).toEqual([text.indexOf('#5918'), text.indexOf('#7213')])
  })

  it('gives up on a # after a bracket, a comma or a quote that can only close a string', () => {
    for (const text of ['a: [x]# c', 'a: [x,# c\n  y]', 'a: "x"# c', "a: 'x'# c"]) {
      expect(hashesAfterQuotes(text), text).toBeUndefined()
    }
  })
})
