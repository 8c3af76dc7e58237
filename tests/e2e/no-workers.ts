import { expect, type Page } from '@playwright/test'

/**
 * Reloads the chart in a page that refuses to start workers, as a CSP or an old browser may;
 * returns the console warnings the page logs from then on.
 */
export async function reloadRefusingWorkers(page: Page): Promise<string[]> {
  const warnings: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text())
  })
  await page.addInitScript(() => {
    ;(window as unknown as { Worker: unknown }).Worker = class {
      constructor() {
        throw new DOMException('Refused to create a worker', 'SecurityError')
      }
    }
  })
  await page.reload()
  await expect(page.getByTestId('node-team')).toHaveCount(13)
  return warnings
}
