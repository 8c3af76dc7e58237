// @vitest-environment node
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { parseDocument } from 'yaml'
import { describe, expect, it } from 'vitest'
import type { Result } from '../../../src/shared/catalog/diagnostic'
import { parseWithoutPositions } from '../../../src/shared/catalog/fast-parse'
import { loadCatalogText } from '../../../src/shared/catalog/load'
import { parseSource } from '../../../src/shared/catalog/source'
import { validateCatalog } from '../../../src/shared/catalog/validate'
import { createRandom } from '../../../src/shared/synth/random'
import {
  syntheticCatalogFile,
  syntheticCatalogYaml
} from '../../../src/shared/synth/synthetic-catalog'
import { makeCatalogFile, makeDivision, makeTeam, toYaml } from '../../fixtures/catalog'
import { FUZZ_TEST_TIMEOUT_MS, fuzzParameters } from '../fuzz/fuzz-harness'

const TELEPORT = readFileSync(new URL('../../../data/teleport.yaml', import.meta.url), 'utf8')

/** The loader as it was before the fast path: positioned parse, then validation. */
function positionedLoad(text: string, file: string): Result<unknown> {
  const source = parseSource(text, file)
  return source.ok ? validateCatalog(source.value) : source
}

/** What `yaml` makes of the text (the reference the fast path must match). */
function yamlData(text: string): unknown {
  return parseDocument(text, { uniqueKeys: true, strict: true }).toJS({ maxAliasCount: 100 })
}

describe('parseWithoutPositions', { timeout: FUZZ_TEST_TIMEOUT_MS }, () => {
  it('reads catalogs to the same data as the positioned parser, YAML and JSON alike', () => {
    const texts = [
      TELEPORT,
      toYaml(makeCatalogFile()),
      ...[1, 2, 3].map((seed) => syntheticCatalogYaml({ teams: 60, seed }))
    ]
    for (const text of texts) {
      expect(parseWithoutPositions(text, 'catalog.yaml')?.data).toEqual(yamlData(text))
      const json = JSON.stringify(yamlData(text), null, 2)
      expect(parseWithoutPositions(json, 'catalog.json')?.data).toEqual(JSON.parse(json))
    }
  })

  it('reads the YAML forms people write exactly as yaml does', () => {
    const text = [
      '# a comment',
      'plain: multi word value # trailing comment',
      'folded: >',
      '  one',
      '  two',
      '',
      '  three',
      'literal: |',
      '  line one',
      '    indented',
      'keep: |+',
      '  kept',
      '',
      'strip: >-',
      '  stripped',
      "single: 'it''s'",
      'double: "tab\\tnew\\nline \\u00e9 \\x41"',
      'multiline plain: first',
      '  second',
      'flow: [a, "b, c", {d: e}]',
      'empty:',
      'explicit: !!str 12',
      'nested:',
      '- x',
      '- - y',
      '  - z',
      'unicode: Café 東京 🚀',
      'colon: a:b',
      'url: https://example.com/a#b'
    ].join('\n')
    expect(parseWithoutPositions(text, 'x.yaml')?.data).toEqual(yamlData(text))
  })

  it("resolves plain scalars with yaml's core schema, not js-yaml's looser one", () => {
    const scalars = [
      ...['0b101', '1_000', '0123', '+12', '-7', '.5', '1.', '1e3', '-1.5E-2', '0x1F', '0o17'],
      ...['0o8', 'yes', 'no', 'on', 'off', 'y', 'True', 'TRUE', 'tRue', 'false', 'NULL', 'Null'],
      ...['~', 'nUll', '.inf', '-.Inf', '+.INF', '.NaN', '.nan', '12:30', '2024-01-01', '1,000']
    ]
    for (const scalar of scalars) {
      const text = `value: ${scalar}\n`
      expect(parseWithoutPositions(text, 'x.yaml')?.data, scalar).toEqual(yamlData(text))
    }
  })

  it('declines what it cannot read exactly as yaml does, leaving it to the positioned path', () => {
    const declined = {
      'repeated JSON key': ['{"a": 1, "a": 2}', 'x.json'],
      'repeated YAML key': ['a: 1\na: 2\n', 'x.yaml'],
      'malformed JSON': ['{"a": 1,}', 'x.json'],
      alias: ['a: &x [1]\nb: *x\n', 'x.yaml'],
      'alias in a flow list': ['a: &x 1\nb: [*x]\n', 'x.yaml'],
      'YAML 1.1 directive': ['%YAML 1.1\n---\na: yes\n', 'x.yaml'],
      'unknown tag': ['a: !color red\n', 'x.yaml'],
      'tab indentation': ['a:\n\tb: 1\n', 'x.yaml'],
      'two documents': ['a: 1\n---\nb: 2\n', 'x.yaml']
    }
    for (const [name, [text, file]] of Object.entries(declined)) {
      expect(parseWithoutPositions(text, file), name).toBeUndefined()
    }
  })

  it('counts keys inside strings correctly when checking JSON for repeated keys', () => {
    const json = '{"a": "x: y", "b": "quote \\" : colon", "c": {"d": [":"]}}'
    expect(parseWithoutPositions(json, 'x.json')?.data).toEqual(JSON.parse(json))
  })
})

/** A valid catalog whose company name is written as `name`, unquoted. */
function minimal(name: string): string {
  return [
    'schemaVersion: 1',
    `company: {name: ${name}}`,
    'divisions:',
    '  - id: core',
    '    name: Core',
    '    teams: [{id: platform, name: Platform}]',
    ''
  ].join('\n')
}

describe('loadCatalogText (fast path, then positioned path on any problem)', () => {
  it('loads the minimal catalog these cases break', () => {
    expect(loadCatalogText(minimal('Acme'), 'catalog.yaml').ok).toBe(true)
  })

  const broken: Record<string, [string, string]> = {
    'unknown technology': [
      toYaml(
        makeCatalogFile({
          divisions: [makeDivision({ teams: [makeTeam({ stack: ['Kubernets'] })] })]
        })
      ),
      'catalog.yaml'
    ],
    'duplicate id': [
      toYaml(
        makeCatalogFile({
          divisions: [makeDivision({ teams: [makeTeam(), makeTeam({ name: 'Again' })] })]
        })
      ),
      'catalog.yaml'
    ],
    'missing field': ['schemaVersion: 1\ncompany:\n  summary: x\ndivisions: []\n', 'catalog.yaml'],
    'wrong type': [toYaml({ ...makeCatalogFile(), divisions: 'none' }), 'catalog.yaml'],
    'unknown field': [toYaml({ ...makeCatalogFile(), colour: 'blue' }), 'catalog.yaml'],
    'malformed YAML': [
      'schemaVersion: 1\ncompany:\n  name: [Acme\ndivisions: []\n',
      'catalog.yaml'
    ],
    'duplicate key': ['schemaVersion: 1\ncompany:\n  name: Acme\n  name: Acme Inc\n', 'c.yaml'],
    'YAML 1.1 boolean': [`%YAML 1.1\n---\n${minimal('yes')}`, 'catalog.yaml'],
    'number where a name belongs': [minimal('0x1F'), 'catalog.yaml'],
    'alias bomb': ['a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b, *b]\n', 'catalog.yaml'],
    'nested too deep': [`${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'catalog.json'],
    'malformed JSON': [
      '{\n  "schemaVersion": 1,\n  "company": {}\n  "divisions": []\n}\n',
      'c.json'
    ],
    'repeated JSON key': [
      JSON.stringify(makeCatalogFile(), null, 2).replace(
        '"schemaVersion": 1',
        '"schemaVersion": 1, "schemaVersion": 1'
      ),
      'catalog.json'
    ],
    'JSON validation error': [
      JSON.stringify(makeCatalogFile({ company: { name: '' } }), null, 2),
      'catalog.json'
    ]
  }

  it('gives exactly the diagnostics of the positioned loader for broken catalogs', () => {
    for (const [name, [text, file]] of Object.entries(broken)) {
      const expected = positionedLoad(text, file)
      expect(expected.ok, `${name} should be broken`).toBe(false)
      expect(loadCatalogText(text, file), name).toEqual(expected)
    }
  })

  it('loads the same catalog whichever path reads it', () => {
    const text = syntheticCatalogYaml({ teams: 40, seed: 9 })
    const expected = positionedLoad(text, 'synthetic.yaml')
    expect(expected.ok).toBe(true)
    expect(loadCatalogText(text, 'synthetic.yaml')).toEqual(expected)
    const json = JSON.stringify(syntheticCatalogFile({ teams: 40, seed: 9 }))
    expect(loadCatalogText(json, 'synthetic.json')).toEqual(expected)
  })

  it('agrees with the positioned loader on hundreds of randomly damaged catalogs', () => {
    // One-character edits of a valid catalog, the typos people make: each result (the catalog,
    // or every diagnostic with its position) must be what the positioned loader says.
    const random = createRandom(2024)
    const base = toYaml(
      makeCatalogFile({
        divisions: [
          makeDivision({
            teams: [
              makeTeam({ stack: ['Go', 'k8s'], mentions: ['React'] }),
              makeTeam({
                id: 'web',
                name: 'Web',
                projects: [{ title: 'Site', status: 'recent', technologies: ['React'] }],
                links: [{ label: 'Docs', url: 'https://example.com' }]
              })
            ]
          })
        ]
      })
    )
    const edits = [
      ' ',
      '  ',
      '\t',
      ':',
      '-',
      '#',
      '"',
      "'",
      '[',
      ']',
      '{',
      '}',
      ',',
      '*',
      '&',
      '!',
      '|',
      '>',
      '?',
      '%',
      '\n',
      '0',
      'x'
    ]
    let loaded = 0
    for (let i = 0; i < 400; i++) {
      const at = random.int(0, base.length - 1)
      const kind = random.int(0, 2)
      const edit = random.pick(edits)
      const text =
        kind === 0
          ? base.slice(0, at) + base.slice(at + 1)
          : kind === 1
            ? base.slice(0, at) + edit + base.slice(at)
            : base.slice(0, at) + edit + base.slice(at + 1)
      const expected = positionedLoad(text, 'catalog.yaml')
      if (expected.ok) loaded++
      expect(loadCatalogText(text, 'catalog.yaml'), JSON.stringify(text)).toEqual(expected)
    }
    // Both kinds of outcome are exercised.
    expect(loaded).toBeGreaterThan(20)
    expect(loaded).toBeLessThan(380)
  })
})

describe('the slips js-yaml forgives', { timeout: FUZZ_TEST_TIMEOUT_MS }, () => {
  const refused = {
    'a flow list continued at the indentation of its key': 'team:\n  stack: [Go,\n  Rust]\n',
    'a flow list continued left of its key': 'team:\n  stack: [Go,\nRust]\n',
    'a list item continued left of its dash': 'teams:\n  - [Go,\n  Rust]\n',
    'a closing bracket left of its key': 'team:\n  stack: [Go,\n    Rust\n ]\n',
    'a continued list after a quoted bracket': 'team:\n  stack: [Go, "]",\n  Rust]\n',
    'a quoted string continued at the indentation of its key':
      "team:\n  summary: 'Runs the\n  platform'\n",
    'a double-quoted string continued left of its dash': '- "Runs the\nplatform"\n',
    'a comment right after a closing quote': 'name: "Go"# the language\n',
    "a comment right after a closing ' quote": "name: 'Go'# the language\n",
    'a comment right after a closing bracket': 'stack: [Go]# and more\n',
    'a comment right after a comma': 'stack: [Go,# and\n  Rust]\n',
    'a comment right after an opening bracket': 'stack: [# languages\n  Go]\n'
  }

  it.each(Object.entries(refused))('declines %s, which yaml refuses', (_name, text) => {
    expect(parseSource(text, 'x.yaml').ok).toBe(false)
    expect(parseWithoutPositions(text, 'x.yaml')).toBeUndefined()
  })

  it('loads nothing yaml refuses: the slip is reported at its line and column', () => {
    const catalog = minimal('Acme').replace(
      'teams: [{id: platform, name: Platform}]',
      'teams: [{id: platform,\n    name: Platform}]'
    )
    const result = loadCatalogText(catalog, 'catalog.yaml')
    expect(result.ok || result.errors[0]).toMatchObject({
      line: 7,
      column: 5,
      message: expect.stringMatching(/sufficiently indented/)
    })
  })

  it('keeps the fast path for flow lists wrapped deeper than their key, and spaced comments', () => {
    const accepted = [
      'team:\n  stack: [Go,\n   Rust]\n',
      "team:\n  summary: 'Runs the\n   platform'\n",
      'team:\n  # a "comment:\n  #  that quotes"\n  stack: [Go]\n',
      '- [Go,\n   Rust]\n',
      "team:\n  - stack: [Go, \"C#\", 'it''s',\n      Rust] # languages\n",
      'links: [{label: Docs, url: "https://example.com/#top"}]\n',
      "summary: C# and F#, in it's own words\n"
    ]
    for (const text of accepted) {
      expect(parseSource(text, 'x.yaml').ok, text).toBe(true)
      expect(parseWithoutPositions(text, 'x.yaml')?.data, text).toEqual(yamlData(text))
    }
  })

  it(
    'keeps the fast path for the bundled catalog and a 5,000-team one',
    { timeout: FUZZ_TEST_TIMEOUT_MS },
    () => {
      expect(parseWithoutPositions(TELEPORT, 'teleport.yaml')).toBeDefined()
      const big = syntheticCatalogYaml({ teams: 5000, seed: 1 })
      expect(big).toMatch(/\[[^\]\n]*\n/) // it has flow lists wrapped onto a second line
      expect(parseWithoutPositions(big, 'synthetic.yaml')).toBeDefined()
    }
  )
})

describe('a catalog laid out in every way', { timeout: FUZZ_TEST_TIMEOUT_MS }, () => {
  // The slips js-yaml forgives are all layout: where a list or a string breaks its line, how
  // far the next line is indented, whether a comment has a space before it. One catalog, laid
  // out at random; both loaders must give the same answer, whether it loads or not.
  /** Mostly deep enough for where it is used, sometimes not. */
  const indent = fc
    .oneof(
      { arbitrary: fc.integer({ min: 9, max: 12 }), weight: 2 },
      fc.integer({ min: 0, max: 12 })
    )
    .map((n) => ' '.repeat(n))
  const lineBreak = fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 3 },
    indent.map((spaces) => `\n${spaces}`)
  )
  const comment = fc.constantFrom('', '', '', ' # note', '\t# note', ' #', '# note')
  /** `[Go, k8s, …]` written on one line, wrapped anywhere, or with its brackets on lines alone. */
  const flowList = (words: string[]) =>
    fc
      .record({
        items: fc.subarray(words, { minLength: 1 }),
        breaks: fc.array(lineBreak, { minLength: 3, maxLength: 3 }),
        alone: fc.option(fc.tuple(indent, indent), { nil: undefined })
      })
      .map(({ items, breaks, alone }) => {
        const body = items
          .map((item, i) => (i === 0 ? item : `,${breaks[i] ?? ' '}${item}`))
          .join('')
        return alone ? `\n${alone[0]}[\n${alone[1]}${body}\n${alone[0]}]` : `[${body}]`
      })

  /** A summary quoted with ' or ", broken onto a second line indented by anything. */
  const summary = fc
    .tuple(fc.constantFrom("'", '"'), lineBreak)
    .map(([quote, lineBreak]) => `${quote}Runs the${lineBreak ?? ' '}platform${quote}`)

  const catalog = fc
    .record({
      summary,
      stack: flowList(['Go', "'k8s'", 'Rust']),
      mentions: flowList(['"React"', 'Python', "'Terraform'"]),
      c1: comment,
      c2: comment,
      c3: comment
    })
    .map(({ summary, stack, mentions, c1, c2, c3 }) =>
      [
        'schemaVersion: 1',
        `company: {name: Acme, summary: ${summary}}${c1}`,
        'technologies:',
        '  - {name: Go, aliases: [Golang], category: language}',
        '  - {name: Kubernetes, aliases: [k8s], category: platform}',
        '  - {name: Rust, category: language}',
        '  - {name: Python, category: language}',
        '  - {name: React, category: frontend}',
        '  - {name: Terraform, category: infrastructure}',
        'divisions:',
        '  - id: core',
        '    name: Core',
        `    summary: ${summary}${c2}`,
        '    teams:',
        '      - id: platform',
        "        name: 'Platform'" + c3,
        `        stack: ${stack}`,
        `        mentions: ${mentions}`,
        ''
      ].join('\n')
    )

  it('agrees with the positioned loader, and both outcomes happen', () => {
    const outcomes = { loaded: 0, refused: 0 }
    fc.assert(
      fc.property(catalog, (text) => {
        const expected = positionedLoad(text, 'catalog.yaml')
        outcomes[expected.ok ? 'loaded' : 'refused']++
        expect(loadCatalogText(text, 'catalog.yaml')).toEqual(expected)
      }),
      fuzzParameters(300)
    )
    expect(outcomes.loaded).toBeGreaterThan(0)
    expect(outcomes.refused).toBeGreaterThan(0)
  })
})

describe('parseWithoutPositions and line ends', () => {
  it('reads Windows (CRLF) files as yaml does, and declines lone CRs and trailing spaces', () => {
    const crlf = TELEPORT.replace(/\n/g, '\r\n')
    expect(parseWithoutPositions(crlf, 'teleport.yaml')?.data).toEqual(yamlData(crlf))
    expect(parseWithoutPositions('a: 1\rb: 2\n', 'x.yaml')).toBeUndefined()
    expect(parseWithoutPositions('a: "x \n  y"\n', 'x.yaml')).toBeUndefined()
  })
})
