// @vitest-environment node
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run'
import { recordingIo } from './recording-io'

let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'orgscope-export-'))
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function run(...args: string[]) {
  const { io, stdout, stderr } = recordingIo()
  const code = await runCli(['export', ...args], io)
  return { code, stdout: stdout(), stderr: stderr() }
}

describe('orgscope export', () => {
  it.each([
    ['svg', (b: Buffer) => b.toString('utf8').startsWith('<?xml') && b.includes('<svg')],
    ['png', (b: Buffer) => b.subarray(1, 4).toString('latin1') === 'PNG'],
    ['pdf', (b: Buffer) => b.subarray(0, 5).toString('latin1') === '%PDF-'],
    ['html', (b: Buffer) => b.toString('utf8').startsWith('<!doctype html>')]
  ])('writes a %s file of the bundled catalog', async (format, looksRight) => {
    const out = join(dir, `chart.${format}`)
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

  it('takes the format from the file extension, and the scale for PNG', async () => {
    const out = join(dir, 'scaled.png')
    const result = await run('--out', out, '--scale', '1')
    expect(result.code).toBe(0)
    const one = (await readFile(out)).readUInt32BE(16)
    await run('--out', out, '--scale', '3')
    expect((await readFile(out)).readUInt32BE(16)).toBe(one * 3)
  })

  it('exports a catalog file given on the command line', async () => {
    const catalog = join(dir, 'tiny.yaml')
    await writeFile(
      catalog,
      'schemaVersion: 1\ncompany: { name: Tiny }\ndivisions:\n  - id: eng\n    name: Engineering\n    teams: [{ id: core, name: Core Team }]\n'
    )
    const out = join(dir, 'tiny.svg')
    expect((await run(catalog, '--out', out)).code).toBe(0)
    expect(await readFile(out, 'utf8')).toContain('>Core Team</text>')
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
    const before = await readdir(dir)
    const result = await run(...args)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(message)
    expect(result.stdout).toBe('')
    expect(await readdir(dir)).toEqual(before)
  })

  it('leaves an existing file as it was when the folder does not exist', async () => {
    const result = await run('--out', join(dir, 'missing', 'chart.png'))
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`the folder ${join(dir, 'missing')} does not exist`)
  })

  it('prints its help', async () => {
    const result = await run('--help')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('--format F')
  })
})
