import { describe, expect, it } from 'vitest'
import { stageNodes, type StageOptions } from '../../../src/renderer/src/graph/staged-nodes'

type N = { id: string; at: number; card: boolean }
const node = (id: string, at: number, card = true): N => ({ id, at, card })
const options: StageOptions<N> = { costly: (n) => n.card, priority: (n) => n.at, step: 2 }
const given = (...nodes: N[]) => new Map(nodes.map((n) => [n.id, n]))
const ids = (nodes: readonly N[]) => nodes.map((n) => n.id).sort()

describe('staging the nodes React Flow is handed', () => {
  it('hands a small change over at once, as the same array', () => {
    const target = [node('a', 0), node('b', 1)]
    const staged = stageNodes(given(node('a', 0)), target, options)
    expect(staged.complete).toBe(true)
    expect(staged.nodes).toBe(target)
  })

  it('hands many new cards over a step at a time, nearest first, and the rest at once', () => {
    const heading = node('heading', 99, false)
    const target = [heading, node('far', 9), node('near', 1), node('mid', 5), node('nearer', 0)]
    const first = stageNodes(given(), target, options)
    expect(first.complete).toBe(false)
    expect(ids(first.nodes)).toEqual(['heading', 'near', 'nearer'])
    const second = stageNodes(first.given, target, options)
    // Two left: within a step, so the hand-over completes.
    expect(second.complete).toBe(true)
    expect(second.nodes).toBe(target)
  })

  it('keeps cards that leave for a while, the nearest longest, with the new target nodes', () => {
    const leaving = [0, 1, 2, 3, 4, 5].map((at) => node(`old${at}`, at))
    const heading = node('heading', 0, false)
    const target = [heading]
    const first = stageNodes(given(...leaving), target, options)
    // Twice the step leaves a frame: the four farthest.
    expect(first.complete).toBe(false)
    expect(ids(first.nodes)).toEqual(['heading', 'old0', 'old1'])
    expect(stageNodes(first.given, target, options).nodes).toBe(target)
  })

  it('uses the newest object of a node that stays', () => {
    const before = node('a', 0)
    const after = { ...before }
    const target = [after, ...[1, 2, 3, 4].map((at) => node(`new${at}`, at))]
    const staged = stageNodes(given(before), target, options)
    expect(staged.nodes).toContain(after)
    expect(staged.nodes).not.toContain(before)
  })
})
