// @vitest-environment node
import * as fs from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import git from 'isomorphic-git'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import workerPath from '../../../src/node/catalog/catalog-worker?modulePath'
import {
  createCatalogLoader,
  type CatalogLoader,
  type LoadedCatalog
} from '../../../src/node/catalog/catalog-loader'
import { bundledCatalogPath, loadCatalogFile } from '../../../src/node/catalog/load-file'
import type { CatalogTicket } from '../../../src/shared/ipc/catalog-transfer'
import { nestedAliasBomb } from '../../fixtures/alias-bomb'

const TELEPORT = bundledCatalogPath(process.cwd())

let dir: string
let loader: CatalogLoader | undefined

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'orgscope-loader-'))
})
afterEach(async () => {
  await loader?.close()
  loader = undefined
})
afterAll(() => rm(dir, { recursive: true, force: true }))

/** The catalog a ticket stands for, fetched part by part from the worker, as one value. */
async function fetched(from: CatalogLoader, ticket: CatalogTicket): Promise<unknown> {
  const parts: Uint8Array[] = []
  for (let index = 0; index < ticket.parts; index++) {
    const part = await from.part(ticket.id, index)
    if (!part) throw new Error(`part ${index} of catalog ${ticket.id} is gone`)
    parts.push(part)
  }
  return JSON.parse(Buffer.concat(parts).toString('utf8'))
}

// Each test starts a worker thread that loads the loader from source through tsx (two in one
// test): seconds on a busy machine, past vitest's default 5 s.
describe('the catalog loader on its worker thread', { timeout: 60_000 }, () => {
  it('gives the normalized catalog as JSON, the same as loading on this thread', async () => {
    loader = createCatalogLoader(workerPath)
    const result = await loader.load({ kind: 'file', path: TELEPORT })
    const here = await loadCatalogFile(TELEPORT)
    if (!result.ok || !here.ok) throw new Error('the bundled catalog should load')
    expect(result.company).toBe('Teleport')
    expect(await fetched(loader, result.ticket)).toEqual(JSON.parse(JSON.stringify(here.value)))
  })

  it('gives a file’s problems as loading on this thread does', async () => {
    const broken = join(dir, 'broken.yaml')
    await writeFile(broken, 'schemaVersion: 1\ncompany: {name: A}\ndivisions: [\n')
    loader = createCatalogLoader(workerPath)
    const result = await loader.load({ kind: 'file', path: broken })
    expect(result).toEqual(await loadCatalogFile(broken))
    expect(result.ok).toBe(false)
  })

  it.each(['flow', 'block'] as const)(
    'refuses the 43 KB %s-style alias bomb of issue 18 at once, as on this thread',
    async (style) => {
      const bomb = join(dir, `bomb-${style}.yaml`)
      await writeFile(bomb, nestedAliasBomb(43_000, style))
      loader = createCatalogLoader(workerPath)
      const result = await loader.load({ kind: 'file', path: bomb })
      expect(result).toMatchObject({
        ok: false,
        errors: [{ message: expect.stringMatching(/aliases/) }]
      })
      expect(result).toEqual(await loadCatalogFile(bomb))
    }
  )

  it('loads several files at once, each answer to its own request', async () => {
    loader = createCatalogLoader(workerPath)
    const missing = join(dir, 'missing.yaml')
    const [a, b, c] = await Promise.all([
      loader.load({ kind: 'file', path: TELEPORT }),
      loader.load({ kind: 'file', path: missing }),
      loader.load({ kind: 'file', path: TELEPORT })
    ])
    expect([a.ok, b.ok, c.ok]).toEqual([true, false, true])
    expect(b).toMatchObject({ errors: [{ file: missing, message: 'file not found' }] })
  })

  it('reports a file that needs more memory than the worker may take, then loads the next', async () => {
    // A worker limited to 24 MB of heap cannot hold a 3 MB catalog's objects: it ends, the app
    // does not, and the next load starts a new worker.
    const big = join(dir, 'big.yaml')
    const lines = [
      'schemaVersion: 1',
      'company: {name: A}',
      'divisions:',
      '  - id: d',
      '    name: D',
      '    teams:'
    ]
    for (let i = 0; i < 120_000; i++) lines.push(`      - {id: t${i}, name: T}`)
    await writeFile(big, `${lines.join('\n')}\n`)
    loader = createCatalogLoader(workerPath, { heapMb: 24 })
    expect(await loader.load({ kind: 'file', path: big })).toEqual({
      ok: false,
      errors: [
        {
          file: big,
          line: 0,
          column: 0,
          message: 'loading this file needs more than the 24 MB of memory OrgScope gives it',
          hint: 'check that this is the right file, or split it'
        }
      ]
    })
    expect(await loader.load({ kind: 'file', path: TELEPORT })).toMatchObject({
      ok: true,
      company: 'Teleport'
    })
  })
})

describe('the catalogs the loader keeps', { timeout: 60_000 }, () => {
  /** A repository holding TELEPORT's text at one commit, for loads of a revision. */
  async function repositoryWithCatalog(): Promise<string> {
    const repo = await mkdtemp(join(dir, 'repo-'))
    await git.init({ fs, dir: repo, defaultBranch: 'main' })
    await writeFile(join(repo, 'catalog.yaml'), await readFile(TELEPORT))
    await git.add({ fs, dir: repo, filepath: 'catalog.yaml' })
    const who = { name: 'Test', email: 'test@example.com', timestamp: 1767000000 }
    await git.commit({ fs, dir: repo, message: 'catalog', author: who, committer: who })
    return repo
  }

  const ticketOf = (loaded: LoadedCatalog) => {
    if (!loaded.ok) throw new Error(loaded.errors[0].message)
    return loaded.ticket
  }
  const has = async (ticket: CatalogTicket) =>
    (await loader!.part(ticket.id, ticket.parts - 1)) !== undefined

  it('keeps the last two files, and old versions apart, so comparing never drops the file on screen', async () => {
    const repo = await repositoryWithCatalog()
    loader = createCatalogLoader(workerPath)
    const file = (path: string) => loader!.load({ kind: 'file', path })
    const revision = () =>
      loader!.load({ kind: 'revision', from: repo, revision: 'HEAD', path: 'catalog.yaml' })

    const first = ticketOf(await file(TELEPORT))
    const old = [ticketOf(await revision()), ticketOf(await revision()), ticketOf(await revision())]
    expect(await has(first)).toBe(true)
    expect(await Promise.all(old.map(has))).toEqual([false, true, true])
    expect(await fetched(loader, old[2])).toEqual(await fetched(loader, first))

    const second = ticketOf(await file(TELEPORT))
    expect([await has(first), await has(second)]).toEqual([true, true])
    const third = ticketOf(await file(TELEPORT))
    expect([await has(first), await has(second), await has(third)]).toEqual([false, true, true])
  })

  it('hands out each part as often as asked, a copy each time', async () => {
    loader = createCatalogLoader(workerPath)
    const ticket = ticketOf(await loader.load({ kind: 'file', path: TELEPORT }))
    const once = await loader.part(ticket.id, 0)
    const again = await loader.part(ticket.id, 0)
    expect(again).toEqual(once)
    expect(again?.buffer).not.toBe(once?.buffer)
    expect(await loader.part(ticket.id, ticket.parts)).toBeUndefined()
  })

  it('has nothing left once its worker ended', async () => {
    loader = createCatalogLoader(workerPath)
    const ticket = ticketOf(await loader.load({ kind: 'file', path: TELEPORT }))
    await loader.close()
    expect(await loader.part(ticket.id, 0)).toBeUndefined()
  })
})
