// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { loadCatalogText } from '../../../src/shared/catalog/load'
import { MAX_CATALOG_BYTES } from '../../../src/shared/catalog/size-limit'
import type { Result } from '../../../src/shared/catalog/diagnostic'
import {
  errorsOf,
  makeCatalogFile,
  makeDivision,
  makeTeam,
  positionOf,
  toYaml,
  type CatalogFileInput
} from '../../fixtures/catalog'
import { threadCpuMs } from '../../fixtures/thread-cpu'

const FILE = 'catalog.yaml'

/** YAML text of a catalog whose one team has the given fields. */
function withTeam(team: Parameters<typeof makeTeam>[0], file: Partial<CatalogFileInput> = {}) {
  return toYaml(
    makeCatalogFile({ divisions: [makeDivision({ teams: [makeTeam(team)] })], ...file })
  )
}

describe('loadCatalogText', () => {
  it('loads a valid catalog and resolves aliases to canonical names, case-insensitively', () => {
    const result = loadCatalogText(withTeam({ stack: ['golang'], mentions: ['K8S'] }), FILE)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const team = result.value.divisions[0].teams[0]
    expect(team.stack).toEqual(['Go'])
    expect(team.mentions).toEqual(['Kubernetes'])
  })

  it('reports an unknown technology at its line and column, with a did-you-mean', () => {
    const text = withTeam({ stack: ['Kubernets'] })
    const [error, ...rest] = errorsOf(loadCatalogText(text, FILE))
    expect(rest).toEqual([])
    expect(error).toEqual({
      file: FILE,
      ...positionOf(text, 'Kubernets'),
      message: 'unknown technology "Kubernets"',
      hint: 'did you mean "Kubernetes"?'
    })
  })

  it('suggests the canonical name when the typo is closest to an alias', () => {
    const text = withTeam({ stack: ['Golan'] })
    const [error] = errorsOf(loadCatalogText(text, FILE))
    expect(error).toMatchObject({
      ...positionOf(text, 'Golan', { after: 'stack:' }),
      hint: 'did you mean "Go"?'
    })
  })

  it('reports a duplicate id at the second use, naming the line of the first', () => {
    const text = toYaml(
      makeCatalogFile({
        divisions: [
          makeDivision({
            teams: [makeTeam({ id: 'dup', name: 'First' }), makeTeam({ id: 'dup', name: 'Second' })]
          })
        ]
      })
    )
    const first = positionOf(text, 'dup')
    const [error] = errorsOf(loadCatalogText(text, FILE))
    expect(error).toMatchObject({
      ...positionOf(text, 'dup', { after: 'name: First' }),
      message: `duplicate id "dup" (first used at line ${first.line})`
    })
  })

  it('reports a missing required field at the object that lacks it', () => {
    const text = toYaml(makeCatalogFile({ company: { summary: 'No name.' } as never }))
    const [error] = errorsOf(loadCatalogText(text, FILE))
    expect(error).toMatchObject({
      ...positionOf(text, 'summary: No name.'),
      message: 'company: missing required field "name"'
    })
  })

  it('reports a value of the wrong type at the value, saying what was expected', () => {
    const text = withTeam({ stack: 'Go' as never })
    const [error] = errorsOf(loadCatalogText(text, FILE))
    expect(error).toMatchObject({
      ...positionOf(text, 'Go', { after: 'stack: ' }),
      message: 'divisions[0].teams[0].stack: expected array, got string "Go"',
      hint: 'write a list, one "- item" per line'
    })
  })

  it('names the catalog itself when the whole document has the wrong type', () => {
    const [error] = errorsOf(loadCatalogText('- just\n- a list\n', FILE))
    expect(error).toMatchObject({
      line: 1,
      column: 1,
      message: 'catalog: expected object, got a list'
    })
  })

  it('reports malformed YAML at its slip: a bracket left open on its line', () => {
    const text = 'schemaVersion: 1\ncompany:\n  name: [Acme\ndivisions: []\n'
    const errors = errorsOf(loadCatalogText(text, FILE))
    expect(errors[0]).toMatchObject({ line: 3, column: 9 })
    expect(errors[0].message).toMatch(/^malformed YAML: /)
  })

  it('reports a duplicate key at the repeated key', () => {
    const text = 'schemaVersion: 1\ncompany:\n  name: Acme\n  name: Acme Inc\n'
    const [error] = errorsOf(loadCatalogText(text, FILE))
    expect(error).toMatchObject({
      line: 4,
      column: 3,
      message: 'malformed YAML: duplicated mapping key'
    })
    expect(error.hint).toMatch(/once per object/)
  })

  it('reports an unknown field at its key, not at its value', () => {
    const text = withTeam({ colour: 'blue' } as never)
    const [error] = errorsOf(loadCatalogText(text, FILE))
    expect(error).toMatchObject({
      ...positionOf(text, 'colour'),
      message: 'divisions[0].teams[0]: unknown field "colour"'
    })
  })

  it('reports an alias claimed by a second technology, naming the first owner and its line', () => {
    const text = toYaml(
      makeCatalogFile({
        technologies: [
          { name: 'Go', aliases: ['Golang'], category: 'language' },
          { name: 'Gopher', aliases: ['golang'], category: 'language' }
        ]
      })
    )
    const [error] = errorsOf(loadCatalogText(text, FILE))
    expect(error).toMatchObject({
      ...positionOf(text, 'golang'),
      message: `"golang" is already a name or alias of technology "Go" (line ${positionOf(text, 'Golang').line})`
    })
  })

  it('reports a technology registered twice under the same name', () => {
    const text = toYaml(
      makeCatalogFile({
        technologies: [
          { name: 'Go', category: 'language' },
          { name: 'Rust', category: 'language' },
          { name: 'Go', category: 'tooling' }
        ]
      })
    )
    const [error] = errorsOf(loadCatalogText(text, FILE))
    expect(error).toMatchObject({
      ...positionOf(text, 'Go', { after: 'name: Rust' }),
      message: `"Go" is already a name or alias of technology "Go" (line ${positionOf(text, 'Go').line})`
    })
  })

  it('reports a technology in both stack and mentions at the mention', () => {
    const text = withTeam({ stack: ['Go'], mentions: ['React', 'Golang'] })
    const [error] = errorsOf(loadCatalogText(text, FILE))
    expect(error).toMatchObject({
      ...positionOf(text, 'Golang', { after: 'mentions:' }),
      message: '"Go" is in both stack and mentions of team "platform"'
    })
  })

  it('rejects a javascript: link at its url, and accepts http, https and mailto', () => {
    const text = withTeam({
      links: [
        { label: 'Docs', url: 'https://example.com/docs' },
        { label: 'Mail', url: 'mailto:team@example.com' },
        { label: 'Evil', url: 'javascript:alert(1)' }
      ]
    })
    const errors = errorsOf(loadCatalogText(text, FILE))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({
      ...positionOf(text, 'javascript:alert(1)'),
      message: 'divisions[0].teams[0].links[2].url: must be an http, https or mailto URL'
    })
  })

  it('reports malformed JSON at its position, calling it JSON', () => {
    const text = '{\n  "schemaVersion": 1,\n  "company": { "name": "Acme" }\n  "divisions": []\n}\n'
    const [error] = errorsOf(loadCatalogText(text, 'catalog.json'))
    expect(error).toMatchObject({ file: 'catalog.json', line: 4, column: 3 })
    expect(error.message).toMatch(/^malformed JSON: /)
  })

  it('locates a validation error inside a JSON file', () => {
    const text = JSON.stringify(
      makeCatalogFile({
        divisions: [makeDivision({ teams: [makeTeam({ stack: ['Kubernets'] })] })]
      }),
      null,
      2
    )
    const [error] = errorsOf(loadCatalogText(text, 'catalog.json'))
    expect(error).toMatchObject({
      ...positionOf(text, '"Kubernets"'),
      hint: 'did you mean "Kubernetes"?'
    })
  })

  it('reports a key repeated in a JSON object at the repeat, though both say the same', () => {
    // JSON.parse keeps the last of the two, which alone makes a valid catalog: the repeat is
    // found by the count of keys the validation reads, against the text's.
    const once = JSON.stringify(
      makeCatalogFile({ divisions: [makeDivision({ teams: [makeTeam({ stack: ['Go'] })] })] }),
      null,
      2
    )
    expect(loadCatalogText(once, 'catalog.json').ok).toBe(true)
    const text = once.replace(/^ *"summary": "Runs the platform.",\n/m, '$&$&')
    expect(text).not.toBe(once)
    const [error, ...rest] = errorsOf(loadCatalogText(text, 'catalog.json'))
    expect(rest).toEqual([])
    expect(error).toMatchObject({
      ...positionOf(text, '"summary"', { after: 'Runs the platform.' }),
      message: 'malformed JSON: duplicated mapping key'
    })
  })

  it('reports the problems of a list after a name it resolves, at their items', () => {
    const text = withTeam({ stack: ['Golang', 'Kubernets', 'Go'], mentions: ['React', 'Go'] })
    expect(errorsOf(loadCatalogText(text, FILE))).toMatchObject([
      {
        ...positionOf(text, 'Kubernets'),
        message: 'unknown technology "Kubernets"',
        hint: 'did you mean "Kubernetes"?'
      },
      {
        ...positionOf(text, 'Go', { after: 'Kubernets' }),
        message: '"Go" is listed twice (as "Go")'
      },
      {
        ...positionOf(text, 'Go', { after: 'mentions:' }),
        message: '"Go" is in both stack and mentions of team "platform"'
      }
    ])
  })

  it('refuses text above the size limit without parsing it, as a whole-file diagnostic', () => {
    const [error] = errorsOf(loadCatalogText('#'.repeat(MAX_CATALOG_BYTES + 1), FILE))
    expect(error).toMatchObject({ file: FILE, line: 0, column: 0 })
    expect(error.message).toMatch(/too large/)
  })

  it('measures the size limit in UTF-8 bytes, as the file on disk is measured', () => {
    // Half the limit and a bit in characters, twice that in UTF-8 bytes: over the limit though
    // shorter in characters.
    const accented = `# ${'é'.repeat(MAX_CATALOG_BYTES / 2 + 100)}\n`
    expect(accented.length).toBeLessThan(MAX_CATALOG_BYTES)
    expect(errorsOf(loadCatalogText(accented, FILE))).toEqual([
      {
        file: FILE,
        line: 0,
        column: 0,
        message: 'file is too large (32.0 MB; the limit is 32 MB)',
        hint: 'a catalog holds teams and projects, not data; check that this is the right file, or split it'
      }
    ])
    // A surrogate pair (two UTF-16 units) is 4 bytes: a quarter of the limit in emoji is exactly it.
    const emoji = '🚀'.repeat(MAX_CATALOG_BYTES / 4)
    expect(errorsOf(loadCatalogText(emoji, FILE))[0].message).not.toMatch(/too large/)
    expect(errorsOf(loadCatalogText(`${emoji}x`, FILE))[0].message).toMatch(/too large/)
  })

  it('accepts a byte-order mark and still reports positions as an editor shows them', () => {
    expect(loadCatalogText(`\uFEFF${toYaml(makeCatalogFile())}`, FILE).ok).toBe(true)
    const text = withTeam({ stack: ['Kubernets'] })
    const [error] = errorsOf(loadCatalogText(`\uFEFF${text}`, FILE))
    expect(error).toMatchObject(positionOf(text, 'Kubernets'))
  })

  it('refuses a billion-laughs alias bomb quickly instead of expanding it', () => {
    const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]']
    for (let i = 1; i < 9; i++) {
      const [prev, name] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)]
      levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`)
    }
    const started = threadCpuMs()
    const [error] = errorsOf(loadCatalogText(levels.join('\n'), FILE))
    expect(threadCpuMs() - started).toBeLessThan(1000)
    expect(error.message).toMatch(/alias/i)
  })

  it('never throws on garbage: every input becomes a result', () => {
    let seed = 42
    // A tiny deterministic PRNG (mulberry32-style), so a failure reproduces.
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
      t ^= t + Math.imul(t ^ (t >>> 7), 61 | t)
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }
    const randomText = (length: number) =>
      Array.from({ length }, () => String.fromCharCode(Math.floor(random() * 0x3000))).join('')
    const inputs = [
      '',
      'null',
      '42',
      '"text"',
      '[]',
      '{}',
      ':',
      '- - - -',
      '&a *a',
      '*undefined_alias',
      '!!binary AAAA',
      '\u0000\u0001\u0002',
      '['.repeat(50_000),
      '{a: '.repeat(20_000),
      'schemaVersion: 1\ndivisions:\n  - teams:\n      - stack: {}\n',
      ...Array.from({ length: 20 }, (_, i) => randomText(10 + i * 50))
    ]
    for (const input of inputs) {
      let result: Result<unknown> | undefined
      expect(
        () => (result = loadCatalogText(input, FILE)),
        JSON.stringify(input.slice(0, 40))
      ).not.toThrow()
      expect(result?.ok).toBe(false)
      for (const error of errorsOf(result!)) {
        expect(error.file).toBe(FILE)
        expect(error.message.length).toBeGreaterThan(0)
      }
    }
  })
})
