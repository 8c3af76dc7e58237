import { expect, test } from '@playwright/test'
import { openChartForEachTest } from './chart-page'

test.describe('find your team', () => {
  openChartForEachTest()

  test('ranks teams for chosen technologies and interests, with reasons; a result shows the team', async ({
    page
  }) => {
    await page.getByRole('tab', { name: 'Find your team' }).click()
    const fit = page.getByRole('region', { name: 'Find your team' })
    const results = fit.getByRole('list', { name: 'Teams that fit' }).locator(':scope > li')

    // Before any choice, the choices have the room: the technologies are in sight, not
    // scrolled away under an empty results pane.
    await expect(fit.getByRole('button', { name: 'Kubernetes', exact: true })).toBeInViewport({
      ratio: 1
    })
    await fit.getByRole('button', { name: 'React', exact: true }).click()
    await expect(results).toHaveCount(1)
    await expect(results.first()).toContainText('Cloud Application Team')
    await expect(results.first()).toContainText("React is in the team's stated stack")

    await fit.getByRole('button', { name: 'desktop', exact: true }).click()
    const names = await results.locator('.fit-result__name').allTextContents()
    expect(names).toEqual(expect.arrayContaining(['Teleport Terminal', 'Desktop Access']))
    // Scores are ordered best first.
    const scores = (await results.locator('.fit-result__score').allTextContents()).map(Number)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))

    await results.filter({ hasText: 'Desktop Access' }).getByRole('button').click()
    await expect(page.getByTestId('details-panel').getByRole('heading', { level: 2 })).toHaveText(
      'Desktop Access'
    )
    await expect(
      page.getByTestId('node-team').filter({ hasText: 'Desktop Access' })
    ).toBeInViewport()

    await fit.getByRole('button', { name: 'Clear' }).click()
    await expect(results).toHaveCount(0)
  })

  test('a technology no team uses, typed in the filter, is said to match none', async ({
    page
  }) => {
    await page.getByRole('tab', { name: 'Find your team' }).click()
    const fit = page.getByRole('region', { name: 'Find your team' })
    const filter = fit.getByRole('searchbox', { name: 'Filter your technologies' })
    await filter.fill('rust')
    await expect(fit.getByText('No team here uses a technology matching “rust”.')).toBeVisible()
    await filter.fill('kube')
    await expect(fit.getByRole('button', { name: 'Kubernetes', exact: true })).toBeVisible()
    await expect(fit.getByText(/No team here uses/)).toHaveCount(0)
  })
})
