// @vitest-environment node
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { migrate } from '../../../src/cli/commands/migrate'
import { runCli } from '../../../src/cli/run'
import { loadCatalogText } from '../../../src/shared/catalog/load'
import { migrateCatalogText } from '../../../src/shared/catalog/migrate'
import { loadCatalog, positionOf } from '../../fixtures/catalog'
import { recordingIo, runRecorded } from '../recording-io'
import { useTempDir } from '../../fixtures/temp-dir'

/** A version 1 catalog as people write them: comments everywhere, flow and block style. */
const COMMENTED_V1 = `# yaml-language-server: $schema=./catalog.schema.json
# Acme's catalog. Keep this header.

schemaVersion: 1 # bumped when the format changes

company:
  name: Acme # the company
  summary: >-
    Makes anvils.

technologies:
  - { name: Go, aliases: [Golang], category: language } # our main language
  # Kubernetes runs everything
  - name: Kubernetes
    aliases: [k8s]
    category: platform

divisions:
  - id: engineering
    name: Engineering
    teams:
      # the only team, for now
      - id: platform
        name: Platform
        stack: [golang, K8S]   # written as people write them
        projects:
          - title: Anvil API
            status: current
`

const dir = useTempDir('orgscope-migrate-')

afterEach(() => vi.unstubAllEnvs())

const run = (args: string[]) => runRecorded(migrate, args)

describe('migrateCatalogText', () => {
  it('changes the version number and nothing else, comments and formatting included', () => {
    const result = migrateCatalogText(COMMENTED_V1, 'catalog.yaml')
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.from).toBe(1)
    expect(result.value.text).toBe(COMMENTED_V1.replace('schemaVersion: 1 #', 'schemaVersion: 2 #'))
  })

  it('gives the same normalized catalog as the version 1 file, apart from schemaVersion', () => {
    const migrated = migrateCatalogText(COMMENTED_V1, 'catalog.yaml')
    if (!migrated.ok) throw new Error('did not migrate')
    const before = loadCatalog(COMMENTED_V1)
    const after = loadCatalog(migrated.value.text)
    expect(after.schemaVersion).toBe(2)
    expect(after).toEqual({ ...before, schemaVersion: 2 })
  })

  it('migrates JSON in place too, keeping it JSON, and a byte-order mark', () => {
    const json = `\uFEFF{\n  "schemaVersion": 1,\n  "company": { "name": "Acme" },\n  "divisions": [{ "id": "d", "name": "D", "teams": [{ "id": "t", "name": "T" }] }]\n}\n`
    const result = migrateCatalogText(json, 'catalog.json')
    if (!result.ok) throw new Error(result.errors[0].message)
    expect(result.value.text).toBe(json.replace('"schemaVersion": 1', '"schemaVersion": 2'))
    expect(JSON.parse(result.value.text.slice(1)).schemaVersion).toBe(2)
  })

  it('lets a version 1 file that uses version 2 fields load once migrated', () => {
    const text = COMMENTED_V1.replace(
      '        name: Platform\n',
      '        name: Platform\n        members: 4\n'
    )
    expect(loadCatalogText(text, 'catalog.yaml').ok).toBe(false)
    const result = migrateCatalogText(text, 'catalog.yaml')
    expect(result.ok && loadCatalog(result.value.text).divisions[0].teams[0].members).toBe(4)
  })

  it('leaves a version 2 file as it is', () => {
    const v2 = COMMENTED_V1.replace('schemaVersion: 1', 'schemaVersion: 2')
    expect(migrateCatalogText(v2, 'catalog.yaml')).toEqual({
      ok: true,
      value: { text: v2, from: 2, to: 2 }
    })
  })

  it('refuses, at the problem, a file that would not load as version 2', () => {
    const text = COMMENTED_V1.replace('stack: [golang, K8S]', 'stack: [golang, Kubernets]')
    const result = migrateCatalogText(text, 'catalog.yaml')
    expect(result).toMatchObject({
      ok: false,
      errors: [
        {
          ...positionOf(text, 'Kubernets'),
          message: 'unknown technology "Kubernets"',
          hint: 'did you mean "Kubernetes"?'
        }
      ]
    })
  })

  it('refuses a version it does not know, or none, at the version', () => {
    expect(migrateCatalogText('schemaVersion: 7\ncompany: {name: A}\n', 'c.yaml')).toMatchObject({
      ok: false,
      errors: [
        {
          line: 1,
          column: 16,
          message: 'schemaVersion is not 1 or 2: this command migrates version 1 catalogs'
        }
      ]
    })
    expect(migrateCatalogText('company: {name: A}\n', 'c.yaml')).toMatchObject({
      ok: false,
      errors: [{ line: 1, column: 1, message: 'no "schemaVersion" to migrate' }]
    })
    expect(migrateCatalogText('- a list\n', 'c.yaml')).toMatchObject({ ok: false })
    expect(migrateCatalogText('a: [unclosed\n', 'c.yaml')).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringMatching(/^malformed YAML/) }]
    })
  })
})

describe('orgscope migrate', () => {
  it('rewrites the file in place, atomically, and says what changed', async () => {
    const file = join(dir.path, 'in-place.yaml')
    await writeFile(file, COMMENTED_V1)
    expect(await run([file])).toEqual({
      code: 0,
      stdout: `migrated ${file} to schemaVersion 2 (only the version number changed)`,
      stderr: ''
    })
    expect(await readFile(file, 'utf8')).toBe(
      COMMENTED_V1.replace('schemaVersion: 1', 'schemaVersion: 2')
    )
    expect(await run([file])).toMatchObject({
      code: 0,
      stdout: `${file} is already schemaVersion 2: nothing to do`
    })
  })

  it('writes --out relative to where it was run, and replaces a file there only with --force', async () => {
    const source = join(dir.path, 'source.yaml')
    await writeFile(source, COMMENTED_V1)
    await writeFile(join(dir.path, 'taken.yaml'), 'keep me')
    vi.stubEnv('INIT_CWD', dir.path)
    const refused = await run([source, '--out', 'taken.yaml'])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toBe(
      'orgscope migrate: could not write taken.yaml: the file already exists (use --force to replace it)'
    )
    expect(await readFile(join(dir.path, 'taken.yaml'), 'utf8')).toBe('keep me')
    expect((await run([source, '--out', 'taken.yaml', '--force'])).code).toBe(0)
    expect(await readFile(join(dir.path, 'taken.yaml'), 'utf8')).toMatch(/^schemaVersion: 2 #/m)
    expect(await readFile(source, 'utf8')).toBe(COMMENTED_V1)
  })

  it('leaves a file that would not load unchanged, listing its problems', async () => {
    const file = join(dir.path, 'broken.yaml')
    const text = COMMENTED_V1.replace('[golang, K8S]', '[golang, Kubernets]')
    await writeFile(file, text)
    const result = await run([file])
    expect(result.code).toBe(1)
    expect(result.stderr.split('\n')).toEqual([
      `${file}:${positionOf(text, 'Kubernets').line}:${positionOf(text, 'Kubernets').column} unknown technology "Kubernets" (did you mean "Kubernetes"?)`,
      `orgscope migrate: ${file} was not changed`
    ])
    expect(await readFile(file, 'utf8')).toBe(text)
  })

  it('says what to do with a guide, a missing file, or no file', async () => {
    for (const guide of ['guide.md', 'team.mdx']) {
      expect((await run([guide])).stderr).toMatch(
        /is a Markdown team guide, not a catalog: turn it into one with "orgscope import"/
      )
    }
    const missing = await run([join(dir.path, 'nope.yaml')])
    expect(missing).toMatchObject({ code: 1 })
    expect(missing.stderr).toMatch(
      /nope\.yaml file not found \(check the path, or create the file\)$/
    )
    expect((await run([])).stderr).toMatch(/choose the catalog file to migrate/)
  })

  it('is listed in the help and runs through the CLI', async () => {
    const { io, stdout } = recordingIo()
    expect(await runCli(['--help'], io)).toBe(0)
    expect(stdout()).toMatch(/migrate FILE \[--out PATH \[--force\]\]/)
    const help = await run(['--help'])
    expect(help.stdout).toMatch(/Without --out, FILE itself is replaced/)
  })
})
