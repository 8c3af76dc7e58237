// @vitest-environment happy-dom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiProvider } from '../../../src/renderer/src/api/api'
import { CompareButton } from '../../../src/renderer/src/compare/CompareButton'
import { setCompareRevisions } from '../../../src/renderer/src/compare/compare-capabilities'
import { useAppStore } from '../../../src/renderer/src/store/store'
import type { CatalogResult, OrgscopeApi } from '../../../src/shared/ipc/contract'
import { makeCatalog, makeTeam } from '../../fixtures/catalog'

// React's act() warns unless told it runs in a test environment.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const NOW = makeCatalog()
const BEFORE = makeCatalog({
  divisions: [
    { id: 'engineering', name: 'Engineering', teams: [makeTeam({ name: 'Platform Team' })] }
  ]
})
const source = { path: '/org/catalog.yaml', name: 'catalog.yaml', bundled: false }

let root: Root
let host: HTMLElement
const catalogAtRevision = vi.fn<(request: { revision: string }) => Promise<CatalogResult>>()

beforeEach(() => {
  useAppStore.setState({ comparison: undefined, notices: [] })
  useAppStore.getState().setResult({ ok: true, catalog: NOW, source })
  host = document.createElement('div')
  document.body.append(host)
  root = createRoot(host)
  catalogAtRevision.mockReset()
})

afterEach(() => {
  act(() => root.unmount())
  host.remove()
  setCompareRevisions(true)
})

function render() {
  const api = { catalogAtRevision } as unknown as OrgscopeApi
  act(() =>
    root.render(
      <ApiProvider api={api}>
        <CompareButton disabled={false} />
      </ApiProvider>
    )
  )
}

async function askForRevision(revision: string) {
  act(() => host.querySelector<HTMLButtonElement>('button[aria-haspopup="dialog"]')!.click())
  const field = host.querySelector<HTMLInputElement>('[role="dialog"] input[type="text"]')!
  field.value = revision
  await act(async () => {
    host.querySelector<HTMLButtonElement>('[role="dialog"] button[type="submit"]')!.click()
  })
}

describe('Compare with… in the app', () => {
  it('asks main for the revision named, and compares the catalog on screen with it', async () => {
    catalogAtRevision.mockResolvedValue({
      ok: true,
      catalog: BEFORE,
      source: { path: 'HEAD~1:catalog.yaml', name: 'HEAD~1:catalog.yaml', bundled: false }
    })
    render()
    await askForRevision(' HEAD~1 ')
    expect(catalogAtRevision).toHaveBeenCalledWith({ revision: 'HEAD~1' })
    // The comparison's code is fetched first (a chunk of its own in the renderer).
    await vi.waitFor(() => expect(useAppStore.getState().comparison).toBeDefined())
    const { comparison } = useAppStore.getState()
    expect(comparison?.label).toBe('HEAD~1:catalog.yaml')
    expect(comparison?.diff.renamed).toEqual([
      { kind: 'team', id: 'platform', from: 'Platform Team', to: 'Platform' }
    ])
    expect(host.querySelector('[role="dialog"]')).toBeNull()
  })

  it('says why a revision cannot be read, and compares nothing', async () => {
    catalogAtRevision.mockResolvedValue({
      ok: false,
      errors: [{ file: 'v9:./catalog.yaml', line: 0, column: 0, message: 'unknown revision "v9"' }]
    })
    render()
    await askForRevision('v9')
    expect(useAppStore.getState().comparison).toBeUndefined()
    expect(useAppStore.getState().notices.map((n) => n.text)).toEqual([
      'Cannot compare with v9: v9:./catalog.yaml unknown revision "v9"'
    ])
  })

  it('closes its choice on a click elsewhere, and on Escape', () => {
    render()
    const button = host.querySelector<HTMLButtonElement>('button[aria-haspopup="dialog"]')!
    act(() => button.click())
    expect(host.querySelector('[role="dialog"]')).not.toBeNull()
    act(() => {
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }))
    })
    expect(host.querySelector('[role="dialog"]')).toBeNull()
    act(() => button.click())
    act(() => {
      host
        .querySelector('[role="dialog"] input')!
        .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    })
    expect(host.querySelector('[role="dialog"]')).toBeNull()
  })

  it('offers only a file in the browser build, which cannot read a repository', () => {
    setCompareRevisions(false)
    render()
    expect(host.querySelector('button[aria-haspopup="dialog"]')).toBeNull()
    expect(host.querySelector('input[type="file"]')).not.toBeNull()
  })
})
