// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * Tables of members, a row per person beside their team (session 20, from a real health
 * company's iOS playbook: a generated HTML table whose squad cell, "<strong>Booking</strong><br/>
 * Face to face appointment booking.", spans its engineers' rows, under "## 1. Who are we?", and
 * a "Project name | Owner(s)" table of the open-source projects below). Fixtures made up.
 */
const teamsOf = (markdown: string) =>
  fileTeams(imported(markdown).catalog).map((team) => ({
    name: team.name,
    members: team.members,
    lead: team.lead?.name,
    summary: team.summary
  }))

describe('tables of members', () => {
  it('reads a generated HTML table of squads spanning their engineers as one team each', () => {
    const page = `# Mobile handbook

## 1. Who are we?

We're organised in squads. The rest of the engineers work in the following squads:

<table>
  <thead><th>Squad</th><th>Engineer</th><th>GitHub</th></thead>
    <tr><td rowspan='2' valign='top'><strong>Checkout</strong><br/>Paying for an order in the app.</td>
      <td>Ana Ruiz</td><td><a href='https://github.com/anaruiz'>@anaruiz</a></td></tr>
      <tr><td>Bo Chen</td><td></td></tr>
    <tr><td rowspan='1' valign='top'><strong>Search</strong><br/>Finding products by text and photo.</td>
      <td>Cy Dunn</td><td><a href='https://github.com/cydunn'>@cydunn</a></td></tr>
    <tr><td rowspan='3' valign='top'><strong>Platform</strong><br/>Build tooling and CI for the apps.</td>
      <td>Di Eng</td><td></td></tr>
      <tr><td>Ed Fox</td><td></td></tr>
      <tr><td>Fay Gill</td><td></td></tr>
</table>

## 2. Open-source projects

| Project name | Owner(s) | Stars |
|--------------|----------|-------|
| [Layouter](https://example.org/layouter) | Ana, Bo | 1k |
| [Snapper](https://example.org/snapper) | Cy | 300 |
| Style guide | Di | WIP |
`
    expect(teamsOf(page)).toEqual([
      { name: 'Checkout', members: 2, lead: undefined, summary: 'Paying for an order in the app.' },
      {
        name: 'Search',
        members: 1,
        lead: undefined,
        summary: 'Finding products by text and photo.'
      },
      {
        name: 'Platform',
        members: 3,
        lead: undefined,
        summary: 'Build tooling and CI for the apps.'
      }
    ])
  })

  it('reads a Team | Member | Role table, blank team cells continuing the team above', () => {
    const page = `# Acme engineering

| Team | Member | Role |
|------|--------|------|
| Payments | Ana Ruiz | Tech Lead |
| | Bo Chen | Backend Engineer |
| | Cy Dunn | Backend Engineer |
| Search | Di Eng | Engineering Manager |
| Search | Ed Fox | Data Engineer |
`
    expect(teamsOf(page).map(({ name, members, lead }) => ({ name, members, lead }))).toEqual([
      { name: 'Payments', members: 3, lead: 'Ana Ruiz' },
      { name: 'Search', members: 2, lead: 'Di Eng' }
    ])
  })
})
