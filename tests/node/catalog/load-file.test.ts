// @vitest-environment node
import { chmod, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundledCatalogPath, loadCatalogFile } from '../../../src/node/catalog/load-file'
import type { Catalog } from '../../../src/shared/catalog/catalog'
import type { Diagnostic, Result } from '../../../src/shared/catalog/diagnostic'
import { MAX_CATALOG_BYTES } from '../../../src/shared/catalog/size-limit'
import { importSource } from '../../../src/shared/sources/import-source'
import { makeCatalogFile, toYaml } from '../../fixtures/catalog'
import { readGuide } from '../../fixtures/guides'

let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'orgscope-load-file-'))
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** The single diagnostic of a load that must fail. */
function onlyError(result: Result<unknown>): Diagnostic {
  if (result.ok) throw new Error('expected the file to be rejected, but it loaded')
  expect(result.errors).toHaveLength(1)
  return result.errors[0]
}

describe('loadCatalogFile', () => {
  it('loads a valid YAML file', async () => {
    const file = join(dir, 'valid.yaml')
    await writeFile(file, toYaml(makeCatalogFile()))
    const result = await loadCatalogFile(file)
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.value.company.name).toBe('Acme')
  })

  it('loads a UTF-8 file that starts with a byte-order mark', async () => {
    const file = join(dir, 'bom.yaml')
    await writeFile(file, `\uFEFF${toYaml(makeCatalogFile())}`)
    expect((await loadCatalogFile(file)).ok).toBe(true)
  })

  it('reports a missing file with how to fix it', async () => {
    const file = join(dir, 'missing.yaml')
    expect(onlyError(await loadCatalogFile(file))).toEqual({
      file,
      line: 0,
      column: 0,
      message: 'file not found',
      hint: 'check the path, or create the file'
    })
  })

  it('reports a directory as not a catalog file', async () => {
    expect(onlyError(await loadCatalogFile(dir))).toMatchObject({
      file: dir,
      line: 0,
      message: 'is a directory, not a catalog file'
    })
  })

  it.skipIf(process.platform === 'win32')(
    'refuses a device instead of reading it forever',
    async () => {
      expect(onlyError(await loadCatalogFile('/dev/zero'))).toMatchObject({
        file: '/dev/zero',
        message: 'is not a regular file'
      })
    }
  )

  it('refuses a file above the size limit before reading it', async () => {
    const file = join(dir, 'huge.yaml')
    await writeFile(file, '')
    // Sparse: the file reports the size without taking the disk space or write time.
    await truncate(file, MAX_CATALOG_BYTES + 1)
    const error = onlyError(await loadCatalogFile(file))
    expect(error).toMatchObject({ file, line: 0, column: 0 })
    expect(error.message).toMatch(/^file is too large \(32\.0 MB; the limit is 32 MB\)$/)
  })

  it('reports bytes that are not UTF-8 instead of decoding them into replacement characters', async () => {
    const file = join(dir, 'latin1.yaml')
    // "company: Caf\xe9" as Latin-1: 0xE9 alone is not valid UTF-8.
    await writeFile(file, Buffer.from('schemaVersion: 1\ncompany:\n  name: Caf\xe9\n', 'latin1'))
    const error = onlyError(await loadCatalogFile(file))
    expect(error).toMatchObject({ file, message: 'file is not valid UTF-8 text' })
    expect(error.hint).toMatch(/UTF-8/)
  })

  it('reports an unreadable file as permission denied', async (context) => {
    if (process.getuid?.() === 0) {
      console.info('skipped: running as root, which can read a file even after chmod 000')
      context.skip()
    }
    const file = join(dir, 'locked.yaml')
    await writeFile(file, toYaml(makeCatalogFile()))
    await chmod(file, 0o000)
    expect(onlyError(await loadCatalogFile(file))).toMatchObject({ message: 'permission denied' })
    await chmod(file, 0o600)
  })

  it('reports catalog errors with the path it was given', async () => {
    const file = join(dir, 'broken.yaml')
    await writeFile(file, 'schemaVersion: 1\ncompany: {}\n')
    const result = await loadCatalogFile(file)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors.every((error) => error.file === file)).toBe(true)
  })
})

describe('bundledCatalogPath', () => {
  it('points at data/teleport.yaml under the app root', () => {
    expect(bundledCatalogPath('/opt/orgscope')).toBe(join('/opt/orgscope', 'data', 'teleport.yaml'))
  })
})

describe('loadCatalogFile on a guide with its import mapping beside it', () => {
  /** "Notes" is prose beside a team: read as a team unless a mapping says otherwise. */
  const GUIDE = readGuide('guessy-notes.md')
  const teamNames = (result: Result<Catalog>) =>
    result.ok ? result.value.divisions.flatMap((d) => (d.teams ?? []).map((t) => t.name)) : result

  it('imports with the roles the mapping keeps, every time the guide is loaded', async () => {
    const folder = await mkdtemp(join(dir, 'mapped-'))
    const guide = join(folder, 'teams.md')
    await writeFile(guide, GUIDE)
    expect(teamNames(await loadCatalogFile(guide))).toEqual(['Runtime', 'Notes'])

    const plan = importSource(GUIDE, guide)
    if (!plan.ok) throw new Error('the guide should import')
    const notes = outlineKeys(plan.value.outline).find((key) => key.endsWith('/notes'))!
    await writeFile(
      join(folder, 'teams.import.json'),
      JSON.stringify({ version: 1, roles: { [notes]: 'skip' } })
    )
    expect(teamNames(await loadCatalogFile(guide))).toEqual(['Runtime'])
    // An edit to the guide (live reload loads it again) keeps the choice.
    await writeFile(guide, GUIDE.replace('Scheduler v2', 'Scheduler v3'))
    expect(teamNames(await loadCatalogFile(guide))).toEqual(['Runtime'])
  })

  it('says what is wrong with the mapping, where, rather than guessing without it', async () => {
    const folder = await mkdtemp(join(dir, 'bad-mapping-'))
    const guide = join(folder, 'teams.md')
    const mapping = join(folder, 'teams.import.json')
    await writeFile(guide, GUIDE)
    await writeFile(mapping, '{\n  "version": 1,\n  "roles": { "x": "divison" }\n}\n')
    expect(onlyError(await loadCatalogFile(guide))).toMatchObject({
      file: mapping,
      line: 3,
      message: expect.stringContaining('"divison" is not a role')
    })
  })
})

function outlineKeys(entries: readonly { key: string; children: readonly unknown[] }[]): string[] {
  return entries.flatMap((entry) => [
    entry.key,
    ...outlineKeys(entry.children as { key: string; children: readonly unknown[] }[])
  ])
}
