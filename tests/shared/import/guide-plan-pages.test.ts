// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * Teams listed inside a plan or a team-of-teams page (session 19, the lead's own pages after
 * public ones came out wrong: a roadmap's "Next Steps" with "**Week 1**: …" lines became a group
 * of three teams named by week; "# AI Dev Team" over "## Available Teams" over its teams was
 * read as one more team, holding the page's numbered steps as projects; "**Mobile Team**: iOS,
 * Android, React Native" only mentioned what it builds with).
 */
describe("a plan's team structure", () => {
  const page = `# Harbor Launch Plan

## Team Structure

### Engineering Teams
- **Platform Team**: Infrastructure, DevOps, SRE
- **Mobile Team**: iOS, Android, React Native
- **Data Team**: Python, Airflow and Snowflake

## Next Steps

1. **Week 1**: Pick the hosting vendor
2. **Week 2**: Hire the SRE lead
3. **Phase 2** — open the beta
`
  const teams = fileTeams(imported(page).catalog)

  it('reads the teams and no step of the plan as a team', () => {
    expect(teams.map((team) => team.name)).toEqual(['Platform Team', 'Mobile Team', 'Data Team'])
  })

  it('takes a team line naming only technologies as its stack', () => {
    expect(teams[1].stack).toEqual(['iOS', 'Android', 'React Native'])
    expect(teams[2].stack).toEqual(['Python', 'Airflow', 'Snowflake'])
    // Areas of work are no technologies.
    expect(teams[0].stack).toEqual([])
  })
})

describe('a title naming a team over the teams it lists through headings', () => {
  const page = `# Studio Team

## How it works

1. Pick the team you need
2. Book a slot in its calendar

## Available Teams

### Engineering Teams

- [Web Team](./web.md) - the storefront and its design system
- [API Team](./api.md) - public and partner APIs
- Release Team - builds, signing and store submissions
`
  const plan = imported(page)

  it('reads the title as the unit over the teams, with no steps as projects', () => {
    expect(plan.catalog.divisions.map((division) => division.name)).toEqual(['Studio Team'])
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual([
      'Web Team',
      'API Team',
      'Release Team'
    ])
  })
})
