// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Catalog } from '../../../src/shared/catalog/catalog'
import { loadCatalogText } from '../../../src/shared/catalog/load'
import { layoutTree } from '../../../src/shared/layout/layout-tree'
import { LayoutKind } from '../../../src/shared/layout/layout-kind'
import { buildOrgTree, teamNodeIds } from '../../../src/shared/tree/org-tree'
import { overlaps } from './overlaps'

function teleport(): Catalog {
  const file = new URL('../../../data/teleport.yaml', import.meta.url)
  const result = loadCatalogText(readFileSync(file, 'utf8'), 'teleport.yaml')
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'))
  return result.value
}

const catalog = teleport()
const everything = new Set<string>()
const teamsCollapsed = new Set(teamNodeIds(catalog))

describe('buildOrgTree', () => {
  it('builds Company → divisions → teams → projects, hiding the children of collapsed nodes', () => {
    const open = buildOrgTree(catalog, everything)
    expect(open.children.map((d) => d.label)).toEqual(['Core', 'Cloud'])
    expect(open.children.flatMap((d) => d.children)).toHaveLength(13)
    const projects = open.children.flatMap((d) => d.children.flatMap((t) => t.children))
    expect(projects.length).toBe(
      catalog.divisions.flatMap((d) => d.teams.flatMap((t) => t.projects)).length
    )

    const collapsed = buildOrgTree(catalog, teamsCollapsed)
    const teams = collapsed.children.flatMap((d) => d.children)
    expect(teams.every((t) => t.children.length === 0)).toBe(true)
    const adAccess = teams.find((t) => t.ref === 'application-and-database-access')!
    expect(adAccess).toMatchObject({ collapsed: true, childCount: 7 })
    // A team with nothing to show is never "collapsed".
    expect(teams.find((t) => t.ref === 'cloud-tools')?.collapsed ?? false).toBe(false)
  })
})

describe.each(LayoutKind.options)('layoutTree (%s)', (kind) => {
  for (const [label, collapsed] of [
    ['teams collapsed', teamsCollapsed],
    ['everything expanded', everything]
  ] as const) {
    it(`places every node without overlaps, ${label}`, () => {
      const layout = layoutTree(buildOrgTree(catalog, collapsed), catalog, { kind })
      const { nodes } = layout
      for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
          expect(
            overlaps(nodes[i], nodes[j]),
            `${nodes[i].node.id} overlaps ${nodes[j].node.id}`
          ).toBe(false)
        }
      }
      // Bounds enclose every node.
      for (const n of nodes) {
        expect(n.x).toBeGreaterThanOrEqual(layout.bounds.x)
        expect(n.y + n.box.height).toBeLessThanOrEqual(
          layout.bounds.y + layout.bounds.height + 1e-6
        )
      }
      expect(layout.edges).toHaveLength(nodes.length - 1)
    })
  }

  it('puts every child after its parent along the flow', () => {
    const { nodes } = layoutTree(buildOrgTree(catalog, everything), catalog, { kind })
    const byId = new Map(nodes.map((n) => [n.node.id, n]))
    for (const n of nodes) {
      if (!n.parentId) continue
      const parent = byId.get(n.parentId)!
      if (kind === 'horizontal') expect(n.x).toBeGreaterThan(parent.x + parent.box.width)
      else expect(n.y).toBeGreaterThan(parent.y + parent.box.height - 1e-6)
    }
  })

  it('is deterministic', () => {
    const a = layoutTree(buildOrgTree(catalog, teamsCollapsed), catalog, { kind })
    const b = layoutTree(buildOrgTree(catalog, teamsCollapsed), catalog, { kind })
    expect(a.nodes.map((n) => [n.node.id, n.x, n.y])).toEqual(
      b.nodes.map((n) => [n.node.id, n.x, n.y])
    )
  })
})

describe('compact layout', () => {
  it('lists a division’s teams in catalog order in one column, indented under it', () => {
    const { nodes } = layoutTree(buildOrgTree(catalog, teamsCollapsed), catalog, {
      kind: 'compact'
    })
    const core = nodes.find((n) => n.node.id === 'division:core')!
    const coreTeams = nodes.filter((n) => n.parentId === 'division:core')
    expect(coreTeams.map((n) => n.node.ref)).toEqual(catalog.divisions[0].teams.map((t) => t.id))
    expect(new Set(coreTeams.map((n) => n.x)).size).toBe(1)
    expect(coreTeams[0].x).toBeGreaterThan(core.x)
    const ys = coreTeams.map((n) => n.y)
    expect(ys).toEqual([...ys].sort((a, b) => a - b))
  })

  it('fits a 1280×800 window at a readable scale when teams are collapsed', () => {
    const { bounds } = layoutTree(buildOrgTree(catalog, teamsCollapsed), catalog, {
      kind: 'compact'
    })
    // The graph area is the window less the toolbar (~46px); React Flow's fitView divides by
    // (1 + padding), padding 0.08 in OrgGraph.
    const scale = Math.min(1280 / (bounds.width * 1.08), 754 / (bounds.height * 1.08))
    expect(scale).toBeGreaterThanOrEqual(0.7)
  })
})
