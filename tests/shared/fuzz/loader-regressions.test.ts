// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../../src/shared/catalog/diagnostic'
import { loadCatalogText } from '../../../src/shared/catalog/load'
import { MAX_NESTING, MAX_REPORTED_PROBLEMS } from '../../../src/shared/catalog/source'
import { syntheticCatalogYaml } from '../../../src/shared/synth/synthetic-catalog'
import { FUZZ_TEST_TIMEOUT_MS, TELEPORT_YAML, timed } from './fuzz-harness'

/**
 * Inputs the fuzzing found (or led to) that crashed, hung or flooded the loader, each with what
 * it did before the fix. Each must now be a clean result within the per-case time limit.
 */
describe('loader regressions found by fuzzing', () => {
  it('refuses 2.5 million nested [ (5 MB) at once (it exhausted the heap after a minute)', () => {
    const result = timed(() => loadCatalogText('['.repeat(2_500_000), 'deep.yaml'))
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          file: 'deep.yaml',
          line: 1,
          column: MAX_NESTING + 1,
          message: `malformed YAML: nested more than ${MAX_NESTING} levels deep`,
          hint: 'a catalog nests about 9 levels; check for unclosed [ or { brackets'
        }
      ]
    })
  })

  it('refuses a million "- " on one line at once (2 s and 670 MB before)', () => {
    const result = timed(() => loadCatalogText('- '.repeat(1_000_000), 'dashes.yaml'))
    expect(result.ok || result.errors[0].message).toBe(
      `malformed YAML: nested more than ${MAX_NESTING} levels deep`
    )
  })

  it('returns an error for JSON nested 10,000 deep (loadCatalogText threw RangeError)', () => {
    const text = `{"a": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`
    let result: ReturnType<typeof loadCatalogText> | undefined
    expect(() => (result = timed(() => loadCatalogText(text, 'deep.json')))).not.toThrow()
    expect(result?.ok || result?.errors[0]).toMatchObject({
      line: 1,
      message: `malformed JSON: nested more than ${MAX_NESTING} levels deep`
    })
  })

  it('lists 10 of 20,000 unknown fields and counts the rest (7 s and 20,003 lines before)', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `k${i}: 1`).join('\n')
    const result = timed(() => loadCatalogText(text, 'keys.yaml'))
    if (result.ok) throw new Error('expected errors')
    const unknown = result.errors.filter((e) => e.message.startsWith('catalog: unknown field'))
    expect(unknown).toHaveLength(10)
    expect(result.errors.map((e) => e.message)).toContain('catalog: 19990 more unknown fields')
  })

  it('reports 30,000 repeated keys as 100 diagnostics and a count (30,000 before)', () => {
    // A million of them (5 MB) made a million error objects and exhausted the heap.
    const result = timed(() => loadCatalogText('a: 1\n'.repeat(30_000), 'repeated.yaml'))
    if (result.ok) throw new Error('expected errors')
    expect(result.errors).toHaveLength(MAX_REPORTED_PROBLEMS + 1)
    expect(result.errors[0]).toMatchObject({ line: 2, column: 1 })
    expect(result.errors[MAX_REPORTED_PROBLEMS]).toMatchObject({
      line: 0,
      message: `${29_999 - MAX_REPORTED_PROBLEMS} more problems not shown`
    })
  })

  it('suggests nothing for a 4 MB technology name, quickly (11 s before, and a 4 MB message)', () => {
    const text = TELEPORT_YAML.replace('- Golang', `- ${'x'.repeat(4_000_000)}`)
    const result = timed(() => loadCatalogText(text, 'teleport.yaml'))
    if (result.ok) throw new Error('expected errors')
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0].message).toBe(`unknown technology "${'x'.repeat(60)}…"`)
  })

  it('quotes only the start of a 4 MB value in a type error (the message was 4 MB)', () => {
    const text = `schemaVersion: 1\ncompany: "${'x'.repeat(4_000_000)}"\ndivisions: []\n`
    const result = timed(() => loadCatalogText(text, 'catalog.yaml'))
    if (result.ok) throw new Error('expected errors')
    expect(result.errors.map((e) => e.message)).toContain(
      `company: expected object, got string "${'x'.repeat(59)}…`
    )
  })

  it('stops reading 2.4 million stray ] lines after 100 problems (33 s and 3.3 GB before)', () => {
    const result = timed(() => loadCatalogText(']\n'.repeat(2_400_000), 'brackets.yaml'))
    if (result.ok) throw new Error('expected errors')
    expect(result.errors).toHaveLength(MAX_REPORTED_PROBLEMS + 1)
    expect(result.errors[0]).toMatchObject({ line: 1, column: 1 })
    expect(result.errors[MAX_REPORTED_PROBLEMS]).toEqual({
      file: 'brackets.yaml',
      line: MAX_REPORTED_PROBLEMS + 1,
      column: 1,
      message: `malformed YAML: more than ${MAX_REPORTED_PROBLEMS} problems; stopped reading here`,
      hint: 'fix the ones above first; is this really a catalog file?'
    })
  })

  it('stops reading 600,000 lines of "a: b: c" where they nest too deep (8 s and 1 GB before)', () => {
    // yaml nests each line in the one before; a stack overflow ended it, reported as such.
    const result = timed(() => loadCatalogText('a: b: c\n'.repeat(600_000), 'colons.yaml'))
    if (result.ok) throw new Error('expected errors')
    expect(result.errors[0]).toMatchObject({
      line: 1,
      column: 4,
      message: 'malformed YAML: Nested mappings are not allowed in compact mappings'
    })
    expect(result.errors.at(-1)?.message).toMatch(
      new RegExp(
        `^malformed YAML: nested more than ${MAX_NESTING} levels deep; stopped reading here`
      )
    )
  })

  it('reports the tabs of a tab-indented catalog (it said "nested more than 64 levels deep")', () => {
    // A flow list wrapped onto a line indented too little (tabs do not count) ends in the
    // lexer's "flow error end", which the nesting check did not count as closing it: 65 wrapped
    // lists read as 65 levels deep.
    const spaces = syntheticCatalogYaml({ teams: 1000, seed: 1 })
    const text = spaces.replace(/^(?: {2})+/gm, (indent) => '\t'.repeat(indent.length / 2))
    const result = timed(() => loadCatalogText(text, 'tabs.yaml'))
    expect(result.ok || result.errors[0]).toEqual({
      file: 'tabs.yaml',
      line: 6,
      column: 1,
      message: 'malformed YAML: Tabs are not allowed as indentation',
      hint: 'indent with spaces, not tabs'
    })
  })

  describe('a 5 MB catalog (7,000 teams)', { timeout: FUZZ_TEST_TIMEOUT_MS }, () => {
    /** The positioned parse of 5 MB is linear but not quick: room for a loaded 2-core machine. */
    const BROKEN_5MB_MS = 15_000
    let lines: string[]

    beforeAll(() => {
      lines = syntheticCatalogYaml({ teams: 7000, seed: 1 }).split('\n')
      expect(lines.join('\n').length).toBeGreaterThan(4_500_000)
    }, FUZZ_TEST_TIMEOUT_MS)

    /** The index of the first line at or after `from` that matches. */
    function lineMatching(pattern: RegExp, from: number): number {
      const index = lines.findIndex((line, i) => i >= from && pattern.test(line))
      if (index === -1) throw new Error(`no line matches ${pattern}`)
      return index
    }

    function loadWith(edits: Record<number, string>): Diagnostic[] {
      const text = lines.map((line, i) => edits[i] ?? line).join('\n')
      const started = performance.now()
      const result = loadCatalogText(text, 'big.yaml')
      expect(performance.now() - started).toBeLessThan(BROKEN_5MB_MS)
      if (result.ok) throw new Error('expected errors')
      return result.errors
    }

    it('stops reading after 100 problems when a stray } floods it (7 s and 900 MB before)', () => {
      // Past a stray closing bracket every token is a problem: 0.5 million Error objects.
      const at = lineMatching(/^ {4}aliases: /, 0)
      const text = lines.map((line, i) => (i === at ? `   }${line.slice(4)}` : line))
      const result = timed(() => loadCatalogText(text.join('\n'), 'big.yaml'))
      if (result.ok) throw new Error('expected errors')
      expect(result.errors[0]).toMatchObject({
        line: at + 1,
        column: 4,
        message: 'malformed YAML: Unexpected flow-map-end token in YAML stream: "}"'
      })
      expect(result.errors).toHaveLength(MAX_REPORTED_PROBLEMS + 1)
      expect(result.errors[MAX_REPORTED_PROBLEMS].message).toMatch(/stopped reading here/)
    })

    it('reports each of four slips at its line: quote, tab, indentation, repeated key', () => {
      const quote = lineMatching(/^ {8}summary: [A-Z]/, 200)
      const tab = lineMatching(/^ {8}mentions: /, lines.length * 0.3)
      const indent = lineMatching(/^ {8}status: active$/, lines.length * 0.5)
      const repeated = lineMatching(/^ {8}name: /, lines.length - 300)
      const errors = loadWith({
        [quote]: lines[quote].replace('summary: ', 'summary: "'),
        [tab]: `\t${lines[tab].slice(1)}`,
        [indent]: ` ${lines[indent]}`,
        [repeated]: `${lines[repeated]}\n${lines[repeated]}`
      })
      const at = (line: number, message: string) =>
        expect.objectContaining({ line: line + 1, message: `malformed YAML: ${message}` })
      expect(errors[0]).toEqual(at(quote, 'Missing closing "quote'))
      expect(errors[0].column).toBe(lines[quote].length + 2)
      expect(errors).toContainEqual(at(tab, 'Tabs are not allowed as indentation'))
      // yaml reads the over-indented key as part of the line before it.
      expect(errors).toContainEqual(
        at(indent - 1, 'Nested mappings are not allowed in compact mappings')
      )
      expect(errors.at(-1)).toEqual(at(repeated + 1, 'Map keys must be unique'))
      expect(errors.length).toBeLessThan(30)
    })
  })
})
