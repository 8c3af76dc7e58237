// @vitest-environment node
import { readFileSync } from 'node:fs'
import { isDeepStrictEqual } from 'node:util'
import fc from 'fast-check'
import { load } from 'js-yaml'
import { beforeAll, describe, expect, it } from 'vitest'
import { stringify, type ToStringOptions } from 'yaml'
import { YAML_CORE_SCHEMA } from '../../../src/shared/catalog/core-schema'
import { loadCatalogText } from '../../../src/shared/catalog/load'
import { quickYaml } from '../../../src/shared/catalog/quick-yaml'
import { parseSource } from '../../../src/shared/catalog/source'
import { importedCatalogYaml } from '../../../src/shared/import/catalog-yaml'
import { importGuide } from '../../../src/shared/import/import-guide'
import { syntheticCatalogYaml } from '../../../src/shared/synth/synthetic-catalog'
import { entriesIn } from '../../corpus/corpus'
import {
  announceSeed,
  FUZZ_TEST_TIMEOUT_MS,
  fuzzParameters,
  TELEPORT_YAML
} from '../../fixtures/fuzz-harness'

beforeAll(() => announceSeed('quickYaml against js-yaml'))

/** What js-yaml reads (the loader's schema), or undefined where it refuses the text. */
function jsYaml(text: string): { data: unknown } | undefined {
  try {
    return { data: load(text, { schema: YAML_CORE_SCHEMA }) }
  } catch {
    return undefined
  }
}

/**
 * quickYaml's one rule: what it reads, js-yaml reads alike (same values, same key order) and
 * the positioned parse accepts (so its limits hold); what it does not read it gives up on.
 */
function readsAsJsYaml(text: string): 'read' | 'gave up' {
  const quick = quickYaml(text)
  if (!quick) return 'gave up'
  const expected = jsYaml(text)
  expect(expected, `js-yaml refuses what quickYaml read:\n${text}`).toBeDefined()
  expect(
    isDeepStrictEqual(quick.data, expected!.data) &&
      JSON.stringify(quick.data) === JSON.stringify(expected!.data),
    `read unlike js-yaml:\n${text}\nquickYaml: ${JSON.stringify(quick.data)}\njs-yaml:   ${JSON.stringify(expected!.data)}`
  ).toBe(true)
  expect(parseSource(text, 'fuzz.yaml').ok, `the positioned parse refuses:\n${text}`).toBe(true)
  return 'read'
}

describe('quickYaml reads catalogs as js-yaml does', () => {
  it('reads the bundled catalogs and the example', () => {
    expect(readsAsJsYaml(TELEPORT_YAML)).toBe('read')
    expect(readsAsJsYaml(readFileSync('data/examples/quillfeather.yaml', 'utf8'))).toBe('read')
  })

  it('reads synthetic catalogs, with and without groups, people, roles and relations', () => {
    for (const options of [
      { teams: 300, seed: 3 },
      { teams: 300, seed: 4, groupDepth: 2, people: true, roles: true, relations: true }
    ]) {
      expect(readsAsJsYaml(syntheticCatalogYaml(options))).toBe('read')
    }
  })

  it('reads the catalogs imported from the corpus, with their real names and text', () => {
    let read = 0
    let all = 0
    for (const entry of entriesIn('dev')) {
      if (entry.meta.format !== 'markdown') continue
      const imported = importGuide(entry.files[0].text, { file: `${entry.slug}.md` })
      if (!imported.ok) continue
      all++
      if (readsAsJsYaml(importedCatalogYaml(imported.value.catalog, entry.slug)) === 'read') read++
    }
    // Imported catalogs are what `yaml` writes: quickYaml should read nearly every one.
    expect(all).toBeGreaterThan(100)
    expect(read / all).toBeGreaterThan(0.95)
  })

  it.each([
    [
      'plain scalars and their types',
      'a: 1\nb: -0\nc: 0x1F\nd: 0o17\ne: 1.5e3\nf: .inf\ng: .NaN\nh: ~\ni: Null\nj: TRUE\nk: yes\nl: 1_000\nm: 0b1\nn: C# and F#\no: https://x.y/z?a=b#c\np:'
    ],
    [
      'a comment after a value',
      'a: text # note\nb: "quoted" # note\nc: [x, y] # note\n# whole line\nd: 2'
    ],
    [
      'nested blocks',
      "a:\n  b:\n    - c: 1\n      d: [x, \"y, z\", 'it''s']\n    -\n      e: 2\n    - plain\n  f: {}"
    ],
    ["a list at its key's indentation", 'a:\n- 1\n- b: 2\n  c: 3\nd: 4'],
    ['plain text folded over lines', 'a: one\n  two\n\n  three\n\n\n  four\nb: x'],
    ['a plain scalar on the line below its key', 'a:\n  just text\n  more\nb: 1'],
    ['quoted text folded over lines', "a: \"one\n  two\n\n  three\"\nb: 'it''s\n  here'\n"],
    ['JSON escapes in double quotes', 'a: "tab\\there \\"q\\" \\u00e9 \\\\ \\/"'],
    [
      'block scalars',
      'a: |\n  line one\n   indented\n\n  last\nb: >-\n  folded\n  text\n\n  para\nc: |-\n  x\nd: >\n  y\n'
    ],
    [
      'flow collections over lines',
      'a:\n  [\n    Go,\n    "Rust", # comment\n    { name: Kafka, aliases: [Apache Kafka] },\n  ]\nb: { x: 1, y: [] }'
    ],
    ['Windows line ends', 'a: 1\r\nb:\r\n  - x\r\n  - y\r\n']
  ])('reads %s', (_, text) => {
    expect(readsAsJsYaml(text)).toBe('read')
  })

  it.each([
    ['an anchor and an alias', 'a: &x 1\nb: *x'],
    ['a tag', 'a: !!str 1'],
    ['a repeated key (js-yaml refuses it)', 'a: 1\na: 2'],
    ['a key __proto__', '__proto__: 1'],
    ['a key that is no string', 'True: 1'],
    ['a quoted key', '"a": 1'],
    ['a tab', 'a:\t1'],
    ['a document marker', '---\na: 1'],
    ['a value that is a key again', 'a: b: c'],
    ['YAML escapes JSON lacks', 'a: "\\x41"'],
    ['a keep-chomping block scalar', 'a: |+\n  x\n'],
    ['a quoted string whose next line is not indented', 'a:\n  b: "one\n  two"'],
    ["spaces before a quoted string's line break", 'a: "one  \n\n  two"'],
    ['a deeper line after a value', 'a: 1\n  b: 2'],
    ['a non-printable character', 'a: \u0001'],
    ['a top-level list', '- a\n- b'],
    ['an empty text', '']
  ])('gives up on %s', (_, text) => {
    expect(quickYaml(text)).toBeUndefined()
  })
})

/** Pieces of lines as people and tools write YAML, with the characters that change its meaning. */
const KEYS = ['id', 'name', 'a', 'b', 'true', 'True', 'null', '__proto__', 'x y', '"q"', '1', '-']
const VALUES = [
  '',
  'text',
  'two words',
  '1',
  '-0',
  '0x1F',
  '1e3',
  '.inf',
  '~',
  'Null',
  'TRUE',
  'yes',
  '1_000',
  'a: b',
  'a:b',
  'a #b',
  'a#b',
  '#c',
  '-',
  '- x',
  '-x',
  '? x',
  ': x',
  ':x',
  '&a x',
  '*a',
  '!!str x',
  '"q"',
  '"q" x',
  '"un',
  "'s'",
  "'it''s'",
  "'un",
  '"\\n\\t\\u00e9"',
  '"\\x41"',
  '"a\\"b"',
  '[a, b]',
  '[a, [b]]',
  '[a,b,]',
  '[a, b',
  '[]',
  '{}',
  '{a: 1}',
  '{a: [b, c]}',
  '{a}',
  '[a: b]',
  '["x", \'y\']',
  '|',
  '|-',
  '>',
  '>-',
  '|+',
  '|2',
  '>  # c',
  'https://x.y/z',
  'C#',
  '%x',
  '@x',
  '`x`',
  'a, b',
  'é ü'
]

const line = fc
  .tuple(
    fc.integer({ min: 0, max: 6 }),
    fc.oneof(
      fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...VALUES)).map(([k, v]) => `${k}: ${v}`),
      fc.tuple(fc.constantFrom(...KEYS)).map(([k]) => `${k}:`),
      fc.constantFrom(...VALUES).map((v) => `- ${v}`),
      fc
        .tuple(fc.constantFrom(...KEYS), fc.constantFrom(...VALUES))
        .map(([k, v]) => `- ${k}: ${v}`),
      fc.constantFrom('-', '# comment', '', '  ', 'text', 'more text', ']', '}', '"', "'", '---')
    )
  )
  .map(([indent, text]) => ' '.repeat(indent) + text)

/** Line edits of a real catalog: what editing by hand makes of one, half done. */
const lineEdit = fc.record({
  kind: fc.constantFrom('indent', 'dedent', 'delete', 'duplicate', 'insert'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  insert: line
})

/** Data as catalogs hold it, with keys and text that YAML must quote or may misread. */
const fuzzKey = fc.oneof(
  {
    weight: 60,
    arbitrary: fc.constantFrom('id', 'name', 'summary', 'stack', 'teams', 'a-b', 'c_d')
  },
  { weight: 1, arbitrary: fc.constantFrom(...KEYS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }
)
const fuzzScalar = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom(...VALUES),
  fc.lorem({ maxCount: 20 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null)
)
const { data: fuzzData } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fuzzScalar,
    fc.array(tie('value'), { maxLength: 4 }),
    tie('data')
  ),
  data: fc.dictionary(fuzzKey, tie('value'), { maxKeys: 5 })
}))

/** How `yaml` may write it: every style a tool or a person's settings choose. */
const fuzzStyle = fc.record({
  lineWidth: fc.constantFrom(0, 20, 40, 80, 100),
  minContentWidth: fc.constantFrom(0, 10, 20),
  defaultStringType: fc.constantFrom(
    'PLAIN',
    'QUOTE_DOUBLE',
    'QUOTE_SINGLE',
    'BLOCK_LITERAL',
    'BLOCK_FOLDED'
  ),
  // Keys in quotes and whole documents in braces are rare in catalogs (and not read).
  defaultKeyType: fc.constantFrom<'PLAIN' | null>('PLAIN', 'PLAIN', 'PLAIN', null),
  collectionStyle: fc.constantFrom('any', 'any', 'block', 'block', 'flow'),
  indent: fc.constantFrom(2, 3, 4),
  indentSeq: fc.boolean(),
  flowCollectionPadding: fc.boolean(),
  doubleQuotedAsJSON: fc.boolean()
}) as fc.Arbitrary<ToStringOptions>

/** A document with a key (`yaml` writes an empty one as `{}`, which quickYaml does not read). */
const hasKeys = (data: object) => Object.keys(data).length > 0

describe('quickYaml never reads a text unlike js-yaml (fuzz)', () => {
  it(
    'on data written by `yaml` in every style',
    () => {
      let read = 0
      fc.assert(
        fc.property(fuzzData.filter(hasKeys), fuzzStyle, (data, style) => {
          const text = stringify(data, { ...style, aliasDuplicateObjects: false })
          if (readsAsJsYaml(text) === 'read') read++
        }),
        fuzzParameters(2000)
      )
      // Not vacuous: many texts are read (and compared); the rest hold a key in quotes, a whole
      // document in braces, or what `yaml` writes and js-yaml refuses (`key:` over `[]`).
      expect(read).toBeGreaterThan(800)
    },
    FUZZ_TEST_TIMEOUT_MS
  )

  it(
    'on texts written from pieces of YAML lines',
    () => {
      let read = 0
      fc.assert(
        fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (lines) => {
          if (readsAsJsYaml(lines.join('\n')) === 'read') read++
        }),
        fuzzParameters(4000)
      )
      // Mostly broken texts: some are read (and compared).
      expect(read).toBeGreaterThan(10)
    },
    FUZZ_TEST_TIMEOUT_MS
  )

  it(
    'on the bundled catalog edited line by line',
    () => {
      const lines = TELEPORT_YAML.split('\n')
      let read = 0
      fc.assert(
        fc.property(fc.array(lineEdit, { minLength: 1, maxLength: 4 }), (edits) => {
          const edited = [...lines]
          for (const edit of edits) {
            const at = Math.floor(edit.at * edited.length)
            if (edit.kind === 'indent') edited[at] = ` ${edited[at] ?? ''}`
            else if (edit.kind === 'dedent') edited[at] = (edited[at] ?? '').replace(/^ /, '')
            else if (edit.kind === 'delete') edited.splice(at, 1)
            else if (edit.kind === 'duplicate') edited.splice(at, 0, edited[at] ?? '')
            else edited.splice(at, 0, edit.insert)
          }
          if (readsAsJsYaml(edited.join('\n')) === 'read') read++
        }),
        fuzzParameters(300)
      )
      expect(read).toBeGreaterThan(30)
    },
    FUZZ_TEST_TIMEOUT_MS
  )
})

describe('loadCatalogText with quickYaml', () => {
  it('locates a problem in a catalog quickYaml read, as the positioned parse does', () => {
    const text = TELEPORT_YAML.replace('  name: Teleport\n', '  name: Teleport\n  nmae: typo\n')
    expect(quickYaml(text)).toBeDefined()
    const loaded = loadCatalogText(text, 'teleport.yaml')
    expect(loaded.ok).toBe(false)
    if (loaded.ok) return
    const line = text.split('\n').findIndex((l) => l.includes('nmae: typo')) + 1
    expect(loaded.errors[0]).toMatchObject({ file: 'teleport.yaml', line, column: 3 })
  })
})
