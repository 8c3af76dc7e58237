// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { Catalog } from '../../../src/shared/catalog/catalog'
import { loadCatalogText } from '../../../src/shared/catalog/load'
import { MAX_GROUP_DEPTH } from '../../../src/shared/catalog/schema'
import {
  errorsOf,
  loadCatalog,
  makeCatalogFile,
  makeDivision,
  makeGroup,
  makeTeam,
  positionOf,
  toYaml,
  type CatalogFileInput,
  type GroupInput
} from '../../fixtures/catalog'
import { expectRefused } from '../../fixtures/expect-refused'

const FILE = 'catalog.yaml'

/**
 * Product: team "staff" directly, then group growth (teams activation, retention; group
 * experiments with team ab-testing), then group core (team billing).
 */
const PRODUCT = makeDivision({
  id: 'product',
  name: 'Product',
  teams: [makeTeam({ id: 'staff', name: 'Staff' })],
  groups: [
    makeGroup({
      id: 'growth',
      teams: [
        makeTeam({ id: 'activation', name: 'Activation' }),
        makeTeam({ id: 'retention', name: 'Retention' })
      ],
      groups: [
        makeGroup({ id: 'experiments', teams: [makeTeam({ id: 'ab-testing', name: 'A/B' })] })
      ]
    }),
    makeGroup({ id: 'core', teams: [makeTeam({ id: 'billing', name: 'Billing' })] })
  ]
})

/** A version 2 catalog file of these divisions, as YAML. */
function v2Text(...divisions: CatalogFileInput['divisions']): string {
  return toYaml(makeCatalogFile({ schemaVersion: 2, divisions }))
}

/** Groups nested `depth` levels deep under one division, the deepest holding one team. */
function nested(depth: number): GroupInput {
  let group: GroupInput = makeGroup({ id: `level-${depth}`, teams: [makeTeam()] })
  for (let level = depth - 1; level >= 1; level--) {
    group = makeGroup({ id: `level-${level}`, groups: [group] })
  }
  return group
}

describe('groups (schemaVersion 2)', () => {
  const catalog = loadCatalog(v2Text(PRODUCT), FILE)
  const [division] = catalog.divisions

  it("lists every team of a division in its teams, depth first: its own, then each group's", () => {
    expect(division.teams.map((team) => team.id)).toEqual([
      'staff',
      'activation',
      'retention',
      'ab-testing',
      'billing'
    ])
  })

  it('gives each team the ids of its groups from the division down', () => {
    expect(division.teams.map((team) => [team.id, team.groupPath])).toEqual([
      ['staff', []],
      ['activation', ['growth']],
      ['retention', ['growth']],
      ['ab-testing', ['growth', 'experiments']],
      ['billing', ['core']]
    ])
  })

  it('keeps the groups as a tree naming their own teams by id', () => {
    expect(division.groups).toEqual([
      {
        id: 'growth',
        name: 'growth',
        summary: '',
        teamIds: ['activation', 'retention'],
        groups: [
          {
            id: 'experiments',
            name: 'experiments',
            summary: '',
            teamIds: ['ab-testing'],
            groups: []
          }
        ]
      },
      { id: 'core', name: 'core', summary: '', teamIds: ['billing'], groups: [] }
    ])
  })

  it('is the normalized Catalog shape, deeply frozen, and keeps schemaVersion 2', () => {
    expect(Catalog.parse(catalog)).toEqual(catalog)
    expect(catalog.schemaVersion).toBe(2)
    expect(Object.isFrozen(division.groups[0].groups[0].teamIds)).toBe(true)
    expect(Object.isFrozen(division.teams[3].groupPath)).toBe(true)
  })

  it(`accepts ${MAX_GROUP_DEPTH} levels of groups, and refuses the next at that group`, () => {
    const deepest = (depth: number) => v2Text(makeDivision({ teams: [], groups: [nested(depth)] }))
    expect(loadCatalogText(deepest(MAX_GROUP_DEPTH), FILE).ok).toBe(true)
    const text = deepest(MAX_GROUP_DEPTH + 2)
    expectRefused(text, [
      {
        at: `id: level-${MAX_GROUP_DEPTH + 1}`,
        message: `group "level-${MAX_GROUP_DEPTH + 1}" is nested ${MAX_GROUP_DEPTH + 1} levels deep; at most ${MAX_GROUP_DEPTH} levels of groups fit under a division`,
        hint: 'move it up a level, with what it holds, or merge it into the group above it'
      }
    ])
  })

  it('refuses a group with no team anywhere below it, at the group', () => {
    const text = v2Text(
      makeDivision({ groups: [makeGroup({ id: 'hollow', groups: [makeGroup({ id: 'empty' })] })] })
    )
    expectRefused(text, [
      {
        at: 'id: hollow',
        message: 'group "hollow" has no team, directly or in its groups',
        hint: 'add a team under its "teams:", or remove the group'
      },
      {
        at: 'id: empty',
        message: 'group "empty" has no team, directly or in its groups',
        hint: 'add a team under its "teams:", or remove the group'
      }
    ])
  })

  it('refuses a division with no team, directly or in a group', () => {
    const text = v2Text(makeDivision({ id: 'bare', teams: [] }))
    expectRefused(text, [
      {
        at: 'id: bare',
        message: 'division "bare" has no team, directly or in its groups',
        hint: 'add a team under its "teams:" (or in one of its groups); a division needs at least one'
      }
    ])
  })

  it('accepts a division whose teams are all in groups', () => {
    const text = v2Text({
      id: 'grouped',
      name: 'Grouped',
      groups: [makeGroup({ id: 'g', teams: [makeTeam()] })]
    })
    expect(loadCatalog(text).divisions[0].teams.map((team) => team.id)).toEqual(['platform'])
  })

  it('refuses a group id another group, team or division has, at the second use', () => {
    const text = v2Text(
      makeDivision({
        id: 'product',
        teams: [makeTeam({ id: 'growth', name: 'Growth Team' })],
        groups: [makeGroup({ id: 'growth', teams: [makeTeam({ id: 'b', name: 'B' })] })]
      })
    )
    const [error, ...rest] = errorsOf(loadCatalogText(text, FILE))
    expect(rest).toEqual([])
    expect(error).toMatchObject({
      ...positionOf(text, 'growth', { after: 'groups:' }),
      message: `duplicate id "growth" (first used at line ${positionOf(text, 'id: growth').line})`
    })
    expect(error.hint).toMatch(/unique across all divisions, groups and teams/)
  })

  it('refuses a group reached twice through a YAML alias as a duplicate, at the alias', () => {
    const text = [
      'schemaVersion: 2',
      'company: { name: Acme }',
      'divisions:',
      '  - id: product',
      '    name: Product',
      '    groups:',
      '      - &growth { id: growth, name: Growth, teams: [{ id: a, name: A }] }',
      '      - *growth',
      ''
    ].join('\n')
    const errors = errorsOf(loadCatalogText(text, FILE))
    expect(errors.map((error) => [error.line, error.column, error.message])).toEqual([
      [8, 9, 'duplicate id "growth" (first used at line 7)'],
      [8, 9, 'duplicate id "a" (first used at line 7)']
    ])
  })

  it('refuses groups in a schemaVersion 1 file, saying how to move to version 2', () => {
    const text = toYaml(
      makeCatalogFile({ divisions: [makeDivision({ groups: [makeGroup({ id: 'g' })] })] })
    )
    expectRefused(text, [
      {
        at: 'groups',
        message:
          'divisions[0]: "groups" is a schemaVersion 2 field, and this file is schemaVersion 1',
        hint: `set "schemaVersion: 2" at the top of the file (or run \`npm run orgscope -- migrate ${FILE}\`); version 1 files mean the same in version 2`
      }
    ])
  })
})
