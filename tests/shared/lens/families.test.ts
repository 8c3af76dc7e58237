// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { expandSelection, familyMembers } from '../../../src/shared/lens/families'
import type { Lens as LensValue } from '../../../src/shared/lens/lens'
import { matchLens } from '../../../src/shared/lens/match'
import { Lens } from '../../../src/shared/lens/lens'
import {
  lensCount,
  lensTeamCount,
  rankByLensCount,
  technologyIndex
} from '../../../src/shared/lens/technology-index'
import { resolveTechnology, searchTechnologies } from '../../../src/shared/lens/resolve-technology'
import { loadTeleportCatalog, makeCatalog, makeDivision, makeTeam } from '../../fixtures/catalog'
import { makeOrgCatalog } from '../../fixtures/org-catalog'

// Grafana: ab-testing (stack). Grafana Cloud: billing (stack), retention (mentions).
const catalog = makeOrgCatalog()

const matched = (options: Partial<LensValue>) => {
  const found = matchLens(catalog, Lens.parse(options))
  return { ...found, teams: [...found.teams], projects: [...found.projects] }
}
const usage = (name: string) => technologyIndex(catalog).find((entry) => entry.name === name)!

describe('technology families in the lens', () => {
  it('knows each family’s members', () => {
    expect(familyMembers(catalog)).toEqual(new Map([['Grafana', ['Grafana Cloud']]]))
    expect(expandSelection(catalog, ['Grafana', 'Go'])).toEqual(
      new Map([
        ['Grafana', ['Grafana', 'Grafana Cloud']],
        ['Go', ['Go']]
      ])
    )
  })

  it('matches a family’s members when the family is selected, and says through which', () => {
    const grafana = matched({ technologies: ['Grafana'] })
    expect(grafana.teams).toEqual(['ab-testing', 'billing'])
    expect(grafana.marks.get('billing')).toEqual(['Grafana'])
    expect(grafana.projects).toEqual(['billing/1'])
    expect(grafana.via).toEqual(new Map([['Grafana Cloud', 'Grafana']]))
  })

  it('includes mentions of a member only when mentions are included', () => {
    expect(matched({ technologies: ['Grafana'], includeMentions: true }).teams).toEqual([
      'retention',
      'ab-testing',
      'billing'
    ])
  })

  it('keeps a selected member to itself: selecting Grafana Cloud does not light Grafana', () => {
    const cloud = matched({ technologies: ['Grafana Cloud'] })
    expect(cloud.teams).toEqual(['billing'])
    expect(cloud.via.size).toBe(0)
  })

  it('lets a member satisfy its family in an all-match', () => {
    expect(matched({ technologies: ['Grafana', 'PostgreSQL'], mode: 'all' }).teams).toEqual([
      'billing'
    ])
    expect(matched({ technologies: ['Grafana', 'Go'], mode: 'all' }).teams).toEqual(['ab-testing'])
  })

  it('counts a family with its members: "Grafana — 2 teams (1 via Grafana Cloud)"', () => {
    expect(lensCount(usage('Grafana'), false)).toEqual({
      teams: 2,
      direct: 1,
      via: 1,
      viaMembers: ['Grafana Cloud']
    })
    expect(lensCount(usage('Grafana'), true)).toEqual({
      teams: 3,
      direct: 1,
      via: 2,
      viaMembers: ['Grafana Cloud']
    })
    expect(usage('Grafana')).toMatchObject({
      members: ['Grafana Cloud'],
      teams: ['ab-testing'],
      withMembers: { stackTeams: ['ab-testing', 'billing'], projects: ['billing/1'] }
    })
    expect(usage('Grafana Cloud')).toMatchObject({ family: 'Grafana', members: [] })
    expect(usage('Grafana')).not.toHaveProperty('implied')
    expect(lensCount(usage('Go'), false)).toEqual({ teams: 2, direct: 2, via: 0, viaMembers: [] })
  })

  it('ranks a family by the teams it lights in the lens', () => {
    const ranked = rankByLensCount(technologyIndex(catalog), false).map((entry) => [
      entry.name,
      lensTeamCount(entry, false)
    ])
    expect(ranked.slice(0, 3)).toEqual([
      ['Go', 2],
      ['Grafana', 2],
      // Ties: by every team that names it (Grafana Cloud is mentioned by retention too).
      ['Grafana Cloud', 1]
    ])
  })
})

describe('the bundled Teleport catalog’s Grafana family', () => {
  it('finds the team on Grafana Cloud when Grafana is selected', () => {
    const teleport = loadTeleportCatalog()
    const found = matchLens(teleport, Lens.parse({ technologies: ['Grafana'] }))
    expect([...found.teams]).toEqual(['cloud-reliability', 'cloud-application'])
    const grafana = technologyIndex(teleport).find((entry) => entry.name === 'Grafana')!
    expect(lensCount(grafana, false)).toEqual({
      teams: 2,
      direct: 1,
      via: 1,
      // Loki is in the family by the technology dictionary; cloud-reliability, the one team
      // that names it, names Grafana Cloud too.
      viaMembers: ['Loki', 'Grafana Cloud']
    })
  })
})

describe('a family only its members name (AWS from Amazon EKS, Amazon S3, AWS Lambda, SageMaker)', () => {
  // No line of the file says "AWS": the dictionary puts each service in it, so the registry
  // implies it (catalog/dictionary-knowledge.ts). ml mentions SageMaker; web uses none.
  const aws = makeCatalog({
    schemaVersion: 2,
    technologies: [
      { name: 'Amazon EKS', category: 'platform' },
      { name: 'Amazon S3', category: 'cloud' },
      { name: 'AWS Lambda', category: 'platform' },
      { name: 'SageMaker', category: 'data' },
      { name: 'Go', category: 'language' }
    ],
    divisions: [
      makeDivision({
        teams: [
          makeTeam({ id: 'platform', stack: ['Amazon EKS', 'Go'] }),
          makeTeam({
            id: 'storage',
            stack: ['Amazon S3'],
            projects: [{ title: 'Archive', technologies: ['Amazon S3'] }]
          }),
          makeTeam({ id: 'functions', stack: ['AWS Lambda', 'Amazon S3'] }),
          makeTeam({ id: 'ml', mentions: ['SageMaker'] }),
          makeTeam({ id: 'web', stack: ['Go'] })
        ]
      })
    ]
  })
  const awsUsage = () => technologyIndex(aws).find((entry) => entry.name === 'AWS')!

  it('is a family of the lens, with its members', () => {
    expect(familyMembers(aws)).toEqual(
      new Map([['AWS', ['Amazon EKS', 'Amazon S3', 'AWS Lambda', 'SageMaker']]])
    )
  })

  it('lights its members’ teams and projects when selected, through whichever member', () => {
    const found = matchLens(aws, Lens.parse({ technologies: ['AWS'] }))
    expect([...found.teams]).toEqual(['platform', 'storage', 'functions'])
    expect([...found.projects]).toEqual(['storage/1'])
    expect(found.marks.get('functions')).toEqual(['AWS'])
    expect(found.via).toEqual(
      new Map(['Amazon EKS', 'Amazon S3', 'AWS Lambda', 'SageMaker'].map((name) => [name, 'AWS']))
    )
    const withMentions = matchLens(
      aws,
      Lens.parse({ technologies: ['AWS'], includeMentions: true })
    )
    expect([...withMentions.teams]).toEqual(['platform', 'storage', 'functions', 'ml'])
    // All: AWS and Go, through Amazon EKS.
    expect([
      ...matchLens(aws, Lens.parse({ technologies: ['AWS', 'Go'], mode: 'all' })).teams
    ]).toEqual(['platform'])
  })

  it('counts "AWS — 3 teams (via Amazon EKS, Amazon S3, AWS Lambda)", each team once', () => {
    expect(lensCount(awsUsage(), false)).toEqual({
      teams: 3,
      direct: 0,
      via: 3,
      viaMembers: ['Amazon EKS', 'Amazon S3', 'AWS Lambda']
    })
    expect(lensCount(awsUsage(), true)).toEqual({
      teams: 4,
      direct: 0,
      via: 4,
      viaMembers: ['Amazon EKS', 'Amazon S3', 'AWS Lambda', 'SageMaker']
    })
    // Its own lists are empty: no team names it. The lens ranks it by its members' teams.
    expect(awsUsage()).toMatchObject({
      category: 'cloud',
      implied: true,
      stackTeams: [],
      teams: []
    })
    expect(rankByLensCount(technologyIndex(aws), false)[0].name).toBe('AWS')
  })

  it('is found by its name and the dictionary’s alias, as a CLI flag or in the search box', () => {
    expect(resolveTechnology(aws, 'amazon web services')).toEqual({ ok: true, name: 'AWS' })
    expect(searchTechnologies(aws, 'aws')).toEqual(['AWS', 'AWS Lambda'])
  })

  it('stays out of a catalog where one technology only names it', () => {
    const alone = makeCatalog({
      schemaVersion: 2,
      technologies: [{ name: 'Amazon S3', category: 'cloud' }]
    })
    expect(familyMembers(alone)).toEqual(new Map())
    expect(technologyIndex(alone).map((entry) => entry.name)).toEqual(['Amazon S3'])
  })
})
