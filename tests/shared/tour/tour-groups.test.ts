// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { tourSteps } from '../../../src/shared/tour/tour'
import { makeOrgCatalog } from '../../fixtures/org-catalog'

describe('tourSteps through groups, with people and roles', () => {
  const steps = tourSteps(makeOrgCatalog())
  const step = (id: string) => steps.find((candidate) => candidate.id === id)

  it('steps through each division, its own teams, then its groups depth first, then hiring', () => {
    expect(steps.map((s) => `${s.kind}:${s.id}`)).toEqual([
      'company:company',
      'division:division:product',
      'team:team:staff',
      'group:group:growth',
      'team:team:activation',
      'team:team:retention',
      'group:group:experiments',
      'team:team:ab-testing',
      'group:group:money',
      'team:team:billing',
      'division:division:platform-division',
      'team:team:infra',
      'hiring:company'
    ])
  })

  it('says where each stop sits, with headcount and roles when the catalog has them', () => {
    expect(steps[0].context).toBe(
      '2 divisions · 6 teams · at least 27 people · 2 open roles · 1 opening soon'
    )
    expect(step('division:product')?.context).toBe(
      '2 groups · 5 teams · at least 18 people · 1 open role · 1 opening soon'
    )
    expect(step('group:growth')).toMatchObject({
      title: 'Growth',
      caption: 'Getting and keeping customers.',
      context: 'Product · 1 group · 3 teams · at least 12 people · 1 open role · 1 opening soon'
    })
    expect(step('group:experiments')?.context).toBe('Product › Growth · 1 team')
    expect(step('team:activation')?.context).toBe(
      'Product › Growth · 1 of 2 · 7 people · 1 open role'
    )
    expect(step('team:ab-testing')?.context).toBe('Product › Growth › Experiments · 1 of 1')
    expect(step('team:staff')?.context).toBe('Product · 1 of 1 · 2 people')
  })

  it('ends with a hiring stop that lists the open roles and counts those opening soon', () => {
    const hiring = steps[steps.length - 1]
    expect(hiring).toMatchObject({
      kind: 'hiring',
      title: 'Hiring now',
      caption:
        'Senior Backend Engineer (Activation), SRE (Infrastructure). 1 more role opening soon.',
      context: '2 open roles in 2 teams'
    })
    expect(hiring.roles?.map((entry) => entry.role.title)).toEqual([
      'Senior Backend Engineer',
      'SRE'
    ])
  })
})
