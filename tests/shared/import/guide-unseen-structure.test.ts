// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * Rules found by a wide sweep of unseen team pages (issue 14, 2026-12-05, helper h29): 18F/TTS
 * team and business-unit pages, GitLab stage and group pages, Kubernetes SIG READMEs. Each
 * fixture is written in the style of the swept pages, not copied from them, and fails without
 * its rule.
 */

/** The catalog's teams as "Division > … > Team", the made-up "Engineering" division left in. */
function structure(markdown: string): string[] {
  return teamPaths(imported(markdown).catalog)
}

describe("a one-unit page's own sections", () => {
  it('reads a heading of only the word "team" as the people of the page\'s unit', () => {
    const page = `---
title: Field Support
---

Field Support is responsible for helping partners roll out the service.

## Services

Come talk to us if you would like help with:

- Planning a rollout
- Training staff

## Team

The team has a point person for each region.

- North - Ada Park
- South - Ben Ode
`
    expect(structure(page)).toEqual(['Engineering > Field Support'])
  })

  it('reads "Our …" headings, "<name> Team Mission" and "Doing a thing" headings as its parts', () => {
    const page = `---
title: Hiring Services
---

Hiring Services finds and welcomes the people who join us.

## Hiring Services Team Mission

Our mission is to build a team of talented and engaged staff.

- Find people
- Welcome them

## Our Approach

In pursuit of our mission, we follow these practices:

- Start small
- Work in the open

## Referring a person

* Form to submit a referral
* Instructions for referring a person
`
    expect(structure(page)).toEqual(['Engineering > Hiring Services'])
  })

  it('reads a list after "…, including:" as the unit\'s own work, bold labels or not', () => {
    const page = `---
title: Research
---

The Research team interviews users and shares what it learns.

Research provides studies as a service to the rest of the organization, including:

- **Interviews.** We talk with real users about their needs.
- **Usability testing.** We watch people use a prototype.
- **Surveys.** We ask many people a few questions.
`
    expect(structure(page)).toEqual(['Engineering > Research'])
  })
})
