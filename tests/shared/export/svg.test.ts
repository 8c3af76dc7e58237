// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { allTeams } from '../../../src/shared/catalog/all-teams'
import { MARGIN } from '../../../src/shared/export/frame'
import { ExportOptions, ExportView } from '../../../src/shared/export/options'
import { drawTileSvg, planSvg, writeSvg } from '../../../src/shared/export/svg'
import { selectionColor, textColorOn, THEMES } from '../../../src/shared/theme/palette'
import { teamNodeIds } from '../../../src/shared/tree/org-tree'
import { loadTeleportCatalog, makeCatalog, makeDivision, makeTeam } from '../../fixtures/catalog'
import { descendants, nodeGroup, parseXml, svgOf, texts } from './svg-document'

const teleport = loadTeleportCatalog()
const collapsedTeams = { collapsed: teamNodeIds(teleport) }

describe('writeSvg', () => {
  it('writes well-formed XML with a real <text> for every visible team name', () => {
    const drawing = svgOf(teleport, collapsedTeams)
    const root = parseXml(drawing.svg)
    expect(root.name).toBe('svg')
    const teams = allTeams(teleport)
    expect(teams).toHaveLength(13)
    for (const team of teams) {
      const node = nodeGroup(root, `team:${team.id}`)
      expect(node, team.name).toBeDefined()
      // The title comes first, one <text> per wrapped line; joined, the lines are the name.
      const lines = drawing.layout.nodes.find((n) => n.node.ref === team.id)!.box.titleLines
      expect(texts(node!).slice(0, lines.length).join(' '), team.name).toBe(team.name)
    }
    expect(texts(root)).toContain('Teleport')
  })

  it('is true vector: no foreignObject, no embedded raster images, no external references', () => {
    const { svg } = svgOf(teleport, { collapsed: [] }, { title: 'All', footer: true })
    const names = new Set([...descendants(parseXml(svg))].map((e) => e.name))
    expect(names).not.toContain('foreignObject')
    expect(names).not.toContain('image')
    expect(svg).not.toMatch(/(href|src)=["']?https?:/i)
    expect(svg).not.toMatch(/url\(["']?https?:/i)
  })

  it('draws every project of an expanded team, with the screen’s wrapped lines', () => {
    const root = parseXml(svgOf(teleport, { collapsed: [] }).svg)
    const projects = allTeams(teleport).flatMap((team) => team.projects)
    for (const project of projects) {
      const node = nodeGroup(root, `project:${project.id}`)
      expect(node, project.title).toBeDefined()
    }
  })

  it('fills the background with the theme colour, different in light and dark', () => {
    const background = (theme: 'light' | 'dark') =>
      parseXml(svgOf(teleport, collapsedTeams, { theme }).svg).children.find(
        (e) => e.name === 'rect'
      )?.attributes.fill
    expect(background('light')).toBe(THEMES.light.background)
    expect(background('dark')).toBe(THEMES.dark.background)
    expect(background('light')).not.toBe(background('dark'))
  })

  it('leaves the background out when asked for transparency', () => {
    const root = parseXml(svgOf(teleport, collapsedTeams, { background: 'transparent' }).svg)
    expect(root.children.find((e) => e.name === 'rect')).toBeUndefined()
  })

  it('dims teams the lens does not match and rings the ones it does, with a mark per technology', () => {
    const lens = { technologies: ['Go', 'Kubernetes'], mode: 'any' as const }
    const root = parseXml(svgOf(teleport, { ...collapsedTeams, lens }).svg)
    const matching = allTeams(teleport).filter((t) =>
      t.stack.some((s) => lens.technologies.includes(s))
    )
    expect(matching.length).toBeGreaterThan(0)
    for (const team of allTeams(teleport)) {
      const group = nodeGroup(root, `team:${team.id}`)!
      const hit = matching.includes(team)
      expect(group.attributes.opacity, team.name).toBe(hit ? undefined : '0.28')
    }
    const reliability = nodeGroup(root, 'team:cloud-reliability')!
    // Go and Kubernetes are both in its stack: two marks, in selection order, plus their halos.
    const circles = [...descendants(reliability)].filter((e) => e.name === 'circle')
    expect(
      circles.map((c) => c.attributes.fill).filter((f) => f.startsWith('#0') || f.startsWith('#E'))
    ).toEqual(['#0072B2', '#E69F00'])
  })

  it('dims nothing without a lens', () => {
    const { svg } = svgOf(teleport, collapsedTeams)
    expect(svg).not.toContain('opacity="0.28"')
  })

  it('adds a title, a legend of the selected technologies and a dated footer when asked', () => {
    const lens = { technologies: ['Kubernetes', 'Go'] }
    const drawn = texts(
      parseXml(
        svgOf(
          teleport,
          { ...collapsedTeams, lens },
          { title: 'Who runs Kubernetes?', legend: true, footer: true, date: '2026-03-04' }
        ).svg
      )
    )
    expect(drawn[0]).toBe('Who runs Kubernetes?')
    expect(drawn).toEqual(expect.arrayContaining(['Teams with any of:', 'Kubernetes', 'Go']))
    expect(drawn).toContain('Teleport · 2026-03-04 · made with OrgScope')
  })

  it('sizes the document as the chart plus margins, and larger with a title', () => {
    const plain = svgOf(teleport, collapsedTeams)
    expect(plain.width).toBe(Math.ceil(plain.layout.bounds.width + 2 * MARGIN))
    expect(plain.height).toBe(Math.ceil(plain.layout.bounds.height + 2 * MARGIN))
    const titled = svgOf(teleport, collapsedTeams, { title: 'Org' })
    expect(titled.height).toBeGreaterThan(plain.height)
    expect(parseXml(plain.svg).attributes).toMatchObject({
      width: String(plain.width),
      height: String(plain.height),
      viewBox: `0 0 ${plain.width} ${plain.height}`
    })
  })

  it('exports only the current view when the scope is "view", clipped to it', () => {
    const whole = svgOf(teleport, collapsedTeams)
    const viewport = { x: 0, y: 0, width: 300, height: 200 }
    const view = svgOf(teleport, collapsedTeams, { scope: 'view', viewport })
    expect(view.width).toBe(300 + 2 * MARGIN)
    expect(view.height).toBe(200 + 2 * MARGIN)
    const root = parseXml(view.svg)
    expect([...descendants(root)].some((e) => e.name === 'clipPath')).toBe(true)
    // The far-right column is outside the region: its teams are not drawn at all.
    const drawnNodes = [...descendants(root)].filter((e) => e.attributes['data-node-id'])
    expect(drawnNodes.length).toBeLessThan(
      [...descendants(parseXml(whole.svg))].filter((e) => e.attributes['data-node-id']).length
    )
  })

  it('leaves out what the lens does not match when the view hides non-matches', () => {
    const lens = { technologies: ['Go'] }
    const root = parseXml(svgOf(teleport, { ...collapsedTeams, lens, hideNonMatches: true }).svg)
    const drawnTeams = [...descendants(root)].filter((e) => e.attributes['data-kind'] === 'team')
    const withGo = allTeams(teleport).filter((t) => t.stack.includes('Go'))
    expect(drawnTeams.map((e) => e.attributes['data-node-id']).sort()).toEqual(
      withGo.map((t) => `team:${t.id}`).sort()
    )
  })

  it('draws only the focused branch', () => {
    const root = parseXml(svgOf(teleport, { ...collapsedTeams, focusId: 'division:cloud' }).svg)
    const ids = [...descendants(root)].map((e) => e.attributes['data-node-id']).filter(Boolean)
    expect(ids).toContain('division:cloud')
    expect(ids).not.toContain('division:core')
  })

  it('escapes catalog text, so markup in a name is drawn as written', () => {
    const name = '<b>"R&D"</b> & \'ops\''
    const catalog = makeCatalog({
      company: { name: 'A & B <Co>' },
      divisions: [makeDivision({ teams: [makeTeam({ name })] })]
    })
    const { svg } = svgOf(catalog, {}, { title: '</svg><script>alert(1)</script>' })
    const root = parseXml(svg)
    expect(texts(root)).toEqual(expect.arrayContaining([name, 'A & B <Co>']))
    expect([...descendants(root)].map((e) => e.name)).not.toContain('script')
  })

  it('gives the same bytes for the same input', () => {
    const lens = { technologies: ['Go'] }
    const options = { title: 'T', footer: true, date: '2026-01-01' }
    expect(svgOf(teleport, { lens }, options).svg).toBe(svgOf(teleport, { lens }, options).svg)
  })

  it('embeds only the font faces the drawing uses, as data: URLs', () => {
    const face = (weight: 400 | 500 | 600 | 700, subset: 'latin' | 'latin-ext') => ({
      weight,
      subset,
      woff2Base64: `${subset}${weight}`
    })
    const fonts = {
      faces: [
        face(400, 'latin'),
        face(600, 'latin'),
        face(800 as 700, 'latin'),
        face(400, 'latin-ext')
      ]
    }
    const { svg } = svgOf(teleport, collapsedTeams, {}, fonts)
    expect(svg).toContain('url(data:font/woff2;base64,latin400)')
    expect(svg).toContain('url(data:font/woff2;base64,latin600)')
    // No text is drawn at weight 800, and Teleport's names are all Latin-1.
    expect(svg).not.toContain('latin800')
    expect(svg).not.toContain('latin-ext400')
    const accented = makeCatalog({ company: { name: 'Łódź Ltd' } })
    expect(svgOf(accented, {}, {}, fonts).svg).toContain('latin-ext400')
  })
})

describe('drawTileSvg', () => {
  const plan = planSvg(
    teleport,
    ExportView.parse(collapsedTeams),
    ExportOptions.parse({ title: 'Teleport' })
  )
  const node = (id: string) => plan.layout.nodes.find((n) => n.node.id === id)!
  // The lower half of the Core column: its last teams, under the division far above.
  const last = node('team:teleport-devops')
  const crop = { x: last.x - 20, y: last.y - 150, width: 400, height: 300 }

  it('is a well-formed SVG of the crop’s size, with the nodes reaching into it and no frame', () => {
    const svg = drawTileSvg(plan, crop)
    const root = parseXml(svg)
    expect(root.attributes).toMatchObject({ width: '400', height: '300', viewBox: '0 0 400 300' })
    const drawn = [...descendants(root)].map((e) => e.attributes['data-node-id']).filter(Boolean)
    expect(drawn).toContain('team:teleport-devops')
    expect(drawn).not.toContain('division:core')
    expect(drawn).not.toContain('company')
    expect(texts(root)).not.toContain('Teleport')
  })

  it('draws an edge that only passes through: the outline spine, between a division and its last team', () => {
    // A strip along the Core column's spine, left of the (indented) team cards, halfway down.
    const core = node('division:core')
    const strip = { x: core.x, y: (core.y + last.y) / 2, width: 20, height: 40 }
    const root = parseXml(drawTileSvg(plan, strip))
    expect([...descendants(root)].filter((e) => e.attributes['data-node-id'])).toEqual([])
    expect([...descendants(root)].filter((e) => e.name === 'path').length).toBeGreaterThan(0)
  })

  it('leaves out the nodes `include` refuses', () => {
    const root = parseXml(drawTileSvg(plan, crop, (n) => n.node.id !== 'team:teleport-devops'))
    expect(nodeGroup(root, 'team:teleport-devops')).toBeUndefined()
  })
})

describe('technology logos in the SVG', () => {
  const teleport = loadTeleportCatalog()
  const logos = new Map([
    ['go', 'M0 0H24V24H0Z'],
    ['kubernetes', 'M12 0L24 24H0Z']
  ])

  it('defines each logo once as a <symbol> and draws each chip’s with <use>, in its colour', () => {
    const { svg } = writeSvg(
      teleport,
      ExportView.parse({ lens: { technologies: ['Go'] } }),
      ExportOptions.parse({ theme: 'dark' }),
      undefined,
      logos
    )
    expect(svg.match(/<symbol /gu)).toHaveLength(2)
    expect(svg).toContain(
      '<symbol id="orgscope-logo-go" viewBox="0 0 24 24"><path d="M0 0H24V24H0Z"/></symbol>'
    )
    const goChips = allTeams(teleport).filter((team) => team.stack.includes('Go')).length
    const uses = [...svg.matchAll(/<use href="#orgscope-logo-go"[^>]*fill="([^"]+)"/gu)]
    expect(uses.length).toBeGreaterThanOrEqual(goChips)
    // A selected Go: the logo takes the label's colour on the selection colour.
    expect(new Set(uses.map((use) => use[1]))).toEqual(new Set([textColorOn(selectionColor(0))]))
    expect(svg).not.toContain('orgscope-logo-grafana')
  })

  it('draws no logo it was not given, keeping the chip as wide', () => {
    const { svg } = writeSvg(teleport, ExportView.parse({}), ExportOptions.parse({}))
    expect(svg).not.toContain('<symbol')
    expect(svg).not.toContain('<use')
  })
})
