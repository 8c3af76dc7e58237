// @vitest-environment node
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { fit } from '../../../src/cli/commands/fit'
import { runCli } from '../../../src/cli/run'
import { makeCatalogFile, makeDivision, makeTeam, toYaml } from '../../fixtures/catalog'
import { recordingIo, runLines, runRecorded } from '../recording-io'
import { useTempDir } from '../../fixtures/temp-dir'

const dir = useTempDir('orgscope-fit-cli-')
/** Go, Kubernetes, React. api: stack Go; mobile: an iOS team with no technologies. */
let small: string

beforeAll(async () => {
  small = join(dir.path, 'small.yaml')
  const teams = [
    makeTeam({ id: 'api', name: 'API', summary: 'Serves the public API.', stack: ['Go'] }),
    makeTeam({ id: 'mobile', name: 'Mobile', summary: 'Builds the iOS app.' })
  ]
  await writeFile(small, toYaml(makeCatalogFile({ divisions: [makeDivision({ teams })] })))
})

const run = (args: string[]) => runRecorded(fit, args)

interface FitRow {
  team: string
  score: number
  reasons: { kind: string; text: string }[]
}

describe('orgscope fit', () => {
  it('prints [{ team, score, reasons }] best first with --json', async () => {
    const { code, stdout, stderr } = await run([
      '--tech',
      'golang,k8s',
      '--interest',
      'SRE',
      '--json'
    ])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    const rows = JSON.parse(stdout) as FitRow[]
    expect(rows[0].team).toBe('cloud-reliability')
    expect(rows[0].score).toBe(100)
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(['team', 'score', 'reasons'])
      expect(row.score).toBeGreaterThan(0)
      expect(row.reasons.length).toBeGreaterThan(0)
      for (const reason of row.reasons) {
        expect(reason.kind).toMatch(/^(stack|mention|project|interest|forming)$/)
        expect(typeof reason.text).toBe('string')
      }
    }
    const scores = rows.map((row) => row.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
  })

  it('prints a ranked list with each team’s reasons indented beneath it', async () => {
    expect(await runLines(fit, ['--tech', 'React'])).toEqual([
      'Teams for React: 1 of 13 fit',
      '',
      '1. 100  Cloud Application Team (cloud-application, Cloud)',
      "        - React is in the team's stated stack"
    ])
  })

  it('ranks a given catalog file with the interests found in it', async () => {
    const { code, stdout } = await run([small, '--interest', 'mobile', '--json'])
    expect(code).toBe(0)
    expect((JSON.parse(stdout) as FitRow[]).map((row) => row.team)).toEqual(['mobile'])
  })

  it('says so when no team fits', async () => {
    const { code, stdout } = await run([small, '--tech', 'React'])
    expect(code).toBe(0)
    expect(stdout).toBe('Teams for React: 0 of 2 fit')
  })

  it('exits 1 for an unknown technology, with a did-you-mean', async () => {
    const { code, stdout, stderr } = await run(['--tech', 'Kubernets', '--json'])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toBe('orgscope fit: unknown technology "Kubernets" (did you mean "Kubernetes"?)')
  })

  it('exits 1 for an unknown interest, listing the interests this catalog has', async () => {
    const { code, stdout, stderr } = await run(['--interest', 'securty'])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    const [problem, available] = stderr.split('\n')
    expect(problem).toBe('orgscope fit: unknown interest "securty" (did you mean "security"?)')
    expect(available).toMatch(/^Interests in this catalog: security, sre, /)
  })

  it('exits 1 for an interest no team of this catalog has', async () => {
    const { code, stderr } = await run([small, '--interest', 'security'])
    expect(code).toBe(1)
    expect(stderr.split('\n')).toEqual([
      'orgscope fit: no team in this catalog matches the interest "security"',
      'Interests in this catalog: mobile'
    ])
  })

  it('exits 1 with the usage when given neither --tech nor --interest', async () => {
    const { code, stdout, stderr } = await run([])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^orgscope fit: choose technologies with --tech A,B/)
    expect(stderr).toContain('Usage: orgscope fit [file] --tech A,B')
  })

  it('lists the catalog’s interests with --list-interests', async () => {
    const json = await run(['--list-interests', '--json'])
    expect(json.code).toBe(0)
    const interests = JSON.parse(json.stdout) as { id: string; teams: string[] }[]
    expect(interests.find((i) => i.id === 'security')?.teams).toContain('product-security')

    const table = await run(['--list-interests', small])
    expect(table.stdout.split('\n')).toEqual([
      expect.stringMatching(/^INTEREST +LABEL +TEAMS +TEAM IDS$/),
      expect.stringMatching(/^mobile +mobile +1 +mobile$/)
    ])
  })

  it('is reachable through the CLI entry point', async () => {
    const { io, stdout } = recordingIo()
    expect(await runCli(['fit', '--tech', 'React', '--json'], io)).toBe(0)
    expect((JSON.parse(stdout()) as FitRow[])[0].team).toBe('cloud-application')
  })
})
