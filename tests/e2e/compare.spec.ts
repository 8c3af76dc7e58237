import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { parse, stringify } from 'yaml'
import {
  exportedSvg,
  openChartForEachTest,
  team,
  technologyBox,
  untilPrintIsReady
} from './chart-page'

type TeamFile = { id: string; name: string; stack?: string[]; [key: string]: unknown }
type CatalogFileShape = { divisions: { id: string; teams: TeamFile[] }[] }

/**
 * An older version of the bundled catalog: Cloud Tools Team not formed yet, a Legacy Portal
 * team in Core since closed, Internal Tools still in Cloud, Teleport Devops still called
 * "Devops", and Cloud Reliability on Puppet rather than Kubernetes. Compared with the bundled
 * catalog on screen, each of those reads the other way round.
 */
function olderVersion(): Buffer {
  const file = parse(readFileSync('data/teleport.yaml', 'utf8')) as CatalogFileShape
  const [core, cloud] = file.divisions
  const take = (teams: TeamFile[], id: string) =>
    teams.splice(
      teams.findIndex((t) => t.id === id),
      1
    )[0]
  take(cloud.teams, 'cloud-tools')
  core.teams.push({ id: 'legacy-portal', name: 'Legacy Portal', summary: 'The old web portal.' })
  cloud.teams.push(take(core.teams, 'internal-tools'))
  core.teams.find((t) => t.id === 'teleport-devops')!.name = 'Devops'
  const reliability = cloud.teams.find((t) => t.id === 'cloud-reliability')!
  reliability.stack = reliability.stack!.map((name) => (name === 'Kubernetes' ? 'Puppet' : name))
  return Buffer.from(stringify(file))
}

const changes = (page: Page) => page.getByRole('complementary', { name: 'Changes' })

async function compareWithOlder(page: Page) {
  await page.getByTestId('compare-file').setInputFiles({
    name: 'teleport-2025.yaml',
    mimeType: 'text/yaml',
    buffer: olderVersion()
  })
  await expect(changes(page)).toBeVisible()
}

test.describe('compare with another version', () => {
  openChartForEachTest()

  test('lists the changes by kind, and marks them on one chart of both versions', async ({
    page
  }) => {
    await expect(page.getByRole('button', { name: 'Compare with…' })).toBeEnabled()
    await compareWithOlder(page)
    const panel = changes(page)
    await expect(
      panel.getByRole('heading', { name: 'Changes since teleport-2025.yaml' })
    ).toBeVisible()
    await expect(panel.getByRole('region', { name: 'Added (1)', exact: true })).toContainText(
      'Cloud Tools Team'
    )
    await expect(panel.getByRole('region', { name: 'Removed (1)', exact: true })).toContainText(
      'Legacy Portal'
    )
    await expect(panel.getByRole('region', { name: 'Moved (1)', exact: true })).toContainText(
      'Internal Tools: Cloud → Core'
    )
    await expect(panel.getByRole('region', { name: 'Renamed (1)', exact: true })).toContainText(
      'Devops → Teleport Devops'
    )
    await expect(panel.getByRole('region', { name: 'Changed (1)', exact: true })).toContainText(
      'Cloud Reliability Team: stack: +Kubernetes −Puppet'
    )
    await expect(panel.getByRole('list', { name: 'Legend' }).getByRole('listitem')).toHaveCount(5)

    // One chart of the union: 13 teams now plus the removed one, ghosted.
    await expect(page.getByTestId('node-team')).toHaveCount(14)
    await expect(team(page, 'Legacy Portal').locator('[data-diff="removed"]')).toHaveCount(1)
    const opacity = await team(page, 'Legacy Portal').evaluate((el) =>
      Number(getComputedStyle(el).opacity)
    )
    expect(opacity).toBeLessThan(0.75)
    await expect(team(page, 'Cloud Tools Team').locator('[data-diff="added"]')).toHaveCount(1)
    await expect(team(page, 'Internal Tools').locator('[data-diff="moved"]')).toHaveAccessibleName(
      'Moved: moved from Cloud'
    )
    await expect(team(page, 'Internal Tools')).toContainText('moved from Cloud')
    const reliability = team(page, 'Cloud Reliability Team')
    await expect(reliability.locator('.diff-chip--added')).toHaveText('+Kubernetes')
    await expect(reliability.locator('.diff-chip--removed')).toHaveText('−Puppet')
    // The list narrowed the chart; framed again beside it, every team is in sight, wholly,
    // none of them under the list.
    const box = (await panel.boundingBox())!
    const listRight = box.x + box.width
    for (const card of await page.getByTestId('node-team').all()) {
      await expect(card).toBeInViewport({ ratio: 0.99 })
      await expect
        .poll(async () => (await card.boundingBox())!.x)
        .toBeGreaterThanOrEqual(listRight - 1)
    }
  })

  test('the side list and the marks have no serious accessibility problem, in both themes', async ({
    page
  }) => {
    await compareWithOlder(page)
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      const results = await new AxeBuilder({ page })
        .include('.compare-panel')
        .include('[data-diff]')
        .analyze()
      const serious = results.violations.filter(
        (v) => v.impact === 'serious' || v.impact === 'critical'
      )
      expect(
        serious.map(
          (v) =>
            `${colorScheme} ${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary}`).join(', ')}`
        )
      ).toEqual([])
    }
  })

  test('a click in the list selects and frames the node', async ({ page }) => {
    await compareWithOlder(page)
    await changes(page)
      .getByRole('button', { name: /^Legacy Portal/ })
      .click()
    await expect(team(page, 'Legacy Portal')).toHaveClass(/is-selected/)
    await expect(team(page, 'Legacy Portal')).toBeInViewport()
    // The details panel says what changed about it.
    const details = page.getByTestId('details-panel')
    await expect(details.getByRole('region', { name: 'What changed' })).toContainText(
      'Removed since teleport-2025.yaml'
    )
    await expect(details.getByRole('region', { name: 'What changed' })).toContainText(
      'removed from Core'
    )
  })

  test('the lens still works on the comparison', async ({ page }) => {
    await compareWithOlder(page)
    await technologyBox(page, /^Kubernetes/).check()
    await expect(page.locator('[data-testid="node-team"]:has([data-match="true"])')).toHaveCount(2)
    await expect(team(page, 'Cloud Reliability Team').locator('[data-match="true"]')).toHaveCount(1)
  })

  test('presenting a comparison tours the changes: teams formed, closed, moved, then stacks', async ({
    page
  }) => {
    await compareWithOlder(page)
    // F5 from the chart, not from the file input the comparison was picked with.
    await page.locator('.app__graph').click({ position: { x: 5, y: 5 } })
    await page.keyboard.press('F5')
    const caption = page.getByRole('region', { name: 'Presentation' })
    await expect(caption.getByRole('heading', { level: 2 })).toHaveText(
      'What changed since teleport-2025.yaml'
    )
    await expect(caption).toContainText('1 added, 1 removed, 1 moved, 1 renamed and 1 changed.')
    const captions: string[] = []
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('ArrowRight')
      await expect(caption).toContainText(`${i + 2}/6`)
      captions.push((await caption.locator('.caption__text').textContent()) ?? '')
    }
    expect(captions).toEqual([
      'Cloud Tools Team formed under Cloud.',
      'Legacy Portal closed (it was under Core).',
      'Internal Tools moved from Cloud to Core.',
      'Devops is now Teleport Devops.',
      'Cloud Reliability Team now states Kubernetes, and no longer Puppet.'
    ])
    // Each stop shows its node, outlined as the selection.
    await expect(team(page, 'Cloud Reliability Team')).toHaveClass(/is-selected/)
    await page.keyboard.press('Escape')
    await expect(caption).toHaveCount(0)
    await expect(changes(page)).toBeVisible()
  })

  test('an SVG export of a comparison holds the union, its marks and the key to them', async ({
    page
  }) => {
    await compareWithOlder(page)
    await page.getByRole('button', { name: 'Export…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Export chart' })
    await expect(dialog).toContainText('Teleport · changes since teleport-2025.yaml')
    const svg = await exportedSvg(page, dialog)
    // The key, with a count per kind of change.
    expect(svg).toContain('>Changes since teleport-2025.yaml:</text>')
    for (const entry of ['Added 1', 'Removed 1', 'Moved 1', 'Renamed 1', 'Changed 1']) {
      expect(svg).toContain(`>${entry}</text>`)
    }
    // Both versions: the closed team is drawn, the moved one says where it came from, the
    // changed stack has its chips.
    expect(svg).toContain('>Legacy Portal</text>')
    expect(svg).toContain('>moved from Cloud</text>')
    expect(svg).toContain('>+Kubernetes</text>')
    expect(svg).toContain('>−Puppet</text>')
  })

  test('printing a comparison prints its marks and their key', async ({ page }) => {
    await compareWithOlder(page)
    // The print code is fetched when the page is idle; the browser's print cannot wait for it.
    await untilPrintIsReady(page)
    // What the browser's print does: beforeprint lays out the sheet.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
    const sheet = page.getByTestId('print-sheet')
    await expect(
      sheet.locator('text', { hasText: 'Changes since teleport-2025.yaml:' })
    ).toHaveCount(1)
    await expect(sheet.locator('text', { hasText: 'moved from Cloud' })).toHaveCount(1)
    await expect(sheet.locator('text', { hasText: 'Legacy Portal' })).toHaveCount(1)
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')))
    await expect(sheet).toHaveCount(0)
  })

  test('"Back to the chart" shows the catalog as it was', async ({ page }) => {
    await compareWithOlder(page)
    await changes(page).getByRole('button', { name: 'Back to the chart' }).click()
    await expect(changes(page)).toHaveCount(0)
    await expect(page.getByTestId('node-team')).toHaveCount(13)
    await expect(page.locator('[data-diff]')).toHaveCount(0)
  })

  test('a file that does not load says why and leaves the chart alone', async ({ page }) => {
    await page.getByTestId('compare-file').setInputFiles({
      name: 'broken.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from('schemaVersion: 1\ncompany: {}\n')
    })
    await expect(
      page.getByText(
        /Cannot compare with broken\.yaml: broken\.yaml:1:1 catalog: missing required field "divisions"/
      )
    ).toBeVisible()
    await expect(changes(page)).toHaveCount(0)
    await expect(page.getByTestId('node-team')).toHaveCount(13)
  })
})
