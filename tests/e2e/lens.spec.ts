import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { startWebServer } from '../../scripts/web-server'
import { camera, lens, openChart, openChartForEachTest, team, technologyBox } from './chart-page'
import { failOnConsoleProblems } from './console'

// A matching node carries [data-match="true"] (with an accessible label); while a lens is
// active the graph has .lens-active and every other team and project is dimmed.
const matched = (page: Page) => page.locator('[data-testid="node-team"]:has([data-match="true"])')
const dimmed = (page: Page) =>
  page.locator('.lens-active [data-testid="node-team"]:not(:has([data-match="true"]))')
const isMatch = (page: Page, name: string) => team(page, name).locator('[data-match="true"]')

test.describe('technology lens', () => {
  openChartForEachTest()

  test('a selected technology a card counted in "+N" is shown on it, first', async ({ page }) => {
    // Cloud Reliability Team lists more technologies than its card shows; Loki is among those
    // "+N" counts (h114's QA found a match hidden so, on screen and in the PNG).
    const chip = (name: string) =>
      team(page, 'Cloud Reliability Team').locator('.chip', { hasText: new RegExp(`^${name}$`) })
    await expect(chip('Loki')).toHaveCount(0)
    await technologyBox(page, /^Loki/).check()
    await expect(chip('Loki')).toHaveClass(/chip--selected/)
    await expect(team(page, 'Cloud Reliability Team').locator('.chip').first()).toHaveText('Loki')
    await technologyBox(page, /^Loki/).uncheck()
    await expect(chip('Loki')).toHaveCount(0)
  })

  test('selecting Kubernetes marks exactly the teams whose stack has it and dims the rest', async ({
    page
  }) => {
    await expect(matched(page)).toHaveCount(0)
    await technologyBox(page, /^Kubernetes/).check()
    await expect(matched(page)).toHaveCount(2)
    await expect(isMatch(page, 'Cloud Reliability Team')).toHaveCount(1)
    await expect(isMatch(page, 'Cloud Application Team')).toHaveCount(1)
    // Mentioned only (not a stated stack): dimmed until "Include mentioned" is on.
    await expect(isMatch(page, 'Teleport Devops')).toHaveCount(0)
    await expect(dimmed(page)).toHaveCount(11)
    const opacity = (name: string) =>
      team(page, name).evaluate((el) => Number(getComputedStyle(el).opacity))
    expect(await opacity('Teleport Devops')).toBeLessThan(0.5)
    expect(await opacity('Cloud Reliability Team')).toBe(1)
    await expect(page.getByTestId('match-count')).toHaveText('2 of 13 teams')

    await lens(page).getByRole('checkbox', { name: 'Include mentioned' }).check()
    await expect(matched(page)).toHaveCount(4)
    await expect(isMatch(page, 'Teleport Devops')).toHaveCount(1)
    await expect(isMatch(page, 'Server and Kubernetes Access')).toHaveCount(1)
  })

  test('any matches either technology, all needs both', async ({ page }) => {
    await lens(page).getByRole('checkbox', { name: 'Include mentioned' }).check()
    await technologyBox(page, /^Kubernetes/).check()
    await technologyBox(page, /^Terraform/).check()
    // Kubernetes: 4 teams; Terraform: Devops, Reliability, Application. Union 4, both 3.
    await expect(matched(page)).toHaveCount(4)
    await lens(page).getByRole('radio', { name: 'All' }).click()
    await expect(matched(page)).toHaveCount(3)
    await expect(isMatch(page, 'Server and Kubernetes Access')).toHaveCount(0)
    // Each selected technology shows as its own mark on a team that has both.
    await expect(team(page, 'Teleport Devops').locator('.org-node__mark')).toHaveCount(2)
  })

  test('search box finds technologies by alias', async ({ page }) => {
    await lens(page).getByRole('searchbox', { name: 'Filter technologies' }).fill('golang')
    await expect(lens(page).getByRole('checkbox')).toHaveCount(4) // 3 options + Go
    await expect(technologyBox(page, /^Go\b/)).toBeVisible()
    await lens(page).getByRole('searchbox', { name: 'Filter technologies' }).fill('k8s')
    await expect(technologyBox(page, /^Kubernetes/)).toBeVisible()
  })

  test('hovering a technology previews its highlight without selecting it', async ({ page }) => {
    await technologyBox(page, /^PostgreSQL/).hover()
    await expect(matched(page)).toHaveCount(1)
    await expect(technologyBox(page, /^PostgreSQL/)).not.toBeChecked()
    await page.getByRole('button', { name: 'Fit chart to window' }).hover()
    await expect(matched(page)).toHaveCount(0)
  })

  test('one click on a shared technology selects it; clear all resets', async ({ page }) => {
    const shared = lens(page).getByRole('region', { name: 'Shared technologies' })
    await shared.getByRole('button', { name: /Kubernetes/ }).click()
    await expect(matched(page)).toHaveCount(2)
    await expect(lens(page).getByRole('button', { name: 'Remove Kubernetes' })).toBeVisible()
    await lens(page).getByRole('button', { name: 'Clear all' }).click()
    await expect(matched(page)).toHaveCount(0)
    await expect(dimmed(page)).toHaveCount(0)
  })

  test('hide non-matching keeps matches and their ancestors only', async ({ page }) => {
    await technologyBox(page, /^Kubernetes/).check()
    await lens(page).getByRole('checkbox', { name: 'Hide non-matching' }).check()
    await expect(page.getByTestId('node-team')).toHaveCount(2)
    await expect(page.getByTestId('node-division')).toHaveText([/Cloud/])
    await expect(page.getByTestId('node-company')).toHaveCount(1)
    // What is hidden is said where it was: Cloud shows 2 of its 4 teams, the company 2 of 13.
    await expect(page.getByTestId('node-division')).toContainText('4 teams · 2 hidden')
    await expect(page.getByTestId('node-company')).toContainText('13 teams · 11 hidden')
  })

  test('connect draws a link between consecutive teams sharing a technology', async ({ page }) => {
    await lens(page).getByRole('checkbox', { name: 'Include mentioned' }).check()
    await technologyBox(page, /^Kubernetes/).check()
    await lens(page).getByRole('checkbox', { name: 'Connect teams' }).check()
    // 4 teams have it: 3 links chain them.
    await expect(page.locator('.react-flow__edge-tech')).toHaveCount(3)
  })

  test('the selection survives a reload', async ({ page }) => {
    await technologyBox(page, /^Terraform/).check()
    await lens(page).getByRole('radio', { name: 'All' }).click()
    await page.reload()
    await expect(technologyBox(page, /^Terraform/)).toBeChecked()
    await expect(lens(page).getByRole('radio', { name: 'All' })).toHaveAttribute(
      'aria-checked',
      'true'
    )
    await expect(matched(page)).toHaveCount(2)
  })
})

test.describe('team × technology matrix', () => {
  test('renders teams by division with stack and mention cells; a column selects', async ({
    page
  }) => {
    await page.goto('/')
    await page.getByRole('radio', { name: 'Matrix' }).click()
    const matrix = page.getByTestId('technology-matrix')
    await expect(matrix.locator('tbody tr[data-team]')).toHaveCount(13)
    await expect(matrix.getByRole('rowheader', { name: 'Core' })).toBeVisible()
    const reliability = matrix.locator('tr[data-team="cloud-reliability"]')
    await expect(reliability.getByLabel('Kubernetes: stack')).toBeVisible()
    const devops = matrix.locator('tr[data-team="teleport-devops"]')
    await expect(devops.getByLabel('Kubernetes: mentioned')).toBeVisible()
    // Most shared column first.
    await expect(matrix.locator('thead .matrix__label').first()).toHaveText('Kubernetes')

    await matrix.getByRole('button', { name: /^Kubernetes/ }).click()
    await expect(matrix.locator('tr.is-dim')).toHaveCount(11)

    await devops.getByRole('button', { name: 'Teleport Devops' }).click()
    await expect(page.getByTestId('node-team')).toHaveCount(13)
    await expect(page.getByTestId('details-panel').getByRole('heading', { level: 2 })).toHaveText(
      'Teleport Devops'
    )
  })
})

test.describe('search and focus', () => {
  test('Ctrl+F finds a team and Enter zooms to it', async ({ page }) => {
    await openChart(page)
    const zoomBefore = (await camera(page)).zoom
    await page.keyboard.press('Control+f')
    const dialog = page.getByRole('dialog', { name: 'Search the chart' })
    await dialog.getByRole('combobox').fill('desktop')
    await expect(dialog.getByRole('option').first()).toContainText('Desktop Access')
    await page.keyboard.press('Enter')
    await expect(dialog).toHaveCount(0)
    await expect(page.getByTestId('details-panel').getByRole('heading', { level: 2 })).toHaveText(
      'Desktop Access'
    )
    await expect.poll(async () => (await camera(page)).zoom).toBeGreaterThan(zoomBefore)
    await expect(team(page, 'Desktop Access')).toBeInViewport()
  })

  test('search reaches projects inside collapsed teams', async ({ page }) => {
    await openChart(page)
    await page.keyboard.press('Control+f')
    await page.getByRole('combobox').fill('MongoDB protocol')
    await page.keyboard.press('Enter')
    await expect(
      page.getByTestId('node-project').filter({ hasText: 'MongoDB protocol' })
    ).toBeInViewport()
  })

  test('focusing a division shows only its branch, with a breadcrumb back', async ({ page }) => {
    await page.goto('/')
    await page.getByTestId('node-division').filter({ hasText: 'Cloud' }).click()
    await page.getByRole('button', { name: 'Focus branch' }).click()
    await expect(page.getByTestId('node-team')).toHaveCount(4)
    const crumbs = page.getByRole('navigation', { name: 'Focused branch' })
    await expect(crumbs).toContainText('Cloud')
    await crumbs.getByRole('button', { name: 'Teleport' }).click()
    await expect(page.getByTestId('node-team')).toHaveCount(13)
  })
})

test.describe('outline and the lens', () => {
  openChartForEachTest()
  const outline = (page: Page) => page.getByRole('tree', { name: 'Organization outline' })
  const item = (page: Page, id: string) => outline(page).locator(`[data-id="${id}"]`)
  const row = (page: Page, id: string) => item(page, id).locator('> .outline__row')

  test('counts as the chart does: 1 project, 9 teams', async ({ page }) => {
    await page.getByRole('radio', { name: 'Outline' }).click()
    await expect(row(page, 'team:desktop-access')).toContainText('1 project')
    await expect(row(page, 'team:desktop-access')).not.toContainText('1 projects')
    await expect(row(page, 'team:product-security')).toContainText('4 projects')
    await expect(row(page, 'division:core')).toContainText('9 teams')
  })

  test('marks the teams the lens matches, dims the rest, and hides them when asked', async ({
    page
  }) => {
    await technologyBox(page, /^Kubernetes/).check()
    await page.getByRole('radio', { name: 'Outline' }).click()
    const teams = outline(page).getByRole('treeitem', { level: 3 })
    await expect(teams).toHaveCount(13)

    // The same two teams as on the chart, marked where it is seen and where it is heard.
    const hits = outline(page).locator('[aria-level="3"][data-match="true"]')
    await expect(hits).toHaveCount(2)
    for (const id of ['team:cloud-reliability', 'team:cloud-application']) {
      await expect(row(page, id).getByText('✓ match')).toBeVisible()
      await expect(row(page, id).locator('.outline__mark[title="Kubernetes"]')).toBeVisible()
      await expect(item(page, id)).toHaveAccessibleDescription('Matches the selected technologies')
    }
    const other = 'team:teleport-devops' // mentions Kubernetes only: no match without mentions
    await expect(item(page, other)).toHaveAttribute('data-match', 'false')
    await expect(item(page, other)).toHaveAccessibleDescription(
      'Does not match the selected technologies'
    )
    const color = (id: string) =>
      row(page, id)
        .locator('.outline__label')
        .evaluate((el) => getComputedStyle(el).color)
    expect(await color(other)).not.toBe(await color('team:cloud-reliability'))

    await lens(page).getByRole('checkbox', { name: 'Hide non-matching' }).check()
    await expect(teams).toHaveCount(2)
    await expect(item(page, 'team:cloud-reliability')).toBeVisible()
    await lens(page).getByRole('button', { name: 'Clear all' }).click()
    // Off the lens panel, or the technology now under the pointer would be previewed.
    await page.mouse.move(900, 500)
    await expect(teams).toHaveCount(13)
    await expect(outline(page).locator('[data-match]')).toHaveCount(0)
  })
})

test.describe("technology lens on the page's first chart", () => {
  failOnConsoleProblems()

  test('lists the technologies after the commit that draws the first chart', async ({ page }) => {
    // What the lens showed when the company card first appeared: its rows are layout and
    // elements the first chart a person waits for does not need.
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('[data-testid="node-company"]')) return
        observer.disconnect()
        ;(window as unknown as { __atFirstChart: object }).__atFirstChart = {
          busy: document.querySelector('.lens__scroll')?.getAttribute('aria-busy') ?? null,
          rows: document.querySelectorAll('.lens__row').length,
          // Not "No team in this catalog names a technology yet": the lists are on their way.
          empty: document.querySelector('.lens__empty')?.textContent ?? null
        }
      })
      observer.observe(document, { childList: true, subtree: true })
    })
    await openChart(page)
    const atFirstChart = await page.evaluate(
      () => (window as unknown as { __atFirstChart: object }).__atFirstChart
    )
    expect(atFirstChart).toEqual({ busy: 'true', rows: 0, empty: null })
    // Then the lists are there, and no longer busy.
    await expect(lens(page).locator('.lens__scroll')).not.toHaveAttribute('aria-busy')
    await expect(technologyBox(page, /^Kubernetes/)).toBeVisible()
    // Six the catalog lists, and HashiCorp, the family its Terraform and Packer imply.
    await expect(
      lens(page).getByRole('region', { name: 'Shared technologies' }).getByRole('button')
    ).toHaveCount(7)
  })
})

/**
 * h114's QA: teams on Amazon EKS, Amazon S3, AWS Lambda and SageMaker, and no line of the catalog
 * saying "AWS". The technology dictionary puts each in the AWS family, which the lens then lists.
 */
const AWS_SERVICES = `schemaVersion: 2
company: { name: Cloudy Co }
technologies:
  - { name: Amazon EKS, category: platform }
  - { name: Amazon S3, category: cloud }
  - { name: AWS Lambda, category: platform }
  - { name: SageMaker, category: data }
  - { name: Go, category: language }
  - { name: React, category: frontend }
divisions:
  - id: platform
    name: Platform
    teams:
      - { id: compute, name: Compute, summary: Runs the clusters., stack: [Amazon EKS, Go] }
      - { id: storage, name: Storage, summary: Keeps the files., stack: [Amazon S3, Go] }
      - { id: functions, name: Functions, summary: Handles events., stack: [AWS Lambda] }
  - id: product
    name: Product
    teams:
      - { id: ml, name: Machine Learning, summary: Trains the models., stack: [SageMaker] }
      - { id: web, name: Web, summary: Builds the site., stack: [React] }
`

test.describe('a family only its members name', () => {
  let dir: string
  let server: { url: string; close(): void }
  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'orgscope-aws-'))
    const file = join(dir, 'aws-services.yaml')
    writeFileSync(file, AWS_SERVICES)
    server = await startWebServer({ catalog: file })
  })
  test.afterAll(() => {
    server.close()
    rmSync(dir, { recursive: true, force: true })
  })
  failOnConsoleProblems()

  test('is listed under its category, counted through its members, and selecting it lights their teams', async ({
    page
  }) => {
    await page.goto(server.url)
    await expect(page.getByTestId('node-team')).toHaveCount(5)
    const aws = technologyBox(page, /^AWS via/)
    await expect(aws).toHaveAccessibleName(
      'AWS via Amazon EKS, Amazon S3, AWS Lambda, SageMaker 4 teams'
    )
    // Under the dictionary's category for it, though no line of the file gives one.
    await expect(
      lens(page)
        .getByRole('region', { name: 'Cloud' })
        .getByRole('checkbox', { name: /^AWS via/ })
    ).toBeVisible()
    await expect(
      lens(page)
        .getByRole('region', { name: 'Shared technologies' })
        .getByRole('button', { name: 'AWS 4' })
    ).toBeVisible()
    // Its tooltip says where it comes from: the file does not list it.
    await expect(
      lens(page).locator('.lens__family', { hasText: 'via Amazon EKS' })
    ).toHaveAttribute(
      'title',
      "Family of Amazon EKS, Amazon S3, AWS Lambda, SageMaker: the technology dictionary's family for them (the catalog does not list AWS)"
    )

    await aws.check()
    await expect(page.getByTestId('match-count')).toHaveText('4 of 5 teams')
    await expect(matched(page)).toHaveCount(4)
    await expect(isMatch(page, 'Web')).toHaveCount(0)
    // Each team's service is lit in AWS's colour; a chip outside the family is not.
    const chip = (name: string, technology: string) =>
      team(page, name).locator('.chip', { hasText: new RegExp(`^${technology}$`) })
    for (const [name, service] of [
      ['Compute', 'Amazon EKS'],
      ['Storage', 'Amazon S3'],
      ['Functions', 'AWS Lambda'],
      ['Machine Learning', 'SageMaker']
    ]) {
      await expect(chip(name, service)).toHaveClass(/chip--selected/)
    }
    await expect(chip('Compute', 'Go')).not.toHaveClass(/chip--selected/)
    // Selecting a member alone keeps to it.
    await aws.uncheck()
    await technologyBox(page, /^Amazon S3/).check()
    // Off the lens panel, or the row now under the pointer would be previewed.
    await page.mouse.move(900, 500)
    await expect(matched(page)).toHaveCount(1)
    await expect(isMatch(page, 'Storage')).toHaveCount(1)
  })
})
