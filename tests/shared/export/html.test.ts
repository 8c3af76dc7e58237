// @vitest-environment node
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { writeHtml } from '../../../src/shared/export/html'
import { allTeams } from '../../../src/shared/catalog/all-teams'
import { loadTeleportCatalog, makeCatalog, makeDivision, makeTeam } from '../../fixtures/catalog'
import { svgOf } from './svg-document'

const teleport = loadTeleportCatalog()

function htmlOf(catalog = teleport): string {
  return writeHtml(catalog, svgOf(catalog, { collapsed: [] }), { theme: 'light' })
}

describe('writeHtml', () => {
  it('makes no request: no http(s) src, href or url() anywhere, and a CSP that forbids them', () => {
    const html = htmlOf()
    expect(html).not.toMatch(/\s(src|href)\s*=\s*["']?\s*(https?:)?\/\//i)
    expect(html).not.toMatch(/url\(\s*["']?\s*(https?:)?\/\//i)
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]*\s(src|href)=/i)
    expect(html).toContain(`content="default-src 'none';`)
  })

  it('embeds the chart as inline SVG and the details of every node as JSON', () => {
    const html = htmlOf()
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"')
    const json = /<script type="application\/json" id="orgscope-data">(.*?)<\/script>/s.exec(html)
    const data = JSON.parse(json![1]) as {
      nodes: Record<string, { name: string; links?: unknown[] }>
    }
    for (const team of allTeams(teleport))
      expect(data.nodes[`team:${team.id}`].name).toBe(team.name)
    // Catalog links travel as data, shown as <a> only when a reader opens a node's details.
    const linked = allTeams(teleport).find((t) => t.links.length > 0)!
    expect(data.nodes[`team:${linked.id}`].links).toEqual(linked.links)
  })

  it('cannot be broken out of by catalog text', () => {
    const evil = '</script><script>alert(1)</script>'
    const html = htmlOf(
      makeCatalog({ divisions: [makeDivision({ teams: [makeTeam({ summary: evil })] })] })
    )
    expect(html.match(/<script/g)).toHaveLength(2)
    expect(html).toContain('\\u003c/script>')
  })

  it('allows its one inline script by the hash of what it emits, never by unsafe-inline', () => {
    const html = htmlOf()
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)![1]
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src '))
    // Every script the browser would run: <script> without a type (the data one is JSON).
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1])
    expect(scripts).toHaveLength(1)
    const hash = createHash('sha256').update(scripts[0], 'utf8').digest('base64')
    expect(scriptSrc).toBe(`script-src 'sha256-${hash}'`)
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(policy).toMatch(/^default-src 'none'; /)
  })
})
