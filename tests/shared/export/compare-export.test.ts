// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { DIFF_COLORS } from '../../../src/shared/export/diff-badge'
import { writeHtml } from '../../../src/shared/export/html'
import { comparedVersions } from '../../fixtures/compared-versions'
import { descendants, nodeGroup, parseXml, svgOf, texts, type XmlElement } from './svg-document'

const { older, newer } = comparedVersions()
const compare = { label: 'v1.0.yaml', older }

/** The fills of the circles in a node's drawing: a badge is one in its change's colour. */
const circleFills = (node: XmlElement) =>
  [...descendants(node)].filter((e) => e.name === 'circle').map((e) => e.attributes.fill)

describe('an export of a comparison', () => {
  const drawing = svgOf(newer, { compare })
  const root = parseXml(drawing.svg)
  const node = (id: string) => {
    const found = nodeGroup(root, id)
    expect(found, id).toBeDefined()
    return found!
  }

  it('holds the key to the marks: what it is compared with and a count per kind of change', () => {
    const words = texts(root)
    expect(words).toContain('Changes since v1.0.yaml:')
    // Tools and the Data group formed; Legacy closed; Storage moved; API renamed; CDN changed.
    for (const entry of ['Added 2', 'Removed 1', 'Moved 1', 'Renamed 1', 'Changed 1']) {
      expect(words).toContain(entry)
    }
  })

  it('draws both versions, a badge on each changed node in its kind’s colour', () => {
    expect(circleFills(node('team:tools'))).toContain(DIFF_COLORS.added)
    expect(circleFills(node('group:data'))).toContain(DIFF_COLORS.added)
    expect(circleFills(node('team:legacy'))).toContain(DIFF_COLORS.removed)
    expect(circleFills(node('team:storage'))).toContain(DIFF_COLORS.moved)
    expect(circleFills(node('team:api'))).toContain(DIFF_COLORS.renamed)
    expect(circleFills(node('team:cdn'))).toContain(DIFF_COLORS.changed)
    // An unchanged team has none.
    expect(circleFills(node('division:core'))).not.toContain(DIFF_COLORS.changed)
  })

  it('ghosts a removed team, says where a moved one came from and chips a stack’s +/−', () => {
    const legacy = node('team:legacy')
    expect(Number(legacy.attributes.opacity)).toBeLessThan(0.75)
    expect([...descendants(legacy)].some((e) => e.attributes['stroke-dasharray'])).toBe(true)
    expect(texts(node('team:storage'))).toContain('moved from Cloud')
    expect(texts(node('team:cdn'))).toEqual(expect.arrayContaining(['+Kubernetes', '−React']))
    // A kept team shows its stack as it is now: React only in the − chip.
    expect(texts(node('team:cdn')).filter((t) => t.includes('React'))).toEqual(['−React'])
  })

  it('leaves all of that out when nothing is compared', () => {
    const plain = parseXml(svgOf(newer).svg)
    expect(texts(plain).some((t) => t.startsWith('Changes since'))).toBe(false)
    expect(nodeGroup(plain, 'team:legacy')).toBeUndefined()
    const fills = circleFills(plain)
    for (const color of Object.values(DIFF_COLORS)) expect(fills).not.toContain(color)
  })

  it('puts the key above the lens legend when a lens is on too', () => {
    const both = texts(
      parseXml(svgOf(newer, { compare, lens: { technologies: ['Go'], mode: 'any' } }).svg)
    )
    const key = both.indexOf('Changes since v1.0.yaml:')
    const lens = both.findIndex((t) => t.startsWith('Teams with any of'))
    expect(key).toBeGreaterThanOrEqual(0)
    expect(lens).toBeGreaterThan(key)
  })
})

describe('an HTML export of a comparison', () => {
  it('has the key in its chart and says what changed in each changed node’s details', () => {
    const drawing = svgOf(newer, { compare })
    const html = writeHtml(drawing.catalog, drawing, { theme: 'dark' })
    expect(html).toContain('>Changes since v1.0.yaml:</text>')
    const json = /<script type="application\/json" id="orgscope-data">(.*?)<\/script>/s.exec(html)
    const { nodes } = JSON.parse(json![1]) as {
      nodes: Record<string, { name: string; changes?: string[] }>
    }
    // The closed team is there with its details, read from the older version.
    expect(nodes['team:legacy']).toMatchObject({ name: 'Legacy', changes: ['removed from Cloud'] })
    expect(nodes['team:storage'].changes).toEqual(['moved from Cloud'])
    expect(nodes['team:cdn'].changes).toEqual(['stack: +Kubernetes −React'])
    expect(nodes['team:tools'].changes).toEqual(['new under Cloud'])
    expect(nodes['division:core'].changes).toBeUndefined()
  })
})
