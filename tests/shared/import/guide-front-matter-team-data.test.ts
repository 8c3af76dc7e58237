// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * A data-driven page (session 22): a Jekyll or Hugo page whose front matter lists the teams and
 * whose body only loops over them ("{% for team in page.teams %}" over "## {{ team.name }}"), so
 * that the page as written names no team in its text. The front matter's list is the page's list
 * of teams, each read as the line the loop would print, at the line of its name.
 */
describe("a front matter's list of teams", () => {
  const page = `---
title: Our teams
teams:
  - name: Ledger
    description: Owns invoices and refunds.
    stack: [Java, PostgreSQL]
  - name: Lookup
    description: Owns search.
    stack:
      - Elasticsearch
  - name: Gatehouse
    description: Owns sign-in.
---

{% for team in page.teams %}
## {{ team.name }}
{{ team.description }}
{% endfor %}
`

  it('gives each team with its description and stack, at the line of its name', () => {
    const plan = imported(page)
    expect(fileTeams(plan.catalog).map((team) => [team.name, team.summary, team.stack])).toEqual([
      ['Ledger', 'Owns invoices and refunds.', ['Java', 'PostgreSQL']],
      ['Lookup', 'Owns search.', ['Elasticsearch']],
      ['Gatehouse', 'Owns sign-in.', []]
    ])
    // Its stack is reported at the line that names the team.
    expect(
      plan.notes.some((note) => note.line === 4 && note.message.includes('"Java, PostgreSQL"'))
    ).toBe(true)
  })

  it('reads a list of team names that tags the page as no list of teams', () => {
    const plan = imported(`---
title: Deploying
teams: [platform, payments]
---

# Deploying

The Platform team owns the deploy pipeline; it runs on Kubernetes.
`)
    expect(fileTeams(plan.catalog).map((team) => team.name)).not.toContain('payments')
  })
})
