// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { TEAM_FIELDS } from '../../../src/shared/catalog/freeze-catalog'
import {
  loadCatalog,
  makeCatalogFile,
  makeDivision,
  makeGroup,
  makeTeam,
  toYaml
} from '../../fixtures/catalog'

/** Paths in `value` to objects that are not frozen. */
function unfrozen(value: unknown, path = '$'): string[] {
  if (value === null || typeof value !== 'object') return []
  const here = Object.isFrozen(value) ? [] : [path]
  return [
    ...here,
    ...Object.entries(value).flatMap(([key, field]) => unfrozen(field, `${path}.${key}`))
  ]
}

/** A version 2 catalog whose first team fills every field, each list with an item. */
const file = makeCatalogFile({
  schemaVersion: 2,
  technologies: [
    { name: 'Go', aliases: ['Golang'], category: 'language' },
    { name: 'React', category: 'frontend' }
  ],
  divisions: [
    makeDivision({
      teams: [
        makeTeam({
          status: 'active',
          stack: ['golang'],
          mentions: ['React'],
          projects: [
            {
              title: 'Launch',
              summary: 'Ship it.',
              technologies: ['Go'],
              links: [{ label: 'Plan', url: 'https://example.com/plan' }]
            }
          ],
          links: [{ label: 'Docs', url: 'https://example.com/docs' }],
          lead: { name: 'Ada Example', url: 'https://example.com/ada' },
          members: 7,
          responsibilities: ['Sign-up'],
          relations: [{ team: 'growth', kind: 'depends-on' }],
          roles: [{ title: 'Engineer', technologies: ['React'] }]
        })
      ],
      groups: [makeGroup({ id: 'web', teams: [makeTeam({ id: 'growth', name: 'Growth' })] })]
    })
  ]
})

describe('the loaded catalog', () => {
  for (const [format, text, name] of [
    ['YAML', toYaml(file), 'catalog.yaml'],
    ['JSON', JSON.stringify(file), 'catalog.json']
  ] as const) {
    it(`is deeply frozen, a team with every field included (${format})`, () => {
      const catalog = loadCatalog(text, name)
      const [team, grouped] = catalog.divisions[0].teams
      // Every field of a team is there to check (TEAM_FIELDS lists them all, or fails to compile).
      expect(Object.keys(team).sort()).toEqual(Object.keys(TEAM_FIELDS).sort())
      expect(grouped.groupPath).toEqual(['web'])
      expect(unfrozen(catalog)).toEqual([])
    })
  }
})
