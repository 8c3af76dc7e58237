// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { loadCatalogText } from '../../../src/shared/catalog/load'
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../../../src/shared/catalog/name-text'
import {
  errorsOf,
  loadCatalog,
  makeCatalogFile,
  makeDivision,
  makeTeam,
  positionOf,
  toYaml,
  type CatalogFileInput
} from '../../fixtures/catalog'
import { expectRefused } from '../../fixtures/expect-refused'

const FILE = 'catalog.yaml'

type Technologies = NonNullable<CatalogFileInput['technologies']>

function withRegistry(technologies: Technologies): string {
  return toYaml(makeCatalogFile({ schemaVersion: 2, technologies }))
}

const GRAFANA: Technologies = [
  { name: 'Grafana', aliases: ['grafana-oss'], category: 'observability' },
  { name: 'Grafana Cloud', category: 'observability', family: 'grafana-OSS' },
  { name: 'Grafana Loki', aliases: ['Loki'], category: 'observability', family: 'Grafana' }
]

describe('technology families (schemaVersion 2)', () => {
  it('resolves a family through the registry, aliases and case included, to its canonical name', () => {
    const catalog = loadCatalog(withRegistry(GRAFANA))
    expect(catalog.technologies.map((technology) => [technology.name, technology.family])).toEqual([
      ['Grafana', undefined],
      ['Grafana Cloud', 'Grafana'],
      ['Grafana Loki', 'Grafana']
    ])
  })

  it('reports an unknown family at it, with a did-you-mean', () => {
    const text = withRegistry([
      ...GRAFANA,
      { name: 'Mimir', category: 'observability', family: 'Grafna' }
    ])
    expectRefused(text, [
      {
        at: 'Grafna',
        message: 'unknown family "Grafna" of technology "Mimir"',
        hint: 'did you mean "Grafana"?'
      }
    ])
  })

  it('says to add a family the registry lacks', () => {
    const text = withRegistry([{ name: 'Amazon S3', category: 'cloud', family: 'AWS' }])
    expect(errorsOf(loadCatalogText(text, FILE))[0]).toMatchObject({
      ...positionOf(text, 'AWS'),
      message: 'unknown family "AWS" of technology "Amazon S3"',
      // The technology dictionary knows AWS: the hint is the line to add.
      hint:
        'add "- { name: AWS, aliases: [Amazon Web Services], category: cloud }" under technologies:, ' +
        'or run "npm run orgscope -- validate --fix catalog.yaml" to add it'
    })
  })

  it('refuses a technology that is its own family', () => {
    const text = withRegistry([
      { name: 'Grafana', aliases: ['G'], category: 'observability', family: 'g' }
    ])
    expect(errorsOf(loadCatalogText(text, FILE))).toEqual([
      {
        file: FILE,
        ...positionOf(text, 'family: g'),
        column: positionOf(text, 'family: g').column + 'family: '.length,
        message: 'technology "Grafana" names itself as its family',
        hint: 'remove "family", or name the technology it belongs to (Grafana Cloud → Grafana)'
      }
    ])
  })

  it('refuses a family that has a family of its own, rather than flattening it', () => {
    const text = withRegistry([
      { name: 'Amazon', category: 'cloud' },
      { name: 'AWS', category: 'cloud', family: 'Amazon' },
      { name: 'Amazon S3', category: 'cloud', family: 'AWS' }
    ])
    expectRefused(text, [
      {
        at: 'AWS',
        after: 'name: Amazon S3',
        message:
          'family "AWS" of technology "Amazon S3" has a family of its own ("Amazon"); families are one level deep',
        hint: 'name "Amazon" as the family of "Amazon S3", or remove the family of "AWS"'
      }
    ])
  })

  it('refuses a family in a schemaVersion 1 file', () => {
    const text = toYaml(
      makeCatalogFile({ technologies: [{ name: 'Go', category: 'language', family: 'Go' }] })
    )
    expect(errorsOf(loadCatalogText(text, FILE))[0]).toMatchObject({
      ...positionOf(text, 'family'),
      message:
        'technologies[0]: "family" is a schemaVersion 2 field, and this file is schemaVersion 1'
    })
  })
})

describe('names (issue 18: visible, one line, no reordering)', () => {
  function teamNamed(name: string): string {
    return toYaml(makeCatalogFile({ divisions: [makeDivision({ teams: [makeTeam({ name })] })] }))
  }

  it('accepts names in any script, with accents, emoji and the left-to-right mark', () => {
    for (const name of [
      'Zürich Ops',
      'Плат­форма',
      'فريق المنصة',
      '支付团队',
      'Rocket 🚀',
      'Ops\u200e (EU)'
    ]) {
      expect(loadCatalogText(teamNamed(name), FILE).ok, name).toBe(true)
    }
  })

  it.each([
    [
      '\u202eredaeh-ssecca',
      'U+202E RIGHT-TO-LEFT OVERRIDE, a bidirectional control (at character 1)'
    ],
    ['Ops \u2066x\u2069', 'U+2066 LEFT-TO-RIGHT ISOLATE, a bidirectional control (at character 5)'],
    ['Ops\u202aA', 'U+202A LEFT-TO-RIGHT EMBEDDING, a bidirectional control (at character 4)']
  ])('refuses a bidirectional control in %j, naming the code point', (name, what) => {
    const text = toYaml(
      makeCatalogFile({ divisions: [makeDivision({ teams: [makeTeam({ name })] })] })
    )
    expect(errorsOf(loadCatalogText(text, FILE))).toEqual([
      {
        file: FILE,
        ...positionOf(text, 'name:', { after: 'id: platform' }),
        column: positionOf(text, 'name:', { after: 'id: platform' }).column + 'name: '.length,
        message: `divisions[0].teams[0].name: contains ${what}`,
        hint: 'remove it: it makes the text display in another order than it is stored, so a name can pass for another'
      }
    ])
  })

  it('refuses control characters written as escapes, such as ESC and a tab', () => {
    const text = toYaml(makeCatalogFile({ company: { name: 'Acme\u001b]0;owned\u0007' } }))
    expect(errorsOf(loadCatalogText(text, FILE))[0]).toMatchObject({
      message: 'company.name: contains U+001B ESCAPE, a control character (at character 5)',
      hint: 'remove it: a name is one line of visible text'
    })
    const tab = toYaml(
      makeCatalogFile({ technologies: [{ name: 'Go\tLang', category: 'language' }] })
    )
    expect(errorsOf(loadCatalogText(tab, FILE))[0].message).toBe(
      'technologies[0].name: contains U+0009 CHARACTER TABULATION, a control character (at character 3)'
    )
  })

  it('refuses a name made only of characters that draw as nothing', () => {
    const text = teamNamed('\u200b\u200d\u2060')
    expect(errorsOf(loadCatalogText(text, FILE))).toEqual([
      expect.objectContaining({
        message:
          'divisions[0].teams[0].name: has no visible character (only U+200B and the like, which draw as nothing)',
        hint: 'write a name people can see'
      })
    ])
  })

  it('applies the same rules to project titles, role titles, aliases and group names', () => {
    const text = toYaml(
      makeCatalogFile({
        schemaVersion: 2,
        technologies: [{ name: 'Go', aliases: ['\u2062'], category: 'language' }],
        divisions: [
          makeDivision({
            teams: [
              makeTeam({
                projects: [{ title: 'P\u202e' }],
                roles: [{ title: '\u00ad' }]
              })
            ],
            groups: [{ id: 'g', name: 'G\u0000', teams: [{ id: 'x', name: 'X' }] }]
          })
        ]
      })
    )
    expect(
      errorsOf(loadCatalogText(text, FILE)).map((error) => error.message.split(':')[0])
    ).toEqual([
      'technologies[0].aliases[0]',
      'divisions[0].teams[0].projects[0].title',
      'divisions[0].teams[0].roles[0].title',
      'divisions[0].groups[0].name'
    ])
  })

  it(`caps names at ${MAX_NAME_LENGTH} characters and summaries at ${MAX_TEXT_LENGTH.toLocaleString('en-US')}`, () => {
    expect(loadCatalogText(teamNamed('n'.repeat(MAX_NAME_LENGTH)), FILE).ok).toBe(true)
    const long = teamNamed('n'.repeat(MAX_NAME_LENGTH + 1))
    expect(errorsOf(loadCatalogText(long, FILE))).toEqual([
      expect.objectContaining({
        ...positionOf(long, 'nnn'),
        message: `divisions[0].teams[0].name: too long (201 characters; at most 200)`,
        hint: 'shorten it: a name is shown on a card; longer text belongs in a summary'
      })
    ])
    const summary = toYaml(
      makeCatalogFile({ company: { name: 'Acme', summary: 's'.repeat(MAX_TEXT_LENGTH + 1) } })
    )
    expect(errorsOf(loadCatalogText(summary, FILE))).toEqual([
      expect.objectContaining({
        message: 'company.summary: too long (10,001 characters; at most 10,000)',
        hint: 'shorten it'
      })
    ])
  })

  it('still says an empty name must not be empty', () => {
    expect(errorsOf(loadCatalogText(teamNamed('  '), FILE))[0].message).toBe(
      'divisions[0].teams[0].name: must not be empty'
    )
  })
})

describe('schemaVersion', () => {
  it('names both versions when it is missing or unknown', () => {
    const rest: Partial<CatalogFileInput> = makeCatalogFile()
    delete rest.schemaVersion
    for (const file of [rest, { ...rest, schemaVersion: 3 }]) {
      expect(errorsOf(loadCatalogText(toYaml(file), FILE))[0]).toMatchObject({
        message: 'schemaVersion: must be one of 1, 2',
        hint: '2 for a catalog with groups, people, roles, relations or families; 1 files keep loading'
      })
    }
  })

  it('keeps the version of the file: a version 1 file and the same text as version 2 differ only there', () => {
    const v1 = loadCatalog(toYaml(makeCatalogFile()))
    const v2 = loadCatalog(toYaml(makeCatalogFile({ schemaVersion: 2 })))
    expect(v1.schemaVersion).toBe(1)
    expect(v2.schemaVersion).toBe(2)
    expect({ ...v1, schemaVersion: 2 }).toEqual(v2)
  })
})
