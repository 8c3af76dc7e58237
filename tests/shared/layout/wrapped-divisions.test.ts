// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { edgePath, sourcePoint, targetPoint } from '../../../src/shared/layout/edge-path'
import { columnShift, layoutTree } from '../../../src/shared/layout/layout-tree'
import { buildOrgTree, teamNodeIds, type OrgNode } from '../../../src/shared/tree/org-tree'
import { loadCatalog } from '../../fixtures/catalog'
import { overlaps } from './overlaps'

/** One division of `count` teams with a project each: the shape an imported team list gives. */
function oneDivision(count: number) {
  const teams = Array.from(
    { length: count },
    (_, i) =>
      `      - id: team-${i}\n        name: Team ${i}\n        projects:\n          - title: Project ${i}\n`
  ).join('')
  return loadCatalog(
    `schemaVersion: 2\ncompany:\n  name: Acme\ndivisions:\n  - id: engineering\n    name: Engineering\n    teams:\n${teams}`
  )
}

describe('a compact chart much taller than wide', () => {
  const catalog = oneDivision(15)
  const collapsed = new Set(teamNodeIds(catalog))
  const layout = layoutTree(buildOrgTree(catalog, collapsed), catalog, { kind: 'compact' })
  const teams = layout.nodes.filter((n) => n.node.kind === 'team')
  const columns = [...new Set(teams.map((n) => n.x))].sort((a, b) => a - b)

  it('wraps its division into columns, landscape enough for a window, nothing overlapping', () => {
    expect(columns.length).toBeGreaterThanOrEqual(2)
    expect(layout.bounds.height).toBeLessThanOrEqual(1.5 * layout.bounds.width)
    for (const a of layout.nodes) {
      for (const b of layout.nodes) if (a !== b) expect(overlaps(a, b), a.node.id).toBe(false)
    }
  })

  it('keeps the teams in catalog order, down each column, then across', () => {
    const read = [...teams].sort((a, b) => a.x - b.x || a.y - b.y).map((n) => n.node.ref)
    expect(read).toEqual(catalog.divisions[0].teams.map((t) => t.id))
    // Every column starts on the same row, below the division.
    const division = layout.nodes.find((n) => n.node.kind === 'division')!
    const tops = columns.map((x) => Math.min(...teams.filter((n) => n.x === x).map((n) => n.y)))
    expect(new Set(tops).size).toBe(1)
    expect(tops[0]).toBeGreaterThan(division.y + division.box.height)
  })

  it('joins each later column to the division by a line below it, never across a card', () => {
    const division = layout.nodes.find((n) => n.node.kind === 'division')!
    for (const team of teams) {
      const shift = columnShift(division, team)
      expect(shift === 0, team.node.id).toBe(team.x === columns[0])
      const from = sourcePoint(division)
      const d = edgePath(from, division.sourceSide, targetPoint(team), team.targetSide, shift)
      // Its horizontal runs: at the team's row (into the team) and, for a later column, the
      // line across just below the division, which no card reaches.
      for (const [, y] of d.matchAll(/L\S+ (\S+)/gu)) {
        const row = Number(y)
        const across = row < division.y + division.box.height + 10
        expect(across || row <= targetPoint(team).y, d).toBe(true)
      }
      if (shift !== 0) {
        const top = from.y + 5
        for (const card of teams) expect(card.y > top || card.y + card.box.height < top).toBe(true)
      }
    }
  })

  it('moves no team to another column when a team is expanded', () => {
    const opened = new Set(collapsed)
    opened.delete(teams[3].node.id)
    const again = layoutTree(buildOrgTree(catalog, opened), catalog, { kind: 'compact' })
    // Which teams share a column (the chart may move sideways as a column widens).
    const columnsOf = (nodes: typeof layout.nodes) => {
      const byX = new Map<number, string[]>()
      for (const n of nodes.filter((m) => m.node.kind === 'team')) {
        byX.set(n.x, [...(byX.get(n.x) ?? []), n.node.id])
      }
      return [...byX.values()]
    }
    expect(columnsOf(again.nodes)).toEqual(columnsOf(layout.nodes))
  })

  it('leaves a division of a few teams in one column', () => {
    const small = oneDivision(3)
    const laid = layoutTree(buildOrgTree(small, new Set(teamNodeIds(small))), small, {
      kind: 'compact'
    })
    expect(new Set(laid.nodes.filter((n) => n.node.kind === 'team').map((n) => n.x)).size).toBe(1)
  })
})

describe('an outline of a very large group', () => {
  it('is laid out without overflowing the stack (no spread of a subtree)', () => {
    const catalog = oneDivision(1)
    const teams = Array.from({ length: 150_000 }, (_, i) => ({
      id: `team:${i}`,
      kind: 'team',
      label: `Team ${i}`,
      ref: 'team-0',
      children: []
    }))
    const group = { id: 'group:g', kind: 'group', label: 'G', ref: 'g', children: teams }
    const division = {
      id: 'division:engineering',
      kind: 'division',
      label: 'Engineering',
      ref: 'engineering',
      children: [group]
    }
    const root = {
      id: 'company',
      kind: 'company',
      label: 'Acme',
      ref: 'acme',
      children: [division]
    }
    const layout = layoutTree(root as unknown as OrgNode, catalog, { kind: 'compact' })
    expect(layout.nodes).toHaveLength(150_003)
    const last = layout.nodes[layout.nodes.length - 1]
    expect(last.y).toBeGreaterThan(layout.nodes[layout.nodes.length - 2].y)
  })
})
