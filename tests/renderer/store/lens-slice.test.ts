// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { selectLensView } from '../../../src/renderer/src/store/derived-lens'
import { useAppStore } from '../../../src/renderer/src/store/store'
import { makeThreeTeamCatalog } from '../../fixtures/three-team-catalog'

const SOURCE = { path: '/work/acme.yaml', name: 'acme.yaml', bundled: false }
const state = () => useAppStore.getState()

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true)
  state().setResult({ ok: true, catalog: makeThreeTeamCatalog(), source: SOURCE })
})

describe('setting the lens', () => {
  it('to what it already is keeps the same lens: nothing is matched or drawn again', () => {
    state().setLens({ technologies: ['Go'], mode: 'all' })
    const lens = state().lens
    const view = selectLensView(state())
    const listener = vi.fn()
    const unsubscribe = useAppStore.subscribe(listener)
    state().setLens({ ...lens, technologies: [...lens.technologies] })
    state().setLens({ mode: 'all' })
    state().setLens({})
    unsubscribe()
    expect(state().lens).toBe(lens)
    expect(selectLensView(state())).toBe(view)
    expect(listener).not.toHaveBeenCalled()
  })

  it('to anything else makes a new lens, matched again', () => {
    state().setLens({ technologies: ['Go'] })
    const lens = state().lens
    const view = selectLensView(state())
    state().setLens({ technologies: ['Go', 'React'] })
    expect(state().lens).not.toBe(lens)
    expect(state().lens).toMatchObject({ technologies: ['Go', 'React'], mode: 'any' })
    expect(selectLensView(state())).not.toBe(view)
    state().setLens({ mode: 'all' })
    expect(state().lens.mode).toBe('all')
    state().setLens({ hiring: true })
    expect(state().lens.hiring).toBe(true)
    state().setLens({ technologies: ['React', 'Go'] })
    expect(state().lens.technologies).toEqual(['React', 'Go'])
  })
})
