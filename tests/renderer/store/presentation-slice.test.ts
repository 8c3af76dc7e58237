// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'
import { useAppStore } from '../../../src/renderer/src/store/store'
import { teamNodeIds } from '../../../src/shared/tree/org-tree'
import { makeThreeTeamCatalog } from '../../fixtures/three-team-catalog'

const SOURCE = { path: '/work/acme.yaml', name: 'acme.yaml', bundled: false }
const state = () => useAppStore.getState()

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true)
  state().setResult({ ok: true, catalog: makeThreeTeamCatalog(), source: SOURCE })
})

/**
 * h123 (session 18): presenting with Go and Kubernetes selected, the "Hiring now" stop said "5
 * open roles in 3 teams" and dimmed all three: the lens lit only hiring teams that use them.
 */
describe("the presentation's open roles stop", () => {
  it('lights every hiring team: the technologies are set aside there and back after it', () => {
    const stops = ['company', ...teamNodeIds(makeThreeTeamCatalog())]
    state().setLens({ technologies: ['Go'] })
    state().setPresenting(true)
    state().goToStop(1, stops)
    expect(state().lens).toMatchObject({ technologies: ['Go'] })
    state().goToStop(0, stops, { hiring: true })
    expect(state().lens).toMatchObject({ technologies: [], hiring: true })
    state().goToStop(2, stops)
    expect(state().lens).toMatchObject({ technologies: ['Go'], hiring: false })
    // Leaving from the roles' stop puts the lens back as it was before presenting.
    state().goToStop(0, stops, { hiring: true })
    state().setPresenting(false)
    expect(state().lens.technologies).toEqual(['Go'])
    expect(state().lens.hiring).not.toBe(true)
    expect(state().hiringSetAside).toBeUndefined()
  })

  it('changes nothing when no technology is selected', () => {
    const stops = ['company', ...teamNodeIds(makeThreeTeamCatalog())]
    state().setPresenting(true)
    state().goToStop(0, stops, { hiring: true })
    expect(state().lens).toMatchObject({ technologies: [], hiring: true })
    expect(state().hiringSetAside).toBeUndefined()
  })
})
