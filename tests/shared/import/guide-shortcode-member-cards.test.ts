// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * Member cards written as Hugo shortcodes ('{{< team/github-profile name="…" role="…" >}}'),
 * one a line inside a members shortcode (session 22's sweep: a public agency's Hugo handbook,
 * a page per team, every team's people so; none was read, and each team came out with no
 * members). They show one person each, as the MDX cards do ('<TeamMember name="…" />').
 * Made-up names.
 */
describe('member cards as Hugo shortcodes', () => {
  it("are the people of the page's one team", () => {
    const plan = imported(`---
title: Ledger
ingress: The team builds and runs the ledger service and its reconciliation jobs.
---

{{< team/members title="Members of the team" >}}
{{< team/github-profile url="https://example.org/a.png" name="Ada Brightwater" role="Team lead, Oslo" >}}
{{< team/github-profile url="https://example.org/b.png" name="Bo Lindqvist" role="Utvikler, Oslo" >}}
{{< team/github-profile url=https://example.org/c.png name="Cleo Marsh" role="Frontend developer, Bergen" >}}
{{< /team/members >}}

{{< team/responsibilities title="What we own" >}}

- The ledger service
- Nightly reconciliation
`)
    const [team] = fileTeams(plan.catalog)
    expect(team.name).toBe('Ledger')
    expect(team.members).toBe(3)
  })

  it('reads every card of a run of JSX cards with no blank line between them', () => {
    const plan = imported(`# Harbor Works Engineering

## Teams

### Billing

The Billing team owns the invoice service.

<Member name="Dana Frost" role="Tech Lead" />
<Member name="Eli Grant" role="Engineer" />
<Member name="Fay Hill" role="Engineer" />

### Search

The Search team owns the search index and its API.
`)
    const billing = fileTeams(plan.catalog).find((team) => team.name === 'Billing')
    expect(billing?.members).toBe(3)
  })

  it('leaves a shortcode that is no person (a product, a responsibility) out of the people', () => {
    const plan = imported(`---
title: Ledger
ingress: The team builds and runs the ledger service.
---

{{< team/product-item title="Roadmap" subtitle="Roadmap" url="https://example.org/roadmap" >}}
{{< team/github-profile name="Ada Brightwater" role="Team lead" >}}
`)
    expect(fileTeams(plan.catalog)[0].members).toBe(1)
  })
})

describe('a person named with a middle initial', () => {
  it('is a person of the team, as without it', () => {
    const plan = imported(`---
title: Ledger
ingress: The team builds and runs the ledger service.
---

{{< team/github-profile name="Ada M. Brightwater" role="Utvikler, Oslo" >}}
{{< team/github-profile name="Bo K. Lindqvist" role="Utvikler, Bergen" >}}
`)
    expect(fileTeams(plan.catalog)[0].members).toBe(2)
  })
})
