// @vitest-environment node
import { execFile } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { dump } from '../../src/cli/commands/dump'
import { validate } from '../../src/cli/commands/validate'
import { runCli } from '../../src/cli/run'
import { knownTechnologies } from '../../src/shared/technology/dictionary/known-technologies'
import type { CatalogDump } from '../../src/cli/output/catalog-dump'
import { makeCatalogFile, makeDivision, makeTeam, toYaml } from '../fixtures/catalog'
import { recordingIo } from './recording-io'
import { useTempDir } from '../fixtures/temp-dir'

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))

const dir = useTempDir('orgscope-cli-')
let broken: string

beforeAll(async () => {
  broken = join(dir.path, 'broken.yaml')
  const team = makeTeam({ stack: ['Kubernets'], mentions: ['Go', 'Go'], colour: 'blue' } as never)
  await writeFile(broken, toYaml(makeCatalogFile({ divisions: [makeDivision({ teams: [team] })] })))
})

describe('orgscope validate', () => {
  it('exits 0 with a one-line summary of the bundled catalog', async () => {
    const { io, stdout, stderr } = recordingIo()
    expect(await validate([], io)).toBe(0)
    expect(stdout()).toMatch(/^ok: .*teleport\.yaml: 13 teams, \d+ projects, \d+ technologies$/)
    expect(stderr()).toBe('')
  })

  it('exits 1 and prints every problem as file:line:column on stderr', async () => {
    const { io, stdout, stderr } = recordingIo()
    expect(await validate([broken], io)).toBe(1)
    expect(stdout()).toBe('')
    const lines = stderr().split('\n')
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines) expect(line).toMatch(/^.+:\d+:\d+ /)
    expect(lines[0]).toContain(`${broken}:`)
  })

  it('reports each problem of a catalog that passes the schema but fails the cross-checks', async () => {
    const file = join(dir.path, 'cross-checks.yaml')
    const team = makeTeam({ stack: ['Kubernets'], mentions: ['Go', 'Go'] })
    await writeFile(file, toYaml(makeCatalogFile({ divisions: [makeDivision({ teams: [team] })] })))
    const { io, stderr } = recordingIo()
    expect(await validate([file], io)).toBe(1)
    expect(stderr().split('\n')).toEqual([
      expect.stringMatching(
        /:\d+:\d+ unknown technology "Kubernets" \(did you mean "Kubernetes"\?\)$/
      ),
      expect.stringMatching(
        /:\d+:\d+ "Go" is listed twice \(as "Go"\) \(remove the duplicate entry\)$/
      )
    ])
  })

  it('exits 1 with a usage message for an unknown flag or a second file', async () => {
    for (const args of [['--strict'], ['a.yaml', 'b.yaml']]) {
      const { io, stderr } = recordingIo()
      expect(await validate(args, io)).toBe(1)
      expect(stderr()).toMatch(/Usage: orgscope validate \[file\]/)
    }
  })
})

describe('orgscope dump --json', () => {
  it('prints the normalized catalog as JSON', async () => {
    const { io, stdout } = recordingIo()
    expect(await dump(['--json'], io)).toBe(0)
    const result = JSON.parse(stdout()) as CatalogDump
    expect(Object.keys(result)).toEqual(['company', 'divisions', 'technologies'])
    expect(result.divisions.flatMap((division) => division.teams)).toHaveLength(13)
    const reliability = result.divisions[1].teams.find((team) => team.id === 'cloud-reliability')
    expect(reliability?.stack).toContain('Go')
    expect(reliability?.projects[0]).toEqual({
      title: 'Scaling cloud capabilities to thousands of tenants',
      status: 'current'
    })
    for (const technology of result.technologies) expect(Array.isArray(technology.teams)).toBe(true)
    expect(result.technologies[0]).toMatchObject({ name: 'Kubernetes', category: 'platform' })
  })

  it('prints it with 2-space indentation', async () => {
    const { io, stdout } = recordingIo()
    await dump(['--json'], io)
    expect(stdout()).toMatch(/^\{\n {2}"company": \{\n {4}"name": "Teleport",/)
  })

  it('exits 1 and asks for a format when --json is missing', async () => {
    const { io, stdout, stderr } = recordingIo()
    expect(await dump([], io)).toBe(1)
    expect(stdout()).toBe('')
    expect(stderr()).toMatch(/--json/)
  })

  it('exits 1 with diagnostics, not JSON, for a broken file', async () => {
    const { io, stdout, stderr } = recordingIo()
    expect(await dump([broken, '--json'], io)).toBe(1)
    expect(stdout()).toBe('')
    expect(stderr()).toMatch(/^.+:\d+:\d+ /)
  })
})

describe('orgscope', () => {
  it('exits 1 for an unknown command, with a did-you-mean and the usage', async () => {
    const { io, stdout, stderr } = recordingIo()
    expect(await runCli(['validat'], io)).toBe(1)
    expect(stdout()).toBe('')
    expect(stderr()).toMatch(/^orgscope: unknown command "validat" \(did you mean "validate"\?\)/)
    expect(stderr()).toMatch(/Usage: orgscope <command>/)
  })

  it('exits 1 with the usage when no command is given', async () => {
    const { io, stderr } = recordingIo()
    expect(await runCli([], io)).toBe(1)
    expect(stderr()).toMatch(/missing command[\s\S]*Usage: orgscope <command>/)
  })

  it('prints the usage on stdout and exits 0 for --help', async () => {
    const { io, stdout } = recordingIo()
    expect(await runCli(['--help'], io)).toBe(0)
    expect(stdout()).toMatch(/validate \[file\][\s\S]*dump \[file\] --json/)
  })

  // QA (q30): the help said "about 1,400 technologies" when the dictionary held 2,255.
  it("says how many technologies import's dictionary knows, as many as it does", async () => {
    const { io, stdout } = recordingIo()
    expect(await runCli(['import', '--help'], io)).toBe(0)
    const said = /dictionary of about ([\d,]+) technologies/u.exec(stdout())
    expect(said).not.toBeNull()
    const count = Number(said![1].replace(/,/gu, ''))
    expect(knownTechnologies().length - count).toBeGreaterThanOrEqual(0)
    expect(knownTechnologies().length - count).toBeLessThan(100)
  })

  it('runs as `tsx src/cli/index.ts`, the command behind `npm run orgscope`', async () => {
    const { stdout, stderr } = await promisify(execFile)(
      'npx',
      ['tsx', 'src/cli/index.ts', 'validate'],
      { cwd: REPO_ROOT, timeout: 60_000 }
    )
    expect(stdout).toBe('ok: data/teleport.yaml: 13 teams, 38 projects, 25 technologies\n')
    expect(stderr).toBe('')
  }, 90_000)
})
