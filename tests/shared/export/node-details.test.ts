// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { walkLayoutDetails } from '../../../src/shared/export/node-details'
import { layoutTree } from '../../../src/shared/layout/layout-tree'
import { buildOrgTree } from '../../../src/shared/tree/org-tree'
import { makeOrgCatalog } from '../../fixtures/org-catalog'

const catalog = makeOrgCatalog()
const details = new Map(
  [
    ...walkLayoutDetails(
      catalog,
      layoutTree(buildOrgTree(catalog, new Set()), catalog, { kind: 'compact' })
    )
  ].map((d) => [d.id, d])
)

describe('the standalone page’s details (catalog version 2)', () => {
  it('give a team its lead, people, responsibilities, roles and relations both ways', () => {
    const activation = details.get('team:activation')!
    expect(activation.people).toBe('7 people')
    expect(activation.responsibilities).toEqual(['Sign-up flow'])
    expect(activation.roles).toEqual([
      {
        title: 'Senior Backend Engineer',
        status: 'open now',
        where: 'Senior · Berlin',
        technologies: ['Go', 'Kubernetes'],
        url: 'https://example.com/jobs/1'
      }
    ])
    expect(activation.relations).toEqual(
      expect.arrayContaining(['Depends on Billing', 'Supported by Billing'])
    )
    expect(details.get('team:staff')!.people).toBe('Lead: Ada · 2 people')
  })

  it('give a group its roll-up', () => {
    expect(details.get('group:growth')!.people).toBe(
      'at least 12 people · 1 open role · 1 opening soon'
    )
  })
})
