// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'
import { useAppStore } from '../../../src/renderer/src/store/store'
import { makeCatalog } from '../../fixtures/catalog'

const state = () => useAppStore.getState()
const source = { path: '/work/second.yaml', name: 'second.yaml', bundled: false }

describe('the opening status and the answers of opens', () => {
  beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true))

  it('a canceled open’s late answer leaves a newer open’s status alone', () => {
    // big.yaml was canceled (Cancel cleared its status); second.yaml is being read now when
    // big.yaml's answer, canceled, comes back.
    state().setOpening({ name: 'second.yaml', bytes: 2048 })
    state().setOpened({ ok: false, canceled: true })
    expect(state().opening).toEqual({ name: 'second.yaml', bytes: 2048 })

    // Its own answer ends it.
    state().setOpened({ ok: true, catalog: makeCatalog(), source })
    expect(state().opening).toBeUndefined()
    expect(state().result).toMatchObject({ ok: true, source })
  })
})
