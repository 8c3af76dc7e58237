// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

const names = (markdown: string): string[] =>
  fileTeams(imported(markdown).catalog).map((team) => team.name)

/**
 * Groups named in prose (session 22, from the form "how we are organized" posts take: "Our
 * engineering is split into three groups. The Platform group looks after …"): where the page
 * says its organization is made of groups, each name it calls a group is one of its units, as a
 * name it calls a team is; elsewhere "group" also names working and user groups, and says nothing.
 */
describe('groups named in prose', () => {
  it('reads the groups a page says it is split into', () => {
    expect(
      names(`# Engineering at Tidewater

Tidewater engineering is split into three groups. The **Harbor group** looks after our
Kubernetes clusters, CI and observability. The **Storefront group** builds the web app in React
and the API in Go. The **Ledger group** runs our Snowflake warehouse and dbt models.
`)
    ).toEqual(['Harbor', 'Storefront', 'Ledger'])
  })

  it('leaves groups a page does not say it is made of', () => {
    expect(
      names(`# Engineering at Tidewater

The Harbor team looks after our clusters. The Storefront team builds the web app. The Ledger
team runs the warehouse. Everyone is welcome at the Kubernetes user group, and the Accessibility
working group meets monthly.
`)
    ).toEqual(['Harbor', 'Storefront', 'Ledger'])
  })
})
