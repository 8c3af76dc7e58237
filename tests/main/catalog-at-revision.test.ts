// @vitest-environment node
import * as fs from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import git from 'isomorphic-git'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { INVOKE_CHANNELS } from '../../src/shared/ipc/channels'
import type { CatalogMessage } from '../../src/shared/ipc/contract'
import { makeCatalogFile, makeTeam, toYaml } from '../fixtures/catalog'
import { useMainHarness } from './main-harness'
import { receivedCatalog } from './received-catalog'

/**
 * "Compare with… a git revision" in the app: the page names a revision, main reads the catalog
 * on screen as that revision holds it (from a real repository, made with isomorphic-git), and
 * offers it like any catalog, without making it the current one.
 */
let repo: string
let path: string

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'orgscope-main-revision-'))
  await git.init({ fs, dir: repo, defaultBranch: 'main' })
  await mkdir(join(repo, 'org'))
  path = join(repo, 'org', 'catalog.yaml')
  const who = { name: 'Test', email: 'test@example.com', timestamp: 1767000000 }
  for (const name of ['Storage', 'Storage Team']) {
    const teams = [makeTeam({ id: 'storage', name })]
    await writeFile(
      path,
      toYaml(makeCatalogFile({ divisions: [{ id: 'cloud', name: 'Cloud', teams }] }))
    )
    await git.add({ fs, dir: repo, filepath: 'org/catalog.yaml' })
    await git.commit({ fs, dir: repo, message: name, author: who, committer: who })
  }
})

afterAll(() => rm(repo, { recursive: true, force: true }))

describe('catalog at a revision (IPC)', () => {
  // The repository's catalog opened, as a drop or Open… would.
  const main = useMainHarness('orgscope-revision-', async () => {
    const catalog = await import('../../src/main/catalog')
    await catalog.openCatalogPath(path)
    return catalog
  })
  const invoke = (channel: string, payload?: unknown) => main.invoke(channel, payload)

  it('reads the catalog on screen at the revision named, and leaves the current one', async () => {
    const message = (await invoke(INVOKE_CHANNELS.catalogAtRevision, {
      revision: 'HEAD~1'
    })) as CatalogMessage
    const received = await receivedCatalog(invoke, message)
    expect(received).toMatchObject({
      ok: true,
      source: { path: 'HEAD~1:catalog.yaml', name: 'HEAD~1:catalog.yaml', bundled: false }
    })
    if (!received.ok) throw new Error('not loaded')
    expect(received.catalog.divisions[0].teams[0].name).toBe('Storage')
    expect(main.feature.currentCatalogPath()).toBe(path)
  })

  it('says when the revision is unknown, naming it', async () => {
    expect(await invoke(INVOKE_CHANNELS.catalogAtRevision, { revision: 'v9' })).toMatchObject({
      ok: false,
      errors: [{ file: 'v9:./catalog.yaml', message: 'unknown revision "v9"' }]
    })
  })

  it('refuses a revision with control characters before reading anything', async () => {
    const answer = (await invoke(INVOKE_CHANNELS.catalogAtRevision, {
      revision: 'HEAD\u001b[2J'
    })) as { ok: boolean; errors: { message: string }[] }
    expect(answer.ok).toBe(false)
    expect(answer.errors[0].message).toContain('a revision has no control characters')
  })
})
