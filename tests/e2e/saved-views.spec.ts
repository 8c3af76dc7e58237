import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { openChartForEachTest, technologyBox } from './chart-page'

const panel = (page: Page) => page.getByRole('dialog', { name: 'Saved views' })
const list = (page: Page) => panel(page).getByRole('list', { name: 'Saved views' })
const caption = (page: Page) => page.getByRole('region', { name: 'Presentation' })

/** The view state the page keeps in its URL hash (useUrlState): lens and focus, as applied. */
async function hashState(page: Page) {
  const params = new URLSearchParams(new URL(page.url()).hash.slice(1))
  return { tech: params.get('tech'), focus: params.get('focus') }
}

/** The names in the list, in order. */
async function names(page: Page) {
  return list(page).locator('.views-list__name').allTextContents()
}

async function saveView(page: Page, name: string, text: string) {
  await panel(page).getByRole('textbox', { name: 'Name', exact: true }).fill(name)
  await panel(page).getByLabel('Caption (optional)').fill(text)
  await panel(page).getByRole('button', { name: 'Save current view' }).click()
  await expect(list(page).getByText(name, { exact: true })).toBeVisible()
}

test.describe('saved views', () => {
  // Each test has a fresh browser context: nothing remembered yet.
  openChartForEachTest()

  test('save two views, reorder them, reload: still there in the new order; play applies each', async ({
    page
  }) => {
    // View 1: Kubernetes across the whole org.
    await technologyBox(page, /^Kubernetes/).check()
    await page.getByRole('button', { name: 'Views' }).click()
    await expect(panel(page)).toBeVisible()
    await expect(panel(page).getByRole('textbox', { name: 'Name', exact: true })).toBeFocused()
    await saveView(page, 'Kubernetes teams', 'Who runs Kubernetes')

    // View 2: Go, focused on the Cloud division.
    await technologyBox(page, /^Kubernetes/).uncheck()
    await technologyBox(page, /^Go\b/).check()
    await page.getByTestId('node-division').filter({ hasText: 'Cloud' }).click()
    await page.getByRole('button', { name: 'Focus branch' }).click()
    await expect(page.getByTestId('node-team')).toHaveCount(4)
    await saveView(page, 'Go in Cloud', 'The Cloud teams that write Go')
    expect(await names(page)).toEqual(['Kubernetes teams', 'Go in Cloud'])
    await expect(list(page).getByRole('listitem').nth(1)).toContainText('Go · focus: Cloud')

    // Reorder with the keyboard: Alt+↑ on the second row moves it up, focus stays with it.
    await panel(page).getByRole('button', { name: 'Show Go in Cloud' }).focus()
    await page.keyboard.press('Alt+ArrowUp')
    expect(await names(page)).toEqual(['Go in Cloud', 'Kubernetes teams'])
    await expect(panel(page).getByRole('button', { name: 'Show Go in Cloud' })).toBeFocused()
    await expect(panel(page).getByRole('status')).toHaveText(
      /Moved “Go in Cloud” to position 1 of 2/
    )
    // …and with the buttons: down and back up; at the edge focus moves to the button that works.
    await panel(page).getByRole('button', { name: 'Move Go in Cloud down' }).click()
    expect(await names(page)).toEqual(['Kubernetes teams', 'Go in Cloud'])
    await expect(panel(page).getByRole('button', { name: 'Move Go in Cloud up' })).toBeFocused()
    await page.keyboard.press('Enter')
    expect(await names(page)).toEqual(['Go in Cloud', 'Kubernetes teams'])

    // Rename: Enter saves, focus returns to the Rename button.
    await panel(page).getByRole('button', { name: 'Rename Kubernetes teams' }).click()
    const input = panel(page).getByRole('textbox', { name: 'New name for Kubernetes teams' })
    await expect(input).toBeFocused()
    await input.fill('Kubernetes everywhere')
    await page.keyboard.press('Enter')
    await expect(
      panel(page).getByRole('button', { name: 'Rename Kubernetes everywhere' })
    ).toBeFocused()

    // Reload without the hash: the views come back, in their order, from storage.
    await page.goto('/')
    await expect(page.getByTestId('node-company')).toHaveCount(1)
    await page.getByRole('button', { name: 'Views' }).click()
    await expect.poll(() => names(page)).toEqual(['Go in Cloud', 'Kubernetes everywhere'])
    await expect(panel(page)).toContainText('Stored in this browser.')

    // Play: each step applies its technologies, focus and camera, captioned with name + caption.
    const beforePlaying = await hashState(page)
    await panel(page).getByRole('button', { name: 'Play saved views' }).click()
    await expect(panel(page)).toHaveCount(0)
    await expect(caption(page).getByRole('heading', { level: 2 })).toHaveText('Go in Cloud')
    await expect(caption(page)).toContainText('The Cloud teams that write Go')
    await expect(caption(page)).toContainText('Saved view 1 of 2 · 1/2')
    await expect.poll(() => hashState(page)).toEqual({ tech: 'Go', focus: 'division:cloud' })
    await expect(page.getByTestId('node-team')).toHaveCount(4)
    const goTeams = page.locator('[data-testid="node-team"]:has([data-match="true"])')
    await expect(goTeams).toHaveCount(2)
    for (const team of await goTeams.all()) await expect(team).toBeInViewport()

    await page.keyboard.press('ArrowRight')
    await expect(caption(page).getByRole('heading', { level: 2 })).toHaveText(
      'Kubernetes everywhere'
    )
    await expect(caption(page)).toContainText('Who runs Kubernetes')
    await expect.poll(() => hashState(page)).toEqual({ tech: 'Kubernetes', focus: null })
    await expect(page.getByTestId('node-team')).toHaveCount(13)
    // The last step stays the last.
    await page.keyboard.press('ArrowRight')
    await expect(caption(page)).toContainText('2/2')

    // Esc leaves, back to the technologies and focus from before playing; the next presentation
    // is the default tour again.
    await page.keyboard.press('Escape')
    await expect(caption(page)).toHaveCount(0)
    await expect.poll(() => hashState(page)).toEqual(beforePlaying)
    await page.keyboard.press('F5')
    await expect(caption(page).getByRole('heading', { level: 2 })).toHaveText('Teleport')
    await page.keyboard.press('Escape')
  })

  test('Show applies a view; Delete removes it and moves focus to the next one', async ({
    page
  }) => {
    await page.getByRole('button', { name: 'Views' }).click()
    await saveView(page, 'Whole org', '')
    await technologyBox(page, /^Terraform/).check()
    await saveView(page, 'Terraform', 'Infrastructure as code')
    await saveView(page, 'Third', '')

    await panel(page).getByRole('button', { name: 'Show Whole org' }).click()
    await expect(technologyBox(page, /^Terraform/)).not.toBeChecked()
    await panel(page).getByRole('button', { name: 'Show Terraform' }).click()
    await expect(technologyBox(page, /^Terraform/)).toBeChecked()

    await panel(page).getByRole('button', { name: 'Delete Terraform' }).click()
    expect(await names(page)).toEqual(['Whole org', 'Third'])
    await expect(panel(page).getByRole('button', { name: 'Delete Third' })).toBeFocused()

    // Escape closes the panel and gives focus back to the toolbar button.
    await page.keyboard.press('Escape')
    await expect(panel(page)).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Views' })).toBeFocused()
  })

  test('the panel and the More menu pass axe (no serious or critical violations), light and dark', async ({
    page
  }) => {
    const scan = async () =>
      (await new AxeBuilder({ page }).analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    await page.getByRole('button', { name: 'Views' }).click()
    await saveView(page, 'Whole org', 'Everything at a glance')
    await saveView(page, 'Second', '')
    expect(await scan()).toEqual([])
    await page.getByRole('button', { name: /^Theme:/ }).click()
    await page.getByRole('button', { name: /^Theme:/ }).click()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    expect(await scan()).toEqual([])
    await page.getByRole('button', { name: 'More actions' }).click()
    await expect(page.getByRole('menu', { name: 'More actions' })).toBeVisible()
    expect(await scan()).toEqual([])
  })

  test('views for a catalog that lost a technology load without it, with a notice', async ({
    page
  }) => {
    await page.evaluate(() => {
      const view = (id: string, name: string, technologies: string[]) => ({
        id,
        name,
        lens: { technologies, mode: 'any', includeMentions: false },
        hideNonMatches: false,
        expanded: [],
        layoutKind: 'compact'
      })
      localStorage.setItem(
        'orgscope:views:teleport.yaml',
        JSON.stringify({
          schemaVersion: 1,
          views: [view('v-1', 'Old stack', ['Go', 'COBOL']), view('v-2', 'Fine', ['Kubernetes'])]
        })
      )
    })
    await page.reload()
    await expect(page.getByRole('status', { name: 'Messages' })).toContainText(
      '“Old stack”: dropped COBOL (not in this catalog)'
    )
    await page.getByRole('button', { name: 'Views' }).click()
    await expect(list(page).getByRole('listitem').first()).toContainText('Go · fits the chart')
  })
})
