// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { loadCatalog, makeCatalogFile, toYaml, type CatalogFileInput } from '../../fixtures/catalog'

type Technologies = NonNullable<CatalogFileInput['technologies']>

function familiesOf(technologies: Technologies, schemaVersion: 1 | 2 = 2) {
  const catalog = loadCatalog(toYaml(makeCatalogFile({ schemaVersion, technologies })))
  return Object.fromEntries(catalog.technologies.map((t) => [t.name, t.family ?? null]))
}

describe("what the technology dictionary adds to a catalog's registry", () => {
  it('gives a technology the dictionary knows its logo id, by name or alias, and others none', () => {
    const catalog = loadCatalog(
      toYaml(
        makeCatalogFile({
          technologies: [
            { name: 'Postgres DB', aliases: ['PostgreSQL'], category: 'data' },
            { name: 'Kubernetes', category: 'platform' },
            { name: 'Ledgerly', category: 'tooling' }
          ]
        })
      )
    )
    expect(catalog.technologies.map((t) => [t.name, t.icon])).toEqual([
      ['Postgres DB', 'postgresql'],
      ['Kubernetes', 'kubernetes'],
      ['Ledgerly', undefined]
    ])
    expect(catalog.technologies[2]).not.toHaveProperty('icon')
  })

  it("gives a technology without a family the dictionary's, when the registry has that family", () => {
    const families = familiesOf([
      { name: 'Grafana', category: 'observability' },
      { name: 'Grafana Loki', category: 'observability' },
      { name: 'Amazon S3', category: 'cloud' },
      // AWS is in the registry by an alias the dictionary knows it by.
      { name: 'Amazon', aliases: ['Amazon Web Services'], category: 'cloud' },
      // The dictionary puts BigQuery in GCP, which this registry lacks: no family.
      { name: 'BigQuery', category: 'data' }
    ])
    expect(families).toEqual({
      Grafana: null,
      'Grafana Loki': 'Grafana',
      'Amazon S3': 'Amazon',
      Amazon: null,
      BigQuery: null
    })
  })

  it('does so for a schemaVersion 1 file too, which otherwise reads as before', () => {
    expect(
      familiesOf(
        [
          { name: 'Grafana', category: 'observability' },
          { name: 'Loki', category: 'observability' }
        ],
        1
      )
    ).toEqual({ Grafana: null, Loki: 'Grafana' })
  })

  it('lets the family a file states win, and keeps families one level deep', () => {
    const families = familiesOf([
      // The file says Loki belongs to Observability, not to Grafana.
      { name: 'Observability', category: 'observability' },
      { name: 'Loki', category: 'observability', family: 'Observability' },
      // Grafana is a family here (Grafana Cloud's), so it gets none of its own...
      { name: 'Grafana', category: 'observability' },
      { name: 'Grafana Cloud', category: 'observability', family: 'Grafana' },
      // ...and Terraform's dictionary family (HashiCorp) has a family of its own here.
      { name: 'Terraform', category: 'infrastructure' },
      { name: 'HashiCorp', category: 'tooling', family: 'Observability' }
    ])
    expect(families).toEqual({
      Observability: null,
      Loki: 'Observability',
      Grafana: null,
      'Grafana Cloud': 'Grafana',
      Terraform: null,
      HashiCorp: 'Observability'
    })
  })
})
