// @vitest-environment node
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { importCommand } from '../../../src/cli/commands/import'
import { init } from '../../../src/cli/commands/init'
import { validate } from '../../../src/cli/commands/validate'
import { runCli } from '../../../src/cli/run'
import { loadCatalogText } from '../../../src/shared/catalog/load'
import { STARTER_CATALOG_YAML } from '../../../src/shared/catalog/starter-catalog'
import { readGuide, SEED_GUIDE_URL } from '../../fixtures/guides'
import { recordingIo } from '../recording-io'
import { useTempDir } from '../../fixtures/temp-dir'

const SEED = fileURLToPath(SEED_GUIDE_URL)

const dir = useTempDir('orgscope-import-')

afterEach(() => vi.unstubAllEnvs())

describe('orgscope import', () => {
  it('prints the catalog as YAML on stdout and the report as file:line:column on stderr', async () => {
    const { io, stdout, stderr } = recordingIo()
    expect(await importCommand([SEED], io)).toBe(0)
    const loaded = loadCatalogText(stdout(), 'imported.yaml')
    expect(loaded.ok).toBe(true)
    expect(stdout()).toMatch(/^# OrgScope catalog imported from engineering-teams\.md/)
    const lines = stderr().split('\n')
    expect(lines[0]).toBe(
      `imported ${SEED}: 2 divisions, 0 groups, 13 teams, 37 projects, 25 technologies, 0 skipped sections`
    )
    // 21 before the page reading; the 22nd says how the whole page was read.
    expect(lines).toContain('inferred (22):')
    expect(lines.some((l) => /^ {2}\S+:\d+:\d+ page read as units holding teams \(/u.test(l))).toBe(
      true
    )
    expect(lines).toContain(
      `  ${SEED}:99:1 dropped "and More" from the stack of team "Cloud Reliability Team": it names no technology`
    )
    expect(lines).toContain('to check (1):')
    for (const line of lines.filter((l) => l.startsWith('  '))) {
      expect(line).toMatch(new RegExp(`^  ${SEED}:\\d+:\\d+ `))
    }
  })

  it('writes --out atomically, refuses to overwrite it, and replaces it with --force', async () => {
    const out = join(dir.path, 'imported.yaml')
    const first = recordingIo()
    expect(await importCommand([SEED, '--out', out], first.io)).toBe(0)
    expect(first.stdout()).toBe('')
    expect(first.stderr()).toMatch(/→ .*imported\.yaml\n/)
    const written = await readFile(out, 'utf8')
    expect(loadCatalogText(written, out).ok).toBe(true)

    await writeFile(out, 'keep me\n')
    const again = recordingIo()
    expect(await importCommand([SEED, '--out', out], again.io)).toBe(1)
    expect(again.stderr()).toBe(
      `orgscope import: could not write ${out}: the file already exists (use --force to replace it)`
    )
    expect(await readFile(out, 'utf8')).toBe('keep me\n')

    expect(await importCommand([SEED, '--out', out, '--force'], recordingIo().io)).toBe(0)
    expect(await readFile(out, 'utf8')).toBe(written)
  })

  it('writes JSON when --out ends in .json', async () => {
    const out = join(dir.path, 'imported.json')
    expect(await importCommand([SEED, '-o', out], recordingIo().io)).toBe(0)
    const text = await readFile(out, 'utf8')
    expect(JSON.parse(text).schemaVersion).toBe(2)
    expect(loadCatalogText(text, out).ok).toBe(true)
  })

  it('prints catalog and report as one JSON object with --json', async () => {
    const { io, stdout, stderr } = recordingIo()
    expect(await importCommand([SEED, '--json'], io)).toBe(0)
    expect(stderr()).toBe('')
    const result = JSON.parse(stdout())
    expect(result.catalog.divisions.map((d: { name: string }) => d.name)).toEqual(['Core', 'Cloud'])
    expect(Object.keys(result)).toEqual([
      'file',
      'outline',
      'notes',
      'guessed',
      'reading',
      'catalog'
    ])
    expect(result.reading.kind).toBe('units-of-teams')
    expect(result.reading.summary).toMatch(/^read as units holding teams \(/u)
    expect(result.guessed).toBe(false)
    expect(result.notes.filter((note: { kind: string }) => note.kind === 'problem')).toEqual([
      {
        file: SEED,
        kind: 'problem',
        line: 66,
        column: 1,
        message:
          'team "Teleport Devops" has no projects: no list, and no sentence says what it works on'
      }
    ])
    expect(result.outline[0]).toMatchObject({ key: 'summary', role: 'skip' })
    expect(result.outline[0].children[0]).toMatchObject({
      key: 'summary/core',
      label: 'Core',
      line: 5,
      role: 'division',
      inferred: 'division'
    })
  })

  it('takes the company name from --company', async () => {
    const guide = join(dir.path, 'flat.md')
    await writeFile(guide, readGuide('crlf-teams.md'))
    const { io, stdout } = recordingIo()
    expect(await importCommand([guide, '--company', 'Hooli', '--json'], io)).toBe(0)
    expect(JSON.parse(stdout()).catalog.company.name).toBe('Hooli')
  })

  it('reads a guide as --reading asks, and refuses a reading it does not know', async () => {
    const guide = join(dir.path, 'charter.md')
    await writeFile(
      guide,
      '# Ledger Team Charter\n\n## Why we are here\n\n### North Star\n\nWe own billing.\n\n### Product Portfolio\n\n- Invoices\n- Statements\n'
    )
    const plain = recordingIo()
    expect(await importCommand([guide, '--json'], plain.io)).toBe(0)
    expect(JSON.parse(plain.stdout()).reading).toMatchObject({
      kind: 'one-team',
      others: ['units-of-teams']
    })
    const asked = recordingIo()
    expect(await importCommand([guide, '--json', '--reading', 'units-of-teams'], asked.io)).toBe(0)
    expect(JSON.parse(asked.stdout()).reading).toMatchObject({
      kind: 'units-of-teams',
      asked: true
    })
    // A spreadsheet's structure is its columns: the reading is ignored, and said to be.
    const csv = join(dir.path, 'teams.csv')
    await writeFile(csv, 'Team,Division\nPay,Core\n')
    const spreadsheet = recordingIo()
    expect(await importCommand([csv, '--reading', 'one-team'], spreadsheet.io)).toBe(0)
    expect(spreadsheet.stderr()).toContain(
      `--reading ignored: it says how to read a markdown guide, and ${csv} is not one`
    )
    const wrong = recordingIo()
    expect(await importCommand([guide, '--reading', 'teams'], wrong.io)).not.toBe(0)
    expect(wrong.stderr()).toContain(
      '--reading "teams" is not one of one-team, team-list, units-of-teams'
    )
  })

  it('exits 1 with file:line:column for a guide it cannot import or read', async () => {
    const empty = join(dir.path, 'empty.md')
    await writeFile(empty, 'no headings here\n')
    const noTeams = recordingIo()
    expect(await importCommand([empty], noTeams.io)).toBe(1)
    expect(noTeams.stderr()).toMatch(
      new RegExp(`^${empty}:1:1 no teams found: the guide has no headings \\(`)
    )
    const missing = recordingIo()
    expect(await importCommand([join(dir.path, 'missing.md')], missing.io)).toBe(1)
    expect(missing.stderr()).toMatch(/missing\.md file not found/)
  })

  it('explains its usage when the guide is missing or doubled', async () => {
    for (const args of [[], ['a.md', 'b.md'], ['--bogus']]) {
      const { io, stderr } = recordingIo()
      expect(await importCommand(args, io)).toBe(1)
      expect(stderr()).toMatch(
        /Usage: orgscope import <guide\.md \| teams\.csv \| catalog-info\.yaml \| folder>/
      )
    }
  })

  it('is listed in the CLI help and dispatched by name', async () => {
    const help = recordingIo()
    await runCli(['--help'], help.io)
    expect(help.stdout()).toMatch(
      /import <guide\.md \| teams\.csv \| catalog-info\.yaml \| folder>/
    )
    expect(help.stdout()).toMatch(/init \[path\]/)
    const { io, stdout } = recordingIo()
    expect(await runCli(['import', SEED, '--json'], io)).toBe(0)
    expect(JSON.parse(stdout()).catalog.company.name).toBe('Teleport')
  })
})

describe('orgscope validate on a markdown guide', () => {
  it('imports the guide, then validates it like any catalog', async () => {
    const { io, stdout } = recordingIo()
    expect(await validate([SEED], io)).toBe(0)
    expect(stdout()).toMatch(
      /^ok: .*engineering-teams\.md: 13 teams, 37 projects, \d+ technologies$/
    )
  })
})

describe('orgscope init', () => {
  it('writes the starter catalog to ./catalog.yaml in the directory npm was run from', async () => {
    const cwd = join(dir.path, 'project', 'subfolder')
    await mkdir(cwd, { recursive: true })
    vi.stubEnv('INIT_CWD', cwd)
    const { io, stdout } = recordingIo()
    expect(await init([], io)).toBe(0)
    expect(stdout()).toMatch(/^wrote catalog\.yaml: a starter catalog with 1 division and 2 teams/)
    expect(await readFile(join(cwd, 'catalog.yaml'), 'utf8')).toBe(STARTER_CATALOG_YAML)
  })

  it('refuses to overwrite an existing file', async () => {
    const file = join(dir.path, 'existing.yaml')
    await writeFile(file, 'mine\n')
    const { io, stderr } = recordingIo()
    expect(await init([file], io)).toBe(1)
    expect(stderr()).toBe(
      `orgscope init: could not write ${file}: the file already exists; choose another path, or delete it first`
    )
    expect(await readFile(file, 'utf8')).toBe('mine\n')
  })

  it('writes catalog.yaml inside a folder given as the path, relative to INIT_CWD', async () => {
    vi.stubEnv('INIT_CWD', dir.path)
    await mkdir(join(dir.path, 'teams'))
    const { io } = recordingIo()
    expect(await init(['teams'], io)).toBe(0)
    const written = await readFile(join(dir.path, 'teams', 'catalog.yaml'), 'utf8')
    expect(loadCatalogText(written, 'catalog.yaml').ok).toBe(true)
  })

  it('refuses a path that is not a .yaml file, and a second path', async () => {
    for (const args of [[join(dir.path, 'catalog.json')], ['a.yaml', 'b.yaml']]) {
      const { io, stderr } = recordingIo()
      expect(await init(args, io)).toBe(1)
      expect(stderr()).toMatch(/Usage: orgscope init \[path\]/)
    }
  })
})
