// @vitest-environment node
import { lstat, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { runCli } from '../../../src/cli/run'
import { SEED_GUIDE_URL } from '../../fixtures/guides'
import { runRecorded } from '../recording-io'
import { useTempDir } from '../../fixtures/temp-dir'

/**
 * Every command that writes a file (export, synth, import) follows the same rules: a relative
 * --out is taken from where the user ran the command, an existing file is replaced only with
 * --force, and the temporary file is created exclusively (issue 18).
 */
const dir = useTempDir('orgscope-write-output-')
let catalog: string

beforeAll(async () => {
  catalog = join(dir.path, 'tiny.yaml')
  await writeFile(
    catalog,
    'schemaVersion: 1\ncompany: { name: Tiny }\ndivisions:\n  - id: eng\n    name: Engineering\n    teams: [{ id: core, name: Core Team }]\n'
  )
})

afterEach(() => vi.unstubAllEnvs())

/** Each writing command, asked to write `out`; what a good run writes starts with `looksLike`. */
const COMMANDS = [
  { name: 'export', args: (out: string) => ['export', catalog, '--out', out], looksLike: '<?xml' },
  { name: 'synth', args: (out: string) => ['synth', '--teams', '3', '--out', out], looksLike: '#' },
  {
    name: 'import',
    args: (out: string) => ['import', fileURLToPath(SEED_GUIDE_URL), '--out', out],
    looksLike: '#'
  }
] as const

const run = (args: readonly string[]) => runRecorded(runCli, [...args])

describe.each(COMMANDS)('orgscope $name --out', ({ name, args, looksLike }) => {
  let folder: string
  beforeEach(async () => {
    folder = await mkdtemp(join(dir.path, `${name}-`))
  })

  it('takes a relative path from where the command was run (INIT_CWD), not the package root', async () => {
    const file = `relative-${name}.${name === 'export' ? 'svg' : 'yaml'}`
    const underRoot = join(process.cwd(), file)
    vi.stubEnv('INIT_CWD', folder)
    try {
      const result = await run(args(file))
      expect(result.stderr).not.toMatch(/could not write/)
      expect(result.code).toBe(0)
      expect((await readFile(join(folder, file), 'utf8')).startsWith(looksLike)).toBe(true)
      expect(await lstat(underRoot).catch(() => undefined)).toBeUndefined()
    } finally {
      await rm(underRoot, { force: true })
    }
  })

  it('refuses to replace an existing file without --force, and replaces it with --force', async () => {
    const out = join(folder, name === 'export' ? 'chart.svg' : 'catalog.yaml')
    await writeFile(out, 'keep me\n')
    const refused = await run(args(out))
    expect(refused.code).toBe(1)
    expect(refused.stdout).toBe('')
    expect(refused.stderr).toBe(
      `orgscope ${name}: could not write ${out}: the file already exists (use --force to replace it)`
    )
    expect(await readFile(out, 'utf8')).toBe('keep me\n')

    const forced = await run([...args(out), '--force'])
    expect(forced.code).toBe(0)
    expect((await readFile(out, 'utf8')).startsWith(looksLike)).toBe(true)
    expect(await readdir(folder)).toEqual([out.slice(folder.length + 1)])
  })

  it('writes a legal 240-character file name, and names a too-long one in plain words', async () => {
    const long = join(folder, `${'n'.repeat(236)}.${name === 'export' ? 'svg' : 'yaml'}`)
    expect((await run(args(long))).code).toBe(0)
    expect((await readFile(long, 'utf8')).startsWith(looksLike)).toBe(true)

    const tooLong = `${'n'.repeat(296)}.yaml`
    const result = await run([
      ...args(join(folder, tooLong)),
      ...(name === 'export' ? ['--format', 'svg'] : [])
    ])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      `orgscope ${name}: could not write ${join(folder, tooLong)}: the file name ${tooLong} is ` +
        'too long (301 bytes; the limit is 255) (choose a shorter name)'
    )
  })

  it('says a folder on the path is a file, not that it is missing', async () => {
    const file = join(folder, 'notes.txt')
    await writeFile(file, 'a file, not a folder')
    const result = await run([
      ...args(join(file, 'out.yaml')),
      ...(name === 'export' ? ['--format', 'svg'] : [])
    ])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`${file} is a file, not a folder`)
  })

  it('writes through a symbolic link, keeping the link', async () => {
    const real = join(folder, 'real.out')
    const link = join(folder, 'link.out')
    await writeFile(real, 'old\n')
    await symlink(real, link)
    const result = await run([
      ...args(link),
      '--force',
      ...(name === 'export' ? ['--format', 'svg'] : [])
    ])
    expect(result.code).toBe(0)
    expect((await lstat(link)).isSymbolicLink()).toBe(true)
    expect((await readFile(real, 'utf8')).startsWith(looksLike)).toBe(true)
  })
})

describe('orgscope synth --out: the temporary file', () => {
  it('never follows a symbolic link planted where the temporary file goes', async () => {
    const folder = await mkdtemp(join(dir.path, 'planted-'))
    const out = join(folder, 'big.yaml')
    const victim = join(folder, 'victim.txt')
    await writeFile(victim, 'precious\n')
    // The name synth used to write through (`<out>.<pid>.tmp`), predictable from outside.
    await symlink(victim, `${out}.${process.pid}.tmp`)
    const result = await run(['synth', '--teams', '3', '--out', out])
    expect(result.code).toBe(0)
    expect(await readFile(victim, 'utf8')).toBe('precious\n')
    expect((await lstat(out)).isSymbolicLink()).toBe(false)
    expect((await readFile(out, 'utf8')).startsWith('#')).toBe(true)
  })
})

describe('--help of the writing commands', () => {
  it.each(['export', 'synth', 'import'])('%s states the --out rules', async (name) => {
    const { stdout } = await run([name, '--help'])
    expect(stdout).toContain('--force')
    expect(stdout).toContain('PATH is relative to where you run the command')
    expect(stdout).toContain('An existing file is replaced only with --force')
  })
})
