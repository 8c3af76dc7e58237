// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported, importedTeam } from '../../fixtures/guides'

/**
 * A team's page with GitHub's alert callouts and office hours (session 19, the lead's own page
 * after a public agency team's page came out wrong: the "> [!CAUTION]" notice about a contract
 * change gave two projects and opened the summary with "[!CAUTION] Team Transition…", and "office
 * hours on `Day` at `Time` PM Eastern" named the company "Time PM Eastern").
 */
const page = `# Payments Reliability team

> [!CAUTION]
> ## Team changes in progress
> **3/1/2026:** the reliability contract moved to a new vendor.
> - Same people, a few new faces
> - If you need help meanwhile, ask in #payments-help

_Payments Reliability keeps card payments up and fast._

## Services we offer
- Incident reviews
- Load testing

> [!TIP]
> Not sure what you need? Ask us anyway.

## How to contact us
Join our weekly office hours on \`Day\` at \`Time\` PM Eastern, or at 3 PM UTC on Fridays.
`

describe("a team's page with callouts to the reader", () => {
  it('reads no project or summary from a callout', () => {
    const team = importedTeam(page)
    expect(team.projects.map((project) => project.title)).toEqual([
      'Incident reviews',
      'Load testing'
    ])
    expect(team.summary).toBe('Payments Reliability keeps card payments up and fast.')
  })

  it('takes no company name from a time of day', () => {
    const { name } = imported(page).catalog.company
    expect(name).not.toMatch(/\b(?:Time|PM|UTC|Eastern)\b/u)
  })
})
