import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, test, type Page } from '@playwright/test'
import { startWebServer } from '../../scripts/web-server'
import { allTeams } from '../../src/shared/catalog/all-teams'
import { matchLens } from '../../src/shared/lens/match'
import { hiringTeamIds, openRoles } from '../../src/shared/org/open-roles'
import { relationList } from '../../src/shared/org/relations'
import { tourSteps } from '../../src/shared/tour/tour'
import { loadCatalog } from '../fixtures/catalog'
import { exportedSvg, lens } from './chart-page'
import { failOnConsoleProblems } from './console'

/**
 * Catalog version 2 on screen, with the fictional example (data/examples/quillfeather.yaml):
 * groups, people and hiring badges, the hiring filter, relations, roles in Find your team and
 * in the tour, and exports that carry the badges. Expected numbers come from the shared model
 * run on the same file, so the test checks the screen against the model, not against itself.
 */
const EXAMPLE = fileURLToPath(new URL('../../data/examples/quillfeather.yaml', import.meta.url))
const catalog = loadCatalog(readFileSync(EXAMPLE, 'utf8'), 'quillfeather.yaml')
const TEAMS = allTeams(catalog).length

let server: { url: string; close(): void }
test.beforeAll(async () => {
  server = await startWebServer({ catalog: EXAMPLE })
})
test.afterAll(() => server.close())

const team = (page: Page, name: string) =>
  page.getByTestId('node-team').filter({ has: page.getByText(name, { exact: true }) })

async function openExample(page: Page): Promise<void> {
  await page.goto(server.url)
  await expect(page.getByTestId('node-team')).toHaveCount(TEAMS)
}

/**
 * Call inside a `test.describe`: each of its tests starts on the example's chart and fails on
 * console errors or failed requests.
 */
function openExampleForEachTest(): void {
  failOnConsoleProblems()
  test.beforeEach(({ page }) => openExample(page))
}

test.describe('catalog version 2 on the chart', () => {
  openExampleForEachTest()

  test('team and group cards show headcount and hiring badges; a group collapses and expands', async ({
    page
  }) => {
    // Reading Experience: 8 people, one role open now, one opening soon.
    const reading = team(page, 'Reading Experience')
    await expect(reading.getByTestId('node-badges')).toHaveText(/8 people\s*1 open role\s*1 soon/)
    const readers = page.getByTestId('node-group').filter({ hasText: 'Readers' }).first()
    await expect(readers.getByTestId('node-badges')).toContainText('open roles')

    // Readers holds Reading Experience and, below Discovery, three more teams.
    const toggle = readers.getByRole('button', { name: /^Hide .* of Readers$/ })
    await toggle.click()
    await expect(page.getByTestId('node-team')).toHaveCount(TEAMS - 4)
    await expect(reading).toHaveCount(0)
    await expect(page.getByTestId('node-group').filter({ hasText: 'Discovery' })).toHaveCount(0)
    await readers.getByRole('button', { name: /^Show .* of Readers$/ }).click()
    await expect(page.getByTestId('node-team')).toHaveCount(TEAMS)
  })

  test('the details of a team list its lead, people, roles and relations; a relation selects its team', async ({
    page
  }) => {
    await team(page, 'Reading Experience').click()
    const details = page.getByTestId('details-panel')
    await expect(details.getByTestId('details-people')).toHaveText(
      /Lead: Tomasz Wiśniewski.*8 people/
    )
    await expect(details.getByRole('link', { name: /Tomasz Wiśniewski/ })).toHaveAttribute(
      'href',
      'https://example.com/people/tomasz'
    )
    const roles = details.getByRole('list', { name: 'Roles' })
    await expect(roles.locator(':scope > li')).toHaveCount(2)
    await expect(roles).toContainText('Senior Android Engineer')
    await expect(roles).toContainText('Senior · Lisbon · remote')
    await expect(
      details.getByRole('list', { name: 'Technologies of Senior Android Engineer' })
    ).toHaveText('Kotlin')
    const relations = details.getByRole('list', { name: 'Relations' })
    await expect(relations).toContainText('Depends on Search')
    await relations.getByRole('button', { name: 'Search' }).click()
    await expect(details.getByRole('heading', { level: 2 })).toHaveText('Search')
  })

  test('"Hiring now" lights the hiring teams, alone and with a technology', async ({ page }) => {
    const hiring = hiringTeamIds(catalog)
    const panel = lens(page)
    await panel.getByLabel(/Hiring now/).check()
    await expect(panel.getByTestId('match-count')).toHaveText(`${hiring.size} of ${TEAMS} teams`)
    const lit = page.locator('[data-testid="node-team"]:has([data-match="true"])')
    await expect(lit).toHaveCount(hiring.size)
    for (const id of hiring) {
      const name = allTeams(catalog).find((t) => t.id === id)!.name
      await expect(team(page, name).locator('[data-match="true"]')).toHaveCount(1)
    }

    // With Go: the hiring teams that state Go.
    await panel.getByRole('checkbox', { name: /^Go\b/ }).check()
    const both = matchLens(catalog, {
      technologies: ['Go'],
      mode: 'any',
      includeMentions: false,
      hiring: true
    }).teams
    const goOnly = matchLens(catalog, { technologies: ['Go'], mode: 'any', includeMentions: false })
    expect(both.size).toBeGreaterThan(0)
    expect(both.size).toBeLessThan(goOnly.teams.size)
    await expect(panel.getByTestId('match-count')).toHaveText(`${both.size} of ${TEAMS} teams`)
    await expect(lit).toHaveCount(both.size)

    // Off again: Go alone.
    await panel.getByRole('button', { name: 'Remove Hiring now' }).click()
    await expect(panel.getByTestId('match-count')).toHaveText(
      `${goOnly.teams.size} of ${TEAMS} teams`
    )
  })

  test('the toolbar shows and hides the relations, with a legend', async ({ page }) => {
    const button = page.getByRole('button', { name: 'Relations' })
    await expect(button).toHaveAttribute('aria-pressed', 'false')
    await expect(page.getByTestId('relation-edge')).toHaveCount(0)
    await button.click()
    await expect(button).toHaveAttribute('aria-pressed', 'true')
    // Every relation of the example joins two teams on screen (groups are open at first).
    await expect(page.getByTestId('relation-edge')).toHaveCount(relationList(catalog).length)
    await expect(
      page.locator('[data-relation="reading-experience depends-on search"]')
    ).toContainText('depends on')
    const legend = page.getByLabel('Legend: lines')
    await expect(legend).toContainText('reports to')
    await expect(legend).toContainText('collaborates')
    // Dashed, in the relation colour, not the tree's grey.
    const line = page.locator('.relation__line').first()
    expect(await line.getAttribute('stroke-dasharray')).toBeTruthy()
    const [relationStroke, treeStroke] = await Promise.all([
      line.evaluate((el) => getComputedStyle(el).stroke),
      page
        .locator('.react-flow__edge-path')
        .first()
        .evaluate((el) => getComputedStyle(el).stroke)
    ])
    expect(relationStroke).not.toBe(treeStroke)

    // Writers collapsed: Search's lines to Publishing Pipeline end on the group, and the
    // relations between Writers' own two teams are no lines at all.
    const writers = page.getByTestId('node-group').filter({ hasText: 'Writers' }).first()
    await writers.getByRole('button', { name: /^Hide .* of Writers$/ }).click()
    await expect(
      page.locator('[data-relation="search depends-on publishing-pipeline"]')
    ).toHaveCount(1)
    await expect(
      page.getByTestId('rf__edge-relation:team:search:depends-on:group:writers')
    ).toContainText('depends on')
    await expect(
      page.getByTestId('rf__edge-relation:group:writers:supports:team:search')
    ).toContainText('supports')
    await expect(
      page.locator('[data-relation="editor depends-on publishing-pipeline"]')
    ).toHaveCount(0)
    await writers.getByRole('button', { name: /^Show .* of Writers$/ }).click()
    await expect(page.getByTestId('relation-edge')).toHaveCount(relationList(catalog).length)

    await button.click()
    await expect(page.getByTestId('relation-edge')).toHaveCount(0)
    await expect(legend).toHaveCount(0)
  })

  test('Find your team explains with open roles and can keep only the hiring teams', async ({
    page
  }) => {
    await page.getByRole('tab', { name: 'Find your team' }).click()
    const fit = page.getByRole('region', { name: 'Find your team' })
    await fit.getByRole('button', { name: 'Kotlin', exact: true }).click()
    const results = fit.getByRole('listitem').filter({ has: page.locator('.fit-result__head') })
    const reading = results.filter({ hasText: 'Reading Experience' })
    await expect(reading).toContainText('hiring Senior Android Engineer')
    await expect(reading).toContainText('Kotlin')
    const all = await results.count()

    await fit.getByLabel('Only teams that are hiring').check()
    const hiring = hiringTeamIds(catalog)
    await expect(results).not.toHaveCount(all)
    for (const item of await results.all()) {
      expect(hiring.has((await item.getAttribute('data-team'))!)).toBe(true)
      await expect(item.locator('.fit-result__hiring')).toHaveText('hiring')
    }
  })
})

test.describe('presenting catalog version 2', () => {
  openExampleForEachTest()

  test('the tour stops at groups with their people and roles, and ends on the open roles', async ({
    page
  }) => {
    const steps = tourSteps(catalog)
    await page.keyboard.press('F5')
    const caption = page.getByRole('region', { name: 'Presentation' })
    const title = caption.getByRole('heading', { level: 2 })
    await expect(title).toHaveText(catalog.company.name)

    const readers = steps.findIndex((step) => step.kind === 'group' && step.title === 'Readers')
    for (let i = 0; i < readers; i++) await page.keyboard.press('ArrowRight')
    await expect(title).toHaveText('Readers')
    await expect(caption).toContainText(steps[readers].context)
    await expect(caption).toContainText('people')
    await expect(caption).toContainText('open role')

    // Number keys still light the most shared technologies.
    const keys = caption.getByRole('list', { name: 'Technologies on number keys' })
    await page.keyboard.press('1')
    await expect(keys.getByRole('listitem').first()).toHaveClass(/is-on/)

    await page.keyboard.press('1')
    await expect(keys.getByRole('listitem').first()).not.toHaveClass(/is-on/)

    // The last stop lists the open roles and lights the teams hiring; the stop before does not.
    await page.keyboard.press('End')
    await expect(title).toHaveText('Hiring now')
    const roles = caption.getByRole('list', { name: 'Open roles' }).getByRole('listitem')
    await expect(roles).toHaveCount(openRoles(catalog).length)
    await expect(roles.first()).toContainText(openRoles(catalog)[0].role.title)
    const lit = page.locator('[data-testid="node-team"]:has([data-match="true"])')
    await expect(lit).toHaveCount(hiringTeamIds(catalog).size)
    await page.keyboard.press('ArrowLeft')
    await expect(title).not.toHaveText('Hiring now')
    await expect(lit).toHaveCount(0)
  })
})

test.describe('exports of catalog version 2', () => {
  openExampleForEachTest()

  test('the SVG carries the badges, group cards and, when shown, the relations with their legend', async ({
    page
  }) => {
    await page.getByRole('button', { name: 'Relations' }).click()
    await page.getByRole('button', { name: 'Export…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Export chart' })
    const svg = await exportedSvg(page, dialog)
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1])
    expect(texts).toContain('8 people')
    expect(texts).toContain('1 open role')
    expect(texts).toContain('1 soon')
    expect(texts).toContain('Readers')
    expect(texts).toContain('depends on')
    expect(texts).toContain('Relations:')
    expect(svg).toContain('data-node-id="group:readers"')
  })
})
