// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
// @ts-expect-error -- a plain ESM script without type declarations; its shape is checked below
import { scan } from '../../scripts/security-scan.mjs'

type Finding = { id: string; severity: string; failing: boolean; file: string; line: number }
type Scan = (input: string) => Promise<{ issues: Finding[]; unparsed: unknown[] }>
const runScan = scan as Scan

/**
 * `npm run security` (Electronegativity) must be able to fail: an app with the classic mistakes
 * is flagged above LOW, and the same file with an eng-disable comment on the line is not.
 */
describe('the security scan', () => {
  let dir: string

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'orgscope-scan-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('flags a window without isolation or sandbox, and a bare openExternal, above LOW', async () => {
    const app = join(dir, 'insecure')
    await mkdir(app)
    await writeFile(
      join(app, 'main.js'),
      [
        "const { BrowserWindow, shell } = require('electron')",
        'const win = new BrowserWindow({',
        '  webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false }',
        '})',
        "win.webContents.on('new-window', (e, url) => shell.openExternal(url))",
        ''
      ].join('\n')
    )

    const { issues, unparsed } = await runScan(app)

    expect(unparsed).toEqual([])
    const failing = issues.filter((i) => i.failing).map((i) => i.id)
    expect(failing).toEqual(
      expect.arrayContaining([
        'CONTEXT_ISOLATION_JS_CHECK',
        'SANDBOX_JS_CHECK',
        'OPEN_EXTERNAL_JS_CHECK'
      ])
    )
  }, 30_000)

  it('honours an eng-disable comment on the flagged line', async () => {
    const call = "require('electron').shell.openExternal(url)"
    const ids = async (name: string, text: string) => {
      await mkdir(join(dir, name))
      await writeFile(join(dir, name, 'main.js'), `${text}\n`)
      return (await runScan(join(dir, name))).issues.map((i) => i.id)
    }

    expect(await ids('bare', call)).toContain('OPEN_EXTERNAL_JS_CHECK')
    expect(await ids('justified', `${call} // eng-disable OPEN_EXTERNAL_JS_CHECK`)).not.toContain(
      'OPEN_EXTERNAL_JS_CHECK'
    )
  }, 30_000)

  it('finds nothing above LOW in src/', async () => {
    const { issues, unparsed } = await runScan(join(process.cwd(), 'src'))

    expect(unparsed).toEqual([])
    expect(issues.filter((i) => i.failing)).toEqual([])
  }, 30_000)
})
