// @vitest-environment node
import fc from 'fast-check'
import { parse, stringify } from 'yaml'
import { describe, expect, it } from 'vitest'
import { loadCatalogText } from '../../../src/shared/catalog/load'
import { parseSource, type SourceDocument } from '../../../src/shared/catalog/source'
import { syntheticCatalogYaml } from '../../../src/shared/synth/synthetic-catalog'
import {
  FUZZ_TEST_TIMEOUT_MS,
  fuzzParameters,
  TELEPORT_JSON,
  TELEPORT_YAML
} from '../../fixtures/fuzz-harness'

type Path = (string | number)[]

/** The document of a text that must parse. */
function parsed(text: string, file = 'catalog.yaml'): SourceDocument {
  const result = parseSource(text, file)
  if (!result.ok) throw new Error(`expected the text to parse: ${result.errors[0].message}`)
  return result.value
}

/** Every path into the data, with the value there. */
function* paths(value: unknown, path: Path = []): Generator<[Path, unknown]> {
  yield [path, value]
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* paths(value[i], [...path, i])
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* paths(item, [...path, key])
  }
}

/** The text from a 1-based line and column on. */
function textAt(text: string, { line, column }: { line: number; column: number }): string {
  const lines = text.split(/\r\n|\r|\n/)
  return [lines[line - 1].slice(column - 1), ...lines.slice(line)].join('\n')
}

/** How a value may begin where it is written: plain, quoted, as a block scalar, or a collection. */
function beginnings(value: unknown): string[] {
  if (typeof value === 'string') {
    const start = value.slice(0, 12).split('\n')[0]
    return [`"${start}`, `'${start}`, '>', '|', ...(start === '' ? [] : [start])]
  }
  if (Array.isArray(value)) return ['[', '-']
  if (value !== null && typeof value === 'object') {
    const [first] = Object.keys(value)
    return first === undefined ? ['{'] : ['{', first, `"${first}`, `'${first}`]
  }
  return [String(value), 'null', '~', '']
}

/**
 * Checks that locate() finds every value (and every key) in the data where the text writes it:
 * the text there begins the way the value is written. A locate that is off by a line or a column
 * lands on another value, which begins differently.
 */
function expectEveryPathLocated(text: string, file = 'catalog.yaml'): number {
  const source = parsed(text, file)
  let checked = 0
  for (const [path, value] of paths(source.data)) {
    if (path.length === 0) continue
    const at = textAt(text, source.locate(path))
    const where = `${JSON.stringify(path)} at ${JSON.stringify(source.locate(path))}`
    expect(
      beginnings(value).some((begin) => at.startsWith(begin)),
      `${where}: ${JSON.stringify(at.slice(0, 30))}`
    ).toBe(true)
    const key = path[path.length - 1]
    if (typeof key === 'string') {
      const keyAt = textAt(text, source.locate(path, { key: true }))
      expect(
        [key, `"${key}`, `'${key}`].some((begin) => keyAt.startsWith(begin)),
        where
      ).toBe(true)
    }
    checked++
  }
  return checked
}

describe('parseSource', { timeout: FUZZ_TEST_TIMEOUT_MS }, () => {
  it('reads catalogs to the data the previous parser (yaml) read, YAML and JSON', () => {
    for (const text of [TELEPORT_YAML, syntheticCatalogYaml({ teams: 200, seed: 3 })]) {
      const reference: unknown = parse(text)
      expect(parsed(text).data).toEqual(reference)
      expect(parsed(JSON.stringify(reference, null, 2), 'catalog.json').data).toEqual(reference)
    }
  })

  it('locates every value and key of real catalogs, block, flow and JSON', () => {
    const synthetic = syntheticCatalogYaml({ teams: 40, seed: 7 })
    const data: unknown = parse(synthetic)
    const texts: [string, string][] = [
      [TELEPORT_YAML, 'teleport.yaml'],
      [TELEPORT_JSON, 'teleport.json'],
      [TELEPORT_YAML.replace(/\n/g, '\r\n'), 'crlf.yaml'],
      [synthetic, 'synthetic.yaml'],
      [JSON.stringify(data), 'compact.json'],
      [stringify(data, { collectionStyle: 'flow' }), 'flow.yaml'],
      [stringify(data, { defaultStringType: 'QUOTE_DOUBLE' }), 'quoted.yaml'],
      [stringify(data, { indentSeq: false, defaultKeyType: 'PLAIN' }), 'unindented.yaml']
    ]
    for (const [text, file] of texts)
      expect(expectEveryPathLocated(text, file)).toBeGreaterThan(100)
  })

  it('locates values after comments, blank lines and anchors, and empty values where they would be', () => {
    const text = [
      'company: # the company',
      '',
      '  # its name:',
      '  name:   Acme',
      '  summary:',
      'links: &links',
      '  - {label: Docs, url: "https://example.com"}',
      'again: *links',
      'list:',
      '  -',
      '  - second',
      'pair: [a: b, c]',
      '? explicit',
      ': value',
      ''
    ].join('\n')
    const source = parsed(text)
    expect(source.locate(['company'])).toEqual({ line: 4, column: 3 })
    expect(source.locate(['company', 'name'])).toEqual({ line: 4, column: 11 })
    expect(source.locate(['company', 'name'], { key: true })).toEqual({ line: 4, column: 3 })
    // An empty value: right after its colon, on its key's line.
    expect(source.locate(['company', 'summary'])).toEqual({ line: 5, column: 11 })
    expect(source.locate(['links', 0, 'url'])).toEqual({ line: 7, column: 24 })
    // An alias is located where it is written, not at its anchor.
    expect(source.locate(['again'])).toEqual({ line: 8, column: 8 })
    expect(source.locate(['again', 0, 'url'])).toEqual({ line: 8, column: 8 })
    // A `-` with nothing after it has no node of its own: the list stands in for it.
    expect(source.locate(['list', 0])).toEqual({ line: 10, column: 3 })
    expect(source.locate(['list', 1])).toEqual({ line: 11, column: 5 })
    expect(source.locate(['pair', 1])).toEqual({ line: 12, column: 14 })
    expect(source.locate(['explicit'])).toEqual({ line: 14, column: 3 })
    expect(source.locate(['explicit'], { key: true })).toEqual({ line: 13, column: 3 })
    // A path that goes past what is there stops at the deepest value it reaches.
    expect(source.locate(['company', 'name', 'first'])).toEqual({ line: 4, column: 11 })
    expect(source.locate(['nowhere'])).toEqual({ line: 1, column: 1 })
  })

  it('locates every value of a catalog laid out at random', () => {
    const spaces = fc.integer({ min: 0, max: 3 }).map((n) => ' '.repeat(n))
    const comment = fc.constantFrom('', ' # note', '  #note')
    const scalar = fc.constantFrom('Go', '"Go"', "'k8s'", 'Rust lang', '"a: b"', '12', 'true', '~')
    const flowList = fc
      .tuple(fc.array(fc.tuple(spaces, scalar), { maxLength: 4 }), fc.boolean())
      .map(([items, wrap]) => `[${items.map(([s, v]) => s + v).join(wrap ? ',\n      ' : ', ')}]`)
    const blockList = fc
      .array(scalar, { minLength: 1, maxLength: 3 })
      .map((items) => items.map((item) => `\n      - ${item}`).join(''))
    const layout = fc.record({
      stack: fc.oneof(flowList, blockList),
      summary: fc.oneof(scalar, fc.constant('>-\n      folded\n      text')),
      c1: comment,
      c2: comment,
      gap: fc.constantFrom('', '\n', '\n\n  # between\n')
    })
    fc.assert(
      fc.property(layout, ({ stack, summary, c1, c2, gap }) => {
        const text = [
          `company: {name: Acme, summary: "x"}${c1}`,
          'divisions:',
          `  - id: core${c2}`,
          `    name: Core${gap}`,
          `    summary: ${summary}`,
          `    stack: ${stack}`,
          ''
        ].join('\n')
        expectEveryPathLocated(text)
      }),
      fuzzParameters(200)
    )
  })
})

describe('the YAML 1.2 core schema', () => {
  it("reads plain scalars as YAML 1.2 does, not js-yaml's YAML 1.1 leftovers", () => {
    const values: [string, unknown][] = [
      ['0b101', '0b101'],
      ['1_000', '1_000'],
      ['0123', 123],
      ['+12', 12],
      ['.5', 0.5],
      ['1e3', 1000],
      ['0x1F', 31],
      ['0o17', 15],
      ['0o8', '0o8'],
      ['yes', 'yes'],
      ['off', 'off'],
      ['True', true],
      ['tRue', 'tRue'],
      ['NULL', null],
      ['~', null],
      ['nUll', 'nUll'],
      ['-.Inf', Number.NEGATIVE_INFINITY],
      ['.NaN', NaN],
      ['12:30', '12:30'],
      ['2024-01-01', '2024-01-01'],
      ['!!str 12', '12'],
      ['!!int 0x10', 16],
      ['<<', '<<']
    ]
    for (const [written, value] of values) {
      expect(parsed(`v: ${written}\n`).data, written).toEqual({ v: value })
    }
  })

  it('makes no merges: a `<<` key is a key like any other', () => {
    expect(parsed('base: &b {x: 1}\nthing: {<<: *b, y: 2}\n').data).toEqual({
      base: { x: 1 },
      thing: { '<<': { x: 1 }, y: 2 }
    })
  })
})

describe('slips js-yaml forgives, which now load as they read', () => {
  const catalog = (teams: string) =>
    [
      'schemaVersion: 1',
      'company: {name: Acme}',
      'technologies:',
      '  - {name: Go, category: language}',
      '  - {name: Rust, category: language}',
      'divisions:',
      '  - id: core',
      '    name: Core',
      `    teams: ${teams}`,
      ''
    ].join('\n')

  it.each([
    [
      'a flow list continued at the indentation of its key',
      '[{id: platform, name: Platform,\n    stack: [Go,\n    Rust]}]'
    ],
    [
      'a flow list continued left of its key',
      '[{id: platform, name: Platform,\nstack: [Go, Rust]}]'
    ],
    ['a closing bracket left of its key', '[{id: platform, name: Platform, stack: [Go, Rust]}\n ]'],
    [
      'a comment right after a closing quote',
      '[{id: platform, name: "Platform"# the team\n    , stack: [Go, Rust]}]'
    ],
    [
      'a comment right after a comma',
      '[{id: platform, name: Platform,# the team\n    stack: [Go, Rust]}]'
    ],
    [
      'a comment right after an opening bracket',
      '[# the team\n    {id: platform, name: Platform, stack: [Go, Rust]}]'
    ],
    [
      'a quoted string in a flow list continued left of its key',
      '[{id: platform, name: "Plat\n form", stack: [Go, Rust]}]'
    ]
  ])('loads %s', (_name, teams) => {
    const result = loadCatalogText(catalog(teams), 'catalog.yaml')
    if (!result.ok) throw new Error(result.errors[0].message)
    const [team] = result.value.divisions[0].teams
    expect(team).toMatchObject({ id: 'platform', stack: ['Go', 'Rust'] })
    expect(team.name).toBe(teams.includes('"Plat\n') ? 'Plat form' : 'Platform')
  })
})
