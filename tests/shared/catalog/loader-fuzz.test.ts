// @vitest-environment node
import fc from 'fast-check'
import { stringify } from 'yaml'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadCatalogText } from '../../../src/shared/catalog/load'
import { MAX_NAME_LENGTH } from '../../../src/shared/catalog/name-text'
import { MAX_CATALOG_BYTES } from '../../../src/shared/catalog/size-limit'
import { positionOf } from '../../fixtures/catalog'
import {
  announceSeed,
  FUZZ_TEST_TIMEOUT_MS,
  fuzzParameters,
  TELEPORT_DATA,
  TELEPORT_JSON,
  TELEPORT_YAML,
  timed
} from '../../fixtures/fuzz-harness'

beforeAll(() => announceSeed('catalog loader fuzz'))

const FORMATS = {
  yaml: { file: 'teleport.yaml', text: TELEPORT_YAML },
  json: { file: 'teleport.json', text: TELEPORT_JSON }
} as const

type Format = keyof typeof FORMATS

const format = fc.constantFrom<Format>('yaml', 'json')

/** Byte-level edits: what a bad disk, a bad merge or a binary pasted in makes of a catalog. */
const byteEdit = fc.record({
  kind: fc.constantFrom('flip', 'insert', 'delete', 'replace'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  byte: fc.integer({ min: 0, max: 255 }),
  length: fc.integer({ min: 1, max: 64 })
})

type ByteEdit = typeof byteEdit extends fc.Arbitrary<infer E> ? E : never

function applyEdits(text: string, edits: ByteEdit[]): string {
  let bytes: Uint8Array = new TextEncoder().encode(text)
  for (const edit of edits) {
    const at = Math.floor(edit.at * bytes.length)
    const before = bytes.slice(0, at)
    const after = bytes.slice(at)
    switch (edit.kind) {
      case 'flip':
        if (at < bytes.length) bytes[at] ^= 1 << (edit.byte % 8)
        break
      case 'insert':
        bytes = concat(before, new Uint8Array(edit.length).fill(edit.byte), after)
        break
      case 'delete':
        bytes = concat(before, after.slice(edit.length))
        break
      case 'replace':
        bytes = concat(before, new Uint8Array([edit.byte]), after.slice(1))
        break
    }
  }
  // Not fatal: text from an editor or the web build; invalid UTF-8 files are fuzzed through
  // loadCatalogFile in file-loader.test.ts.
  return new TextDecoder().decode(bytes)
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const result = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let offset = 0
  for (const part of parts) {
    result.set(part, offset)
    offset += part.length
  }
  return result
}

/** Every path into the data, so a wrong type can land anywhere. */
function allPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const paths = [path]
  if (Array.isArray(value)) value.forEach((item, i) => paths.push(...allPaths(item, [...path, i])))
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) paths.push(...allPaths(item, [...path, key]))
  }
  return paths
}

const PATHS = allPaths(TELEPORT_DATA).filter((path) => path.length > 0)

function valueAt(path: (string | number)[]): unknown {
  return path.reduce<unknown>(
    (node, key) => (node as Record<string | number, unknown>)[key],
    TELEPORT_DATA
  )
}

function withValueAt(path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(TELEPORT_DATA) as Record<string | number, unknown>
  let node = copy
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>
  node[path[path.length - 1]] = replacement
  return copy
}

/** Values of every JSON type, and the edge cases validators get wrong. */
const wrongValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, '', ' ', 0, -1, 1.5, 1e308, true, false, [], {}, ['x'], { x: 1 }),
  fc.string({ unit: 'binary', maxLength: 200 })
)

describe('loadCatalogText under hostile input', { timeout: FUZZ_TEST_TIMEOUT_MS }, () => {
  it('returns a clean result for byte mutations of the real catalog, YAML and JSON', () => {
    fc.assert(
      fc.property(format, fc.array(byteEdit, { minLength: 1, maxLength: 6 }), (name, edits) => {
        const { file, text } = FORMATS[name]
        timed(() => loadCatalogText(applyEdits(text, edits), file))
      }),
      fuzzParameters(80)
    )
  })

  it('returns a clean result with a wrong type at any path', () => {
    fc.assert(
      fc.property(
        format,
        fc.integer({ min: 0, max: PATHS.length - 1 }),
        wrongValue,
        (name, index, value) => {
          const data = withValueAt(PATHS[index], value)
          const text = name === 'yaml' ? stringify(data) : JSON.stringify(data)
          timed(() => loadCatalogText(text, FORMATS[name].file))
        }
      ),
      fuzzParameters(80)
    )
  })

  it('reports a duplicated key at the repeated key, wherever it is', () => {
    const lines = TELEPORT_YAML.split('\n')
    const keyLines = lines
      .map((line, i) => ({ line, i }))
      .filter(({ line }) => /^\s*(?:- )?[a-zA-Z]+: \S/.test(line))
    fc.assert(
      fc.property(fc.integer({ min: 0, max: keyLines.length - 1 }), (k) => {
        const { line, i } = keyLines[k]
        // The key again, at the key's own indentation (not as a new list item).
        const repeat = line.replace(/^(\s*)- /, '$1  ')
        const text = [...lines.slice(0, i + 1), repeat, ...lines.slice(i + 1)].join('\n')
        const result = timed(() => loadCatalogText(text, 'teleport.yaml'))
        expect(result.ok).toBe(false)
        if (result.ok) return
        expect(result.errors).toContainEqual(
          expect.objectContaining({
            line: i + 2,
            message: 'malformed YAML: duplicated mapping key'
          })
        )
      }),
      fuzzParameters(40)
    )
  })

  it('reports a duplicated key in JSON too', () => {
    const objects = PATHS.filter((path) => {
      const value = valueAt(path)
      return value !== null && typeof value === 'object' && !Array.isArray(value)
    })
    fc.assert(
      fc.property(fc.integer({ min: 0, max: objects.length - 1 }), (o) => {
        const marked = withValueAt(objects[o], { __twice__: 0, ...(valueAt(objects[o]) as object) })
        const text = JSON.stringify(marked).replace(
          '{"__twice__":0,',
          '{"__twice__":0,"__twice__":0,'
        )
        const result = timed(() => loadCatalogText(text, 'teleport.json'))
        expect(result.ok).toBe(false)
        if (result.ok) return
        expect(result.errors.map((e) => e.message)).toContain(
          'malformed JSON: duplicated mapping key'
        )
      }),
      fuzzParameters(20)
    )
  })

  it('reports a field repeated with its own value in JSON, in any object', () => {
    // JSON.parse keeps one of the two, and the data it reads is the valid catalog: only a count
    // of the keys read against the text's finds the repeat.
    const objects = PATHS.filter((path) => {
      const value = valueAt(path)
      return value !== null && typeof value === 'object' && !Array.isArray(value)
    })
    fc.assert(
      fc.property(fc.integer({ min: 0, max: objects.length - 1 }), (o) => {
        const object = valueAt(objects[o]) as Record<string, unknown>
        const [key, value] = Object.entries(object)[0]
        const field = `${JSON.stringify(key)}:${JSON.stringify(value)}`
        const text = JSON.stringify(withValueAt(objects[o], { __twice__: 0, ...object })).replace(
          '"__twice__":0',
          field
        )
        expect(JSON.parse(text)).toEqual(TELEPORT_DATA)
        const result = timed(() => loadCatalogText(text, 'teleport.json'))
        expect(result.ok).toBe(false)
        if (result.ok) return
        expect(result.errors.map((e) => e.message)).toEqual([
          'malformed JSON: duplicated mapping key'
        ])
      }),
      fuzzParameters(20)
    )
  })

  it('loads the catalog the same with a byte-order mark, CRLF line endings, or both', () => {
    for (const name of ['yaml', 'json'] as const) {
      const { file, text } = FORMATS[name]
      const expected = loadCatalogText(text, file)
      expect(expected.ok).toBe(true)
      for (const variant of [
        `\uFEFF${text}`,
        text.replace(/\n/g, '\r\n'),
        `\uFEFF${text.replace(/\n/g, '\r\n')}`
      ]) {
        expect(timed(() => loadCatalogText(variant, file))).toEqual(expected)
      }
    }
  })

  it('refuses YAML alias bombs of any depth and width quickly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 12 }),
        fc.integer({ min: 2, max: 12 }),
        fc.constantFrom('top', 'stack', 'summary', 'merge'),
        (depth, width, placement) => {
          const levels = ['x0: &a0 [lol]']
          for (let i = 1; i <= depth; i++) {
            const refs = Array(width)
              .fill(`*a${i - 1}`)
              .join(', ')
            levels.push(
              placement === 'merge' ? `x${i}: &a${i} {<<: [${refs}]}` : `x${i}: &a${i} [${refs}]`
            )
          }
          const bomb = `*a${depth}`
          const tail = {
            top: `bomb: ${bomb}`,
            stack: `divisions: [{id: d, name: D, teams: [{id: t, name: T, stack: ${bomb}}]}]`,
            summary: `company: {name: A, summary: ${bomb}}`,
            merge: `company: {name: A, <<: ${bomb}}`
          }[placement]
          const text = `schemaVersion: 1\n${levels.join('\n')}\n${tail}\n`
          const result = timed(() => loadCatalogText(text, 'bomb.yaml'))
          expect(result.ok).toBe(false)
        }
      ),
      fuzzParameters(30)
    )
  })

  it('refuses nesting 10,000 levels deep in every syntax, quickly', () => {
    const deep = 10_000
    const cases: [string, string][] = [
      ['['.repeat(deep) + ']'.repeat(deep), 'arrays.yaml'],
      ['['.repeat(deep) + ']'.repeat(deep), 'arrays.json'],
      ['{"a":'.repeat(deep) + '1' + '}'.repeat(deep), 'maps.json'],
      ['{a: '.repeat(deep) + '1' + '}'.repeat(deep), 'maps.yaml'],
      ['- '.repeat(deep) + 'x', 'sequences.yaml'],
      ['? '.repeat(deep) + 'x', 'keys.yaml'],
      [
        `schemaVersion: 1\ncompany: {name: A}\ndivisions: ${'['.repeat(deep)}${']'.repeat(deep)}\n`,
        'catalog.yaml'
      ],
      [
        `{"schemaVersion": 1, "company": {"name": "A", "summary": ${'['.repeat(deep)}${']'.repeat(deep)}}}`,
        'catalog.json'
      ],
      // Indentation nests too; 2,000 levels is already 2 MB of spaces.
      [Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n'), 'indented.yaml']
    ]
    for (const [text, file] of cases) {
      const result = timed(() => loadCatalogText(text, file))
      expect(result.ok, file).toBe(false)
    }
  })

  it('refuses random nesting past the limit, whatever the mix of brackets and dashes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('[', '{a: ', '- ', '{"a": '), { minLength: 65, maxLength: 5000 }),
        fc.constantFrom('catalog.yaml', 'catalog.json'),
        (openers, file) => {
          timed(() => loadCatalogText(openers.join('') + 'x', file))
        }
      ),
      fuzzParameters(20)
    )
  })

  it('reads strings up to the size limit, refuses a name that long at its line, and refuses one byte more', () => {
    const base = TELEPORT_YAML.replace(
      /^company:\n {2}name: Teleport\n/m,
      'company:\n  name: NAME\n'
    )
    expect(base).toContain('name: NAME')
    const room = MAX_CATALOG_BYTES - base.length
    const huge = 'x'.repeat(room - 10)
    for (const written of [huge, `"${huge}"`, `'${huge}'`]) {
      const result = timed(() => loadCatalogText(base.replace('NAME', written), 'teleport.yaml'))
      // Read whole, then refused by the schema's cap on names (issue 18), where it is written.
      expect(result).toMatchObject({
        ok: false,
        errors: [
          {
            ...positionOf(base, 'NAME'),
            message: `company.name: too long (${(room - 10).toLocaleString('en-US')} characters; at most ${MAX_NAME_LENGTH})`
          }
        ]
      })
    }
    // A huge value where a short one belongs: the message quotes only its start.
    const inStack = TELEPORT_YAML.replace('- Golang', `- ${huge.slice(0, room - 1000)}`)
    const unknown = timed(() => loadCatalogText(inStack, 'teleport.yaml'))
    expect(unknown.ok).toBe(false)
    const tooLarge = timed(() => loadCatalogText('x'.repeat(MAX_CATALOG_BYTES + 1), 'big.yaml'))
    expect(tooLarge).toMatchObject({ ok: false, errors: [{ line: 0, column: 0 }] })
  })
})
