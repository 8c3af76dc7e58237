import AxeBuilder from '@axe-core/playwright'
import { fileURLToPath } from 'node:url'
import { expect, test, type Page } from '@playwright/test'
import { openChartForEachTest, team } from './chart-page'

const fixture = (path: string) =>
  fileURLToPath(new URL(`../fixtures/import/${path}`, import.meta.url))
const CSV = fixture('csv/excel-semicolon.csv')
const GUIDE = fileURLToPath(new URL('../fixtures/guides/divisions-h1.md', import.meta.url))
const FLAT_GUIDE = fileURLToPath(new URL('../fixtures/guides/flat-teams.md', import.meta.url))
const BACKSTAGE = ['org/groups.yaml', 'org/people.yaml', 'components/scheduler.yaml'].map((p) =>
  fixture(`backstage/initrode/${p}`)
)

const preview = (page: Page) => page.getByRole('dialog', { name: /^Import / })
const counts = (page: Page) => page.getByRole('status', { name: 'What the import gives' })
const chart = (page: Page) => preview(page).getByRole('img', { name: /^Chart of the import/ })

async function importFiles(page: Page, files: string[]): Promise<void> {
  await page.getByLabel('Files to import').setInputFiles(files)
  await expect(preview(page)).toBeVisible()
}

/** Imports a file written in the test, as a person picks one: `name` says its kind. */
async function importText(page: Page, name: string, text: string): Promise<void> {
  await page.getByLabel('Files to import').setInputFiles({
    name,
    mimeType: name.endsWith('.csv') ? 'text/csv' : 'text/markdown',
    buffer: Buffer.from(text)
  })
}

/** Chooses what an entry of the outline (a column, heading or entity) becomes in the import. */
async function chooseRole(page: Page, entry: RegExp, role: string): Promise<void> {
  await preview(page).getByRole('combobox', { name: entry }).selectOption(role)
}

/** Clicks Accept and save; the names of the files the page downloads, filled in as they come. */
async function acceptAndSave(page: Page): Promise<string[]> {
  const downloads: string[] = []
  page.on('download', (download) => downloads.push(download.suggestedFilename()))
  await preview(page).getByRole('button', { name: 'Accept and save' }).click()
  return downloads
}

/** What the page downloads, by file name, with its text, filled in as the files come. */
function savedDownloads(page: Page): Record<string, string> {
  const saved: Record<string, string> = {}
  page.on('download', async (download) => {
    const { readFile } = await import('node:fs/promises')
    saved[download.suggestedFilename()] = await readFile((await download.path())!, 'utf8')
  })
  return saved
}

/** Waits for what Accept and save downloads: the catalog, and beside it the mapping that made it. */
async function expectSaved(downloads: string[], source: string): Promise<void> {
  await expect.poll(() => downloads.sort()).toEqual([`${source}.import.json`, `${source}.yaml`])
}

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('.import-preview').analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

test.describe('import preview', () => {
  openChartForEachTest()

  test('a spreadsheet: re-mapping a column changes the chart at once; Accept saves and opens it', async ({
    page
  }) => {
    await importFiles(page, [CSV])
    await expect(counts(page)).toHaveText(
      '2 divisions · 1 group · 4 teams · 6 technologies · 1 skipped · 18 people · 2 open roles'
    )
    // The chips draw their technologies' logos, as the chart's do (one <symbol> per logo),
    // once they have arrived: the chart is drawn again then, so wait before comparing.
    await expect(chart(page)).toHaveAttribute('src', /%3Csymbol%20id%3D/)
    // Inter travels inside the SVG: shown as an image it sees no font of the page, and a
    // fallback wider than Inter would overflow the cards the layout measured for it.
    await expect(chart(page)).toHaveAttribute('src', /font-family%3AInter%3B/)
    const before = await chart(page).getAttribute('src')
    await expect(preview(page).getByText('column "Favourite snack" is not one')).toBeVisible()

    await chooseRole(page, /^Department/, 'skip')
    await expect(counts(page)).toHaveText(
      '1 division · 1 group · 4 teams · 6 technologies · 2 skipped · 18 people · 2 open roles'
    )
    await expect(chart(page)).not.toHaveAttribute('src', before ?? '')
    await expect(preview(page).getByText('no division column: every team is in one')).toBeVisible()

    const downloads = await acceptAndSave(page)
    await expect(preview(page)).toBeHidden()
    await expect(page.getByTestId('node-team')).toHaveCount(4)
    await expect(team(page, 'Payments')).toBeVisible()
    await expectSaved(downloads, 'excel-semicolon')
  })

  test('after Accept, an export draws the imported chart, not the catalog shown before', async ({
    page
  }) => {
    // Session 17, h114's QA: the chart showed the import, but Export wrote the bundled catalog
    // ("teleport-org-chart-….svg", Teleport's teams), as the page's API still held it.
    await importText(
      page,
      'people.csv',
      'Team,Department,Stack\nLedger,Finance Engineering,Go\nRisk,Finance Engineering,Python\n'
    )
    await expect(preview(page)).toBeVisible()
    await preview(page).getByRole('textbox', { name: 'Company' }).fill('Lindenhall')
    await preview(page).getByRole('textbox', { name: 'Company' }).press('Tab')
    await acceptAndSave(page)
    await expect(preview(page)).toBeHidden()
    await expect(page.getByTestId('node-team')).toHaveCount(2)

    await page.keyboard.press('Control+e')
    const dialog = page.getByRole('dialog', { name: 'Export chart' })
    await dialog.getByRole('radio', { name: /SVG/ }).check()
    const download = page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Export…' }).click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/^lindenhall-org-chart-/)
    const { readFile } = await import('node:fs/promises')
    const svg = await readFile((await file.path())!, 'utf8')
    expect(svg).toContain('Ledger')
    expect(svg).not.toContain('Teleport')
  })

  test('a spreadsheet without a stack: the lens says no team names a technology', async ({
    page
  }) => {
    // Session 17, h114's QA: an HR export has no stack column; the lens said "No technology
    // matches “”." with its filter empty.
    await importText(page, 'people.csv', 'Team,Department\nLedger,Finance\nRisk,Finance\n')
    await acceptAndSave(page)
    await expect(page.getByTestId('node-team')).toHaveCount(2)
    await expect(page.getByRole('region', { name: 'Technology lens' })).toContainText(
      'No team in this catalog names a technology yet.'
    )
  })

  test("one team's page: the lens counts one team", async ({ page }) => {
    // Session 19: a one-team page imported said "1 teams" above the lens.
    await importText(page, 'fulfilment.md', '# Fulfilment Team\n\nWe use Go and PostgreSQL.\n')
    await acceptAndSave(page)
    await expect(page.getByTestId('node-team')).toHaveCount(1)
    await expect(page.getByTestId('match-count')).toHaveText('1 team')
  })

  test('a team guide: its headings as the outline; skipping a team takes it off the chart', async ({
    page
  }) => {
    // Every text the chart's place shows until the first chart: never a problem's words before
    // there is a problem (it said "No chart: see the problems." between reading and importing).
    await page.evaluate(() => {
      const seen: string[] = ((window as unknown as { __chartTexts: string[] }).__chartTexts = [])
      new MutationObserver(() => {
        const place = document.querySelector('.import-preview__chart')
        if (place?.textContent) seen.push(place.textContent)
      }).observe(document.body, { subtree: true, childList: true, characterData: true })
    })
    await importFiles(page, [GUIDE])
    await expect(chart(page)).toBeVisible()
    const texts = await page.evaluate(
      () => (window as unknown as { __chartTexts: string[] }).__chartTexts
    )
    expect(texts.filter((text) => /No chart/u.test(text))).toEqual([])
    await expect(counts(page)).toHaveText(/^3 divisions · 0 groups · 5 teams · /)
    const src = await chart(page).getAttribute('src')
    await chooseRole(page, /^Growth/, 'skip')
    await expect(counts(page)).toHaveText(/^3 divisions · 0 groups · 4 teams · .* 1 skipped$/)
    await expect(chart(page)).not.toHaveAttribute('src', src ?? '')

    const downloads = await acceptAndSave(page)
    await expect(page.getByTestId('node-team')).toHaveCount(4)
    await expectSaved(downloads, 'divisions-h1')
  })

  test('closing after choices of one’s own asks first, and keeping them is the default', async ({
    page
  }) => {
    const cancel = () => preview(page).getByRole('button', { name: 'Cancel' })
    const question = () => preview(page).getByRole('group', { name: /^Close without saving\?/ })
    // Nothing chosen yet: Cancel closes at once.
    await importFiles(page, [GUIDE])
    await expect(counts(page)).toHaveText(/^3 divisions · 0 groups · 5 teams · /)
    await cancel().click()
    await expect(preview(page)).toBeHidden()

    await importFiles(page, [GUIDE])
    await chooseRole(page, /^Growth/, 'skip')
    await cancel().click()
    await expect(question()).toBeVisible()
    // Focus on keeping: Enter keeps the choices; so does Escape.
    await expect(question().getByRole('button', { name: 'Keep choosing' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(question()).toBeHidden()
    // Focus goes back to what had it: the Cancel button that asked.
    await expect(cancel()).toBeFocused()
    await expect(preview(page).getByRole('combobox', { name: /^Growth/ })).toHaveValue('skip')
    await page.keyboard.press('Escape')
    await expect(question()).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(question()).toBeHidden()
    await expect(counts(page)).toHaveText(/^3 divisions · 0 groups · 4 teams · .* 1 skipped$/)

    await cancel().click()
    await question().getByRole('button', { name: 'Discard choices' }).click()
    await expect(preview(page)).toBeHidden()
    // The chart on screen is the one before the import.
    await expect(page.getByTestId('node-team')).toHaveCount(13)
  })

  test('a guide misread alike: one more choice gives the entries like the one changed its role', async ({
    page
  }) => {
    await importFiles(page, [GUIDE])
    await expect(counts(page)).toHaveText(/^3 divisions · 0 groups · 5 teams · /)
    await chooseRole(page, /^Growth/, 'team-part')
    // The other headings at its level that were teams, named in the offer's description.
    const same = preview(page).getByRole('button', { name: 'Same for 3 more like it' })
    await expect(same).toHaveAccessibleDescription(
      'Part of the team for Runtime, Platform, Checkout'
    )
    for (const colorScheme of ['dark', 'light'] as const) {
      await page.emulateMedia({ colorScheme })
      expect(await axe(page), colorScheme).toEqual([])
    }
    await same.click()
    await expect(preview(page).getByRole('status').filter({ hasText: 'like it' })).toHaveText(
      '3 more entries like it: Part of the team'
    )
    await expect(preview(page).getByRole('combobox', { name: /^Growth/ })).toBeFocused()
    for (const name of [/^Runtime/, /^Platform line 30/, /^Checkout/]) {
      await expect(preview(page).getByRole('combobox', { name })).toHaveValue('team-part')
    }
    // No team is left under Platform and Product; Research's own text is its one team.
    await expect(counts(page)).toHaveText(/^1 division · 0 groups · 1 team · /)
    // The divisions were not like them: they keep their role.
    await expect(preview(page).getByRole('combobox', { name: /^Product/ })).toHaveValue('division')
  })

  test('a choice that leaves no team keeps the outline, so it can be undone', async ({ page }) => {
    await importFiles(page, [FLAT_GUIDE])
    await expect(counts(page)).toHaveText(/^1 division · 0 groups · 4 teams · /)
    await chooseRole(page, /^Payments/, 'skip')
    await preview(page).getByRole('button', { name: 'Same for 3 more like it' }).click()
    await expect(preview(page).getByText('no teams found')).toBeVisible()
    await expect(counts(page)).toBeHidden()
    // The outline, with the choices that emptied the import, is still there to change back.
    await expect(preview(page).getByRole('combobox', { name: /^Search/ })).toHaveValue('skip')
    await chooseRole(page, /^Payments/, 'team')
    await expect(counts(page)).toHaveText(/^1 division · 0 groups · 1 team · /)
    await preview(page).getByRole('button', { name: 'Same for 3 more like it' }).click()
    await expect(counts(page)).toHaveText(/^1 division · 0 groups · 4 teams · /)
    await expect(preview(page).getByText('no teams found')).toBeHidden()
  })

  test('where a guide is published resolves its relative links, and is kept in the mapping', async ({
    page
  }) => {
    const guide = [
      '# Acme Engineering',
      '## Payments',
      'Owns checkout. See the [runbook](payments/runbook.md) and the [wiki](/wiki/payments).',
      '## Ledger',
      'Owns invoices and statements.',
      ''
    ].join('\n\n')
    await importText(page, 'acme.md', guide)
    const notes = preview(page).getByRole('region', { name: 'Notes and problems' })
    await expect(notes).toContainText('"payments/runbook.md" is relative')
    await expect(notes).toContainText('"Links relative to" field')
    const base = preview(page).getByRole('textbox', { name: 'Links relative to' })
    // Not a web address: said so, not taken.
    await base.fill('handbook/eng')
    await base.press('Enter')
    await expect(preview(page).getByRole('alert').filter({ hasText: 'https://' })).toBeVisible()
    await expect(notes).toContainText('is relative')
    await base.fill('https://handbook.acme.test/eng/')
    await base.press('Enter')
    await expect(notes).not.toContainText('is relative')

    const saved = savedDownloads(page)
    await preview(page).getByRole('button', { name: 'Accept and save' }).click()
    await expect.poll(() => Object.keys(saved).sort()).toEqual(['acme.import.json', 'acme.yaml'])
    expect(JSON.parse(saved['acme.import.json'])).toMatchObject({
      baseUrl: 'https://handbook.acme.test/eng/'
    })
    expect(saved['acme.yaml']).toContain('https://handbook.acme.test/eng/payments/runbook.md')
    expect(saved['acme.yaml']).toContain('https://handbook.acme.test/wiki/payments')
  })

  test('the company and the page’s reading are asked above the outline, and kept in the mapping', async ({
    page
  }) => {
    const charter = [
      '# Ledger Team Charter',
      '## Why we’re here',
      '### North Star',
      'Every customer can see what they owe, owned by us end to end.',
      '### Product Portfolio',
      '- Invoices',
      '- Statements',
      '## How we work',
      '### Stand-up',
      '- Daily @ 11:30 ET',
      ''
    ].join('\n\n')
    await importText(page, 'ledger-charter.md', charter)
    await expect(counts(page)).toHaveText(/ 1 team · /)
    const reading = preview(page).getByRole('combobox', { name: 'Page read as' })
    await expect(reading).toHaveValue('one-team')
    // An offer made on one reading's outline goes when the page is read another way.
    await chooseRole(page, /^How we work/, 'skip')
    const same = preview(page).getByRole('button', { name: /^Same for 1 more like it$/ })
    await expect(same).toBeVisible()
    await reading.selectOption({ label: 'Units holding teams' })
    await expect(same).toBeHidden()
    await expect(counts(page)).not.toHaveText(/^0 divisions · 0 groups · 1 team · /)
    await expect(reading).toHaveValue('units-of-teams')

    const company = preview(page).getByRole('textbox', { name: 'Company' })
    await expect(company).toHaveValue('Ledger Charter')
    const chartText = async () => decodeURIComponent((await chart(page).getAttribute('src')) ?? '')
    await company.fill('Initech')
    await company.press('Enter')
    await expect.poll(chartText).toContain('>Initech<')
    // Emptied, the field gives the name back to the import.
    await company.fill('')
    await company.press('Enter')
    await expect(company).toHaveValue('Ledger Charter')
    await expect.poll(chartText).toContain('>Ledger Charter<')
    // Escape drops a name being typed (the dialog stays); pressed again, it would close it.
    await company.fill('Typo Inc')
    await company.press('Escape')
    await expect(preview(page)).toBeVisible()
    await expect(company).toHaveValue('Ledger Charter')
    // Typed, then Accept at once: leaving the field takes the name, and Accept saves with it.
    await company.fill('Initech Billing')

    const saved = savedDownloads(page)
    // A person's click, where the button is (a locator's click would wait for it to be enabled):
    // its mousedown leaves the field, which starts an import under the new name.
    const accept = await preview(page)
      .getByRole('button', { name: 'Accept and save' })
      .boundingBox()
    await page.mouse.click(accept!.x + accept!.width / 2, accept!.y + accept!.height / 2)
    await expect
      .poll(() => Object.keys(saved).sort())
      .toEqual(['ledger-charter.import.json', 'ledger-charter.yaml'])
    expect(JSON.parse(saved['ledger-charter.import.json'])).toMatchObject({
      company: 'Initech Billing',
      reading: 'units-of-teams'
    })
    expect(saved['ledger-charter.yaml']).toMatch(/^company:\n {2}name: Initech Billing$/mu)
  })

  test('Accept saves the guesses accepted as they were, so the same guide gives the same chart', async ({
    page
  }) => {
    const text =
      '# Our teams\n\nVolunteers run the project in teams.\n\n### Logistics\n\nMoves supplies where they are needed.\n\n### Outreach\n\nTalks to partners.\n\n### Translation\n\nTranslates the site.\n'
    await importText(page, 'volunteers.md', text)
    await expect(counts(page)).toHaveText(/ 3 teams · /)
    const saved = savedDownloads(page)
    await preview(page).getByRole('button', { name: 'Accept and save' }).click()
    await expect
      .poll(() => Object.keys(saved).sort())
      .toEqual(['volunteers.import.json', 'volunteers.yaml'])
    // Nothing was changed, yet each team the import guessed is stated as accepted.
    expect(JSON.parse(saved['volunteers.import.json']).roles).toMatchObject({
      'our-teams/logistics': 'team',
      'our-teams/outreach': 'team',
      'our-teams/translation': 'team'
    })
  })

  test('a section made a division: its list becomes its teams, each a choice of its own', async ({
    page
  }) => {
    const text =
      '# Acme\n\n## Our work\n\nWe build the shop.\n\n- Payments\n- Search\n- Mobile apps\n\n## Contact\n\nMail us.\n'
    await importText(page, 'acme.md', text)
    await expect(counts(page)).toHaveText(/ 1 team · /)
    // The outline says what such a choice gives.
    await expect(preview(page).getByRole('region', { name: 'Outline' })).toContainText(
      'A section made a division or group gets the teams its list, table or text names; a list or table made teams gives one per item.'
    )
    await chooseRole(page, /^Acme/, 'company')
    // No team is left for a moment: the outline stays to choose from, the problems say why.
    await expect(preview(page).getByRole('alert')).toContainText('no teams found')
    await chooseRole(page, /^Our work/, 'division')
    await chooseRole(page, /^Contact/, 'skip')
    await expect(counts(page)).toHaveText(/^1 division · 0 groups · 3 teams · /)
    await expect(preview(page).getByRole('textbox', { name: 'Company' })).toHaveValue('Acme')
    const mobile = preview(page).getByRole('combobox', { name: /^Mobile apps/ })
    await expect(mobile).toHaveValue('team')
    await mobile.selectOption('skip')
    await expect(counts(page)).toHaveText(/^1 division · 0 groups · 2 teams · /)
  })

  test('a list no team holds is offered: made teams, each item is one', async ({ page }) => {
    // The teams are a list in the introduction, beside sections that are teams of their own.
    const text =
      'Acme builds the shop. Our product teams:\n\n- Payments: checkout and refunds\n- Search: the index\n- Mobile apps: iOS and Android\n\n## Platform\n\nThe Platform team owns the Kubernetes clusters and CI.\n\n## Data\n\nThe Data team owns the warehouse, in Snowflake and dbt.\n'
    await importText(page, 'acme.md', text)
    await expect(counts(page)).toHaveText(/ 2 teams · /)
    const list = preview(page).getByRole('combobox', {
      name: /^List: Payments, Search, Mobile apps/
    })
    await expect(list).toHaveValue('skip')
    // Left out is its default: its label is not struck through as a skipped heading is.
    const offered = preview(page).locator('.import-outline__row.is-offer .import-outline__name')
    await expect(offered).toHaveCSS('text-decoration-line', 'none')
    // A list is made teams or left out: its choices say so.
    await expect(list.getByRole('option')).toHaveText(['Teams', 'Not teams'])
    await list.selectOption('team')
    await expect(counts(page)).toHaveText(/ 5 teams · /)
    // Each item is an entry of its own, to skip one.
    await preview(page)
      .getByRole('combobox', { name: /^Search/ })
      .selectOption('skip')
    await expect(counts(page)).toHaveText(/ 4 teams · /)
  })

  test('a spreadsheet with no team column: its columns are offered, and choosing one mends it', async ({
    page
  }) => {
    await importText(page, 'squads.csv', 'Crew,Snack\nPay,crisps\nLedger,tea\n')
    await expect(preview(page).getByRole('alert')).toContainText('no column names the teams')
    await chooseRole(page, /^Crew/, 'team')
    await expect(counts(page)).toHaveText(/^1 division · 0 groups · 2 teams · /)
  })

  test('a spreadsheet under a title row: the count of what was skipped agrees with the notes', async ({
    page
  }) => {
    await importText(page, 'teams.csv', 'Engineering teams - Q3,,\nTeam,Division\nPay,Core\n')
    await expect(counts(page)).toHaveText(
      '1 division · 0 groups · 1 team · 0 technologies · 1 skipped'
    )
    const notes = preview(page).getByRole('region', { name: 'Notes and problems' })
    await expect(notes.locator('.import-note--skipped')).toHaveCount(1)
    await expect(notes.locator('.import-note--skipped')).toContainText(
      '"Engineering teams - Q3" is above the header row (line 2): left out'
    )
  })

  test('Backstage entity files: the groups as an outline, a team made part of its group', async ({
    page
  }) => {
    await importFiles(page, BACKSTAGE)
    await expect(counts(page)).toHaveText(
      '2 divisions · 1 group · 3 teams · 6 technologies · 0 skipped · 5 people'
    )
    // QA (h161): files chosen together, not a folder, were named after the first of them.
    await expect(preview(page)).toHaveAccessibleName('Import catalog')
    await chooseRole(page, /^Scheduling Team/, 'team-part')
    await chooseRole(page, /^Compute Platform/, 'team')
    await expect(counts(page)).toHaveText(
      '2 divisions · 0 groups · 3 teams · 6 technologies · 0 skipped · 5 people'
    )
    // Choices were made: Escape asks before throwing them away.
    await page.keyboard.press('Escape')
    await preview(page).getByRole('button', { name: 'Discard choices' }).click()
    await expect(preview(page)).toBeHidden()
    await expect(page.getByTestId('node-team')).toHaveCount(13)
  })

  test('a spreadsheet dropped on the window opens the preview, not the chart', async ({ page }) => {
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer()
      transfer.items.add(new File(['Team,Division\nPayments,Core\n'], 'dropped.csv'))
      return transfer
    })
    await page.dispatchEvent('body', 'dragenter', { dataTransfer })
    await page.dispatchEvent('body', 'drop', { dataTransfer })
    await expect(preview(page)).toHaveAccessibleName('Import dropped.csv')
    await expect(counts(page)).toHaveText(/^1 division · 0 groups · 1 team · /)
    await expect(page.getByTestId('node-team')).toHaveCount(13)
  })

  test('is keyboard-operable, and axe-clean in light and dark', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      await importFiles(page, [CSV])
      await expect(chart(page)).toBeVisible()
      await expect(preview(page)).toBeFocused()
      await page.keyboard.press('Tab')
      // The first control: the company the chart is of.
      const first = preview(page).getByRole('textbox', { name: 'Company' })
      await expect(first).toBeFocused()
      // A modal keeps focus: Shift+Tab from its first control wraps to its last, Tab back.
      await page.keyboard.press('Shift+Tab')
      const last = preview(page).getByRole('button').last()
      await expect(last).toBeFocused()
      await page.keyboard.press('Tab')
      await expect(first).toBeFocused()
      expect(await axe(page), colorScheme).toEqual([])
      await page.screenshot({ path: `test-results/import-preview-${colorScheme}.png` })
      await page.keyboard.press('Escape')
      await expect(preview(page)).toBeHidden()
    }
  })
})
