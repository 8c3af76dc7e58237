// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { loadCatalogText } from '../../../src/shared/catalog/load'
import {
  errorsOf,
  loadCatalog,
  makeCatalogFile,
  makeDivision,
  makeTeam,
  positionOf,
  toYaml,
  type TeamInput
} from '../../fixtures/catalog'
import { expectRefused } from '../../fixtures/expect-refused'

const FILE = 'catalog.yaml'

/** A version 2 catalog of the given teams (in one division); the first is "platform". */
function withTeams(...teams: Partial<TeamInput>[]): string {
  return toYaml(
    makeCatalogFile({
      schemaVersion: 2,
      divisions: [makeDivision({ teams: teams.map((team) => makeTeam(team)) })]
    })
  )
}

describe('people, roles and responsibilities (schemaVersion 2)', () => {
  it('reads a lead, a headcount, responsibilities and roles, resolving role technologies', () => {
    // What is written comes back as written, but for the role's technologies and status.
    const people = {
      lead: { name: 'Ada Example', url: 'https://example.com/ada' },
      members: 7,
      responsibilities: ['Sign-up flow', 'Onboarding emails']
    }
    const backend = {
      title: 'Senior Backend Engineer',
      level: 'Senior',
      location: 'Remote (EU)',
      remote: true,
      url: 'https://example.com/jobs/1'
    }
    const frontend = {
      title: 'Frontend Engineer',
      status: 'soon' as const,
      technologies: ['React']
    }
    const catalog = loadCatalog(
      withTeams({
        ...people,
        roles: [{ ...backend, technologies: ['golang', 'K8S'] }, frontend]
      })
    )
    const team = catalog.divisions[0].teams[0]
    expect(team).toMatchObject({
      ...people,
      roles: [{ ...backend, technologies: ['Go', 'Kubernetes'], status: 'open' }, frontend]
    })
  })

  it('gives a team without them empty lists and no lead or headcount', () => {
    const team = loadCatalog(withTeams({})).divisions[0].teams[0]
    expect(team).toMatchObject({ roles: [], responsibilities: [], relations: [], groupPath: [] })
    expect(team).not.toHaveProperty('lead')
    expect(team).not.toHaveProperty('members')
  })

  it('accepts a headcount of 0 (a team being staffed)', () => {
    expect(loadCatalog(withTeams({ members: 0 })).divisions[0].teams[0].members).toBe(0)
  })

  it.each([
    [-3, 'must not be negative'],
    [2.5, 'must be a whole number of people']
  ])('refuses a headcount of %s at its value, saying how to write one', (members, problem) => {
    const text = withTeams({ members })
    expectRefused(text, [
      {
        at: String(members),
        after: 'members: ',
        message: `divisions[0].teams[0].members: ${problem}`,
        hint: 'write the headcount as a whole number, e.g. "members: 7"'
      }
    ])
  })

  it('refuses a headcount written as text, saying how to write one', () => {
    const text = withTeams({ members: 'seven' as never })
    const [error] = errorsOf(loadCatalogText(text, FILE))
    expect(error).toMatchObject({
      ...positionOf(text, 'seven'),
      message: 'divisions[0].teams[0].members: expected number, got string "seven"',
      hint: 'write the headcount as a whole number, e.g. "members: 7"'
    })
  })

  it('reports a role on an unknown technology at the technology, with a did-you-mean', () => {
    const text = withTeams({ roles: [{ title: 'SRE', technologies: ['Kubernets'] }] })
    expectRefused(text, [
      {
        at: 'Kubernets',
        message: 'unknown technology "Kubernets"',
        hint: 'did you mean "Kubernetes"?'
      }
    ])
  })

  it('reports a role technology listed twice, and an unknown role status with a did-you-mean', () => {
    const text = withTeams({
      roles: [
        { title: 'SRE', technologies: ['Go', 'Golang'] },
        { title: 'Designer', status: 'opn' as never }
      ]
    })
    const errors = errorsOf(loadCatalogText(text, FILE))
    expect(errors).toEqual([
      expect.objectContaining({
        ...positionOf(text, 'opn'),
        message: 'divisions[0].teams[0].roles[1].status: must be one of "open", "soon"',
        hint: 'did you mean "open"?'
      })
    ])
    // Schema problems first: the cross-checks run on a catalog that has the right shape.
    const shaped = withTeams({ roles: [{ title: 'SRE', technologies: ['Go', 'Golang'] }] })
    expect(errorsOf(loadCatalogText(shaped, FILE))).toEqual([
      expect.objectContaining({
        ...positionOf(shaped, 'Golang', { after: 'roles:' }),
        message: '"Golang" is listed twice (as "Go")'
      })
    ])
  })

  it('refuses a lead link that is not http, https or mailto', () => {
    const text = withTeams({ lead: { name: 'Ada', url: 'javascript:alert(1)' } })
    expect(errorsOf(loadCatalogText(text, FILE))).toEqual([
      expect.objectContaining({
        ...positionOf(text, 'javascript:alert(1)'),
        message: 'divisions[0].teams[0].lead.url: must be an http, https or mailto URL'
      })
    ])
  })

  it.each(['lead', 'members', 'responsibilities', 'relations', 'roles'] as const)(
    'refuses %s in a schemaVersion 1 file at its key, saying how to move to version 2',
    (field) => {
      const values = {
        lead: { name: 'Ada' },
        members: 3,
        responsibilities: ['Billing'],
        relations: [],
        roles: []
      }
      const text = toYaml(
        makeCatalogFile({
          divisions: [makeDivision({ teams: [makeTeam({ [field]: values[field] })] })]
        })
      )
      expectRefused(text, [
        {
          at: `${field}:`,
          message: `divisions[0].teams[0]: "${field}" is a schemaVersion 2 field, and this file is schemaVersion 1`,
          hint: `set "schemaVersion: 2" at the top of the file (or run \`npm run orgscope -- migrate ${FILE}\`); version 1 files mean the same in version 2`
        }
      ])
    }
  )
})

describe('relations between teams (schemaVersion 2)', () => {
  const billing = { id: 'billing', name: 'Billing' }

  it('keeps relations as team ids and kinds', () => {
    const catalog = loadCatalog(
      withTeams({ relations: [{ team: 'billing', kind: 'depends-on' }] }, billing)
    )
    expect(catalog.divisions[0].teams[0].relations).toEqual([
      { team: 'billing', kind: 'depends-on' }
    ])
  })

  it('refers to teams in other divisions and groups too', () => {
    const file = makeCatalogFile({
      schemaVersion: 2,
      divisions: [
        makeDivision({ teams: [makeTeam({ relations: [{ team: 'ledger', kind: 'supports' }] })] }),
        makeDivision({
          id: 'finance',
          teams: [],
          groups: [{ id: 'money', name: 'Money', teams: [{ id: 'ledger', name: 'Ledger' }] }]
        })
      ]
    })
    expect(loadCatalogText(toYaml(file), FILE).ok).toBe(true)
  })

  it('reports a relation to an unknown team at its id, with a did-you-mean over team ids', () => {
    const text = withTeams({ relations: [{ team: 'biling', kind: 'collaborates' }] }, billing)
    expectRefused(text, [
      {
        at: 'biling',
        message: 'relation to unknown team "biling"',
        hint: 'did you mean "billing"?'
      }
    ])
  })

  it('says to write an id when a relation names a team by nothing like one', () => {
    const text = withTeams({ relations: [{ team: 'Accounts Payable', kind: 'supports' }] }, billing)
    expect(errorsOf(loadCatalogText(text, FILE))[0]).toMatchObject({
      message: 'relation to unknown team "Accounts Payable"',
      hint: 'write the id of a team of this catalog (its "id:", not its name)'
    })
  })

  it('refuses a relation of a team to itself', () => {
    const text = withTeams({ relations: [{ team: 'platform', kind: 'supports' }] })
    expectRefused(text, [
      {
        at: 'platform',
        after: 'relations:',
        message: 'team "platform" has a relation to itself',
        hint: 'remove it: a relation connects two different teams'
      }
    ])
  })

  it('refuses a relation to a division or a group, which are not teams', () => {
    const text = withTeams({ relations: [{ team: 'engineering', kind: 'supports' }] })
    expect(errorsOf(loadCatalogText(text, FILE))[0]).toMatchObject({
      ...positionOf(text, 'engineering', { after: 'relations:' }),
      message: 'relation to "engineering", which is a division, not a team',
      hint: "relations connect teams: name one of the division's teams"
    })
  })

  it('refuses a second relation to the same team, naming the first', () => {
    const text = withTeams(
      {
        relations: [
          { team: 'billing', kind: 'depends-on' },
          { team: 'billing', kind: 'collaborates' }
        ]
      },
      billing
    )
    expectRefused(text, [
      {
        at: 'billing',
        after: 'kind: depends-on',
        message: 'relation to "billing" is listed twice (first as depends-on)',
        hint: 'keep one relation from a team to another: the one the chart should draw'
      }
    ])
  })

  it('refuses an unknown relation kind with a did-you-mean', () => {
    const text = withTeams(
      { relations: [{ team: 'billing', kind: 'depend-on' as never }] },
      billing
    )
    expect(errorsOf(loadCatalogText(text, FILE))[0]).toMatchObject({
      ...positionOf(text, 'depend-on', { after: 'kind: ' }),
      message:
        'divisions[0].teams[0].relations[0].kind: must be one of "collaborates", "depends-on", "supports"',
      hint: 'did you mean "depends-on"?'
    })
  })
})
