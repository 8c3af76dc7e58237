// @vitest-environment happy-dom
import { act, Profiler, type ReactElement } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { readLogoPath } from '../../../src/node/technology/logo-files'
import { TechnologyLogo } from '../../../src/renderer/src/technology/TechnologyLogo'

let root: Root | undefined
let host: HTMLElement

beforeAll(() => {
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
})

afterEach(() => {
  act(() => root?.unmount())
  host?.remove()
})

function show(element: ReactElement) {
  host = document.createElement('div')
  document.body.append(host)
  root = createRoot(host)
  act(() => root!.render(element))
}

describe('TechnologyLogo', () => {
  it('loads the logo it draws, then fills it with the colour of the text around it', async () => {
    show(<TechnologyLogo icon="kubernetes" />)
    const svg = host.querySelector('svg[data-logo="kubernetes"]')!
    expect(svg.getAttribute('aria-hidden')).toBe('true')
    await vi.waitFor(() => expect(svg.querySelector('path')).not.toBeNull())
    const path = svg.querySelector('path')!
    expect(path.getAttribute('d')).toBe(readLogoPath('kubernetes'))
    expect(path.getAttribute('fill')).toBe('currentColor')
  })

  it('draws again when its own logo arrives, not when another one does', async () => {
    const renders = { go: 0, docker: 0 }
    const count = (id: string) => () => void renders[id as keyof typeof renders]++
    show(
      <>
        <Profiler id="go" onRender={count('go')}>
          <TechnologyLogo icon="go" />
        </Profiler>
        <Profiler id="docker" onRender={count('docker')}>
          <TechnologyLogo icon="docker" />
        </Profiler>
      </>
    )
    await vi.waitFor(() => expect(host.querySelectorAll('svg path')).toHaveLength(2))
    // Each: its first render, then its logo.
    expect(renders).toEqual({ go: 2, docker: 2 })
  })

  it('draws nothing for a technology without a logo', () => {
    show(<TechnologyLogo icon={undefined} />)
    expect(host.innerHTML).toBe('')
  })
})
