// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { findEntity } from '../../../src/shared/tree/lookup'
import { makeThreeTeamCatalog } from '../../fixtures/three-team-catalog'

const catalog = makeThreeTeamCatalog()
const [product, infra] = catalog.divisions
const [api, web] = product.teams

describe('findEntity', () => {
  it('finds the company', () => {
    expect(findEntity(catalog, 'company')).toEqual({ kind: 'company', catalog })
  })

  it('finds a division, a team with its division, and a project with its team and division', () => {
    expect(findEntity(catalog, 'division:infra')).toEqual({ kind: 'division', division: infra })
    expect(findEntity(catalog, 'team:web')).toEqual({ kind: 'team', team: web, division: product })
    expect(findEntity(catalog, 'project:api/2')).toEqual({
      kind: 'project',
      project: api.projects[1],
      team: api,
      division: product
    })
  })

  it('returns the catalog entries themselves, not copies', () => {
    const found = findEntity(catalog, 'team:ops')
    expect(found?.kind === 'team' && found.team).toBe(infra.teams[0])
  })

  it('is undefined for an id that is gone, an unknown kind, or one without a kind', () => {
    expect(findEntity(catalog, 'team:gone')).toBeUndefined()
    expect(findEntity(catalog, 'project:api/9')).toBeUndefined()
    expect(findEntity(catalog, 'widget:api')).toBeUndefined()
    expect(findEntity(catalog, 'api')).toBeUndefined()
  })

  it('does not take an id of one kind for another kind with the same name', () => {
    // "infra" is a division: there is no team with that id.
    expect(findEntity(catalog, 'team:infra')).toBeUndefined()
    expect(findEntity(catalog, 'division:api')).toBeUndefined()
  })
})
