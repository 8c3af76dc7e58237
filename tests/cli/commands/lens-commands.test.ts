// @vitest-environment node
import { execFile } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { match } from '../../../src/cli/commands/match'
import { synth } from '../../../src/cli/commands/synth'
import { techs } from '../../../src/cli/commands/techs'
import { validate } from '../../../src/cli/commands/validate'
import { runCli } from '../../../src/cli/run'
import { catalogArg } from '../../../src/cli/args/catalog-arg'
import {
  loadCatalog,
  makeCatalogFile,
  makeDivision,
  makeTeam,
  toYaml
} from '../../fixtures/catalog'
import { recordingIo, runJson, runLines, runRecorded } from '../recording-io'
import { useTempDir } from '../../fixtures/temp-dir'

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url))

const dir = useTempDir('orgscope-lens-cli-')
/** Go (Golang), Kubernetes (k8s), React. api: Go + mentions Kubernetes; web: React; ops: both. */
let small: string

beforeAll(async () => {
  small = join(dir.path, 'small.yaml')
  const teams = [
    makeTeam({
      id: 'api',
      stack: ['Go'],
      mentions: ['Kubernetes'],
      projects: [{ title: 'Gateway', technologies: ['Go'] }]
    }),
    makeTeam({ id: 'web', stack: ['React'], projects: [{ title: 'Site' }] }),
    makeTeam({
      id: 'ops',
      stack: ['Kubernetes', 'Go'],
      projects: [{ title: 'Operator', technologies: ['Kubernetes', 'Go'] }]
    })
  ]
  await writeFile(small, toYaml(makeCatalogFile({ divisions: [makeDivision({ teams })] })))
})

interface TechRow {
  name: string
  category: string
  implied: boolean
  count: number
  stackCount: number
  teams: string[]
}

describe('orgscope techs', () => {
  it('prints every technology as { name, category, family, icon, members, implied, count, stackCount, teams } with --json', async () => {
    const { code, stdout, stderr } = await runRecorded(techs, ['--json'])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    const rows = JSON.parse(stdout) as TechRow[]
    // The file's 25, and HashiCorp, the family its Terraform and Packer name.
    expect(rows).toHaveLength(26)
    expect(rows.filter((row) => row.implied).map((row) => row.name)).toEqual(['HashiCorp'])
    for (const row of rows) {
      expect(Object.keys(row)).toEqual([
        'name',
        'category',
        'family',
        'icon',
        'members',
        'implied',
        'count',
        'stackCount',
        'teams'
      ])
      expect(row.count).toBe(row.teams.length)
      expect(row.stackCount).toBeLessThanOrEqual(row.count)
    }
    expect(rows[0]).toEqual({
      name: 'Kubernetes',
      category: 'platform',
      family: null,
      icon: 'kubernetes',
      members: [],
      implied: false,
      count: 4,
      stackCount: 2,
      teams: [
        'server-and-kubernetes-access',
        'teleport-devops',
        'cloud-reliability',
        'cloud-application'
      ]
    })
  })

  it('lists the most shared first, then by name', async () => {
    const rows = JSON.parse((await runRecorded(techs, ['--json'])).stdout) as TechRow[]
    for (let i = 1; i < rows.length; i++) {
      const [before, after] = [rows[i - 1], rows[i]]
      expect(before.count).toBeGreaterThanOrEqual(after.count)
      if (before.count === after.count) {
        expect(before.name.toLowerCase() < after.name.toLowerCase()).toBe(true)
      }
    }
  })

  it('prints an aligned table without --json', async () => {
    const { code, stdout } = await runRecorded(techs, [small])
    expect(code).toBe(0)
    const [header, ...rows] = stdout.split('\n')
    expect(header).toMatch(/^TECHNOLOGY +CATEGORY +TEAMS +STACK +TEAM IDS$/)
    expect(rows).toEqual([
      expect.stringMatching(/^Go +language +2 +2 +api, ops$/),
      expect.stringMatching(/^Kubernetes +platform +2 +1 +api, ops$/),
      expect.stringMatching(/^React +frontend +1 +1 +web$/)
    ])
    const column = header.indexOf('CATEGORY')
    expect(rows.map((row) => row.slice(column).split(' ')[0])).toEqual([
      'language',
      'platform',
      'frontend'
    ])
    const teamIds = header.indexOf('TEAM IDS')
    expect(rows.map((row) => row.slice(teamIds))).toEqual(['api, ops', 'api, ops', 'web'])
  })

  it('lists with --unknown only the technologies no dictionary knows', async () => {
    // The bundled catalog's in-house tools, as a company's own catalog would have them (the
    // dictionary knows every name the bundled catalog registers since session 17).
    const bundled = await readFile(catalogArg(undefined), 'utf8')
    const inHouse = join(dir.path, 'in-house.yaml')
    await writeFile(
      inHouse,
      bundled.replaceAll('Alertmanager', 'Pagewright').replaceAll('Grafana Cloud', 'Tracebeacon')
    )
    const rows = JSON.parse(
      (await runRecorded(techs, [inHouse, '--unknown', '--json'])).stdout
    ) as TechRow[]
    expect(rows.map((row) => row.name)).toEqual(['Pagewright', 'Tracebeacon'])
    const table = await runRecorded(techs, [inHouse, '--unknown'])
    expect(table.stdout.split('\n').slice(1)).toEqual([
      expect.stringMatching(/^Pagewright +observability +1 +1 +cloud-reliability$/),
      expect.stringMatching(/^Tracebeacon +observability +1 +1 +cloud-reliability$/)
    ])
    expect(await runRecorded(techs, ['--unknown'])).toMatchObject({ code: 0 })
    const known = await runRecorded(techs, [small, '--unknown'])
    expect(known).toMatchObject({
      code: 0,
      stdout: 'every technology in the catalog is one the technology dictionary knows'
    })
  })

  it('exits 1 with diagnostics for a file that does not load', async () => {
    const { code, stdout, stderr } = await runRecorded(techs, [
      join(dir.path, 'missing.yaml'),
      '--json'
    ])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/missing\.yaml file not found/)
  })
})

interface MatchOutput {
  technologies: string[]
  mode: string
  includeMentions: boolean
  teams: string[]
  projects: { id: string; title: string; team: string }[]
}

const matchJson = (args: string[]) => runJson<MatchOutput>(match, args)

describe('orgscope match', () => {
  it('prints the lens and what it matches as JSON, resolving aliases to canonical names', async () => {
    expect(await matchJson(['--tech', 'k8s,golang'])).toEqual({
      technologies: ['Kubernetes', 'Go'],
      mode: 'any',
      includeMentions: false,
      teams: ['cloud-reliability', 'cloud-application'],
      projects: [
        {
          id: 'server-and-kubernetes-access/2',
          title: 'eBPF monitoring and access controls for Kubernetes clusters',
          team: 'server-and-kubernetes-access'
        },
        {
          id: 'teleport-devops/1',
          title: 'Configuration management modules and docs',
          team: 'teleport-devops'
        },
        {
          id: 'cloud-application/1',
          title: 'Custom Kubernetes operators',
          team: 'cloud-application'
        }
      ]
    })
  })

  it('finds both Grafana teams of the bundled catalog with --tech Grafana, by family', async () => {
    const bundled = await matchJson(['--tech', 'Grafana'])
    expect(bundled.teams).toEqual(['cloud-reliability', 'cloud-application'])
    // The same catalog as schemaVersion 1, whose Grafana Cloud names no family: the technology
    // dictionary's family (Grafana Cloud → Grafana, in the registry) finds the team on it.
    const teleport = await readFile(join(REPO_ROOT, 'data/teleport.yaml'), 'utf8')
    const v1 = teleport
      .replace(/^schemaVersion: 2\b/mu, 'schemaVersion: 1')
      .replace(/^ {4}family: Grafana\n/mu, '')
    expect(v1).not.toMatch(/family:/u)
    const file = join(dir.path, 'teleport-v1.yaml')
    await writeFile(file, v1)
    expect((await matchJson([file, '--tech', 'Grafana'])).teams).toEqual([
      'cloud-reliability',
      'cloud-application'
    ])
    const rows = JSON.parse((await runRecorded(techs, [file, '--json'])).stdout) as (TechRow & {
      family: string | null
      icon: string | null
    })[]
    const row = (name: string) => rows.find((r) => r.name === name)
    expect(row('Grafana Cloud')).toMatchObject({ family: 'Grafana', icon: null })
    expect(row('Grafana')).toMatchObject({ family: null, icon: 'grafana' })
  })

  it('finds the teams on AWS services with --tech AWS where no line of the catalog says AWS', async () => {
    // h114's QA: four teams, each on an AWS service, and AWS in no team's stack nor the registry.
    const services = ['Amazon EKS', 'Amazon S3', 'AWS Lambda', 'SageMaker']
    const file = join(dir.path, 'aws-services.yaml')
    const text = toYaml(
      makeCatalogFile({
        schemaVersion: 2,
        technologies: [
          ...services.map((name) => ({ name, category: 'cloud' as const })),
          { name: 'Go', category: 'language' }
        ],
        divisions: [
          makeDivision({
            teams: [
              ...services.map((name, i) => makeTeam({ id: `team-${i + 1}`, stack: [name] })),
              makeTeam({ id: 'web', stack: ['Go'] })
            ]
          })
        ]
      })
    )
    await writeFile(file, text)
    const found = await matchJson([file, '--tech', 'Amazon Web Services'])
    expect(found).toMatchObject({
      technologies: ['AWS'],
      teams: ['team-1', 'team-2', 'team-3', 'team-4']
    })
    const { stdout } = await runRecorded(match, [file, '--tech', 'AWS'])
    expect(stdout.split('\n')[0]).toBe('AWS (stack only): 4 of 5 teams, 0 of 0 projects')
    // techs lists it as the family it is, and the file stays as written.
    const table = (await runRecorded(techs, [file])).stdout.split('\n')
    expect(table.at(-1)).toMatch(
      /^AWS +cloud +0 +0 +family of Amazon EKS, Amazon S3, AWS Lambda, SageMaker$/
    )
    expect(await readFile(file, 'utf8')).toBe(text)
    expect((await runRecorded(validate, [file])).stdout).toBe(
      `ok: ${file}: 5 teams, 0 projects, 5 technologies`
    )
  })

  it('matches teams with any of the technologies, or with all of them', async () => {
    expect((await matchJson([small, '--tech', 'Go,Kubernetes'])).teams).toEqual(['api', 'ops'])
    const all = await matchJson([small, '--tech', 'Go,Kubernetes', '--mode', 'all'])
    expect(all).toMatchObject({ mode: 'all', teams: ['ops'] })
    expect(all.projects.map((project) => project.id)).toEqual(['ops/1'])
  })

  it('counts mentioned technologies only with --include-mentions', async () => {
    const args = [small, '--tech', 'Go,Kubernetes', '--mode', 'all']
    expect(await matchJson([...args, '--include-mentions'])).toMatchObject({
      includeMentions: true,
      teams: ['api', 'ops']
    })
  })

  it('accepts --tech more than once and selects a technology once however it is spelled', async () => {
    const result = await matchJson([small, '--tech', 'k8s', '-t', 'Kubernetes,go'])
    expect(result.technologies).toEqual(['Kubernetes', 'Go'])
  })

  it('prints a summary and the matching teams with their marks without --json', async () => {
    expect(await runLines(match, [small, '--tech', 'Kubernetes,Go'])).toEqual([
      'Kubernetes or Go (stack only): 2 of 3 teams, 2 of 3 projects',
      '',
      'Teams:',
      '  api  Platform  Go',
      '  ops  Platform  Kubernetes, Go',
      '',
      'Projects:',
      '  api/1  Gateway',
      '  ops/1  Operator'
    ])
  })

  it('exits 1 with a did-you-mean for an unknown technology', async () => {
    const { code, stdout, stderr } = await runRecorded(match, ['--tech', 'Kubernets', '--json'])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toBe(
      'orgscope match: unknown technology "Kubernets" (did you mean "Kubernetes"?)'
    )
  })

  it('reports every unknown technology, pointing at techs when nothing is close', async () => {
    const { code, stderr } = await runRecorded(match, ['--tech', 'Golan,Haskell'])
    expect(code).toBe(1)
    expect(stderr.split('\n')).toEqual([
      'orgscope match: unknown technology "Golan" (did you mean "Go"?)',
      'orgscope match: unknown technology "Haskell" (run "orgscope techs" to list them)'
    ])
  })

  it('exits 1 with the usage when --tech is missing or empty', async () => {
    for (const args of [[], ['--json'], ['--tech', ' , ']]) {
      const { code, stdout, stderr } = await runRecorded(match, args)
      expect(code).toBe(1)
      expect(stdout).toBe('')
      expect(stderr).toMatch(/--tech A,B[\s\S]*Usage: orgscope match \[file\] --tech A,B/)
    }
  })

  it('exits 1 for a mode other than any or all', async () => {
    const { code, stderr } = await runRecorded(match, ['--tech', 'Go', '--mode', 'some'])
    expect(code).toBe(1)
    expect(stderr).toMatch(/--mode must be "any" or "all", got "some"/)
  })

  it('exits 1 through the real process for an unknown technology', async () => {
    const error = await promisify(execFile)(
      'npx',
      ['tsx', 'src/cli/index.ts', 'match', '--tech', 'Kubernets'],
      { cwd: REPO_ROOT, timeout: 60_000 }
    ).then(
      () => undefined,
      (failure: { code: number; stdout: string; stderr: string }) => failure
    )
    expect(error).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'orgscope match: unknown technology "Kubernets" (did you mean "Kubernetes"?)\n'
    })
  }, 90_000)
})

describe('orgscope synth', () => {
  it('prints the same catalog for the same seed, and another for another seed', async () => {
    const first = await runRecorded(synth, ['--teams', '20', '--seed', '4'])
    const again = await runRecorded(synth, ['--teams', '20', '--seed', '4'])
    const other = await runRecorded(synth, ['--teams', '20', '--seed', '5'])
    expect(first.code).toBe(0)
    expect(first.stderr).toBe('')
    expect(again.stdout).toBe(first.stdout)
    expect(other.stdout).not.toBe(first.stdout)
    const catalog = loadCatalog(first.stdout)
    expect(catalog.divisions.flatMap((division) => division.teams)).toHaveLength(20)
  })

  it('writes the catalog to --out, which validate then accepts', async () => {
    const out = join(dir.path, 'synthetic.yaml')
    const written = await runRecorded(synth, [
      '--teams',
      '13',
      '--seed',
      '2',
      '--divisions',
      '3',
      '--out',
      out
    ])
    expect(written.code).toBe(0)
    expect(written.stdout).toMatch(/^wrote .*synthetic\.yaml: 13 teams, [\d.]+ MB$/)
    const printed = await runRecorded(synth, ['--teams', '13', '--seed', '2', '--divisions', '3'])
    expect(await readFile(out, 'utf8')).toBe(`${printed.stdout}\n`)
    const checked = await runRecorded(validate, [out])
    expect(checked.code).toBe(0)
    expect(checked.stdout).toMatch(/: 13 teams, \d+ projects, \d+ technologies$/)
    expect(loadCatalog(printed.stdout).divisions).toHaveLength(3)
  })

  it('exits 1 with the usage for a missing or invalid option', async () => {
    const cases: [string[], RegExp][] = [
      [[], /--teams N/],
      [['--teams', '0'], /--teams must be at least 1/],
      [['--teams', 'ten'], /--teams must be a number/],
      [['--teams', '2.5'], /--teams must be a whole number/],
      [['--teams', '3', '--divisions', '5'], /--divisions must be at most the number of teams/],
      [['--teams', '3', '--seed', 'x1'], /--seed must be a number/],
      [['--teams', '3', 'extra'], /unexpected argument "extra"/]
    ]
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = await runRecorded(synth, args)
      expect(code).toBe(1)
      expect(stdout).toBe('')
      expect(stderr).toMatch(message)
      expect(stderr).toMatch(/Usage: orgscope synth --teams N/)
    }
  })

  it('exits 1 with a message when --out cannot be written', async () => {
    const out = join(dir.path, 'no-such-folder', 'synthetic.yaml')
    const { code, stderr } = await runRecorded(synth, ['--teams', '3', '--out', out])
    expect(code).toBe(1)
    expect(stderr).toMatch(/^orgscope synth: could not write .*synthetic\.yaml: /)
  })
})

describe('orgscope --help', () => {
  it('lists the lens and synth commands', async () => {
    const { io, stdout } = recordingIo()
    expect(await runCli(['--help'], io)).toBe(0)
    expect(stdout()).toMatch(
      /techs \[file\] \[--json\][\s\S]*match \[file\] --tech A,B[\s\S]*synth --teams N/
    )
  })
})
