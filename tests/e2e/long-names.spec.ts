import { readFileSync } from 'node:fs'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { editCatalog, openChartForEachTest, team } from './chart-page'

/**
 * Names longer than the space made for them: a company name in the toolbar, a team name with
 * no spaces to wrap at. Loaded through the live-reload test hook (see live-reload.spec.ts).
 */
const TELEPORT = readFileSync(new URL('../../data/teleport.yaml', import.meta.url), 'utf8')
const LONG_TEAM = 'ProductSecurityAndComplianceEngineeringTeamWithoutAnySpacesInItsNameWhatsoever'
const LONG_COMPANY =
  'The Extraordinarily Long-Named International Engineering Organization of Teleport Incorporated'

async function openLongNames(page: Page) {
  const text = TELEPORT.replace('  name: Teleport\n', `  name: ${LONG_COMPANY}\n`).replace(
    'name: Product Security\n',
    `name: ${LONG_TEAM}\n`
  )
  await page.evaluate((next) => {
    const hook = (window as unknown as { __orgscopeTest: { editCatalog(t: string): unknown } })
      .__orgscopeTest
    hook.editCatalog(next)
  }, text)
  await expect(page.getByTestId('node-company')).toContainText('Extraordinarily')
}

/** Whether the element's content runs past its own box (it would be cut or spill over). */
const overflows = (locator: Locator) =>
  locator.evaluate((el) => el.scrollWidth > el.clientWidth + 1)

test.describe('long names', () => {
  openChartForEachTest('/?e2e-watch')
  test.beforeEach(({ page }) => openLongNames(page))

  test('a long company name is cut with an ellipsis, whole in a tooltip; the toolbar stays one row', async ({
    page
  }) => {
    const toolbar = page.getByRole('toolbar', { name: 'Chart controls' })
    const middle = (box: { y: number; height: number } | null) => box!.y + box!.height / 2
    const row = middle(await toolbar.getByRole('button', { name: /Search/ }).boundingBox())
    for (const control of [
      toolbar.getByRole('radio', { name: 'Outline' }),
      toolbar.getByRole('button', { name: 'Export…' })
    ]) {
      const box = (await control.boundingBox())!
      expect(Math.abs(middle(box) - row), 'on the same row as Search').toBeLessThan(2)
      expect(box.x + box.width).toBeLessThanOrEqual(1280)
      await expect(control).toBeInViewport({ ratio: 1 })
    }
    expect((await toolbar.boundingBox())!.height).toBeLessThan(60)

    const name = toolbar.getByTitle(LONG_COMPANY, { exact: false })
    await expect(name).toContainText(LONG_COMPANY)
    expect(await overflows(name)).toBe(true)
    expect(await name.evaluate((el) => getComputedStyle(el).textOverflow)).toBe('ellipsis')
  })

  test('a team name without spaces wraps in the details heading and stays inside its card', async ({
    page
  }) => {
    const card = team(page, LONG_TEAM.slice(0, 20))
    await card.click()
    const details = page.getByTestId('details-panel')
    const heading = details.getByRole('heading', { level: 2 })
    await expect(heading).toHaveText(LONG_TEAM)
    expect(await overflows(heading)).toBe(false)
    const panel = (await details.boundingBox())!
    const box = (await heading.boundingBox())!
    expect(box.x + box.width).toBeLessThanOrEqual(panel.x + panel.width)
    expect(box.height).toBeGreaterThan(40) // wrapped onto more than one line

    // The card cuts it (two lines at most, an ellipsis) and says it whole in a tooltip.
    for (const line of await card.locator('.org-node__line').all()) {
      expect(await overflows(line)).toBe(false)
    }
    await expect(card.getByTitle(LONG_TEAM, { exact: true })).toHaveCount(1)
  })
})

test.describe('a megabyte-long name', () => {
  openChartForEachTest('/?e2e-watch')

  // Issue 18: shortening a name re-measured it once per character dropped; a 1 MB name froze
  // the page. Names now stop at 200 characters (name-text.ts), so such a file is refused with a
  // located error and the chart stays as it was; the card's text fitting is linear as well
  // (tests/shared/layout/long-text.test.ts holds its cost).
  test('a 1 MB team name is refused where it is written and the page stays responsive', async ({
    page
  }) => {
    const name = 'Wm '.repeat(350_000).trim()
    const text = TELEPORT.replace('name: Product Security\n', `name: ${name}\n`)
    await editCatalog(page, text)
    const alert = page.getByRole('alert', { name: 'Catalog errors' })
    await expect(alert).toContainText(
      /teleport\.yaml:\d+:\d+ .*name: too long \(1,049,999 characters; at most 200\)/
    )
    await expect(team(page, 'Product Security')).toHaveCount(1)
    // The page still answers: search opens and finds a team.
    await page.keyboard.press('Control+f')
    await page.getByRole('dialog').getByRole('combobox').fill('Desktop Access')
    await expect(page.getByRole('dialog').getByRole('option').first()).toContainText('Desktop')
  })
})

test.describe('a technology with a long name and counts', () => {
  openChartForEachTest('/?e2e-watch')

  // QA (h161): at 30,000 teams "Kubernetes" and "0 teams +8946 mentioned" were drawn over each
  // other; a long name does the same with small counts. The count goes under the name instead.
  test("a lens row's name and count never overlap", async ({ page }) => {
    const LONG_TECH = 'KubernetesFederationControllerManager'
    const text = TELEPORT.replace(/\bKubernetes\b(?! (?:Access|servers|clusters))/gu, LONG_TECH)
    await page.evaluate((next) => {
      const hook = (window as unknown as { __orgscopeTest: { editCatalog(t: string): unknown } })
        .__orgscopeTest
      hook.editCatalog(next)
    }, text)
    await page.getByLabel('Include mentioned').uncheck()
    const row = page.locator('.lens__row', { hasText: LONG_TECH })
    await expect(row).toBeVisible()
    const name = (await row.locator('.lens__tech').boundingBox())!
    const count = (await row.locator('.lens__n').boundingBox())!
    const sameLine = count.y < name.y + name.height && name.y < count.y + count.height
    if (sameLine) expect(name.x + name.width).toBeLessThanOrEqual(count.x)
    expect(count.x + count.width).toBeLessThanOrEqual((await row.boundingBox())!.x + 290)
  })
})
