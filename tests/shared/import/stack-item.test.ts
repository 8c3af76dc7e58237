// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { readStackItem } from '../../../src/shared/import/stack-item'
import { TechnologyDictionary } from '../../../src/shared/technology/technology-dictionary'

const dictionary = new TechnologyDictionary([
  { name: 'Grafana Cloud', category: 'observability' },
  { name: 'Alertmanager', category: 'observability' },
  { name: 'CI/CD', category: 'ci-cd' }
])

const names = (text: string) => readStackItem(text, dictionary).names.map((n) => n.name)

describe('readStackItem', () => {
  it('splits lists joined by "and", "/", "&", commas and "with"', () => {
    expect(names('Terraform and Packer')).toEqual(['Terraform', 'Packer'])
    expect(names('Grafana & Prometheus')).toEqual(['Grafana', 'Prometheus'])
    expect(names('Go, Rust; Python')).toEqual(['Go', 'Rust', 'Python'])
    expect(names('OpenTelemetry with Honeycomb')).toEqual(['OpenTelemetry', 'Honeycomb'])
  })

  it('keeps a known name whole even when it contains a separator, longest spelling first', () => {
    expect(names('CI/CD and Grafana Cloud')).toEqual(['CI/CD', 'Grafana Cloud'])
    expect(names('Prometheus / Alertmanager / Loki internally and on Grafana Cloud')).toEqual([
      'Prometheus',
      'Alertmanager',
      'Loki',
      'Grafana Cloud'
    ])
  })

  it('resolves aliases to canonical names, any case for long names', () => {
    expect(names('Golang')).toEqual(['Go'])
    expect(names('postgres')).toEqual(['PostgreSQL'])
    expect(names('Amazon Web Services')).toEqual(['AWS'])
  })

  it('reads lowercase words of doing as what a tool is for, not as names', () => {
    const reading = readStackItem('Forge, testing, deploying', dictionary)
    expect(reading.names.map((n) => n.name)).toEqual(['Forge'])
    expect(reading.prose).toEqual(['testing', 'deploying'])
  })

  it('gives names it does not know as unknown, in order', () => {
    expect(readStackItem('Shipit, Ledgerly and Kafka', dictionary).names).toEqual([
      { name: 'Shipit', known: false },
      { name: 'Ledgerly', known: false },
      { name: 'Kafka', known: true }
    ])
  })

  it('drops "and More" and "etc.", and keeps prose out', () => {
    expect(readStackItem('and More', dictionary)).toMatchObject({ names: [], more: ['and More'] })
    expect(readStackItem('Go, etc.', dictionary)).toMatchObject({
      names: [{ name: 'Go', known: true }],
      more: ['etc']
    })
    expect(
      readStackItem('a home-grown deployment tool nobody outside knows', dictionary)
    ).toMatchObject({
      names: [],
      prose: ['home-grown deployment tool nobody outside knows']
    })
  })

  it('reads words stuck to a name as its qualifier, not a technology', () => {
    expect(readStackItem('Postgres replicas', dictionary)).toMatchObject({
      names: [{ name: 'PostgreSQL', known: true }],
      qualifiers: ['replicas']
    })
    // Words that only say how it is used are dropped without comment.
    expect(readStackItem('Loki internally', dictionary)).toMatchObject({
      names: [{ name: 'Loki', known: true }],
      qualifiers: []
    })
    expect(readStackItem('Helm charts', dictionary).qualifiers).toEqual(['charts'])
  })

  it('reads capitalized words stuck to a known name as a longer, unknown product name', () => {
    const plain = new TechnologyDictionary()
    // (Grafana Beyla: a product the dictionary does not know; Grafana Cloud, the example here
    // until session 17, it now does.)
    expect(readStackItem('Loki internally and on Grafana Beyla', plain).names).toEqual([
      { name: 'Loki', known: true },
      { name: 'Grafana Beyla', known: false }
    ])
  })

  it('does not split hyphenated words at "in" or "on"', () => {
    expect(readStackItem('in-house add-on', dictionary).names).toEqual([
      { name: 'in-house add-on', known: false }
    ])
  })

  it('reads an unknown label over known names as their kind, not a technology', () => {
    expect(names('Service Mesh (Istio, Linkerd)')).toEqual(['Istio', 'Linkerd'])
    expect(names('Observability: Prometheus, Grafana Cloud')).toEqual([
      'Prometheus',
      'Grafana Cloud'
    ])
    expect(readStackItem('Databases (PostgreSQL)', dictionary).qualifiers).toEqual(['Databases'])
    // A known name before parentheses stays one; a label over no known name is read as before.
    expect(names('Grafana Cloud (Loki, Tempo)')).toEqual(['Grafana Cloud', 'Loki', 'Grafana Tempo'])
    expect(names('Shipit (Bolt, Rivet)')).toEqual(['Shipit', 'Bolt', 'Rivet'])
  })
})

// Session 18: "Rust (backend), React (frontend)" made "backend" and "frontend" technologies.
describe('lowercase words in brackets after a technology', () => {
  it('qualify it and are no technology of their own', () => {
    const reading = readStackItem('Rust (backend), React (mobile apps), Kotlin', dictionary)
    expect(reading.names.map((name) => name.name)).toEqual(['Rust', 'React', 'Kotlin'])
    expect(reading.qualifiers).toEqual(['backend', 'mobile apps'])
  })

  it('stay a technology when the dictionary knows them', () => {
    const reading = readStackItem('Kubernetes (k8s), Go', dictionary)
    expect(reading.names.map((name) => name.name)).toEqual(['Kubernetes', 'Go'])
  })
})
