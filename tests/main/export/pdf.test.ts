// @vitest-environment node
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { svgToPdf } from '../../../src/main/export/pdf'
import { allTeams } from '../../../src/shared/catalog/catalog'
import { teamNodeIds } from '../../../src/shared/tree/org-tree'
import { loadTeleportCatalog } from '../../fixtures/catalog'
import { svgOf } from '../../shared/export/svg-document'

// poppler-utils (pdftotext, pdffonts) reads the PDF back as a PDF reader would; .ci/run installs it.
const dir = mkdtempSync(join(tmpdir(), 'orgscope-pdf-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const teleport = loadTeleportCatalog()

async function pdfFile(): Promise<{ bytes: Buffer; path: string }> {
  const drawing = svgOf(teleport, {
    collapsed: teamNodeIds(teleport),
    lens: { technologies: ['Go'] }
  })
  const bytes = await svgToPdf(drawing.svg, drawing, {
    title: 'Teleport',
    creationDate: new Date(0)
  })
  const path = join(dir, 'chart.pdf')
  writeFileSync(path, bytes)
  return { bytes, path }
}

describe('svgToPdf', () => {
  it('writes one vector page whose text a PDF reader extracts: every team name', async () => {
    const { bytes, path } = await pdfFile()
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
    for (const team of allTeams(teleport)) expect(text).toContain(team.name)
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
    expect(info).toMatch(/Pages:\s+1\n/)
  })

  it('embeds Inter at the four weights the chart uses', async () => {
    const { path } = await pdfFile()
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' })
    for (const name of ['Inter-Regular', 'Inter-Medium', 'Inter-SemiBold', 'Inter-Bold']) {
      expect(fonts).toMatch(new RegExp(`\\+${name}\\s+CID TrueType\\s+Identity-H\\s+yes yes`))
    }
  })

  it('sizes the page to the chart (CSS pixels at 96 dpi in points)', async () => {
    const drawing = svgOf(teleport, { collapsed: teamNodeIds(teleport) })
    const { path } = await pdfFile()
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!
    expect(Number(w)).toBeCloseTo(drawing.width * 0.75, 1)
    // Same collapsed view plus a one-row legend: at least as tall as without it.
    expect(Number(h)).toBeGreaterThanOrEqual(drawing.height * 0.75)
  })
})
