// @vitest-environment node
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import workerPath from '../../../src/node/catalog/catalog-worker?modulePath'
import { createCatalogLoader, type CatalogLoader } from '../../../src/node/catalog/catalog-loader'
import { bundledCatalogPath, loadCatalogFile } from '../../../src/node/catalog/load-file'
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

/** The parts the worker cut the JSON into, as one value. */
const decode = (parts: Uint8Array[]) => JSON.parse(Buffer.concat(parts).toString('utf8')) as unknown

describe('the catalog loader on its worker thread', () => {
  it('gives the normalized catalog as JSON, the same as loading on this thread', async () => {
    loader = createCatalogLoader(workerPath)
    const result = await loader.load(TELEPORT)
    const here = await loadCatalogFile(TELEPORT)
    if (!result.ok || !here.ok) throw new Error('the bundled catalog should load')
    expect(result.company).toBe('Teleport')
    expect(decode(result.parts)).toEqual(JSON.parse(JSON.stringify(here.value)))
  })

  it('gives a file’s problems as loading on this thread does', async () => {
    const broken = join(dir, 'broken.yaml')
    await writeFile(broken, 'schemaVersion: 1\ncompany: {name: A}\ndivisions: [\n')
    loader = createCatalogLoader(workerPath)
    const result = await loader.load(broken)
    expect(result).toEqual(await loadCatalogFile(broken))
    expect(result.ok).toBe(false)
  })

  it.each(['flow', 'block'] as const)(
    'refuses the 43 KB %s-style alias bomb of issue 18 at once, as on this thread',
    async (style) => {
      const bomb = join(dir, `bomb-${style}.yaml`)
      await writeFile(bomb, nestedAliasBomb(43_000, style))
      loader = createCatalogLoader(workerPath)
      const result = await loader.load(bomb)
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
      loader.load(TELEPORT),
      loader.load(missing),
      loader.load(TELEPORT)
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
    expect(await loader.load(big)).toEqual({
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
    expect(await loader.load(TELEPORT)).toMatchObject({ ok: true, company: 'Teleport' })
  })
})
