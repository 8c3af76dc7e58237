// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { chipsShown, nodeBox } from '../../../src/shared/layout/node-box'
import { ExportOptions, ExportView } from '../../../src/shared/export/options'
import { renderExport } from '../../../src/shared/export/render-export'
import { buildOrgTree, walk } from '../../../src/shared/tree/org-tree'
import { makeCatalog, makeDivision, makeTeam } from '../../fixtures/catalog'

/**
 * A technology the lens lights is never hidden in a card's "+N" (session 17, h114's QA: Go on a
 * matching card was counted in "+2", on screen and in the PNG).
 */
const NAMES = ['Go', 'Rust', 'Python', 'Kotlin', 'Java', 'Scala', 'Elixir', 'Haskell', 'Terraform']
const catalog = makeCatalog({
  technologies: NAMES.map((name) => ({
    name,
    category: name === 'Terraform' ? 'infrastructure' : 'language'
  })),
  divisions: [
    makeDivision({ teams: [makeTeam({ id: 'platform', name: 'Platform', stack: NAMES })] })
  ]
})
const team = [...walk(buildOrgTree(catalog, new Set()))].find((node) => node.kind === 'team')!
const box = nodeBox(team, catalog)

describe('chipsShown', () => {
  it('lays the chips out again with a lit technology first when "+N" hides it', () => {
    expect(box.overflow).toBeGreaterThan(0)
    expect(box.chips.map((chip) => chip.name)).not.toContain('Terraform')
    const shown = chipsShown(team, box, catalog, (name) => name === 'Terraform')
    expect(shown.chips[0]).toMatchObject({ name: 'Terraform', kind: 'stack' })
    // The card keeps its size: the chips fill no row below the box's last.
    const bottom = (chips: typeof box.chips) => Math.max(...chips.map((chip) => chip.y))
    expect(bottom(shown.chips)).toBeLessThanOrEqual(bottom(box.chips))
    expect(shown.chips.length + shown.overflow).toBe(NAMES.length)
  })

  it('keeps the card as laid out when nothing lit is hidden', () => {
    expect(chipsShown(team, box, catalog, (name) => name === 'Go')).toBe(box)
    expect(chipsShown(team, box, catalog, () => false)).toBe(box)
  })

  it('draws the lit technology on the exported card', async () => {
    const view = ExportView.parse({ collapsed: [], lens: { technologies: ['Terraform'] } })
    const options = ExportOptions.parse({ format: 'svg', date: '2026-12-06' })
    const svg = new TextDecoder().decode(
      (
        await renderExport(catalog, view, options, {
          name: 'test',
          embeddedFonts: async () => ({ faces: [] }),
          rasterize: async () => new Uint8Array(),
          logos: async () => new Map()
        })
      ).bytes
    )
    const card = svg.slice(svg.indexOf('>Platform<'))
    expect(card).toMatch(/>Terraform</u)
  })
})
