// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported, importedTeam } from '../../fixtures/guides'
import { fileTeams, teamNamed } from '../../fixtures/imported-catalog'

/**
 * A team's "Q3 goals" (or "Release checklist") part with "Owner:" lines: each names whoever owns
 * that goal or that process, never the team's lead or one of its people (session 18, h121).
 * Names and wordings here are invented.
 */
describe("the owner of a team's goal or process", () => {
  it("is not the lead of a team's page, under the goals' heading", () => {
    const team = importedTeam(`# Growth team

The Growth team runs experiments on sign-up and activation.

## Q3 goals

Owner: Dana Reyes

- Raise activation to 40%
- Ship the new onboarding flow
`)
    expect(team.lead).toBeUndefined()
    expect(team.members).toBeUndefined()
    expect(team.summary).toBe('The Growth team runs experiments on sign-up and activation.')
  })

  it('is not the lead under a heading per goal', () => {
    const team = importedTeam(`# Checkout team

Checkout owns the cart and payment pages.

## Q3 goals

### Cut drop-off by 10%

Owner: Maya Ito

### Launch Apple Pay

Owner: Ravi Shah
`)
    expect(team.lead).toBeUndefined()
    expect(team.summary).toBe('Checkout owns the cart and payment pages.')
  })

  it("is no team of a guide's, and its goals' heading no team either", () => {
    const { catalog } = imported(`# Product teams

## Checkout

Checkout owns the cart and payment pages.

### Q3 goals

Owner: Maya Ito

- Cut checkout drop-off by 10%
- Launch Apple Pay

## Catalog

Catalog owns product pages and search filters.

Lead: Nora Lund
`)
    expect(fileTeams(catalog).map((team) => team.name)).toEqual(['Checkout', 'Catalog'])
    expect(teamNamed(catalog, 'Checkout').lead).toBeUndefined()
    expect(teamNamed(catalog, 'Catalog').lead?.name).toBe('Nora Lund')
  })

  it("is not counted among a team's people under a checklist", () => {
    const team = importedTeam(`# Mobile team

The Mobile team builds the iOS and Android apps in Swift and Kotlin.

- **Lead:** Priya Nair
- **Slack:** #mobile

## Release checklist

**Owner:** Sam Ortiz

- [ ] Bump the version number
- [ ] Submit to the App Store
`)
    expect(team.lead?.name).toBe('Priya Nair')
    expect(team.members).toBe(1)
  })
})
