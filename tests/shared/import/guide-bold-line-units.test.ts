// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * Bold lines over their own duties, one of them over the named teams it holds ("**Platform
 * Teams**" over "- Build: …", "- Run: …"): that list is the bold line's teams, not the page's
 * index of its teams, so the bold lines beside it stay the page's units and teams (issue 14,
 * session 15, from the opened sets: an office's page lost four of its five bold-line units to
 * the list of the sixth one's two teams). Made-up page in that style.
 */
const page = `## Operations & Data Overview

**Field Support**
   - Help for the staff in the regional offices
   - Laptops, phones and badges

**Records**
   - Keeping and archiving the files of every case

**Fraud Prevention**
   - Screening of claims and the rules behind it

**_Platform Teams_**
   - Build: the deployment pipelines of the case system
   - Run: operating the case system day to day

____

#### Platform Team (PT)
The Platform Team gives platform services to the office's programs and decides which
projects the case system takes on.
`

describe('bold lines beside the bold line whose list names its teams', () => {
  it('stay teams of the page', () => {
    expect(teamPaths(imported(page).catalog)).toEqual(
      expect.arrayContaining([
        'Operations & Data > Field Support',
        'Operations & Data > Records',
        'Operations & Data > Fraud Prevention',
        'Operations & Data > Platform Teams > Build',
        'Operations & Data > Platform Teams > Run'
      ])
    )
  })
})

describe('a run of bold-label paragraphs, most calling their label a team', () => {
  it('reads the others in the run as teams too', () => {
    const { catalog } = imported(`# Wendle Engineering

## Product Engineering

Our product teams map directly into our businesses.

**Partner Success**: The Partner Success team builds what our partners use.

**Auctions**: The Auctions product team builds every auction system.

**Collector GMV**: GMV stands for gross merchandise volume. Two collector product teams work on it.

**Publishing**: The publishing team runs our editorial platform.

## Reporting Structure

**Engineers**: report to their engineering lead.
`)
    expect(teamPaths(catalog)).toEqual([
      'Product Engineering > Partner Success',
      'Product Engineering > Auctions',
      'Product Engineering > Collector GMV',
      'Product Engineering > Publishing'
    ])
  })
})

describe('bold run-in labels under a heading that lists teams', () => {
  it('are the teams, a label closed by a full stop included', () => {
    const { catalog } = imported(`# Our Teams

**Growth team.** Runs pricing experiments and lifecycle email.

**Core.** Owns the editor and file storage.

**Enterprise.** SSO, SCIM, audit logs and admin controls.
`)
    expect(teamPaths(catalog).map((path) => path.split(' > ').pop())).toEqual([
      'Growth team',
      'Core',
      'Enterprise'
    ])
  })
})
