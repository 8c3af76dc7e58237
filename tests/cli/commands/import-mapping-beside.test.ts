// @vitest-environment node
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importCommand } from '../../../src/cli/commands/import'
import { dump } from '../../../src/cli/commands/dump'
import { recordingIo } from '../recording-io'
import { useTempDir } from '../../fixtures/temp-dir'

const dir = useTempDir('orgscope-import-beside-')

const GUIDE =
  '# Teams\n\n## Payments\n\nThe Payments team owns checkout.\n\n## Search\n\nThe Search team owns the index.\n'

// QA (q30): `import` ignored the choices saved beside a guide, which validate, dump and export
// apply: the same guide gave two catalogs.
describe('orgscope import of a guide with its choices saved beside it', () => {
  it('applies them, says so, and gives what dump gives', async () => {
    const guide = join(dir.path, 'teams.md')
    await writeFile(guide, GUIDE)
    await writeFile(
      join(dir.path, 'teams.import.json'),
      JSON.stringify({ version: 1, roles: {}, company: 'Zephyr Labs' })
    )
    const { io, stdout, stderr } = recordingIo()
    expect(await importCommand([guide], io)).toBe(0)
    expect(stdout()).toMatch(/^company:\n {2}name: Zephyr Labs$/mu)
    expect(stderr()).toContain('using the choices saved beside it: teams.import.json')
    const dumped = recordingIo()
    expect(await dump([guide, '--json'], dumped.io)).toBe(0)
    expect(JSON.parse(dumped.stdout()).company.name).toBe('Zephyr Labs')
  })

  it('refuses a broken one, at its line and column, as validate does', async () => {
    const guide = join(dir.path, 'teams.md')
    await writeFile(guide, GUIDE)
    await writeFile(join(dir.path, 'teams.import.json'), '{"version":1,"roles":{},"compny":"Z"}')
    const { io, stderr } = recordingIo()
    expect(await importCommand([guide], io)).toBe(1)
    expect(stderr()).toMatch(/teams\.import\.json:1:\d+ mapping: unknown field "compny"/u)
  })
})
