// @vitest-environment node
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { dump } from '../../../src/cli/commands/dump'
import { fit } from '../../../src/cli/commands/fit'
import { match } from '../../../src/cli/commands/match'
import { roles } from '../../../src/cli/commands/roles'
import { techs } from '../../../src/cli/commands/techs'
import type { CatalogDump } from '../../../src/cli/output/catalog-dump'
import { runJson, runLines, runRecorded } from '../recording-io'

/** The fictional example catalog: every version 2 feature (see its header). */
const EXAMPLE = fileURLToPath(new URL('../../../data/examples/quillfeather.yaml', import.meta.url))

describe('orgscope dump --json (schemaVersion 2)', () => {
  it('lists every team of a division in teams, each with its group path, and the groups as a tree', async () => {
    const result = await runJson<CatalogDump>(dump, [EXAMPLE])
    const product = result.divisions[0]
    expect(product.teams.map((team) => [team.id, team.group])).toEqual([
      ['product-office', []],
      ['reading-experience', ['Readers']],
      ['search', ['Readers', 'Discovery']],
      ['recommendations', ['Readers', 'Discovery']],
      ['ranking-experiments', ['Readers', 'Discovery', 'Personalization Research']],
      ['editor', ['Writers']],
      ['publishing-pipeline', ['Writers']],
      ['subscriptions', ['Monetization']],
      ['payments', ['Monetization']]
    ])
    expect(product.groups.map((group) => [group.name, group.teams])).toEqual([
      ['Readers', ['reading-experience']],
      ['Writers', ['editor', 'publishing-pipeline']],
      ['Monetization', ['subscriptions', 'payments']]
    ])
    expect(product.groups[0].groups[0].groups[0]).toEqual({
      id: 'personalization',
      name: 'Personalization Research',
      summary: 'Experiments that may become features.',
      teams: ['ranking-experiments'],
      groups: []
    })
  })

  it('gives teams their lead, headcount, roles, responsibilities and relations', async () => {
    const result = await runJson<CatalogDump>(dump, [EXAMPLE])
    const search = result.divisions[0].teams.find((team) => team.id === 'search')!
    expect(search).toMatchObject({
      lead: { name: 'Amara Okafor' },
      members: 5,
      responsibilities: ['Search index', 'Query suggestions'],
      relations: [{ team: 'publishing-pipeline', kind: 'depends-on' }],
      roles: [
        {
          title: 'Search Engineer',
          level: 'Mid-level',
          location: 'Berlin',
          technologies: ['Go', 'Elasticsearch'],
          status: 'open'
        }
      ]
    })
    expect(result.technologies.find((technology) => technology.name === 'Amazon S3')).toMatchObject(
      { family: 'AWS' }
    )
  })

  it("gives a technology the dictionary's family when the registry has it, and its logo id", async () => {
    const result = await runJson<CatalogDump>(dump, [])
    const technology = (name: string) => result.technologies.find((t) => t.name === name)
    // The bundled catalog names Grafana Cloud's family; Loki's is the dictionary's.
    expect(technology('Loki')).toMatchObject({ family: 'Grafana' })
    expect(technology('Loki')).not.toHaveProperty('icon')
    expect(technology('Grafana Cloud')).toMatchObject({ family: 'Grafana' })
    expect(technology('Kubernetes')).toMatchObject({ icon: 'kubernetes' })
    expect(technology('Kubernetes')).not.toHaveProperty('family')
  })

  it('keeps a version 1 catalog’s dump as it was, with empty version 2 lists', async () => {
    const result = await runJson<CatalogDump>(dump, [])
    expect(result.divisions.map((division) => division.groups)).toEqual([[], []])
    expect(result.divisions[0].teams[0]).toMatchObject({ group: [], roles: [], relations: [] })
    expect(result.divisions[0].teams[0]).not.toHaveProperty('members')
  })
})

interface RoleRow {
  team: string
  division: string
  group: string[]
  title: string
  level: string | null
  location: string | null
  remote: boolean | null
  url: string | null
  technologies: string[]
  status: 'open' | 'soon'
}

describe('orgscope roles', () => {
  it('prints every role as [{ team, division, group, title, level, location, remote, url, technologies, status }]', async () => {
    const rows = await runJson<RoleRow[]>(roles, [EXAMPLE])
    expect(rows).toHaveLength(8)
    expect(rows[0]).toEqual({
      team: 'reading-experience',
      division: 'product-engineering',
      group: ['Readers'],
      title: 'Senior Android Engineer',
      level: 'Senior',
      location: 'Lisbon',
      remote: true,
      url: 'https://example.com/jobs/android',
      technologies: ['Kotlin'],
      status: 'open'
    })
    expect(rows.find((row) => row.title === 'Observability Engineer')).toMatchObject({
      level: null,
      location: null,
      url: null,
      status: 'soon'
    })
  })

  it('keeps the roles that work with a technology, by alias, a family finding its members', async () => {
    const titles = async (tech: string) =>
      (await runJson<RoleRow[]>(roles, [EXAMPLE, '--tech', tech])).map((row) => row.title)
    expect(await titles('golang')).toEqual([
      'Search Engineer',
      'Backend Engineer',
      'Security Engineer'
    ])
    // Amazon S3 is in the AWS family.
    expect(await titles('AWS')).toEqual(['Backend Engineer', 'Site Reliability Engineer'])
    expect(await titles('Rust,Kotlin')).toEqual([
      'Senior Android Engineer',
      'Machine Learning Engineer'
    ])
  })

  it('prints a table, says when nothing matches, and refuses an unknown technology', async () => {
    const table = await runRecorded(roles, [EXAMPLE, '--tech', 'Terraform'])
    expect(table.stdout.split('\n')).toEqual([
      expect.stringMatching(/^ROLE +STATUS +LOCATION +TECHNOLOGIES +TEAM$/),
      expect.stringMatching(
        /^Site Reliability Engineer \(Senior\) +open +Oslo or remote +Kubernetes, Terraform, AWS +Cloud Infrastructure \(Platform › Infrastructure\)$/
      )
    ])
    // A title that already says its level is not repeated: "Senior Android Engineer", not "… (Senior)".
    const android = await runRecorded(roles, [EXAMPLE, '--tech', 'Kotlin'])
    expect(android.stdout.split('\n')[1]).toMatch(/^Senior Android Engineer +open /)
    expect((await runRecorded(roles, [EXAMPLE, '--tech', 'Redis'])).stdout).toBe(
      'no role works with Redis'
    )
    expect((await runRecorded(roles, [])).stdout).toBe('this catalog lists no roles')
    const unknown = await runRecorded(roles, [EXAMPLE, '--tech', 'Terrafrom'])
    expect(unknown).toMatchObject({
      code: 1,
      stderr: 'orgscope roles: unknown technology "Terrafrom" (did you mean "Terraform"?)'
    })
  })
})

describe('orgscope match and fit with groups and roles', () => {
  it('names the groups of a matched team, and finds a family’s members', async () => {
    expect(await runLines(match, [EXAMPLE, '--tech', 'Grafana'])).toEqual([
      'Grafana (stack only): 1 of 14 teams, 0 of 4 projects',
      '',
      'Teams:',
      '  monitoring  Monitoring (Platform › Observability)  Grafana'
    ])
    const aws = await runJson<{ teams: string[] }>(match, [EXAMPLE, '--tech', 'AWS'])
    expect(aws.teams).toEqual([
      'publishing-pipeline',
      'payments',
      'cloud-infrastructure',
      'data-platform'
    ])
  })

  it('lists the teams hiring now with --hiring, alone or with technologies', async () => {
    const hiring = await runJson<{ teams: string[]; hiring: boolean }>(match, [EXAMPLE, '--hiring'])
    expect(hiring).toMatchObject({
      hiring: true,
      teams: [
        'reading-experience',
        'search',
        'publishing-pipeline',
        'cloud-infrastructure',
        'application-security'
      ]
    })
    const go = await runJson<{ teams: string[] }>(match, [EXAMPLE, '--hiring', '--tech', 'Go'])
    expect(go.teams).toEqual(['search', 'publishing-pipeline', 'application-security'])
    const text = await runRecorded(match, [EXAMPLE, '--hiring'])
    expect(text.stdout.split('\n')[0]).toBe('hiring now: 5 of 14 teams, 0 of 4 projects')
  })

  it('ranks with roles as reasons, names the group path, and keeps hiring teams with --hiring', async () => {
    const { stdout } = await runRecorded(fit, [
      EXAMPLE,
      '--tech',
      'Kubernetes,Terraform',
      '--hiring'
    ])
    expect(stdout.split('\n')).toEqual([
      'Teams for Kubernetes, Terraform (only teams hiring now): 1 of 14 fit',
      '',
      '1. 100  Cloud Infrastructure (cloud-infrastructure, Platform › Infrastructure)',
      '        - hiring Site Reliability Engineer — Kubernetes and Terraform match you',
      "        - Kubernetes is in the team's stated stack",
      "        - Terraform is in the team's stated stack"
    ])
    const all = await runJson<{ team: string }[]>(fit, [EXAMPLE, '--tech', 'Kubernetes,Terraform'])
    expect(all.map((row) => row.team)).toEqual(['cloud-infrastructure', 'developer-experience'])
  })
})

describe('orgscope techs --json', () => {
  it('gives a technology its family and a family its members', async () => {
    const rows = await runJson<{ name: string; family: string | null; members: string[] }[]>(
      techs,
      [EXAMPLE]
    )
    const row = (name: string) => rows.find((candidate) => candidate.name === name)
    expect(row('AWS')).toMatchObject({ family: null, members: ['Amazon S3', 'Amazon RDS'] })
    expect(row('Grafana Loki')).toMatchObject({ family: 'Grafana', members: [] })
    expect(row('Go')).toMatchObject({ family: null, members: [] })
  })
})
