import { expect, test } from '@playwright/test'
import { lens, openChart, team } from './chart-page'

/**
 * A logo's chunk: "logo-" and the logo's name (scripts/technology-logos-plugin.ts), never taken
 * for a chunk of the app's own modules or its dependencies' ("svg", zod's "schemas").
 */
const LOGO_CHUNK = /\/assets\/logo-[\w.-]+-[\w-]{8}\.js$/u

test.describe('technology logos', () => {
  test('chips and the lens list show the logos of the catalog’s technologies, loaded from the app itself', async ({
    page
  }) => {
    const requests: string[] = []
    page.on('request', (request) => requests.push(request.url()))
    await openChart(page, '/')
    const reliability = team(page, 'Cloud Reliability Team')
    // Kubernetes has a logo; the chip draws it in the chip's own colour.
    const logo = reliability
      .locator('.chip', { hasText: 'Kubernetes' })
      .locator('svg[data-logo="kubernetes"]')
    await expect(logo.locator('path')).toHaveAttribute('fill', 'currentColor')
    // The lens list's row and the "Shared by 2+ teams" pill (Kubernetes is shared) both draw it.
    await expect(
      lens(page)
        .locator('.lens__row', { hasText: 'Kubernetes' })
        .locator('svg[data-logo="kubernetes"] path')
    ).toHaveCount(1)
    const sharedPill = lens(page).locator('.shared-tech', { hasText: 'Kubernetes' })
    await expect(sharedPill.locator('svg[data-logo="kubernetes"] path')).toHaveAttribute(
      'fill',
      'currentColor'
    )
    // A shared technology without a logo (AWS) gets no empty box in its pill.
    await expect(lens(page).locator('.shared-tech', { hasText: 'AWS' }).locator('svg')).toHaveCount(
      0
    )
    // A technology without a logo (SSH) has none.
    await expect(page.locator('.chip', { hasText: 'SSH' }).first().locator('svg')).toHaveCount(0)

    const origin = new URL(page.url()).origin
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual(
      []
    )
    // Only logos the catalog uses, one chunk each: Teleport's registry has 25 technologies and
    // the HashiCorp family they imply, 17 with a logo (the dictionary has ~1,240).
    const logoChunks = requests.filter((url) => LOGO_CHUNK.test(url))
    expect(logoChunks.length).toBeGreaterThan(0)
    expect(logoChunks.length).toBeLessThanOrEqual(17)
  })

  test("a lens row's logo stays on its name's line, however little room the count leaves", async ({
    page
  }) => {
    // h123 (session 18): with "0 teams +2 mentioned" beside it, PostgreSQL's name wrapped below
    // its logo. The panel made narrow gives every row that little room.
    await openChart(page, '/')
    await lens(page).evaluate((panel) => ((panel as HTMLElement).style.width = '200px'))
    const rows = lens(page)
      .locator('.lens__row')
      .filter({ has: page.locator('svg[data-logo]') })
    expect(await rows.count()).toBeGreaterThan(3)
    for (const row of await rows.all()) {
      // Where the logo and the first line of the name's text are drawn.
      const drawn = await row.evaluate((li) => {
        const logo = li.querySelector('svg[data-logo]')!.getBoundingClientRect()
        const walker = document.createTreeWalker(
          li.querySelector('.lens__name')!,
          NodeFilter.SHOW_TEXT
        )
        let text = walker.nextNode()
        while (text && !text.textContent?.trim()) text = walker.nextNode()
        const range = document.createRange()
        range.selectNodeContents(text!)
        const line = range.getClientRects()[0]
        return { logo: logo.top + logo.height / 2, top: line.top, bottom: line.bottom }
      })
      expect(drawn.logo, await row.innerText()).toBeGreaterThan(drawn.top)
      expect(drawn.logo, await row.innerText()).toBeLessThan(drawn.bottom)
    }
  })
})
