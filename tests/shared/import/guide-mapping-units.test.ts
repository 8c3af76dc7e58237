// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths, teamTechnologies } from '../../fixtures/imported-catalog'
import type { ImportRole, OutlineEntry } from '../../../src/shared/import/import-plan'

/**
 * What a person's choice of Division, Group or Company in the import preview (a mapping's role)
 * gives on a page the importer misread (issue 14): a unit's list is its teams, and the company's
 * heading names the company. Made-up pages.
 */
const page = `# Acme

## Our work

We build the shop.

- Payments
- Search
- Mobile apps

## Contact

Mail us.
`
const mapped = (roles: Record<string, ImportRole>, markdown = page) =>
  imported(markdown, { mapping: { version: 1, roles } })

const keysOf = (entries: OutlineEntry[]): string[] =>
  entries.flatMap((entry) => [`${entry.key} ${entry.role}`, ...keysOf(entry.children)])

describe('a section a mapping makes a unit', () => {
  it('reads nothing as teams in the list on its own: one team page, the list left out', () => {
    const plan = imported(page)
    expect(teamPaths(plan.catalog)).toEqual(['Engineering > Acme'])
  })

  it('gets its list as its teams, each an outline entry of its own, and says so', () => {
    const plan = mapped({ acme: 'company', 'acme/our-work': 'division', 'acme/contact': 'skip' })
    expect(plan.catalog.company.name).toBe('Acme')
    expect(teamPaths(plan.catalog)).toEqual([
      'Our work > Payments',
      'Our work > Search',
      'Our work > Mobile apps'
    ])
    expect(keysOf(plan.outline)).toEqual([
      'acme company',
      'acme/our-work division',
      'acme/our-work/payments team',
      'acme/our-work/search team',
      'acme/our-work/mobile-apps team',
      'acme/contact skip'
    ])
    expect(plan.notes).toContainEqual(
      expect.objectContaining({
        kind: 'inferred',
        line: 3,
        message: '"Our work" made a division by the mapping: its 3 listed entries are its teams'
      })
    )
  })

  it("names the company after the heading the mapping makes the company, not the text's guess", () => {
    // The text writes "Acme" only within "Acme engineering", and "Getting started" could be
    // read as a name: the heading the person chose as the company still names it.
    const readme = `# Acme Engineering

Welcome to the Acme engineering handbook.

## Getting started

Clone the repository.

## How we work

- Payments: checkout and billing
- Search: indexing and ranking
`
    const plan = mapped(
      { 'acme-engineering': 'company', 'acme-engineering/how-we-work': 'division' },
      readme
    )
    expect(plan.catalog.company.name).toBe('Acme')
    expect(teamPaths(plan.catalog)).toEqual(['How we work > Payments', 'How we work > Search'])
    expect(plan.notes.map((note) => note.message)).toContain(
      'company name "Acme" taken from the heading the mapping makes the company'
    )
  })

  it('lets the mapping give its listed entries roles too, as any entry', () => {
    const plan = mapped({
      acme: 'company',
      'acme/our-work': 'group',
      'acme/our-work/mobile-apps': 'skip',
      'acme/contact': 'skip'
    })
    expect(teamPaths(plan.catalog).map((path) => path.split(' > ').at(-1))).toEqual([
      'Payments',
      'Search'
    ])
  })

  it('gets the teams of its table', () => {
    const plan = mapped(
      { acme: 'company', 'acme/our-work': 'division' },
      `# Acme

## Our work

| Name | What it does |
|---|---|
| Payments | Takes the money |
| Search | Finds things |
`
    )
    expect(teamPaths(plan.catalog)).toEqual(['Our work > Payments', 'Our work > Search'])
  })

  it('gets the teams its sentences name, with what they say of them, when it lists none', () => {
    const prose = `# Acme Engineering

## Platform

The Platform team runs the clusters.

- Cluster autoscaling

## Elsewhere

The Payments team owns checkout and writes Kotlin. The Search team runs Elasticsearch for the
shop. The Mobile team ships the iOS and Android apps.
`
    // Read alone, the section is one more team.
    expect(teamPaths(imported(prose).catalog)).toContain('Engineering > Elsewhere')
    const plan = mapped({ 'acme-engineering/elsewhere': 'division' }, prose)
    expect(teamPaths(plan.catalog)).toEqual([
      'Engineering > Platform',
      'Elsewhere > Payments',
      'Elsewhere > Search',
      'Elsewhere > Mobile'
    ])
    expect(teamTechnologies(plan.catalog)).toMatchObject({
      Payments: ['Kotlin'],
      Search: ['Elasticsearch']
    })
  })

  it('keeps the teams it already holds, adding none from its lists', () => {
    const withTeams = `# Acme

## Platform

- Reliability matters

### Runtime

The Runtime team runs the clusters.

- Cluster autoscaling
`
    const plan = mapped({ 'acme/platform': 'division' }, withTeams)
    expect(teamPaths(plan.catalog).map((path) => path.split(' > ').at(-1))).toEqual(['Runtime'])
  })
})

// QA (h161): a division the preview made a team (or skipped) beside divisions that stay said
// "the guide has no division headings", which was not so.
describe('teams left outside every division by a choice', () => {
  const guide = `# Acme

## Platform

The platform department.

### Storage

The storage team owns the disks.

## Product

The product department.

### Growth

The growth team owns sign-up.

### Billing

The billing team owns invoices.
`

  it('are put in a made-up division, said as teams outside every division', () => {
    const plan = mapped(
      { acme: 'company', 'acme/platform': 'team', 'acme/product': 'division' },
      guide
    )
    const messages = plan.notes.map((note) => note.message)
    expect(messages).toContain('teams outside every division: put in a division "Engineering"')
    expect(messages.some((message) => message.includes('no division headings'))).toBe(false)
  })
})

// QA (h161): a team's heading made the company inside a division vanished from the chart with no
// note and "0 skipped".
describe('a heading inside a unit made the company', () => {
  it('is left out with a note saying why, counted as skipped', () => {
    const guide = `# Acme

## Platform

The platform department.

### Storage

The storage team owns the disks.

### Compute

The compute team owns the VMs.
`
    const plan = mapped(
      { acme: 'company', 'acme/platform': 'division', 'acme/platform/storage': 'company' },
      guide
    )
    expect(plan.catalog.company.name).toBe('Acme')
    const skipped = plan.notes.filter((note) => note.kind === 'skipped')
    expect(skipped.map((note) => [note.line, note.message])).toContainEqual([
      7,
      '"Storage" left out: the company is the page\'s top heading, above every unit, not a heading inside one'
    ])
    expect(teamPaths(plan.catalog).map((path) => path.split(' > ').at(-1))).toEqual(['Compute'])
  })
})

// QA (h161): two teams of one name in one division were kept twice with no word.
describe('two teams of one name in one unit', () => {
  it('are both kept, and the second is said at its line', () => {
    const guide = `# Acme

## Growth

### Platform

The platform team owns the sign-up service.

### Platform

The platform team owns the billing service.
`
    const plan = mapped({ acme: 'company', 'acme/growth': 'division' }, guide)
    expect(teamPaths(plan.catalog)).toEqual(['Growth > Platform', 'Growth > Platform'])
    expect(plan.notes.filter((note) => note.kind === 'problem').map((note) => note.line)).toContain(
      9
    )
  })
})
