// @vitest-environment node
import * as fs from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import git from 'isomorphic-git'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { diff } from '../../../src/cli/commands/diff'
import { runCli } from '../../../src/cli/run'
import { CatalogDiff } from '../../../src/shared/diff/catalog-diff'
import { makeCatalogFile, makeTeam, toYaml, type TeamInput } from '../../fixtures/catalog'
import { recordingIo, runRecorded } from '../recording-io'

/**
 * A repository made with isomorphic-git (no git program needed) holding data/catalog.yaml in
 * two commits, dated 2026-01-10 and 2026-02-10, the first tagged v1 (lightweight) and v1-notes
 * (annotated); the working copy has a third, uncommitted version.
 */
let repo: string
let outside: string
let first: string

function catalogText(teams: TeamInput[]): string {
  return toYaml(makeCatalogFile({ divisions: [{ id: 'cloud', name: 'Cloud', teams }] }))
}

const VERSION_1 = catalogText([makeTeam({ id: 'storage', name: 'Storage', stack: ['Go'] })])
const VERSION_2 = catalogText([
  makeTeam({ id: 'storage', name: 'Storage Team', stack: ['Go', 'Kubernetes'] }),
  makeTeam({ id: 'cloud-tools', name: 'Cloud Tools Team', status: 'forming' })
])
const WORKING = catalogText([
  makeTeam({ id: 'storage', name: 'Storage Team', stack: ['Go', 'Kubernetes'] })
])

async function commitCatalog(text: string, message: string, date: string): Promise<string> {
  await writeFile(join(repo, 'data', 'catalog.yaml'), text)
  await git.add({ fs, dir: repo, filepath: 'data/catalog.yaml' })
  const who = { name: 'Test', email: 'test@example.com', timestamp: Date.parse(date) / 1000 }
  return git.commit({ fs, dir: repo, message, author: who, committer: who })
}

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'orgscope-diff-repo-'))
  outside = await mkdtemp(join(tmpdir(), 'orgscope-diff-plain-'))
  await git.init({ fs, dir: repo, defaultBranch: 'main' })
  await mkdir(join(repo, 'data'))
  first = await commitCatalog(VERSION_1, 'first', '2026-01-10T12:00:00Z')
  await git.tag({ fs, dir: repo, ref: 'v1' })
  await git.annotatedTag({
    fs,
    dir: repo,
    ref: 'v1-notes',
    message: 'the first version',
    tagger: { name: 'Test', email: 'test@example.com', timestamp: 1768046400 }
  })
  await commitCatalog(VERSION_2, 'second', '2026-02-10T12:00:00Z')
  await writeFile(join(repo, 'data', 'catalog.yaml'), WORKING)
  await writeFile(join(outside, 'catalog.yaml'), VERSION_1)
})

afterAll(async () => {
  await rm(repo, { recursive: true, force: true })
  await rm(outside, { recursive: true, force: true })
})

afterEach(() => vi.unstubAllEnvs())

/** Runs `orgscope diff` as if from `cwd` (npm run passes the caller's folder as INIT_CWD). */
async function run(args: string[], cwd = repo) {
  vi.stubEnv('INIT_CWD', cwd)
  return runRecorded(diff, args)
}

describe('orgscope diff', () => {
  it('compares a revision of a file with the working copy, as JSON, and exits 1', async () => {
    const result = await run(['HEAD~1:data/catalog.yaml', 'data/catalog.yaml', '--json'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
    const found = CatalogDiff.parse(JSON.parse(result.stdout))
    expect(found.renamed).toEqual([
      { kind: 'team', id: 'storage', from: 'Storage', to: 'Storage Team' }
    ])
    expect(found.changed).toMatchObject([{ id: 'storage', field: 'stack', added: ['Kubernetes'] }])
    expect(found.added).toEqual([])
  })

  it('compares two revisions: the team formed shows as added under its division', async () => {
    const result = await run(['HEAD~1:data/catalog.yaml', 'HEAD:data/catalog.yaml', '--json'])
    expect(result.code).toBe(1)
    expect(JSON.parse(result.stdout).added).toEqual([
      {
        kind: 'team',
        id: 'cloud-tools',
        name: 'Cloud Tools Team',
        parent: { kind: 'division', id: 'cloud', name: 'Cloud' }
      }
    ])
  })

  it('reads tags (lightweight and annotated), commit ids, dates and ^', async () => {
    for (const old of [
      'v1:data/catalog.yaml',
      'v1-notes:data/catalog.yaml',
      `${first}:data/catalog.yaml`,
      `${first.slice(0, 7)}:data/catalog.yaml`,
      '@{2026-01-20}:data/catalog.yaml',
      'main@{2026-01-11}:data/catalog.yaml',
      'HEAD^:data/catalog.yaml'
    ]) {
      const result = await run([old, outsideCatalog()])
      expect({ old, stderr: result.stderr, code: result.code }).toEqual({
        old,
        stderr: '',
        code: 0
      })
    }
  })

  it('exits 0 and says so when both hold the same organization', async () => {
    const result = await run(['v1:data/catalog.yaml', outsideCatalog()])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('hold the same organization')
  })

  it('prints the changes grouped by kind for people', async () => {
    const result = await run(['HEAD~1:data/catalog.yaml', 'HEAD:data/catalog.yaml'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe(
      [
        'HEAD~1:data/catalog.yaml -> HEAD:data/catalog.yaml',
        '',
        'Added (1)',
        '  + team Cloud Tools Team (in division Cloud)',
        '',
        'Renamed (1)',
        '  ~ team "Storage" -> "Storage Team" (storage)',
        '',
        'Changed (1)',
        '  team Storage Team',
        '    stack: +Kubernetes'
      ].join('\n')
    )
  })

  it('takes ./path from the current folder and a bare path from the top folder', async () => {
    const data = join(repo, 'data')
    expect((await run(['HEAD~1:./catalog.yaml', 'v1:data/catalog.yaml'], data)).code).toBe(0)
    expect((await run(['HEAD~1:data/catalog.yaml', 'v1:data/catalog.yaml'], data)).code).toBe(0)
  })

  it('says when the folder is not in a repository, and exits 2', async () => {
    const result = await run(['HEAD:catalog.yaml', 'catalog.yaml'], outside)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('is not in a git repository')
    expect(result.stderr).toMatch(/compare with another file instead/)
  })

  it('says when the revision is unknown, and exits 2', async () => {
    const result = await run(['v9:data/catalog.yaml', 'data/catalog.yaml'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'v9:data/catalog.yaml unknown revision "v9" ("git log --oneline" lists commits, "git tag" the tags, "git branch -a" the branches)'
    )
    const tooFar = await run(['HEAD~5:data/catalog.yaml', 'data/catalog.yaml'])
    expect(tooFar.code).toBe(2)
    expect(tooFar.stderr).toContain('goes back past the history')
    const tooOld = await run(['@{2025-01-01}:data/catalog.yaml', 'data/catalog.yaml'])
    expect(tooOld.stderr).toContain('the history starts 2026-01-10')
  })

  it('says when the revision does not hold the file, and exits 2', async () => {
    const result = await run(['v1:data/teams.yaml', 'data/catalog.yaml'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(
      /^v1:data\/teams\.yaml v1 \(commit [0-9a-f]{7}\) has no file data\/teams\.yaml/
    )
  })

  it('names the revision in the diagnostics of an old version that fails to load', async () => {
    await commitCatalog('schemaVersion: 1\ncompany: {}\n', 'broken', '2026-03-01T00:00:00Z')
    await writeFile(join(repo, 'data', 'catalog.yaml'), WORKING)
    const result = await run(['HEAD:data/catalog.yaml', 'data/catalog.yaml'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^HEAD:data\/catalog\.yaml:2:\d+ /m)
  })

  it('answers a usage mistake with its usage, and exits 2', async () => {
    const result = await run(['only-one.yaml'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Usage: orgscope diff OLD NEW [--json]')
  })

  it('escapes control characters in what it echoes back', async () => {
    vi.stubEnv('INIT_CWD', repo)
    const { io, stdout, stderr } = recordingIo()
    const code = await runCli(['diff', 'v\u001b[2J9:data/catalog.yaml', 'data/catalog.yaml'], io)
    expect(code).toBe(2)
    expect(stderr()).toContain('v\\u001b[2J9')
    expect(stderr() + stdout()).not.toContain('\u001b')
  })
})

function outsideCatalog(): string {
  return join(outside, 'catalog.yaml')
}
