// @vitest-environment node
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadCatalogText } from '../../../src/shared/catalog/load'
import { loadCatalogSource, loadGuideText } from '../../../src/shared/sources/load-source'
import { importedCatalogYaml } from '../../../src/shared/import/catalog-yaml'
import { importGuide } from '../../../src/shared/import/import-guide'
import type { OutlineEntry } from '../../../src/shared/import/import-plan'
import { readGuide, readSeedGuide } from '../../fixtures/guides'
import {
  announceSeed,
  expectCleanResult,
  FUZZ_TEST_TIMEOUT_MS,
  fuzzParameters,
  MAX_CASE_MS,
  timed
} from '../../fixtures/fuzz-harness'
import { threadCpuMs } from '../../fixtures/thread-cpu'

beforeAll(() => announceSeed('guide importer fuzz'))

const word = fc.constantFrom(
  'Team',
  'Platform',
  'Go',
  'golang',
  'Kubernetes',
  'and',
  'More',
  'TBD',
  'stack',
  'toolset:',
  'We use',
  'recently added',
  'is working on',
  'Zig',
  'Terraform / Packer',
  '&',
  'etc.',
  '—',
  ' - ',
  ':',
  '#2699',
  'ümlaut',
  '日本',
  '🚀',
  '\u0000',
  '\\',
  '*',
  '_',
  '`',
  '<b>',
  '&amp;'
)
const words = fc.array(fc.oneof(word, fc.string({ maxLength: 12 })), {
  minLength: 0,
  maxLength: 12
})
const url = fc.constantFrom(
  'https://example.com/a',
  'http://x.test',
  'mailto:team@example.com',
  'javascript:alert(1)',
  '/relative/path',
  'ftp://old.example.com',
  'https://',
  'data:text/html,hi',
  '',
  'https://example.com/a b'
)
const inline = fc.oneof(
  words.map((w) => w.join(' ')),
  fc.tuple(words, url).map(([w, u]) => `[${w.join(' ')}](${u})`),
  fc
    .tuple(words, url)
    .map(([w, u]) => `${w.join(' ')} [${w[0] ?? ''}](${u}) ${w.slice(1).join(' ')}`)
)

/** Lines of the kinds a team guide has, in any order, at any depth. */
const line = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 7 }), inline)
    .map(([depth, text]) => `${'#'.repeat(depth)} ${text}`),
  inline,
  fc
    .tuple(fc.integer({ min: 0, max: 8 }), fc.constantFrom('-', '*', '+', '1.', '2)'), inline)
    .map(([indent, marker, text]) => `${' '.repeat(indent)}${marker} ${text}`),
  fc.constantFrom(
    '',
    '',
    '```',
    '~~~',
    '---',
    '===',
    '> quoted',
    '<!-- html -->',
    'TBD',
    '[ref]: https://example.com'
  ),
  fc.string({ unit: 'binary', maxLength: 40 })
)

const guide = fc
  .tuple(fc.array(line, { maxLength: 60 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([lines, newline]) => lines.join(newline))

describe('importGuide under hostile input', { timeout: FUZZ_TEST_TIMEOUT_MS }, () => {
  it('never throws, and whatever it imports validates with positions in the guide', () => {
    fc.assert(
      fc.property(guide, (markdown) => {
        const started = threadCpuMs()
        const imported = importGuide(markdown, { file: 'fuzz.md' })
        if (imported.ok) {
          for (const note of imported.value.notes) {
            expect(note.line).toBeGreaterThanOrEqual(1)
            expect(note.column ?? 0).toBeGreaterThanOrEqual(1)
            expect(note.message.length).toBeGreaterThan(0)
          }
          // The importer's own output must always pass the loader, as a guide and as YAML; the
          // loader refuses text with a NUL in it as binary (import-source.ts), saying where.
          const loaded = loadGuideText(markdown, 'fuzz.md')
          if (markdown.includes('\u0000')) {
            expect(loaded.ok).toBe(false)
            if (!loaded.ok) expect(loaded.errors[0].message).toMatch(/NUL character/u)
          } else expect(loaded.ok, JSON.stringify(!loaded.ok && loaded.errors)).toBe(true)
          const yaml = loadCatalogText(
            importedCatalogYaml(imported.value.catalog, 'fuzz.md'),
            'fuzz.yaml'
          )
          expect(yaml.ok, JSON.stringify(!yaml.ok && yaml.errors)).toBe(true)
        } else {
          // A guide it read no team from also gives its outline (the import preview's choices):
          // each entry keyed, at a line of the guide; besides it, the problems only.
          const { outline, ...problems } = imported
          const entries = (list: OutlineEntry[]): OutlineEntry[] =>
            list.flatMap((entry) => [entry, ...entries(entry.children)])
          for (const entry of entries(outline ?? [])) {
            expect(entry.key.length).toBeGreaterThan(0)
            expect(entry.line).toBeGreaterThanOrEqual(1)
          }
          expectCleanResult(problems)
        }
        expect(threadCpuMs() - started).toBeLessThan(MAX_CASE_MS)
      }),
      fuzzParameters(150)
    )
  })

  it('returns a clean result for arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        timed(() => loadCatalogSource(text, 'fuzz.md'))
      }),
      fuzzParameters(100)
    )
  })

  it('returns a clean result for the fixture guides cut at any point', () => {
    const texts = [readSeedGuide(), readGuide('divisions-h1.md'), readGuide('titled-deep.md')]
    fc.assert(
      fc.property(
        fc.constantFrom(...texts),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (text, a, b) => {
          const [from, to] = [a, b].sort().map((x) => Math.floor(x * text.length))
          timed(() => loadCatalogSource(text.slice(0, from) + text.slice(to), 'cut.md'))
        }
      ),
      fuzzParameters(60)
    )
  })

  it('stays fast on deeply nested and huge markdown', () => {
    const cases: [string, string][] = [
      ['blockquotes', `## Team\n\n${'>'.repeat(100_000)} x\n`],
      ['compact lists', `## Team\n\n${'- '.repeat(100_000)}x\n`],
      ['ordered lists', `## Team\n\n${'1. '.repeat(50_000)}x\n`],
      [
        'indented lists',
        `## Team\n\n${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n')}\n`
      ],
      ['emphasis', `## Team\n\n${'*'.repeat(50_000)}a${'*'.repeat(50_000)}\n`],
      ['brackets', `## Team\n\n${'['.repeat(100_000)}a${']'.repeat(100_000)}\n`],
      ['unclosed links', `## Team\n\n${'[a]('.repeat(50_000)}\n`],
      [
        'many links',
        `## Team\n\nThe team is working on ${'[a](https://x.test) and '.repeat(40_000)}b.\n`
      ],
      ['many headings', '## Team\n\n'.repeat(20_000)],
      ['one long stack line', `## Team\n\n### Stack\n\n- ${'Go, Zig and '.repeat(50_000)}Rust\n`],
      ['huge heading', `## ${'x'.repeat(1_000_000)}\n\ntext\n`]
    ]
    for (const [name, text] of cases) {
      const started = threadCpuMs()
      const result = loadCatalogSource(text, `${name}.md`)
      expect(threadCpuMs() - started, name).toBeLessThan(MAX_CASE_MS)
      expectCleanResult(result)
    }
  })
})
