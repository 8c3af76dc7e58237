// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../../src/shared/catalog/diagnostic'
import { loadCatalogText } from '../../../src/shared/catalog/load'
import { MAX_NESTING } from '../../../src/shared/catalog/source'
import { syntheticCatalogYaml } from '../../../src/shared/synth/synthetic-catalog'
import { nestedAliasBomb } from '../../fixtures/alias-bomb'
import { FUZZ_TEST_TIMEOUT_MS, TELEPORT_YAML, timed } from '../../fixtures/fuzz-harness'
import { threadCpuMs } from '../../fixtures/thread-cpu'

/**
 * Inputs the fuzzing found (or led to) that crashed, hung or flooded the loader, each with what
 * it did before the fix. Each must now be a clean result within the per-case time limit.
 */
describe('loader regressions found by fuzzing', () => {
  // Each case is one line repeated until the file is megabytes long: the loader must answer at
  // once with the one diagnostic the first slip earns, not one per line or a crash.
  for (const { what, line, times, error } of [
    {
      what: 'refuses 2.5 million nested [ (5 MB) at once (it exhausted the heap after a minute)',
      line: '[',
      times: 2_500_000,
      error: {
        file: 'deep.yaml',
        line: 1,
        column: MAX_NESTING + 1,
        message: `malformed YAML: nested more than ${MAX_NESTING} levels deep`,
        hint: 'a catalog nests about 9 levels; check for unclosed [ or { brackets'
      }
    },
    {
      // A million of them made a million error objects and exhausted the heap; the parser now
      // stops at the first.
      what: 'reports the first of a million repeated keys (5 MB), at once (30,000 diagnostics before)',
      line: 'a: 1\n',
      times: 1_000_000,
      error: {
        file: 'repeated.yaml',
        line: 2,
        column: 1,
        message: 'malformed YAML: duplicated mapping key',
        hint: 'each field may appear once per object; remove or rename the repeated key'
      }
    },
    {
      what: 'stops at the first of 2.4 million stray ] lines (33 s and 3.3 GB before)',
      line: ']\n',
      times: 2_400_000,
      error: {
        file: 'brackets.yaml',
        line: 1,
        column: 1,
        message: 'malformed YAML: end of the stream or a document separator is expected',
        hint: 'check the indentation and punctuation on this line and the one before it'
      }
    },
    {
      // yaml nested each line in the one before, until a stack overflow ended it.
      what: 'stops at the first of 600,000 lines of "a: b: c", at its value (8 s and 1 GB before)',
      line: 'a: b: c\n',
      times: 600_000,
      error: {
        file: 'colons.yaml',
        line: 1,
        column: 4,
        message: 'malformed YAML: bad indentation of a mapping entry',
        hint: 'a value holding ": " must be quoted ("…"), and a nested mapping must start on a line of its own'
      }
    }
  ]) {
    it(what, () => {
      const result = timed(() => loadCatalogText(line.repeat(times), error.file))
      expect(result).toEqual({ ok: false, errors: [error] })
    })
  }

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

  it.each([
    ['21 KB', 21_000, 'flow', '15 s and 3.4 GB before'],
    ['42 KB', 43_000, 'flow', 'out of memory before, past 4 GB'],
    ['27 KB', 21_000, 'block', "0.1 s before: the old fast path's check saw these aliases"]
  ] as const)(
    'refuses the %s %s-style alias bomb of issue 18 at an alias (%s)',
    (_size, bytes, style, _before) => {
      const text = nestedAliasBomb(bytes, style)
      const result = timed(() => loadCatalogText(text, 'bomb.yaml'))
      if (result.ok) throw new Error('expected the bomb to be refused')
      expect(result.errors).toEqual([
        {
          file: 'bomb.yaml',
          line: expect.any(Number),
          column: expect.any(Number),
          message:
            'malformed YAML: aliases here expand to more than 10,000 values beyond what the file writes out',
          hint: 'anchors (&name) and aliases (*name) may repeat small values only; write the values out instead'
        }
      ])
      const { line, column } = result.errors[0]
      expect(text.split('\n')[line - 1].slice(column - 1)).toMatch(/^\*[pt]\b/)
    }
  )

  it('lists 10 of 1,000 unknown fields and counts the rest (20,000 took 7 s and 20,003 lines before)', () => {
    // 1,000 different keys is as many as the parser reads (see the next case).
    const text = Array.from({ length: 1000 }, (_, i) => `k${i}: 1`).join('\n')
    const result = timed(() => loadCatalogText(text, 'keys.yaml'))
    if (result.ok) throw new Error('expected errors')
    const unknown = result.errors.filter((e) => e.message.startsWith('catalog: unknown field'))
    expect(unknown).toHaveLength(10)
    expect(result.errors.map((e) => e.message)).toContain('catalog: 990 more unknown fields')
  })

  it('refuses 300,000 different keys (3 MB) at the 1,001st, at once (400,000 took 6 s and 580 MB)', () => {
    const text = Array.from({ length: 300_000 }, (_, i) => `k${i}: 1`).join('\n')
    for (const [file, written] of [
      ['keys.yaml', text],
      ['keys.json', `{${text.replace(/^k(\d+): 1$/gm, '"k$1": 1').replace(/\n/g, ',\n')}}`]
    ]) {
      const result = timed(() => loadCatalogText(written, file))
      expect(result.ok || result.errors).toEqual([
        {
          file,
          line: 1001,
          column: 1,
          message: `malformed ${file.endsWith('.json') ? 'JSON' : 'YAML'}: more than 1,000 different keys; a catalog's objects have about 25 field names between them`,
          hint: 'is this a catalog file? keys name fields (id, name, teams, …); many values go in a list'
        }
      ])
    }
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
      message: 'malformed YAML: tab characters must not be used in indentation',
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
      const started = threadCpuMs()
      const result = loadCatalogText(text, 'big.yaml')
      expect(threadCpuMs() - started).toBeLessThan(BROKEN_5MB_MS)
      if (result.ok) throw new Error('expected errors')
      return result.errors
    }

    it('reports a stray } once, at the bracket (a flood of 0.5 million errors: 7 s and 900 MB before)', () => {
      const at = lineMatching(/^ {4}aliases: /, 0)
      const text = lines.map((line, i) => (i === at ? `   }${line.slice(4)}` : line))
      const result = timed(() => loadCatalogText(text.join('\n'), 'big.yaml'))
      if (result.ok) throw new Error('expected errors')
      expect(result.errors).toEqual([
        expect.objectContaining({
          line: at + 1,
          column: 4,
          message: 'malformed YAML: bad indentation of a sequence entry'
        })
      ])
    })

    it('reports each of four slips at its line: quote, tab, indentation, repeated key', () => {
      // The parser stops at the first error: each slip in a file of its own.
      const quote = lineMatching(/^ {8}summary: [A-Z]/, 200)
      const tab = lineMatching(/^ {8}mentions: /, lines.length * 0.3)
      const indent = lineMatching(/^ {8}status: active$/, lines.length * 0.5)
      const repeated = lineMatching(/^ {8}name: /, lines.length - 300)
      const at = (line: number, column: number, message: string) => [
        expect.objectContaining({ line: line + 1, column, message: `malformed YAML: ${message}` })
      ]
      expect(loadWith({ [quote]: lines[quote].replace('summary: ', 'summary: "') })).toEqual(
        at(quote, lines[quote].length + 2, 'missing closing "quote')
      )
      expect(loadWith({ [tab]: `\t${lines[tab].slice(1)}` })).toEqual(
        at(tab, 1, 'tab characters must not be used in indentation')
      )
      // At the key indented one space too deep (yaml reported the line before it).
      expect(loadWith({ [indent]: ` ${lines[indent]}` })).toEqual(
        at(indent, 10, 'bad indentation of a mapping entry')
      )
      expect(loadWith({ [repeated]: `${lines[repeated]}\n${lines[repeated]}` })).toEqual(
        at(repeated + 1, 9, 'duplicated mapping key')
      )
    })
  })
})
