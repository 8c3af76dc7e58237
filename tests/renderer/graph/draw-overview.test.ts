import { describe, expect, it } from 'vitest'
import {
  CHIPS_FROM_ZOOM,
  overviewStyle,
  pixel,
  rasterizeOverview
} from '../../../src/renderer/src/graph/draw-overview'
import { matchLens } from '../../../src/shared/lens/match'
import { LENS_STYLE } from '../../../src/shared/export/lens-style'
import { blend } from '../../../src/shared/export/node-appearance'
import { CATEGORY_COLORS, selectionColor, THEMES } from '../../../src/shared/theme/palette'
import { makeSyntheticChart } from './synthetic-chart'

const { catalog, layout, geometry } = makeSyntheticChart({ teams: 60, seed: 4 })
const noLens = matchLens(catalog, { technologies: [], mode: 'any', includeMentions: false })

function render(zoom: number, style = overviewStyle(geometry, noLens, [], undefined, 'light')) {
  const [width, height] = [400, 300]
  const target = { pixels: new Uint32Array(width * height), width, height }
  const team = layout.nodes.find((n) => n.node.kind === 'team')!
  // Put the first team's top-left corner at screen (20, 20).
  const transform = [20 - team.x * zoom, 20 - team.y * zoom, zoom] as const
  const shown = rasterizeOverview(target, geometry, style, { transform, pixelRatio: 1 })
  const at = (x: number, y: number) => target.pixels[y * width + x]
  return { shown, at, team, target }
}

describe('rasterizeOverview', () => {
  it('draws teams and projects, never the company or division cards (those stay DOM nodes)', () => {
    const { shown } = render(0.05)
    expect(shown.length).toBeGreaterThan(10)
    for (const i of shown) expect(['team', 'project']).toContain(layout.nodes[i].node.kind)
  })

  it('draws only what is on screen', () => {
    const { shown } = render(1)
    expect(shown.length).toBeLessThan(layout.nodes.length / 5)
  })

  it('paints a card with its border, fill and division band, and chips once they are tall enough', () => {
    const light = THEMES.light
    const { at, team } = render(1)
    expect(at(20 + 150, 20)).toBe(pixel(light.border))
    expect(at(20 + 1, 20 + 5)).toBe(pixel(light.division))
    const chip = team.box.chips[0]
    expect(at(20 + chip.x + 3, 20 + chip.y + 3)).not.toBe(pixel(light.team))
    // Far out, a card is one fill and chips are left out.
    const far = render(CHIPS_FROM_ZOOM / 2)
    expect(far.at(20, 20)).toBe(pixel(light.edge))
  })

  it('dims cards the lens does not match and rings the ones it does', () => {
    const lens = {
      technologies: [catalog.technologies[0].name],
      mode: 'any' as const,
      includeMentions: false
    }
    const match = matchLens(catalog, lens)
    const style = overviewStyle(geometry, match, lens.technologies, undefined, 'light')
    const teams = layout.nodes.flatMap((n, i) => (n.node.kind === 'team' ? [i] : []))
    const hits = teams.filter((i) => match.teams.has(layout.nodes[i].node.ref))
    expect(hits.length).toBeGreaterThan(0)
    expect(hits.length).toBeLessThan(teams.length)
    for (const i of teams) {
      expect(style.state[i]).toBe(hits.includes(i) ? 1 : 2)
      expect(style.ring[i]).toBe(hits.includes(i) ? 1 : 0)
    }
  })

  it("colours each chip as the screen does: its category's hue, or its selection colour", () => {
    const light = THEMES.light
    const chips = layout.nodes.flatMap((n) => n.box.chips)
    const selected = chips[0].name
    const match = matchLens(catalog, {
      technologies: [selected],
      mode: 'any',
      includeMentions: false
    })
    const cases: [ReturnType<typeof overviewStyle>, string[]][] = [
      [overviewStyle(geometry, noLens, [], undefined, 'light'), []],
      [overviewStyle(geometry, match, [selected], undefined, 'light'), [selected]]
    ]
    for (const [style, lens] of cases) {
      const dimmed = style.chipColor.length / 2
      chips.forEach((chip, c) => {
        const hue = CATEGORY_COLORS[chip.category].light
        const expected = lens.includes(chip.name)
          ? selectionColor(0)
          : blend(hue, light.team, chip.kind === 'stack' ? 0.45 : 0.2)
        expect(style.chipColor[c]).toBe(pixel(expected))
        expect(style.chipColor[dimmed + c]).toBe(
          pixel(blend(expected, light.background, LENS_STYLE.dimOpacity))
        )
      })
    }
  })

  it('clears what it drew before', () => {
    const { target } = render(1)
    target.pixels.fill(123)
    const style = overviewStyle(geometry, noLens, [], undefined, 'light')
    rasterizeOverview(target, geometry, style, { transform: [1e6, 1e6, 1], pixelRatio: 1 })
    expect(target.pixels.every((p) => p === 0)).toBe(true)
  })
})
