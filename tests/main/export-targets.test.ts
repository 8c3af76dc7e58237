// @vitest-environment node
/**
 * Issue 18, case 6, checked where the app writes: the file chosen in the export dialog may be a
 * symbolic link, have a long name, or sit under a "folder" that is a file. The writer's own
 * tests are in tests/node/files/write-atomic.test.ts; these check the app's export goes
 * through it and says what happened.
 */
import { lstat, readFile, readlink, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { INVOKE_CHANNELS } from '../../src/shared/ipc/channels'
import { exportFeature } from './export-feature'
import { useMainHarness } from './main-harness'

const request = { options: { format: 'svg', date: '2026-03-04' }, view: {} }

// Each test loads the catalog on the loader's worker and draws on the export's, both started
// from source through tsx: seconds on a busy machine, past vitest's default 5 s.
describe('export IPC: where the file goes', { timeout: 60_000 }, () => {
  const main = useMainHarness('orgscope-export-targets-', exportFeature)
  const { invoke, saveAs } = main

  it('writes through a symbolic link and keeps it a link', async () => {
    await invoke(INVOKE_CHANNELS.loadCatalog)
    const real = join(main.dir, 'real.svg')
    const link = join(main.dir, 'chart.svg')
    await writeFile(real, 'old')
    await symlink('real.svg', link)
    saveAs(link)
    expect(await invoke(INVOKE_CHANNELS.exportChart, request)).toEqual({ ok: true, path: link })
    expect((await lstat(link)).isSymbolicLink()).toBe(true)
    expect(await readlink(link)).toBe('real.svg')
    expect(await readFile(real, 'utf8')).toMatch(/^<\?xml/)
  })

  it('writes a legal 240-character name, and names a too-long one in plain words', async () => {
    await invoke(INVOKE_CHANNELS.loadCatalog)
    const long = join(main.dir, `${'n'.repeat(236)}.svg`)
    saveAs(long)
    expect(await invoke(INVOKE_CHANNELS.exportChart, request)).toEqual({ ok: true, path: long })

    const tooLong = `${'n'.repeat(296)}.svg`
    saveAs(join(main.dir, tooLong))
    expect(await invoke(INVOKE_CHANNELS.exportChart, request)).toMatchObject({
      ok: false,
      errors: [{ message: `the file name ${tooLong} is too long (300 bytes; the limit is 255)` }]
    })
  })

  it('says a folder on the path is a file', async () => {
    await invoke(INVOKE_CHANNELS.loadCatalog)
    const file = join(main.dir, 'notes.txt')
    await writeFile(file, 'a file')
    saveAs(join(file, 'chart.svg'))
    expect(await invoke(INVOKE_CHANNELS.exportChart, request)).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringContaining(`${file} is a file, not a folder`) }]
    })
  })
})
