// @vitest-environment node
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { runCli } from '../../../src/cli/run'
import type { RasterLimits } from '../../../src/shared/export/raster-size'
import { runRecorded } from '../recording-io'
import { useTempDir } from '../../fixtures/temp-dir'

/**
 * The CLI renders with the app's renderInNode; a test may lower its PNG limits, so that the
 * bundled catalog is "too large" and the cap and its note show without drawing a huge image.
 */
const renderLimits = vi.hoisted(() => ({ raster: undefined as RasterLimits | undefined }))
vi.mock('../../../src/node/export/render-in-node', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/node/export/render-in-node')>()
  return {
    ...actual,
    renderInNode: (...[catalog, view, options, settings]: Parameters<typeof actual.renderInNode>) =>
      actual.renderInNode(catalog, view, options, {
        ...settings,
        ...(renderLimits.raster && { rasterLimits: renderLimits.raster })
      })
  }
})

const dir = useTempDir('orgscope-export-')

const run = (...args: string[]) => runRecorded(runCli, ['export', ...args])

describe('orgscope export', () => {
  it.each([
    ['svg', (b: Buffer) => b.toString('utf8').startsWith('<?xml') && b.includes('<svg')],
    ['png', (b: Buffer) => b.subarray(1, 4).toString('latin1') === 'PNG'],
    ['pdf', (b: Buffer) => b.subarray(0, 5).toString('latin1') === '%PDF-'],
    ['html', (b: Buffer) => b.toString('utf8').startsWith('<!doctype html>')]
  ])('writes a %s file of the bundled catalog', async (format, looksRight) => {
    const out = join(dir.path, `chart.${format}`)
    const result = await run(
      '--format',
      format,
      '--out',
      out,
      '--tech',
      'golang,k8s',
      '--title',
      'Teleport'
    )
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(
      new RegExp(`^wrote .*chart\\.${format} \\(${format.toUpperCase()}, \\d+×\\d+`)
    )
    expect(looksRight(await readFile(out))).toBe(true)
  })

  // QA (q30): a PNG written to chart.svg, and a lens of only-mentioned technologies that greys
  // every team, both said nothing.
  it('notes a file named for another format, and a lens its technologies light no team of', async () => {
    const misnamed = await run('--format', 'png', '--out', join(dir.path, 'misnamed.svg'))
    expect(misnamed.code).toBe(0)
    expect(misnamed.stderr).toContain(
      'misnamed.svg holds a PNG (the --format given), not what its extension says; name it .png to open it as one'
    )
    // Azure: in one team's mentions of the bundled catalog, in no stack.
    const mentioned = await run('--tech', 'Azure', '--out', join(dir.path, 'azure.svg'))
    expect(mentioned.code).toBe(0)
    expect(mentioned.stderr).toContain(
      'no team states Azure in its stack, so the lens lights none; --include-mentions lights the team that mentions it'
    )
    const included = await run(
      '--tech',
      'Azure',
      '--include-mentions',
      '--out',
      join(dir.path, 'azure-all.svg')
    )
    expect(included.stderr).toBe('')
  })

  it('takes the format from the file extension, and the scale for PNG', async () => {
    const out = join(dir.path, 'scaled.png')
    const result = await run('--out', out, '--scale', '1')
    expect(result.code).toBe(0)
    const one = (await readFile(out)).readUInt32BE(16)
    await run('--out', out, '--scale', '3', '--force')
    expect((await readFile(out)).readUInt32BE(16)).toBe(one * 3)
  })

  describe('a PNG too large for a bitmap', () => {
    afterEach(() => {
      renderLimits.raster = undefined
    })

    it('is drawn smaller, within the limits, with a note on stderr saying so', async () => {
      renderLimits.raster = { maxSide: 1000, maxPixels: 400_000 }
      const out = join(dir.path, 'capped.png')
      const result = await run('--out', out, '--scale', '2')
      expect(result.code).toBe(0)
      const bytes = await readFile(out)
      const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)]
      expect(Math.max(width, height)).toBeLessThanOrEqual(1000)
      expect(width * height).toBeLessThanOrEqual(400_000)
      expect(result.stdout).toBe(`wrote ${out} (PNG, ${width}×${height} px, ${kibOf(bytes)})`)
      expect(result.stderr).toMatch(
        /^orgscope export: note: Scaled to 0\.\d+× \([\d,]+ × [\d,]+ px\) instead of 2× to stay under 0\.4 megapixels; export SVG or PDF for full detail\.$/
      )
    })
  })

  describe('PDF paper', () => {
    const pdfinfo = (path: string) => execFileSync('pdfinfo', [path], { encoding: 'utf8' })

    it('prints on A4 or Letter pages and says how many', async () => {
      const out = join(dir.path, 'a4.pdf')
      const result = await run('--out', out, '--paper', 'a4', '--orientation', 'landscape')
      expect(result.stderr).toBe('')
      expect(result.stdout).toMatch(
        /^wrote .*a4\.pdf \(PDF, A4 landscape: 3 pages — an overview, then 2 tiles \(2 rows × 1 column\) at 100%, [\d.]+ KiB\)$/
      )
      expect(pdfinfo(out)).toMatch(/Pages:\s+3\n/)
      expect(pdfinfo(out)).toMatch(/Page size:\s+841\.89 x 595\.276 pts \(A4\)/)

      const letter = join(dir.path, 'letter.pdf')
      expect((await run('--out', letter, '--paper', 'letter')).stdout).toContain(
        'Letter portrait: 1 page, at 93%'
      )
      expect(pdfinfo(letter)).toMatch(/Page size:\s+612 x 792 pts \(letter\)/)
    })

    it.each([
      [['--out', 'x.pdf', '--paper', 'a3'], '--paper must be fit or a4 or letter, got "a3"'],
      [
        ['--out', 'x.pdf', '--paper', 'a4', '--orientation', 'landscap'],
        '--orientation must be portrait or landscape, got "landscap" (did you mean "landscape"?)'
      ],
      [['--out', 'x.png', '--paper', 'a4'], '--paper is for PDF; a PNG file has no pages'],
      [['--out', 'x.pdf', '--orientation', 'landscape'], '--orientation needs --paper a4 or letter']
    ])('refuses %j with a clear message', async (args, message) => {
      const result = await run(...args)
      expect(result.code).toBe(1)
      expect(result.stderr).toContain(message)
    })
  })

  it('exports a catalog file given on the command line', async () => {
    const catalog = join(dir.path, 'tiny.yaml')
    await writeFile(
      catalog,
      'schemaVersion: 1\ncompany: { name: Tiny }\ndivisions:\n  - id: eng\n    name: Engineering\n    teams: [{ id: core, name: Core Team }]\n'
    )
    const out = join(dir.path, 'tiny.svg')
    expect((await run(catalog, '--out', out)).code).toBe(0)
    expect(await readFile(out, 'utf8')).toContain('>Core Team</text>')
  })

  it('draws what changed since an older version with --compare, with the key', async () => {
    const tiny = (teams: string) =>
      `schemaVersion: 1\ncompany: { name: Tiny }\ndivisions:\n  - id: eng\n    name: Engineering\n    teams: [${teams}]\n`
    const older = join(dir.path, 'tiny-old.yaml')
    const newer = join(dir.path, 'tiny-new.yaml')
    await writeFile(older, tiny('{ id: core, name: Core Team }, { id: legacy, name: Legacy }'))
    await writeFile(newer, tiny('{ id: core, name: Core Team }, { id: web, name: Web }'))
    const out = join(dir.path, 'compared.svg')
    const result = await run(newer, '--compare', older, '--out', out)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const svg = await readFile(out, 'utf8')
    expect(svg).toContain('>Changes since tiny-old.yaml:</text>')
    expect(svg).toContain('>Added 1</text>')
    expect(svg).toContain('>Removed 1</text>')
    expect(svg).toContain('>Legacy</text>')
  })

  it('draws the relations between teams with --relations, and leaves them out without it', async () => {
    const quillfeather = join(process.cwd(), 'data/examples/quillfeather.yaml')
    const dashed = (svg: string) => svg.match(/stroke-dasharray="6 4"/g)?.length ?? 0
    const plain = join(dir.path, 'plain.svg')
    const related = join(dir.path, 'related.svg')
    expect((await run(quillfeather, '--expand', 'all', '--out', plain)).code).toBe(0)
    expect((await run(quillfeather, '--expand', 'all', '--relations', '--out', related)).code).toBe(
      0
    )
    expect(dashed(await readFile(plain, 'utf8'))).toBe(0)
    expect(dashed(await readFile(related, 'utf8'))).toBeGreaterThan(2)
    expect(await readFile(related, 'utf8')).toContain('>depends on</text>')
  })

  it('says where an older version that does not load goes wrong, and writes nothing', async () => {
    const before = await readdir(dir.path)
    const result = await run(
      '--compare',
      join(dir.path, 'nowhere.yaml'),
      '--out',
      join(dir.path, 'x.svg')
    )
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('nowhere.yaml')
    expect(await readdir(dir.path)).toEqual(before)
  })

  it.each([
    [['--format', 'png'], 'missing --out PATH'],
    [['--out', 'x.jpg'], 'missing --format (svg, png, pdf or html): "x.jpg" does not say which'],
    [
      ['--format', 'svgg', '--out', 'x'],
      'unknown format "svgg": choose svg, png, pdf, html (did you mean "svg"?)'
    ],
    [['--out', 'x.png', '--scale', '5'], '--scale must be a number from 1 to 4, got "5"'],
    [['--out', 'x.png', '--scale', 'big'], '--scale must be a number from 1 to 4, got "big"'],
    [
      ['--out', 'x.png', '--tech', 'Kubernets'],
      '--tech: unknown technology "Kubernets" (did you mean "Kubernetes"?)'
    ],
    [
      ['--out', 'x.png', '--theme', 'darkk'],
      '--theme must be light or dark, got "darkk" (did you mean "dark"?)'
    ],
    [['--out', 'x.png', '--scope', 'view'], "--scope view exports the app window's current view"],
    [['--out', 'x.png', '--colour', 'red'], "Unknown option '--colour'"]
  ])('exits 1 with a clear message for %j', async (args, message) => {
    const before = await readdir(dir.path)
    const result = await run(...args)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(message)
    expect(result.stdout).toBe('')
    expect(await readdir(dir.path)).toEqual(before)
  })

  it('leaves an existing file as it was when the folder does not exist', async () => {
    const result = await run('--out', join(dir.path, 'missing', 'chart.png'))
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`the folder ${join(dir.path, 'missing')} does not exist`)
  })

  it('prints its help', async () => {
    const result = await run('--help')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('--format F')
    expect(result.stdout).toContain('--paper fit|a4|letter')
    expect(result.stdout).toContain('--orientation portrait|landscape')
  })
})

function kibOf(bytes: Buffer): string {
  return `${(bytes.length / 1024).toFixed(1)} KiB`
}
