import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { startWebServer } from '../../scripts/web-server'
import { failOnConsoleProblems } from './console'

/**
 * `npm start -- team.yaml` where no Electron runtime exists serves the browser build with that
 * one file (scripts/serve-web.mjs) and opens `/?catalog=team.yaml`: the page shows that catalog,
 * not the bundled one. Each test starts its own server, on a free port.
 */
const CATALOG = `schemaVersion: 1
company: { name: Served Company }
technologies:
  - { name: Go, category: language }
divisions:
  - id: product
    name: Product
    teams:
      - { id: api, name: API Team, summary: Serves the API., stack: [Go] }
      - { id: web, name: Web Team, summary: Builds the site. }
`

test.describe('a catalog served with the browser build', () => {
  let dir: string
  test.beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'orgscope-served-'))
  })
  test.afterEach(() => rmSync(dir, { recursive: true, force: true }))

  test.describe('that exists', () => {
    failOnConsoleProblems()

    test('is the chart the page opens on', async ({ page }) => {
      const file = join(dir, 'served.yaml')
      writeFileSync(file, CATALOG)
      const server = await startWebServer({ catalog: file })
      try {
        expect(server.url).toMatch(/\?catalog=served\.yaml$/)
        await page.goto(server.url)
        await expect(page.getByTestId('node-team')).toHaveCount(2)
        await expect(page.getByTestId('node-company')).toContainText('Served Company')
        await expect(page.getByTestId('node-team').filter({ hasText: 'API Team' })).toBeVisible()
      } finally {
        server.close()
      }
    })
  })

  test('that is missing shows where and why it could not be read', async ({ page }) => {
    const server = await startWebServer({ catalog: join(dir, 'gone.yaml') })
    try {
      await page.goto(server.url)
      const banner = page.getByRole('alert', { name: 'Catalog errors' })
      await expect(banner).toContainText('gone.yaml')
      await expect(banner).toContainText('could not be read (404')
      await expect(banner).toContainText('does not exist')
    } finally {
      server.close()
    }
  })
})
