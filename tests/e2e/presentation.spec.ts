import { expect, test } from '@playwright/test'
import { watchConsole } from './console'

const CORE = [
  'Server and Kubernetes Access',
  'Application and Database Access',
  'Product Security',
  'Performance and Scaling',
  'Teleport Terminal',
  'Desktop Access',
  'Frontend Applications',
  'Internal Tools',
  'Teleport Devops'
]
const CLOUD = [
  'Cloud Tools Team',
  'Cloud Reliability Team',
  'Cloud Application Team',
  'Cloud Security Infrastructure Team'
]

test.describe('presentation mode', () => {
  test('the tour visits the company, each division and its teams in catalog order; Esc leaves', async ({
    page
  }) => {
    const problems = watchConsole(page)
    await page.goto('/')
    await expect(page.getByTestId('node-team')).toHaveCount(13)
    await page.keyboard.press('F5')
    const caption = page.getByRole('region', { name: 'Presentation' })
    const title = caption.getByRole('heading', { level: 2 })
    await expect(title).toHaveText('Teleport')
    await expect(page.getByRole('toolbar', { name: 'Chart controls' })).toBeHidden()

    const visited: string[] = []
    for (let i = 0; i < 2 + 13; i++) {
      // Alternate the keys a remote clicker and a keyboard send.
      await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'PageDown')
      await expect(caption).toContainText(`${i + 2}/16`)
      visited.push((await title.textContent()) ?? '')
    }
    expect(visited).toEqual(['Core', ...CORE, 'Cloud', ...CLOUD])
    // The team on screen is open, showing its projects.
    await expect(page.getByTestId('node-project')).toHaveCount(3)

    await page.keyboard.press('PageUp')
    await expect(title).toHaveText('Cloud Application Team')
    await expect(page.getByTestId('node-project')).toHaveCount(6)

    await page.keyboard.press('1')
    await expect(caption.getByRole('listitem').first()).toHaveClass(/is-on/)
    await expect(
      page.locator('[data-testid="node-team"]:has([data-match="true"])')
    ).not.toHaveCount(0)

    await page.keyboard.press('b')
    await expect(page.getByTestId('blank-screen')).toBeVisible()
    await page.keyboard.press('b')
    await expect(page.getByTestId('blank-screen')).toHaveCount(0)

    await page.keyboard.press('Escape')
    await expect(caption).toHaveCount(0)
    await expect(page.getByRole('toolbar', { name: 'Chart controls' })).toBeVisible()
    expect(problems).toEqual([])
  })

  test('the stop on screen is in view', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByTestId('node-team')).toHaveCount(13)
    await page.getByRole('button', { name: /Present/ }).click()
    for (let i = 0; i < 13; i++) await page.keyboard.press('ArrowRight')
    await expect(
      page.getByRole('heading', { level: 2, name: 'Cloud Reliability Team' })
    ).toBeVisible()
    const node = page.getByTestId('node-team').filter({ hasText: 'Cloud Reliability Team' })
    await expect(node).toBeInViewport({ ratio: 1 })
  })
})
