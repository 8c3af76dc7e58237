// @vitest-environment happy-dom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ApiProvider } from '../../../src/renderer/src/api/api'
import { ImportHost } from '../../../src/renderer/src/import/ImportHost'
import { useAppStore } from '../../../src/renderer/src/store/store'
import type { ImportFiles, OrgscopeApi } from '../../../src/shared/ipc/contract'

// React's act() warns unless told it runs in a test environment.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

let root: Root
let host: HTMLElement
let listeners: ((payload: ImportFiles) => void)[]

beforeEach(() => {
  useAppStore.getState().hideImportPreview()
  listeners = []
  host = document.createElement('div')
  document.body.append(host)
  root = createRoot(host)
  const api = {
    onImportRequested: (listener: (payload: ImportFiles) => void) => {
      listeners.push(listener)
      return () => listeners.splice(listeners.indexOf(listener), 1)
    }
  } as unknown as OrgscopeApi
  act(() =>
    root.render(
      <ApiProvider api={api}>
        <ImportHost />
      </ApiProvider>
    )
  )
})

afterEach(() => {
  act(() => root.unmount())
  host.remove()
  useAppStore.getState().hideImportPreview()
})

describe('the import host and File → Import…', () => {
  it('previews the files main read, as files of the names and bytes it sent', async () => {
    expect(listeners).toHaveLength(1)
    const bytes = new TextEncoder().encode('# Engineering\n\n## Platform — Ünïcode\n')
    act(() => listeners[0]({ files: [{ name: 'teams.md', bytes }] }))
    const files = useAppStore.getState().importFiles!
    expect(files.map((file) => file.name)).toEqual(['teams.md'])
    expect(await files[0].text()).toBe('# Engineering\n\n## Platform — Ünïcode\n')
  })

  it('stops listening when it goes away', () => {
    act(() => root.unmount())
    expect(listeners).toEqual([])
    root = createRoot(host)
  })
})
