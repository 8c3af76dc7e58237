// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { loadCatalogText } from '../../../src/shared/catalog/load'
import {
  errorsOf,
  loadCatalog,
  makeCatalogFile,
  makeDivision,
  makeTeam,
  toYaml,
  type CatalogFileInput,
  type TeamInput
} from '../../fixtures/catalog'
import { expectRefused } from '../../fixtures/expect-refused'

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

describe('a family the registry lacks, named by two or more of its technologies (h114: AWS)', () => {
  const AWS_SERVICES: Technologies = [
    { name: 'Amazon EKS', category: 'platform' },
    { name: 'Amazon S3', category: 'cloud' },
    { name: 'AWS Lambda', category: 'platform' },
    { name: 'SageMaker', category: 'data' }
  ]
  const load = (technologies: Technologies, teams: TeamInput[] = [makeTeam()]) =>
    loadCatalog(
      toYaml(
        makeCatalogFile({ schemaVersion: 2, technologies, divisions: [makeDivision({ teams })] })
      )
    )

  it("is implied from the dictionary's families: the registry lists it after the file's, marked implied", () => {
    const catalog = load(AWS_SERVICES)
    expect(catalog.technologies.map((t) => [t.name, t.family ?? null])).toEqual([
      ['Amazon EKS', 'AWS'],
      ['Amazon S3', 'AWS'],
      ['AWS Lambda', 'AWS'],
      ['SageMaker', 'AWS'],
      ['AWS', null]
    ])
    // The dictionary's entry for it, as validate --fix would write it; AWS has no logo there.
    expect(catalog.technologies[4]).toEqual({
      name: 'AWS',
      aliases: ['Amazon Web Services'],
      category: 'cloud',
      implied: true
    })
    // What the file lists is not marked.
    expect(catalog.technologies.filter((t) => t.implied)).toHaveLength(1)
  })

  it('is implied from families the file writes, by any spelling the dictionary knows, alone or with the dictionary’s', () => {
    const written = familiesOf([
      { name: 'Amazon EKS', category: 'platform', family: 'AWS' },
      { name: 'Ledger Store', category: 'data', family: 'amazon web services' },
      { name: 'Go', category: 'language' }
    ])
    expect(written).toEqual({ 'Amazon EKS': 'AWS', 'Ledger Store': 'AWS', Go: null, AWS: null })
    // One written, one the dictionary's.
    expect(
      familiesOf([
        { name: 'Ledger Store', category: 'data', family: 'AWS' },
        { name: 'Amazon S3', category: 'cloud' }
      ])
    ).toEqual({ 'Ledger Store': 'AWS', 'Amazon S3': 'AWS', AWS: null })
  })

  it('is not implied for one technology: the dictionary’s family is left out, a written one stays unknown', () => {
    expect(familiesOf([{ name: 'Amazon S3', category: 'cloud' }])).toEqual({ 'Amazon S3': null })
    // (families-and-names.test.ts: a lone written `family: AWS` is an unknown family, with the
    // line to add as its hint.)
  })

  it('gives way to a family the registry has, and never puts a family in a family', () => {
    const families = familiesOf([
      // Amazon EKS is the family of eksctl here: it stays a family, out of AWS.
      { name: 'Amazon EKS', category: 'platform' },
      { name: 'eksctl', category: 'tooling', family: 'Amazon EKS' },
      { name: 'Amazon S3', category: 'cloud' },
      { name: 'AWS Lambda', category: 'platform' },
      // Grafana is in the registry: Loki joins it, as before.
      { name: 'Grafana', category: 'observability' },
      { name: 'Loki', category: 'observability' }
    ])
    expect(families).toEqual({
      'Amazon EKS': null,
      eksctl: 'Amazon EKS',
      'Amazon S3': 'AWS',
      'AWS Lambda': 'AWS',
      Grafana: null,
      Loki: 'Grafana',
      AWS: null
    })
  })

  it('refuses a written member that is a family itself, as for a family in the registry', () => {
    const text = toYaml(
      makeCatalogFile({
        schemaVersion: 2,
        technologies: [
          { name: 'Amazon EKS', category: 'platform', family: 'AWS' },
          { name: 'Amazon S3', category: 'cloud', family: 'AWS' },
          { name: 'eksctl', category: 'tooling', family: 'Amazon EKS' }
        ]
      })
    )
    expectRefused(text, [
      {
        at: 'Amazon EKS',
        after: 'name: eksctl',
        message:
          'family "Amazon EKS" of technology "eksctl" has a family of its own ("AWS"); families are one level deep',
        hint: 'name "AWS" as the family of "eksctl", or remove the family of "Amazon EKS"'
      }
    ])
  })

  it('is no technology a team may name: the line to add is still the hint', () => {
    const text = toYaml(
      makeCatalogFile({
        schemaVersion: 2,
        technologies: AWS_SERVICES,
        divisions: [makeDivision({ teams: [makeTeam({ stack: ['AWS'] })] })]
      })
    )
    expect(errorsOf(loadCatalogText(text, 'catalog.yaml'))).toEqual([
      expect.objectContaining({
        message: 'unknown technology "AWS"',
        hint: expect.stringContaining(
          'add "- { name: AWS, aliases: [Amazon Web Services], category: cloud }"'
        )
      })
    ])
  })
})
