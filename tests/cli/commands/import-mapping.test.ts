// @vitest-environment node
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importCommand } from '../../../src/cli/commands/import'
import { readGuide } from '../../fixtures/guides'
import { recordingIo } from '../recording-io'
import { useTempDir } from '../../fixtures/temp-dir'

const dir = useTempDir('orgscope-import-mapping-')

/** A guide with one guess in it: "Notes" is prose beside a team, so it could be either. */
const GUIDE = readGuide('guessy-notes.md')

async function file(name: string, text: string): Promise<string> {
  const path = join(dir.path, name)
  await writeFile(path, text)
  return path
}

interface JsonResult {
  guessed: boolean
  notes: { kind: string; line: number; message: string }[]
  outline: { key: string; role: string; inferred: string; guessed?: boolean; children: unknown[] }[]
  catalog: {
    schemaVersion: number
    company: { name: string }
    divisions: { name: string; teams: { name: string; links: { url: string }[] }[] }[]
  }
}

function flatten(entries: JsonResult['outline']): JsonResult['outline'] {
  return entries.flatMap((entry) => [entry, ...flatten(entry.children as JsonResult['outline'])])
}

describe('orgscope import --check, --mapping and --base-url', () => {
  it('--check exits 1 and prints each guess at its line when the structure was guessed', async () => {
    const guide = await file('guessy.md', GUIDE)
    const { io, stdout, stderr } = recordingIo()
    expect(await importCommand([guide, '--check'], io)).toBe(1)
    expect(stdout()).toBe('')
    expect(stderr()).toContain('guessed (1):')
    expect(stderr()).toMatch(new RegExp(`${guide}:11:\\d+ "Notes" read as a team`))
    expect(stderr()).toMatch(/check failed: .* had to guess its structure/)
  })

  it('applies a mapping by outline key, and then --check passes', async () => {
    const guide = await file('mapped.md', GUIDE)
    const before = recordingIo()
    expect(await importCommand([guide, '--json'], before.io)).toBe(0)
    const plan = JSON.parse(before.stdout()) as JsonResult
    expect(plan.guessed).toBe(true)
    const notes = flatten(plan.outline).find((entry) => entry.key.endsWith('/notes'))!
    expect(notes).toMatchObject({ role: 'team', guessed: true })

    const mapping = await file(
      'mapped.import.json',
      JSON.stringify({ version: 1, roles: { [notes.key]: 'skip' } })
    )
    const after = recordingIo()
    expect(await importCommand([guide, '--json', '--check', '--mapping', mapping], after.io)).toBe(
      0
    )
    const mapped = JSON.parse(after.stdout()) as JsonResult
    expect(mapped.guessed).toBe(false)
    expect(flatten(mapped.outline).find((entry) => entry.key === notes.key)).toMatchObject({
      role: 'skip',
      inferred: 'team'
    })
    expect(mapped.catalog.divisions.flatMap((d) => d.teams.map((t) => t.name))).toEqual(['Runtime'])
  })

  it('prints the outline of a guide with no team, so a mapping can name its teams', async () => {
    const guide = await file('teamless.md', '# Acme\n\n## Our work\n\nWe build the shop.\n')
    const mapping = await file(
      'teamless.import.json',
      JSON.stringify({ version: 1, roles: { acme: 'company' } })
    )
    const text = recordingIo()
    expect(await importCommand([guide, '--mapping', mapping], text.io)).toBe(1)
    expect(text.stdout()).toBe('')
    expect(text.stderr()).toMatch(new RegExp(`${guide}:1:1 no teams found`))
    expect(text.stderr()).toMatch(/the outline \(a mapping's "roles" give these keys a role/u)
    expect(text.stderr()).toMatch(/\n {2}acme {2}company {2}\(line 1: /u)
    expect(text.stderr()).toMatch(/\n {4}acme\/our-work {2}team-part {2}\(line 3: /u)
    // The file's shape, with a key of this outline.
    expect(text.stderr()).toMatch(
      /say it in a mapping file passed with --mapping, e\.g\. \{"version": 1, "roles": \{"acme": "team"\}\}/u
    )

    const json = recordingIo()
    expect(await importCommand([guide, '--json', '--mapping', mapping], json.io)).toBe(1)
    const failed = JSON.parse(json.stdout()) as {
      errors: { message: string; line: number }[]
      outline: JsonResult['outline']
    }
    expect(failed.errors[0]).toMatchObject({
      line: 1,
      message: expect.stringMatching(/^no teams/u)
    })
    expect(flatten(failed.outline).map((entry) => [entry.key, entry.role])).toEqual([
      ['acme', 'company'],
      ['acme/our-work', 'team-part']
    ])
    // With the role the outline offers, the same guide imports.
    const mended = await file(
      'mended.import.json',
      JSON.stringify({ version: 1, roles: { acme: 'company', 'acme/our-work': 'team' } })
    )
    expect(await importCommand([guide, '--json', '--mapping', mended], recordingIo().io)).toBe(0)
  })

  it("says, when no team is found, which of the mapping's keys or roles the guide could not take", async () => {
    const guide = await file(
      'teamless-list.md',
      'Our groups:\n\n- Payments: checkout\n- Search: ranking\n- Growth: onboarding\n'
    )
    // A key mistyped from the printed outline, and a role a list cannot take.
    const mapping = await file(
      'teamless-list.import.json',
      JSON.stringify({ version: 1, roles: { 'list-paymnts': 'team', 'list-payments': 'division' } })
    )
    const text = recordingIo()
    expect(await importCommand([guide, '--mapping', mapping], text.io)).toBe(1)
    expect(text.stderr()).toMatch(/no teams found/u)
    expect(text.stderr()).toMatch(
      /:1:1 the mapping gives a role to "list-paymnts", which is not in the guide's outline/u
    )
    expect(text.stderr()).toMatch(
      /:3:1 the mapping makes "List: Payments, Search, Growth" a division: a list, a table or the teams a text names can be made teams/u
    )
    const json = recordingIo()
    expect(await importCommand([guide, '--json', '--mapping', mapping], json.io)).toBe(1)
    const failed = JSON.parse(json.stdout()) as { errors: { message: string }[] }
    expect(failed.errors.map((error) => error.message.slice(0, 24))).toEqual([
      'no teams found: the guid',
      'the mapping makes "List:',
      'the mapping gives a role'
    ])
  })

  it('refuses a mapping with a wrong role at its line and column, and writes nothing', async () => {
    const guide = await file('bad-mapping.md', GUIDE)
    const mapping = await file(
      'bad.import.json',
      '{\n  "version": 1,\n  "roles": {\n    "acme-engineering-handbook/platform": "divison"\n  }\n}\n'
    )
    const out = join(dir.path, 'never.yaml')
    const { io, stderr } = recordingIo()
    expect(await importCommand([guide, '--mapping', mapping, '--out', out], io)).toBe(1)
    expect(stderr()).toMatch(
      new RegExp(
        `^${mapping}:4:43 roles\\.acme-engineering-handbook/platform: "divison" is not a role`
      )
    )
    expect(stderr()).toContain('company, division, group, team, team-part, skip')
    await expect(import('node:fs/promises').then((fs) => fs.access(out))).rejects.toThrow()
  })

  it('resolves relative links with --base-url, and says they were left out without it', async () => {
    const guide = await file('links.md', GUIDE)
    const without = recordingIo()
    expect(await importCommand([guide, '--json'], without.io)).toBe(0)
    const plain = JSON.parse(without.stdout()) as JsonResult
    expect(plain.notes).toContainEqual(
      expect.objectContaining({
        kind: 'skipped',
        line: 7,
        message: expect.stringContaining('--base-url')
      })
    )
    const withBase = recordingIo()
    expect(
      await importCommand(
        [guide, '--json', '--base-url', 'https://handbook.acme.test/eng/'],
        withBase.io
      )
    ).toBe(0)
    const based = JSON.parse(withBase.stdout()) as JsonResult
    const runtime = based.catalog.divisions[0].teams.find((team) => team.name === 'Runtime')!
    expect(runtime.links.map((link) => link.url)).toEqual([
      'https://handbook.acme.test/eng/runbook/index.md'
    ])
    expect(based.catalog.schemaVersion).toBe(2)
    expect(based.catalog.company.name).toBe('Acme')
  })

  it('refuses a --base-url that is not an http address', async () => {
    const guide = await file('base.md', GUIDE)
    const { io, stderr } = recordingIo()
    expect(await importCommand([guide, '--base-url', 'javascript:alert(1)'], io)).toBe(1)
    expect(stderr()).toContain('--base-url "javascript:alert(1)" is not an http or https address')
  })
})
