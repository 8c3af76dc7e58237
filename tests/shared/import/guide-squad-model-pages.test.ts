// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * Pages laid out on the Spotify model (session 20, from a real bank's squad plan: "## Squad
 * Allocation (Primary Ownership)" over a Squad | Tribe | Primary Services table, then "##
 * Chapters" and "## Guilds" lists): the heading over the squads is no level of its own, and the
 * chapters and guilds that gather people across the squads are no teams beside them. Fixtures
 * made up.
 */
const page = `# Platform reorganisation plan

## Tribes

| Tribe | Mission |
| --- | --- |
| Retail Tribe | Everyday banking for people |
| Core Tribe | The ledger and money movement underneath |

## Squad Allocation (Primary Ownership)

| Squad | Tribe | Primary Services |
| --- | --- | --- |
| Cards Squad | Retail | Card issuing and limits |
| Savings Squad | Retail | Savings accounts |
| Ledger Squad | Core | Double-entry ledger |
| Clearing Squad | Core | Settlement with the clearing houses |

## Chapters

- Kotlin Chapter
- Quality Engineering Chapter

## Guilds

- Accessibility Guild
- Observability Guild
`

describe('a squad plan with chapters and guilds', () => {
  it('reads the squads under their tribes, the allocation heading and the plan as no level', () => {
    expect(teamPaths(imported(page).catalog)).toEqual([
      'Retail > Cards Squad',
      'Retail > Savings Squad',
      'Core > Ledger Squad',
      'Core > Clearing Squad'
    ])
  })

  it("gives each tribe the mission the page's table of tribes states", () => {
    const { divisions } = imported(page).catalog
    expect(divisions.map((division) => [division.name, division.summary])).toEqual([
      ['Retail', 'Everyday banking for people'],
      ['Core', 'The ledger and money movement underneath']
    ])
  })

  it('keeps the guilds of a page of guilds alone as its teams', () => {
    const guilds = imported(`# Communities

## Guilds

- Accessibility Guild: makes every screen usable with a screen reader
- Observability Guild: shares dashboards and alerting practice
`)
    expect(teamPaths(guilds.catalog)).toHaveLength(2)
  })
})

/**
 * What a team owns, named by its technology (the same squad plan: "| Identity Platform Squad |
 * … | Keycloak, LDAP federation, DPoP and token policies |" under "Primary Services / Products"):
 * the services column is what each team owns, and a piece of it that is a technology, alone or
 * with a few words of what the team makes of it, is what the team runs and builds with.
 */
describe('owned technologies', () => {
  it("reads a services column's technologies as the team's stack", () => {
    const plan = imported(`# Platform squads

| Squad | Primary Services / Products |
| --- | --- |
| Messaging Squad | Kafka clusters, schema registry |
| Provisioning Squad | Terraform modules, Vault/Consul templates |
| Checkout Squad | Payment pages, integration with Stripe |
`)
    const stacks = Object.fromEntries(
      plan.catalog.divisions[0].teams.map((team) => [team.name, team.stack])
    )
    expect(stacks).toEqual({
      'Messaging Squad': ['Kafka'],
      'Provisioning Squad': ['Terraform', 'Vault', 'Consul'],
      'Checkout Squad': []
    })
    expect(plan.catalog.divisions[0].teams[2].responsibilities).toEqual([
      'Payment pages',
      'integration with Stripe'
    ])
  })

  it('reads an owns list the same way, and a sentence about a technology as no stack', () => {
    const plan = imported(`# Storage team

The Storage team keeps the company's data safe.

## Owns

- PostgreSQL
- Redis caches
- Migrating the reports off MongoDB
`)
    expect(plan.catalog.divisions[0].teams[0].stack).toEqual(['PostgreSQL', 'Redis'])
  })
})

/**
 * A plan's title (session 20, from a real start-up's business roadmap whose "### Engineering
 * Teams" lists its teams as bold labels): the title names the document, no division or company;
 * the teams belong to the unit their list heading names.
 */
describe('plan titles', () => {
  it('reads the teams of a roadmap under the unit their heading names', () => {
    const plan = imported(`# Nimbus Growth Roadmap

## Phase 1: Beta (Months 1-3)

- Launch the closed beta
- Publish the SDKs

## Team Structure

### Engineering Teams

- **Platform Team**: Infrastructure, DevOps, SRE
- **Mobile Team**: iOS, Android, React Native
`)
    expect(teamPaths(plan.catalog)).toEqual([
      'Engineering > Platform Team',
      'Engineering > Mobile Team'
    ])
    expect(plan.catalog.company.name).not.toMatch(/roadmap/iu)
  })
})
