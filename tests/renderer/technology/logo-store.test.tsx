// @vitest-environment happy-dom
import { act, Profiler, type ProfilerOnRenderCallback } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, beforeAll, expect, it, vi } from 'vitest'
import { TechnologyLogo } from '../../../src/renderer/src/technology/TechnologyLogo'

const loadLogo = vi.hoisted(() => vi.fn(async (id: string) => `M0 0L${id.length} 1`))
vi.mock('virtual:technology-logos', () => ({ loadLogo }))

beforeAll(() => {
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
})
afterEach(() => vi.unstubAllGlobals())

it('fetches the logos a render asks for once its frame is painted, and draws them in one render', async () => {
  // Frames are painted when the test says.
  const frames: FrameRequestCallback[] = []
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback))
  // When each logo's component was committed (React's commit time), render by render.
  const commits: Record<'go' | 'docker', number[]> = { go: [], docker: [] }
  const count =
    (id: keyof typeof commits) =>
    (...[, , , , , commitTime]: Parameters<ProfilerOnRenderCallback>) =>
      void commits[id].push(commitTime)
  const host = document.createElement('div')
  document.body.append(host)
  const root = createRoot(host)
  act(() =>
    root.render(
      <>
        <Profiler id="go" onRender={count('go')}>
          <TechnologyLogo icon="go" />
        </Profiler>
        <Profiler id="docker" onRender={count('docker')}>
          <TechnologyLogo icon="docker" />
        </Profiler>
      </>
    )
  )
  // The render asked for a frame to wait for, and fetched nothing meanwhile.
  await vi.waitFor(() => expect(frames).toHaveLength(1))
  expect(loadLogo).not.toHaveBeenCalled()

  act(() => frames[0](performance.now()))
  await vi.waitFor(() => expect(host.querySelectorAll('svg path')).toHaveLength(2))
  expect(loadLogo.mock.calls.map(([id]) => id)).toEqual(['go', 'docker'])
  // Each: its first render, then its logo, both logos in the same commit.
  expect(commits.go).toHaveLength(2)
  expect(commits.docker).toHaveLength(2)
  expect(commits.go[1]).toBe(commits.docker[1])
  act(() => root.unmount())
  host.remove()
})
