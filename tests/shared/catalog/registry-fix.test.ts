// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { loadCatalogText } from '../../../src/shared/catalog/load'
import { yamlScalar } from '../../../src/shared/catalog/registry-addition'
import { fixRegistry } from '../../../src/shared/catalog/registry-fix'
import { positionOf } from '../../fixtures/catalog'
import { writtenCatalog } from '../../fixtures/written-catalog'

/** The same kind of catalog as data for a JSON file: Go in the registry, one team naming `stack`. */
function jsonCatalog(stack: string[]) {
  return {
    schemaVersion: 2,
    company: { name: 'Acme', summary: '' },
    technologies: [{ name: 'Go', category: 'language' }],
    divisions: [
      { id: 'eng', name: 'Eng', summary: '', teams: [{ id: 'a', name: 'A', summary: '', stack }] }
    ]
  }
}

const BLOCK = `# the registry: keep this comment
technologies:
  - { name: Go, category: language } # ours
  # Kubernetes runs everything
  - name: Kubernetes
    aliases: [k8s]
    category: platform
`

function fixed(text: string, file = 'catalog.yaml') {
  const result = fixRegistry(text, file)
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.value
}

function errorsOf(text: string, file = 'catalog.yaml') {
  const result = loadCatalogText(text, file)
  if (result.ok) throw new Error('expected the catalog to be rejected')
  return result.errors
}

describe('the hint for a technology the registry lacks but the dictionary knows', () => {
  it('shows, at the reference, the exact registry line to add', () => {
    const text = writtenCatalog(BLOCK, '[Go, Kafka]')
    expect(errorsOf(text)).toEqual([
      {
        file: 'catalog.yaml',
        ...positionOf(text, 'Kafka'),
        message: 'unknown technology "Kafka"',
        hint:
          'add "- { name: Kafka, aliases: [Apache Kafka], category: data }" under technologies:, ' +
          'or run "npm run orgscope -- validate --fix catalog.yaml" to add it'
      }
    ])
  })

  it('names the entry to give an alias when the registry has the technology by another name', () => {
    const [error] = errorsOf(writtenCatalog(BLOCK, '[Golang]'))
    expect(error.hint).toMatch(
      /^the technology dictionary knows "Golang" as "Go": add "Golang" to the aliases of "Go"/u
    )
  })

  it('writes the entry as JSON in a JSON catalog', () => {
    const json = JSON.stringify(jsonCatalog(['Kafka']))
    const [error] = errorsOf(json, 'catalog.json')
    expect(error.hint).toMatch(
      /^add \{"name": "Kafka", "aliases": \["Apache Kafka"\], "category": "data"\} to "technologies"/u
    )
  })

  it('keeps the did-you-mean for a typo and the plain hint for a name no one knows', () => {
    const [typo, unknown] = errorsOf(writtenCatalog(BLOCK, '[Kubernets, Ledgerly]'))
    expect(typo.hint).toBe('did you mean "Kubernetes"?')
    expect(unknown.hint).toMatch(/^add it to the technologies list at the top of the file/u)
  })
})

describe('fixRegistry (validate --fix)', () => {
  it('adds an entry per technology after the last one, every other byte kept, so the file loads', () => {
    const text = writtenCatalog(
      BLOCK,
      '[Go, Kafka, PostgreSQL]',
      '\n        projects:\n          - { title: Streams, status: current, technologies: [apache kafka] }\n'
    )
    const { text: result, added } = fixed(text)
    expect(added.map((addition) => addition.kind === 'entry' && addition.entry.name)).toEqual([
      'Kafka',
      'PostgreSQL'
    ])
    expect(result).toBe(
      text.replace(
        '    category: platform\n',
        '    category: platform\n' +
          '  - { name: Kafka, aliases: [Apache Kafka], category: data }\n' +
          '  - { name: PostgreSQL, aliases: [Postgres], category: data }\n'
      )
    )
    expect(loadCatalogText(result, 'catalog.yaml').ok).toBe(true)
  })

  it('adds a spelling as an alias where the entry writes its aliases: flow, block or none', () => {
    const flow = writtenCatalog(BLOCK, '[k8s, Golang]')
    expect(fixed(flow).text).toBe(
      flow.replace(
        '{ name: Go, category: language }',
        '{ name: Go, aliases: [Golang], category: language }'
      )
    )
    const block = writtenCatalog(
      `technologies:
  - name: Go
    category: language
  - name: PostgreSQL
    aliases:
      - pg
    category: data`,
      '[Golang, Postgres]'
    )
    const result = fixed(block).text
    expect(result).toBe(
      block
        .replace('  - name: Go\n', '  - name: Go\n    aliases: [Golang]\n')
        .replace('      - pg\n', '      - pg\n      - Postgres\n')
    )
    expect(loadCatalogText(result, 'catalog.yaml').ok).toBe(true)
  })

  it('adds to a flow registry, empty or not', () => {
    const empty = writtenCatalog('technologies: [] # none yet', '[Kafka]')
    expect(fixed(empty).text).toContain(
      'technologies: [{ name: Kafka, aliases: [Apache Kafka], category: data }] # none yet'
    )
    const one = writtenCatalog('technologies: [{ name: Go, category: language }]', '[Go, Kafka]')
    const result = fixed(one).text
    expect(result).toContain(
      'technologies: [{ name: Go, category: language }, { name: Kafka, aliases: [Apache Kafka], category: data }]'
    )
    expect(loadCatalogText(result, 'catalog.yaml').ok).toBe(true)
  })

  it('adds a family the dictionary knows, and nothing for names it does not', () => {
    const text = writtenCatalog(
      `technologies:
  - { name: Terraform, category: infrastructure, family: HashiCorp }`,
      '[Terraform, Ledgerly]'
    )
    const { added } = fixed(text)
    expect(added).toEqual([
      { kind: 'entry', entry: { name: 'HashiCorp', aliases: [], category: 'tooling' } }
    ])
  })

  it('changes nothing in a catalog that loads', () => {
    const text = writtenCatalog(BLOCK, '[Go]')
    expect(fixed(text)).toEqual({ text, added: [] })
  })

  it('rewrites a JSON catalog as JSON, with its indentation', () => {
    const data = jsonCatalog(['Golang', 'Kafka'])
    const text = `${JSON.stringify(data, null, 4)}\n`
    const result = fixed(text, 'catalog.json').text
    expect(result).toBe(
      `${JSON.stringify(
        {
          ...data,
          technologies: [
            { name: 'Go', category: 'language', aliases: ['Golang'] },
            { name: 'Kafka', aliases: ['Apache Kafka'], category: 'data' }
          ]
        },
        null,
        4
      )}\n`
    )
    expect(loadCatalogText(result, 'catalog.json').ok).toBe(true)
  })

  it('refuses a file with a syntax error, at the error', () => {
    const text = writtenCatalog(BLOCK, '[Go, Kafka')
    const result = fixRegistry(text, 'catalog.yaml')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual(errorsOf(text))
  })

  it('quotes a name only where YAML would read it otherwise', () => {
    expect(
      ['Kafka', 'Apache Kafka', 'C#', '.NET', 'true', '1.5', 'a: b', 'Node.js'].map(yamlScalar)
    ).toEqual(['Kafka', 'Apache Kafka', '"C#"', '".NET"', '"true"', '"1.5"', '"a: b"', 'Node.js'])
  })
})
