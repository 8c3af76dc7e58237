// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * "### Mobile Team" over "- **Team Lead**: …" and "- **Members**: …", its "#### Service
 * Ownership" a bold line per service: the section is the team, the services its work (h134's
 * sweep of real team pages, 2026-12-07: a start-up's page of six teams written so, each with
 * services, responsibilities and each person's focus as sub-sections, was imported as one team
 * named after its title, or with its services as teams). Fixtures made up.
 */
const PAGE = `# Engineering

This page says who builds and runs each part of the booking platform.

## Team Structure

### Mobile Team
- **Team Lead**: Ana Ruiz (Senior Mobile Engineer)
- **Members**: Bo Chen (Mobile Engineer)
- **Primary Focus**: The iOS and Android apps

#### Service Ownership
- **Booking App Service** (integrated with Payments Service)
- **Push Service** - Notifications to the apps

#### Key Responsibilities
- **Releases**: Ship the apps every two weeks

### Payments Team
- **Team Lead**: Cy Dunn (Staff Engineer)
- **Members**:
  - Di Eng (Backend Engineer)
  - Ed Fox (Backend Engineer)
- **Primary Focus**: Charging and refunds

#### Service Ownership
- **Payments Service** - Charges, refunds and payouts
- **Ledger Service** (integrated with Payments Service)

### Infrastructure Team
**Engineer: Fay Gill**

#### Service Ownership
- **Monitoring Service** - Dashboards and alerting
- **Backup Service** - Nightly backups and restores
`

describe('a section called a team that names its lead', () => {
  it('is the team, and the services its sub-sections list are its work', () => {
    expect(teamPaths(imported(PAGE).catalog).map((path) => path.split(' > ').pop())).toEqual([
      'Mobile Team',
      'Payments Team',
      'Infrastructure Team'
    ])
  })

  it("under a title about the teams' responsibilities, which names no one team", () => {
    const page = PAGE.replace('# Engineering', '# Team Responsibilities & Service Ownership')
    expect(teamPaths(imported(page).catalog).map((path) => path.split(' > ').pop())).toEqual([
      'Mobile Team',
      'Payments Team',
      'Infrastructure Team'
    ])
  })
})
