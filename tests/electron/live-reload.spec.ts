import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type ElectronApplication, type Page } from '@playwright/test'
import { launchApp, ROOT } from './runtime'

/**
 * Live reload in the real app: a temporary catalog opened through the path argument
 * (`npm start -- catalog.yaml`), edited on disk as an editor saves (write a temporary file,
 * rename it over), broken, then fixed. Skips, saying why, without an Electron runtime.
 */
const TELEPORT = readFileSync(join(ROOT, 'data', 'teleport.yaml'), 'utf8')
const TEAM_LINE = 'name: Cloud Reliability Team'

/** The page's globals, typed loosely: this file is type-checked without the DOM library. */
type PageGlobals = { orgscope: { openDroppedFile(file: unknown): Promise<unknown> } }

test.describe('electron: the open catalog, edited on disk', () => {
  test.describe.configure({ mode: 'serial' })

  let app: ElectronApplication | undefined
  let page: Page
  let dir: string
  let file: string

  const save = (text: string) => {
    writeFileSync(`${file}.tmp`, text)
    renameSync(`${file}.tmp`, file)
  }
  const banner = () => page.getByRole('alert', { name: 'Catalog errors' })
  const team = (name: string) => page.getByTestId('node-team').filter({ hasText: name })

  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'orgscope-electron-'))
    file = join(dir, 'catalog.yaml')
    writeFileSync(file, TELEPORT)
    app = await launchApp([file])
    if (app) page = await app.firstWindow()
  })

  test.afterAll(async () => {
    await app?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  test('opens the catalog named on the command line', async () => {
    await expect(page.getByTestId('node-team')).toHaveCount(13)
    await expect(page.getByRole('toolbar')).toContainText('catalog.yaml')
  })

  test('an invalid save shows file:line:column over the last good chart', async () => {
    const broken = TELEPORT.replace(TEAM_LINE, `${TEAM_LINE}: oops`)
    const lines = broken.split('\n')
    const line = lines.findIndex((l) => l.includes(TEAM_LINE)) + 1
    const column = lines[line - 1].indexOf(TEAM_LINE) + 'name: '.length + 1
    save(broken)

    await expect(banner()).toContainText(`${file}:${line}:${column}`)
    await expect(team('Cloud Reliability Team')).toHaveCount(1)
  })

  test('fixing the file removes the banner and draws the new content', async () => {
    save(TELEPORT.replace(TEAM_LINE, 'name: Cloud Reliability Crew'))

    await expect(banner()).toHaveCount(0)
    await expect(team('Cloud Reliability Crew')).toHaveCount(1)
  })

  test('a File the page makes itself cannot name a path for main to read', async () => {
    const result = await page.evaluate(() => {
      const { orgscope } = globalThis as unknown as PageGlobals
      const File = (
        globalThis as unknown as { File: new (parts: string[], name: string) => unknown }
      ).File
      return orgscope.openDroppedFile(new File(['x'], '/etc/passwd.yaml'))
    })
    expect(result).toMatchObject({ ok: false, errors: [{ message: /not a file on disk/ }] })
  })
})
