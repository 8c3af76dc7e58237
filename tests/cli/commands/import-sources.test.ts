// @vitest-environment node
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { importCommand } from '../../../src/cli/commands/import'
import { parse } from 'yaml'
import { loadCatalogText } from '../../../src/shared/catalog/load'
import { runRecorded } from '../recording-io'
import { useTempDir } from '../../fixtures/temp-dir'

const FIXTURES = fileURLToPath(new URL('../../fixtures/import/', import.meta.url))
const dir = useTempDir('orgscope-import-sources-')

async function file(name: string, data: string | Uint8Array): Promise<string> {
  const path = join(dir.path, name)
  await mkdir(join(path, '..'), { recursive: true })
  await writeFile(path, data)
  return path
}

const run = (args: string[]) => runRecorded(importCommand, args)

type Unit = { teams: { name: string }[]; groups?: Unit[] }

/** The team names of a catalog the loader accepts, from its YAML, in catalog order. */
function teamNames(yaml: string): string[] {
  const loaded = loadCatalogText(yaml, 'out.yaml')
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'))
  const data = parse(yaml) as { divisions: Unit[] }
  const names: string[] = []
  const walk = (unit: Unit): void => {
    names.push(...unit.teams.map((t) => t.name))
    unit.groups?.forEach(walk)
  }
  data.divisions.forEach(walk)
  return names
}

describe('orgscope import of a spreadsheet', () => {
  it('prints a catalog the loader reads, and reports the unknown column at its cell', async () => {
    const csv = join(FIXTURES, 'csv/excel-semicolon.csv')
    const { code, stdout, stderr } = await run([csv, '--company', 'Acme'])
    expect(code).toBe(0)
    expect(teamNames(stdout)).toEqual(['Identity', 'Payments', 'Ledger', 'Search'])
    expect(stderr).toContain(`${csv}:1:76 column "Favourite snack" is not one the importer knows`)
  })

  it('reads a Windows-1252 file and says so; --check passes (the columns state the structure)', async () => {
    const csv = await file('latin.csv', Buffer.from('Team,Division\nCafé,Zürich\n', 'latin1'))
    const { code, stderr } = await run([csv, '--check'])
    expect(code).toBe(0)
    expect(stderr).toMatch(/inferred \(1\):\n.*latin\.csv:1:1 read as Windows-1252/)
    const json = await run([csv, '--json'])
    expect(JSON.parse(json.stdout).catalog.divisions[0]).toMatchObject({
      name: 'Zürich',
      teams: [{ name: 'Café' }]
    })
  })

  it('keeps formula-looking cells as text in the JSON it writes', async () => {
    const csv = await file(
      'formulas.csv',
      'Team,Division\n"=cmd|\' /C calc\'!A0",Core\n+SUM(1),Core\n'
    )
    const out = join(dir.path, 'formulas.json')
    expect((await run([csv, '--out', out])).code).toBe(0)
    const written = JSON.parse(await readFile(out, 'utf8'))
    expect(written.divisions[0].teams.map((t: { name: string }) => t.name)).toEqual([
      "=cmd|' /C calc'!A0",
      '+SUM(1)'
    ])
  })

  it('refuses a dangling parent at its cell, and writes nothing', async () => {
    const csv = await file('dangling.csv', 'Team,Parent\nCore,\nPay,Cor\n')
    const out = join(dir.path, 'dangling.yaml')
    const { code, stderr } = await run([csv, '--out', out])
    expect(code).toBe(1)
    expect(stderr).toBe(
      `${csv}:3:5 parent "Cor" of "Pay" is not a row of the spreadsheet (did you mean "Core"?)`
    )
    await expect(readFile(out)).rejects.toThrow()
  })
})

describe('orgscope import of a Backstage catalog', () => {
  const initrode = join(FIXTURES, 'backstage/initrode')

  it('follows catalog-info.yaml’s Locations inside its folder, naming each note’s file', async () => {
    const { code, stdout, stderr } = await run([join(initrode, 'catalog-info.yaml')])
    expect(code).toBe(0)
    expect(teamNames(stdout)).toEqual(['storage', 'Scheduling Team', 'Web'])
    expect(stderr).toContain(
      `${join(initrode, 'components/scheduler.yaml')}:15:20 tag "tps-reports" is not a technology`
    )
    expect(stderr).toContain(
      `${join(initrode, 'catalog-info.yaml')}:27:11 Location target "../outside.yaml" is outside`
    )
  })

  // QA (q30): catalog-info.yaml at a repository's top read every YAML file under it first, so
  // 2,001 deploy manifests, or one file in another encoding, failed the import.
  it('reads only what catalog-info.yaml’s Locations reach, whatever else its folder holds', async () => {
    const org = `apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: payments
spec:
  type: team
  children: []
`
    await file(
      'repo-top/catalog-info.yaml',
      `apiVersion: backstage.io/v1alpha1
kind: Location
metadata:
  name: org
spec:
  targets:
    - ./org/*.yaml
`
    )
    await file('repo-top/org/payments.yaml', org)
    for (let i = 0; i < 2001; i++) {
      await file(`repo-top/deploy/m${i}.yaml`, `kind: ConfigMap\nmetadata:\n  name: c${i}\n`)
    }
    await file('repo-top/deploy/latin1.yaml', new Uint8Array([0x6e, 0x3a, 0x20, 0xe9, 0x0a]))
    const { code, stdout, stderr } = await run([join(dir.path, 'repo-top/catalog-info.yaml')])
    expect(stderr).not.toMatch(/more than 2000|not valid UTF-8/u)
    expect(code).toBe(0)
    expect(teamNames(stdout)).toEqual(['payments'])
  })

  it('reads a folder of entity files the same', async () => {
    const { code, stdout } = await run([initrode])
    expect(code).toBe(0)
    expect(teamNames(stdout)).toEqual(['storage', 'Scheduling Team', 'Web'])
  })

  it('reports a parent the file names but does not define at its line, and --check fails on it', async () => {
    const yaml = await file(
      'repo/catalog-info.yaml',
      'kind: Group\nmetadata:\n  name: pay\nspec:\n  type: team\n  parent: nowhere\n'
    )
    const { code, stderr } = await run([yaml, '--check'])
    expect(code).toBe(1)
    expect(stderr).toContain(
      `${yaml}:6:11 parent "group:default/nowhere" of group:default/pay is not in these files: made a unit of that name`
    )
    expect(stderr).toMatch(/check failed/)
  })

  it('--check fails on a level it guessed, and passes once a mapping states it', async () => {
    const yaml = await file(
      'pods/catalog-info.yaml',
      [
        'kind: Group\nmetadata: {name: eng}\nspec: {type: department}',
        'kind: Group\nmetadata: {name: pay}\nspec: {type: cell, parent: eng}'
      ].join('\n---\n')
    )
    const guessed = await run([yaml, '--check'])
    expect(guessed.code).toBe(1)
    expect(guessed.stderr).toMatch(/check failed/)
    const mapping = await file(
      'pods/catalog-info.import.json',
      JSON.stringify({ version: 1, roles: { 'group:default/pay': 'team' } })
    )
    const stated = await run([yaml, '--check', '--mapping', mapping])
    expect(stated.code).toBe(0)
  })
})
