// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams, teamPaths } from '../../fixtures/imported-catalog'

/**
 * A list written in HTML (`<ul><li>…</li></ul>`), as CMS exports and Jekyll pages carry it: read
 * as the markdown list it shows. Found when the seventeenth held-out set was opened (corpus
 * README, "Session 21"); the page is made up in that style, with none of its names.
 */
describe('a list written in HTML', () => {
  it('reads its nested items as the nested items of a markdown list', () => {
    const plan = imported(`# Harbor Records Authority organisation structure

<p>The organisation structure of the Harbor Records Authority is:</p>

<ul>
	<li><strong>Records and archives</strong>

	<ul>
		<li>Digital preservation</li>
		<li>Cataloguing</li>
		<li>Reading&nbsp;rooms</li>
	</ul>
	</li>
	<li><strong>Corporate services</strong><br />
	Ola Berg, Chief Operating Officer
	<ul>
		<li>Finance</li>
		<li>Facilities</li>
	</ul>
	</li>
</ul>
`)
    expect(teamPaths(plan.catalog)).toEqual([
      'Records and archives > Digital preservation',
      'Records and archives > Cataloguing',
      'Records and archives > Reading rooms',
      'Corporate services > Finance',
      'Corporate services > Facilities'
    ])
  })

  it('leaves a list inside a code fence as code', () => {
    const plan = imported(`# Billing

The Billing team runs invoices.

\`\`\`html
<ul>
  <li>Payments</li>
  <li>Ledgers</li>
</ul>
\`\`\`
`)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual(['Billing'])
  })

  it('reads a definition list as a list of its terms, each with its definition', () => {
    // Session 22: a CMS's "<dl>" of teams (term the team, definition what it owns) gave no team.
    const plan = imported(`# Teams

<dl>
  <dt>Ledger</dt>
  <dd>Owns invoices and refunds. Built with Java and PostgreSQL.</dd>
  <dt>Lookup</dt>
  <dd>Owns search, on Elasticsearch.</dd>
  <dt>Gatehouse</dt>
  <dd>Owns sign-in and accounts.</dd>
</dl>
`)
    const teams = fileTeams(plan.catalog)
    expect(teams.map((team) => team.name)).toEqual(['Ledger', 'Lookup', 'Gatehouse'])
    expect(teams[0].summary).toMatch(/^Owns invoices and refunds/u)
  })
})
