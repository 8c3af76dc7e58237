// @vitest-environment happy-dom
import { ReactFlow, ReactFlowProvider } from '@xyflow/react'
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { toFlowElements } from '../../../src/renderer/src/graph/flow-elements'
import { NODE_TYPES } from '../../../src/renderer/src/graph/OrgNodeView'
import { OutlineView } from '../../../src/renderer/src/lens/OutlineView'
import {
  NO_LENS,
  selectDrawnLens,
  type NodeLens
} from '../../../src/renderer/src/store/derived-lens'
import { useAppStore } from '../../../src/renderer/src/store/store'
import { technologyIndex } from '../../../src/shared/lens/technology-index'
import { makeSyntheticChart } from './synthetic-chart'

/**
 * How often each node's lens-reading parts rendered: every component that draws a node's lens
 * (the chart node's lens layer and chips, an outline row) reads it with useNodeLens during
 * render, so counting its calls per node id counts those renders.
 */
const renders = new Map<string, number>()
vi.mock('../../../src/renderer/src/store/derived-lens', async (importOriginal) => {
  const actual =
    await importOriginal<typeof import('../../../src/renderer/src/store/derived-lens')>()
  return {
    ...actual,
    useNodeLens: (id: string) => {
      renders.set(id, (renders.get(id) ?? 0) + 1)
      return actual.useNodeLens(id)
    }
  }
})

// React Flow observes its pane and nodes; happy-dom lays nothing out, so nothing is observed.
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
// React's act() warns unless told it runs in a test environment.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const { catalog, layout } = makeSyntheticChart({ teams: 40, seed: 5 })
const { nodes } = toFlowElements(layout, undefined, new Map())
const ids = nodes.map((node) => node.id)
/** The most shared technologies first: each touches many teams, and none touches every node. */
const [first, second, third] = technologyIndex(catalog)
  .filter((usage) => usage.stackTeams.length > 0)
  .sort((a, b) => b.stackTeams.length - a.stackTeams.length)
  .map((usage) => usage.name)

const state = () => useAppStore.getState()

/** What a node shows of the lens: whether it matches, and its marks with their colours. */
const shown = (node: NodeLens) =>
  `${node.hit}${node.marks.map((mark) => ` ${mark.name}:${mark.color}`).join('')}`

/** Node ids whose drawn lens state (by value) differs after `change`: those must redraw. */
function changedBy(change: () => void): Set<string> {
  const before = selectDrawnLens(state())
  act(change)
  const after = selectDrawnLens(state())
  const of = (view: typeof before, id: string) => shown(view.nodes.get(id) ?? NO_LENS)
  return new Set(ids.filter((id) => of(before, id) !== of(after, id)))
}

/** Runs `change` and returns the ids that should redraw and the ids that did. */
function measure(change: () => void): { expected: Set<string>; redrawn: Set<string> } {
  renders.clear()
  const expected = changedBy(change)
  return { expected, redrawn: new Set(renders.keys()) }
}

let container: HTMLElement
let root: Root

beforeAll(() => {
  vi.stubGlobal('ResizeObserver', NoResizeObserver)
})

afterAll(() => {
  vi.unstubAllGlobals()
})

beforeEach(() => {
  act(() => {
    useAppStore.setState(useAppStore.getInitialState(), true)
    state().setResult({
      ok: true,
      catalog,
      source: { path: 'synthetic.yaml', name: 'synthetic.yaml', bundled: false }
    })
    state().expandAll()
  })
  container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
  return () => {
    act(() => root.unmount())
    container.remove()
  }
})

describe('nodes redraw only when their own lens state changes', () => {
  describe('in the chart', () => {
    beforeEach(() => {
      act(() =>
        root.render(
          <ReactFlowProvider>
            <ReactFlow nodes={nodes} edges={[]} nodeTypes={NODE_TYPES} />
          </ReactFlowProvider>
        )
      )
      expect(container.querySelectorAll('.react-flow__node')).toHaveLength(nodes.length)
    })

    it('selecting technologies redraws the nodes whose match or marks changed, and no other', () => {
      for (const technology of [first, second]) {
        const { expected, redrawn } = measure(() => state().toggleTechnology(technology))
        expect(expected.size).toBeGreaterThan(0)
        expect(expected.size).toBeLessThan(ids.length)
        expect(redrawn).toEqual(expected)
      }
      // What was drawn is what the derived lens says.
      const hits = [...selectDrawnLens(state()).nodes.values()].filter((n) => n.hit).length
      expect(container.querySelectorAll('[data-match="true"]')).toHaveLength(hits)
    })

    it('hovering a technology redraws the nodes it touches, not every node; leaving undoes it', () => {
      act(() => state().toggleTechnology(first))
      const over = measure(() => state().setPreview(third))
      expect(over.expected.size).toBeGreaterThan(0)
      expect(over.redrawn).toEqual(over.expected)
      expect(over.redrawn.size).toBeLessThan(ids.length / 2)
      const out = measure(() => state().setPreview(undefined))
      expect(out.redrawn).toEqual(over.expected)
    })

    it('a store change that is not the lens redraws no node', () => {
      act(() => state().toggleTechnology(first))
      const { redrawn } = measure(() => {
        state().pushNotice('warning', 'saved somewhere else')
        state().setSearchOpen(true)
        state().setHideNonMatches(true)
        state().setPreview(first)
      })
      expect(redrawn.size).toBe(0)
    })
  })

  describe('in the outline', () => {
    beforeEach(() => {
      act(() => root.render(<OutlineView />))
      expect(container.querySelectorAll('[role="treeitem"]')).toHaveLength(nodes.length)
    })

    it('once the lens is on, changing it redraws only the rows whose match or marks changed', () => {
      // Turning the lens on dims every row: all of them redraw, once.
      const on = measure(() => state().toggleTechnology(first))
      expect(on.redrawn.size).toBe(ids.length)
      const more = measure(() => state().toggleTechnology(second))
      expect(more.expected.size).toBeGreaterThan(0)
      expect(more.redrawn).toEqual(more.expected)
      const hover = measure(() => state().setPreview(third))
      expect(hover.redrawn).toEqual(hover.expected)
    })
  })
})
