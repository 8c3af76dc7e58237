// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { matchLens } from '../../../src/shared/lens/match'
import type { Lens } from '../../../src/shared/lens/lens'
import { makeOrgCatalog } from '../../fixtures/org-catalog'

const catalog = makeOrgCatalog()
const lens = (overrides: Partial<Lens>): Lens => ({
  technologies: [],
  mode: 'any',
  includeMentions: false,
  ...overrides
})

describe('the "hiring now" lens', () => {
  it('alone, matches the teams with a role open now (not one opening soon) and their projects', () => {
    const match = matchLens(catalog, lens({ hiring: true }))
    expect(match.active).toBe(true)
    // Retention's only role opens soon.
    expect([...match.teams].sort()).toEqual(['activation', 'infra'])
    expect(match.marks.size).toBe(0)
  })

  it('with technologies, keeps the hiring teams that also match them (any and all)', () => {
    // Go: activation (hiring) and ab-testing (not hiring) state it.
    expect([...matchLens(catalog, lens({ technologies: ['Go'] })).teams].sort()).toEqual([
      'ab-testing',
      'activation'
    ])
    expect([...matchLens(catalog, lens({ technologies: ['Go'], hiring: true })).teams]).toEqual([
      'activation'
    ])
    // Go or Kubernetes, hiring: activation and infra; both of them, hiring: nobody states both.
    const any = matchLens(catalog, lens({ technologies: ['Go', 'Kubernetes'], hiring: true }))
    expect([...any.teams].sort()).toEqual(['activation', 'infra'])
    const all = matchLens(
      catalog,
      lens({ technologies: ['Go', 'Kubernetes'], mode: 'all', hiring: true })
    )
    expect([...all.teams]).toEqual([])
  })

  it('keeps the marks of teams that are not hiring, so a view can still say who has what', () => {
    const plain = matchLens(catalog, lens({ technologies: ['Go'] }))
    const hiring = matchLens(catalog, lens({ technologies: ['Go'], hiring: true }))
    expect(hiring.marks).toEqual(plain.marks)
  })

  it('is off by default: a lens without it matches as before', () => {
    expect(matchLens(catalog, lens({})).active).toBe(false)
  })
})
