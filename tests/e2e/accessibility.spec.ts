import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

const focusedNodeId = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id)

async function scan(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
    )
}

test.describe('keyboard and screen readers', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/')
    await expect(page.getByTestId('node-team')).toHaveCount(13)
  })

  test('arrow keys move along the tree in the chart; Right expands; Enter opens details', async ({
    page
  }) => {
    await page.locator('.react-flow__node[data-id="company"]').focus()
    await page.keyboard.press('ArrowDown')
    expect(await focusedNodeId(page)).toBe('division:core')
    await page.keyboard.press('ArrowDown')
    expect(await focusedNodeId(page)).toBe('team:server-and-kubernetes-access')
    await page.keyboard.press('ArrowRight')
    await expect(page.getByTestId('node-project')).toHaveCount(2)
    await page.keyboard.press('ArrowRight')
    expect(await focusedNodeId(page)).toBe('project:server-and-kubernetes-access/1')
    await page.keyboard.press('ArrowLeft')
    expect(await focusedNodeId(page)).toBe('team:server-and-kubernetes-access')
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('details-panel').getByRole('heading', { level: 2 })).toHaveText(
      'Server and Kubernetes Access'
    )
    // The focused node shows a visible focus ring.
    await page.locator('.react-flow__node[data-id="division:core"]').focus()
    const outline = await page
      .locator('.react-flow__node[data-id="division:core"] .org-node')
      .evaluate((el) => getComputedStyle(el).outlineStyle)
    expect(outline).not.toBe('none')
  })

  test('the outline is a tree with the same data, navigable with arrows', async ({ page }) => {
    await page.getByRole('radio', { name: 'Outline' }).click()
    const tree = page.getByRole('tree', { name: 'Organization outline' })
    await expect(tree.getByRole('treeitem', { level: 3 })).toHaveCount(13)
    await tree
      .getByRole('treeitem', { name: /^Teleport/ })
      .first()
      .focus()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await expect(page.locator(':focus')).toHaveAttribute(
      'data-id',
      'team:server-and-kubernetes-access'
    )
    await page.keyboard.press('ArrowRight')
    await expect(tree.getByRole('treeitem', { level: 4 })).toHaveCount(2)
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('details-panel').getByRole('heading', { level: 2 })).toHaveText(
      'Server and Kubernetes Access'
    )
  })

  for (const [name, prepare] of [
    [
      'chart with details and a lens',
      async (page: Page) => {
        await page
          .getByRole('region', { name: 'Technology lens' })
          .getByRole('checkbox', { name: /^Kubernetes/ })
          .check()
        await page.getByTestId('node-team').filter({ hasText: 'Cloud Reliability Team' }).click()
      }
    ],
    ['matrix', async (page: Page) => page.getByRole('radio', { name: 'Matrix' }).click()],
    ['outline', async (page: Page) => page.getByRole('radio', { name: 'Outline' }).click()],
    ['search dialog', async (page: Page) => page.keyboard.press('Control+f')]
  ] as const) {
    test(`axe finds no serious or critical violations: ${name}`, async ({ page }) => {
      await prepare(page)
      expect(await scan(page)).toEqual([])
    })
  }

  test('axe finds no serious or critical violations in the dark theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.reload()
    await expect(page.getByTestId('node-team')).toHaveCount(13)
    expect(await scan(page)).toEqual([])
  })
})
