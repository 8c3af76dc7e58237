import { describe, expect, it } from 'vitest'
import { importGuide } from '../../../src/shared/import/import-guide'
import type { ImportMapping, OutlineEntry } from '../../../src/shared/import/import-plan'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * Lists and tables no team holds are offered in the outline (issue 14: the teams a page writes
 * where no rule looked), so that one choice makes their items or rows teams.
 */
function imported(text: string, roles: ImportMapping['roles'] = {}) {
  const result = importGuide(text, { file: 'acme.md', mapping: { version: 1, roles } })
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('; '))
  return result.value
}

const entries = (outline: OutlineEntry[]): OutlineEntry[] =>
  outline.flatMap((entry) => [entry, ...entries(entry.children)])

const teams = (plan: ReturnType<typeof imported>): string[] =>
  plan.catalog.divisions.flatMap((division) => division.teams.map((team) => team.name))

const PAGE = `Acme builds the shop. Our product teams:

- Payments: checkout and refunds
- Search: the index
- Mobile apps: iOS and Android

| Area | What it covers |
|---|---|
| Billing | invoices and tax |
| Identity | sign-in |

## Platform

The Platform team owns the Kubernetes clusters.

- Cluster upgrades
- The CI runners

## Data

The Data team owns the warehouse, in Snowflake.

## Contact

- **Chat**: [#eng](https://chat.example.com/eng)
- **Mail**: eng@example.com
`

describe('lists and tables no team holds, offered in the outline', () => {
  it('offers the introduction’s list and table, not a team’s own list nor a list of fields', () => {
    const offered = entries(imported(PAGE).outline).filter((entry) => entry.choices)
    expect(
      offered.map(({ key, label, role, written, choices }) => ({
        key,
        label,
        role,
        written,
        choices
      }))
    ).toEqual([
      {
        key: 'list-payments',
        label: 'List: Payments, Search, Mobile apps',
        role: 'skip',
        written: 'list',
        choices: ['team', 'skip']
      },
      {
        key: 'table-billing',
        label: 'Table: Billing, Identity',
        role: 'skip',
        written: 'table',
        choices: ['team', 'skip']
      }
    ])
    expect(teams(imported(PAGE))).toEqual(['Platform', 'Data'])
  })

  it('makes each item or row a team when the mapping says Team, each with its text', () => {
    const plan = imported(PAGE, { 'list-payments': 'team', 'table-billing': 'team' })
    expect(teams(plan)).toEqual([
      'Payments',
      'Search',
      'Mobile apps',
      'Billing',
      'Identity',
      'Platform',
      'Data'
    ])
    const billing = plan.catalog.divisions[0].teams.find((team) => team.name === 'Billing')
    expect(billing?.summary).toBe('invoices and tax')
    expect(
      entries(plan.outline)
        .filter((entry) => entry.key.startsWith('list-payments/'))
        .map((entry) => `${entry.key} ${entry.role}`)
    ).toEqual([
      'list-payments/payments team',
      'list-payments/search team',
      'list-payments/mobile-apps team'
    ])
    expect(plan.notes.map((note) => note.message)).toContain(
      'the list made teams by the mapping: 3 teams'
    )
  })

  it('counts an item the mapping skips apart from the teams of its list', () => {
    const plan = imported(PAGE, { 'list-payments': 'team', 'list-payments/search': 'skip' })
    expect(teams(plan)).toEqual(['Payments', 'Mobile apps', 'Platform', 'Data'])
    expect(plan.notes.map((note) => note.message)).toContain(
      'the list made teams by the mapping: 2 teams, 1 skipped'
    )
  })

  it('says a list can be made teams or left out, when a mapping asks another role of it', () => {
    const plan = imported(PAGE, { 'list-payments': 'division' })
    expect(plan.notes.map((note) => note.message)).toContain(
      'the mapping makes "List: Payments, Search, Mobile apps" a division: a list, a table or the teams a text names can be made teams (team) or left out (skip)'
    )
  })

  it('offers a list nested in an item as its own entry, to be made teams alone', () => {
    const page = `# Engineering at Acme

## Getting involved

- Read the contributing guide first
- Then join a workgroup:
  - Docs: the website and the guides
  - Infrastructure: the build farm
  - Release: the release train

## Payments

The Payments team owns checkout, in Go.
`
    // The outer list is steps, no teams: only the list nested in it is offered.
    const offered = entries(imported(page).outline).filter((entry) => entry.choices)
    expect(offered.map((entry) => entry.key)).toEqual([
      'engineering-at-acme/getting-involved/list-docs'
    ])
    const plan = imported(page, { [offered[0].key]: 'team' })
    expect(teams(plan)).toEqual(['Docs', 'Infrastructure', 'Release', 'Payments'])
  })

  it('reads the lines nested in a team line made a group as its teams', () => {
    const page = `# Engineering at Acme

## Community

- **Steering council**: sets the direction
- **Moderators**: keep the forum friendly
- **Workgroups**
  - Docs: the website and the guides
  - Infrastructure: the build farm
  - Release: the release train
`
    expect(teams(imported(page))).toEqual(['Steering council', 'Moderators', 'Workgroups'])
    const plan = imported(page, { 'engineering-at-acme/community/workgroups': 'group' })
    expect(teamPaths(plan.catalog)).toEqual([
      'Community > Steering council',
      'Community > Moderators',
      'Community > Workgroups > Docs',
      'Community > Workgroups > Infrastructure',
      'Community > Workgroups > Release'
    ])
  })

  it('offers the teams a left-out section’s sentences name, three or more, as one entry', () => {
    const page = `# Engineering at Acme

## Platform

The Platform team owns the Kubernetes clusters and the CI runners.

- Cluster upgrades
- CI runners

## Data

The Data team owns the warehouse in Snowflake.

- Warehouse
- Pipelines

## Identity

The Identity team owns sign-in and accounts.

- Sign-in
- Accounts

## How we are organized

Product engineering builds what customers use. The Payments team owns checkout and refunds.
The Search team runs the Elasticsearch index. The Mobile team builds the apps in Swift.
The Platform team supports them all.
`
    // "How we are organized" is left out as instructions to the reader: its text's teams are not.
    const offered = entries(imported(page).outline).filter((entry) => entry.choices)
    // Platform is a team of the outline already: not offered again.
    expect(offered.map(({ key, label, written }) => ({ key, label, written }))).toEqual([
      {
        key: 'engineering-at-acme/how-we-are-organized/text-payments',
        label: 'Teams its text names: Payments, Search, Mobile',
        written: 'sentences'
      }
    ])
    const plan = imported(page, { [offered[0].key]: 'team' })
    expect(teams(plan)).toEqual(['Platform', 'Data', 'Identity', 'Payments', 'Search', 'Mobile'])
    const mobile = plan.catalog.divisions[0].teams.find((team) => team.name === 'Mobile')
    expect([...mobile!.stack, ...mobile!.mentions]).toContain('Swift')
  })

  it('keeps the sections of a page read by the teams its sentences name, and offers their lists', () => {
    const page = `# Finding your way around

Welcome to engineering at Acme. The Payments team owns checkout and refunds. The Search team runs the index. The Mobile team builds the apps.

## Shopping

- [#checkout](https://chat.example.com/checkout)
- [#basket](https://chat.example.com/basket)
- [#wishlist](https://chat.example.com/wishlist)

## Help

- [#support](https://chat.example.com/support)
- [#ask-eng](https://chat.example.com/ask-eng)
`
    const plan = imported(page)
    expect(teams(plan)).toEqual(['Payments', 'Search', 'Mobile'])
    // The sections left out are the reading's, no guesses of their own: --check passes.
    expect(plan.guessed).toBe(false)
    // Before, the outline held the three named teams alone: nothing else could be chosen.
    expect(
      entries(plan.outline).map(({ key, role, written }) => `${key} ${written} ${role}`)
    ).toEqual([
      'payments sentence team',
      'search sentence team',
      'mobile sentence team',
      'finding-your-way-around # heading skip',
      'finding-your-way-around/shopping ## heading skip',
      'finding-your-way-around/shopping/list-checkout list skip',
      'finding-your-way-around/help ## heading skip',
      'finding-your-way-around/help/list-support list skip'
    ])
    const chosen = imported(page, {
      'finding-your-way-around/shopping': 'group',
      'finding-your-way-around/shopping/list-checkout': 'team'
    })
    expect(teamPaths(chosen.catalog)).toEqual([
      'Engineering > Payments',
      'Engineering > Search',
      'Engineering > Mobile',
      'Shopping > Checkout',
      'Shopping > Basket',
      'Shopping > Wishlist'
    ])
  })

  it('makes every item of a list made teams one, named as its line names it', () => {
    const page = `Acme builds the shop.

- The Payments team owns checkout and refunds.
- **Search** keeps the index fast.
- [Identity](https://acme.example.com/identity) runs sign-in.
- Documentation, which writes the guides
- Developer Experience: the build tools
- Infrastructure keeps the build farm running

## Platform

The Platform team owns the Kubernetes clusters.

## Data

The Data team owns the warehouse.
`
    const offered = entries(imported(page).outline).filter((entry) => entry.choices)
    expect(offered.map((entry) => [entry.key, entry.label])).toEqual([
      ['list-payments', 'List: Payments, Search, Identity +3']
    ])
    const plan = imported(page, { 'list-payments': 'team' })
    expect(teams(plan)).toEqual([
      'Payments',
      'Search',
      'Identity',
      'Documentation',
      'Developer Experience',
      'Infrastructure',
      'Platform',
      'Data'
    ])
  })

  it('reads the one list of a page with no heading as its teams, a guess a mapping can undo', () => {
    const page =
      'Acme builds the shop.\n\n- Payments: checkout\n- Search: the index\n- Mobile: the apps\n'
    const guessed = imported(page)
    expect(teams(guessed)).toEqual(['Payments', 'Search', 'Mobile'])
    expect(guessed.guessed).toBe(true)
    expect(guessed.outline[0]).toMatchObject({
      key: 'list-payments',
      role: 'team',
      inferred: 'team'
    })
    expect(guessed.notes.map((note) => note.message)).toContain(
      'the list read as the teams, a guess: 3 teams (the page has no heading; say so in a mapping to be sure)'
    )
    // No reading of the page found a team: the note says where its teams came from.
    expect(guessed.notes.map((note) => note.message)).toContain(
      'page read as no teams of its own: its teams are those of its lists or text made teams'
    )
    // Said in a mapping: no longer a guess; skipped: no team.
    expect(imported(page, { 'list-payments': 'team' }).guessed).toBe(false)
    expect(() => imported(page, { 'list-payments': 'skip' })).toThrow(/no teams found/u)
    // A list of steps on a page that speaks of no team stays no team.
    expect(() => imported('How releases are cut.\n\n- Tag\n- Build\n- Publish\n')).toThrow(
      /no teams found/u
    )
  })

  it('offers no list of steps, tasks, contents links or contact lines', () => {
    const page = `# Engineering at Acme

## Contributing

- Fork the repository and create a branch for your change.
- Submit pull requests via your fork, with tests.
- Wait for a review from a maintainer.

## Tasks

- [ ] Payments
- [x] Search

## Contents

- [Platform](#platform)
- [Data](#data)

## Contact

- Email: eng@acme.example
- Slack: #engineering

## Platform

The Platform team owns the Kubernetes clusters.
`
    expect(entries(imported(page).outline).filter((entry) => entry.choices)).toEqual([])
  })

  it('offers no list of one item or of people', () => {
    const page = `# Engineering at Acme

## Who we are

- Product Manager: Ada Lovelace
- Engineering Lead: Alan Turing

## How we work

- Daily stand-up at 11:30

## Payments

The Payments team owns checkout, in Go.
`
    expect(entries(imported(page).outline).filter((entry) => entry.choices)).toEqual([])
  })
})
