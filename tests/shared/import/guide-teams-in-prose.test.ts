// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { teamsCalledIn } from '../../../src/shared/import/called-a-team'
import { importGuide } from '../../../src/shared/import/import-guide'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'
import { threadCpuMs } from '../../fixtures/thread-cpu'

/**
 * Pages that name their teams only in sentences: an engineering blog post or a "how we're
 * organized" page with no heading, list or table per team (prose-teams.ts). Each fixture is made
 * up in that style and fails without its rule.
 */

/** Each team's name with the technologies the import gives it, sorted. */
function teamTechnologies(markdown: string): Record<string, string[]> {
  const plan = imported(markdown)
  return Object.fromEntries(
    fileTeams(plan.catalog).map((team) => [
      team.name,
      [
        ...new Set([
          ...team.stack,
          ...team.mentions,
          ...team.projects.flatMap((project) => project.technologies)
        ])
      ].sort()
    ])
  )
}

const tour = `---
title: How we build software at Northwind
---
Northwind has grown to 80 engineers this year, all writing TypeScript. Here is who does what.

The Billing team owns invoices and refunds. They write Kotlin services on top of PostgreSQL and Kafka.

Our Search team runs Elasticsearch clusters and a ranking service written in Go.

The Apps team ships the iOS and Android apps, written in Swift.

Finally, the Infrastructure team keeps everything running on Kubernetes, managed with Terraform.
`

describe('a blog post that names its teams in its sentences', () => {
  it('makes each named team a team with the technologies its own sentences name', () => {
    expect(teamTechnologies(tour)).toEqual({
      Billing: ['Kafka', 'Kotlin', 'PostgreSQL'],
      Search: ['Elasticsearch', 'Go'],
      Apps: ['Android', 'Swift', 'iOS'],
      Infrastructure: ['Kubernetes', 'Terraform']
    })
  })

  it('names the organization the title says the page is at, with the teams under it', () => {
    const plan = imported(tour)
    expect(plan.catalog.company.name).toBe('Northwind')
    expect(plan.outline.map((entry) => [entry.label, entry.role])).toEqual([
      ['How we build software at Northwind', 'company']
    ])
    expect(plan.outline[0].children.map((entry) => entry.label)).toEqual([
      'Billing',
      'Search',
      'Apps',
      'Infrastructure'
    ])
  })

  it('leaves what the intro names on no team', () => {
    const all = Object.values(teamTechnologies(tour)).flat()
    expect(all).not.toContain('TypeScript')
  })

  it('stops a team at the next heading: the stack section after the tour is no team’s', () => {
    const teams = teamTechnologies(`${tour}
## Our stack

Everything is deployed with Argo CD and watched with Grafana.
`)
    expect(teams.Infrastructure).toEqual(['Kubernetes', 'Terraform'])
    expect(Object.values(teams).flat()).not.toContain('Grafana')
  })

  it('ends a team where a paragraph speaks for everyone again', () => {
    const teams = teamTechnologies(`${tour}
We all review code on GitLab and talk on Zulip.
`)
    expect(teams.Infrastructure).toEqual(['Kubernetes', 'Terraform'])
  })

  it('gives a team the stack list written after its paragraph', () => {
    const teams = teamTechnologies(`# Engineering at Northwind

Northwind sells garden furniture online.

The Storefront team builds the shop. Their stack:

- Next.js
- GraphQL

The Warehouse team tracks every pallet with a Rust service.

The Insights team builds reports in dbt on Snowflake.
`)
    expect(teams.Storefront).toEqual(['GraphQL', 'Next.js'])
    expect(teams.Warehouse).toEqual(['Rust'])
  })

  it('reads a bullet per team as a sentence per team, its nested items included', () => {
    const teams = teamTechnologies(`# Engineering at Northwind

Northwind sells garden furniture. Here is who does what:

- The Storefront team builds the shop in Next.js.
- The Warehouse team tracks every pallet with a Rust service.
  - They also run Kafka.
- The Insights team builds reports in dbt on Snowflake.

We all review code on GitHub.
`)
    expect(teams).toEqual({
      Storefront: ['Next.js'],
      Warehouse: ['Kafka', 'Rust'],
      Insights: ['Snowflake', 'dbt']
    })
  })

  it('gives a sentence about several teams to each of them', () => {
    const teams = teamTechnologies(`# Engineering at Northwind

The Web and Mobile teams share a React codebase.

The Data team loads events into BigQuery.
`)
    expect(teams).toEqual({ Web: ['React'], Mobile: ['React'], Data: ['BigQuery'] })
  })

  it('does not open a team where the writer works with it', () => {
    const teams = teamTechnologies(`# Engineering at Northwind

The Billing team owns invoices in Kotlin.

The Search team runs Elasticsearch.

The Infrastructure team runs Kubernetes. We ask the Security team to review it, using Vault.
`)
    expect(Object.keys(teams)).toEqual(['Billing', 'Search', 'Infrastructure'])
    expect(teams.Infrastructure).toEqual(['Kubernetes', 'Vault'])
  })
})

describe('pages that name teams in passing stay as they read', () => {
  it("keeps a page titled by one team that names its neighbours as that team's page", () => {
    const plan = imported(`# The Tools Squad

We ship a build every week with Jenkins. The Docs team writes the notes. The QA team tests
the candidates. The Support team answers questions about them.
`)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual(['The Tools Squad'])
  })

  it("keeps a page titled by a team's bare name as that team's page", () => {
    const plan = imported(`---
title: Payments
---
The Payments team moves money with Stripe. The Fraud team helps us review disputes. The Ledger
team keeps the books we settle against. The Tax team files what we owe.
`)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual(['Payments'])
  })

  it('reads "Acme Payments team" and "the Payments team" as one team', () => {
    const teams = teamTechnologies(`# Engineering at Acme

The Payments team moves money with Stripe.

The Search team runs OpenSearch.

The Mobile team writes Flutter. The Acme Payments team also reviews its Dart code.
`)
    expect(Object.keys(teams)).toEqual(['Payments', 'Search', 'Mobile'])
  })

  it('needs three teams: two named are a mention, not a tour', () => {
    const plan = imported(`# Notes from our offsite

The Billing team showed a demo in Kotlin. The Search team showed one in Go.
`)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual(['Notes from our offsite'])
  })
})

const writtenByOneTeam = `---
title: "Moving Fast with a Big Team"
---
On the Ledger team, we recently had six weeks to build a new service, and nine engineers to do it.

We built the API in Go and the dashboard in React. Our events go through Kafka, so we could add consumers without touching the API.

We paired on every task, and we shipped on time.
`

describe('a blog post written by one team', () => {
  it('names the team as its writers do ("On the Ledger team, we …"), not after the post\'s title', () => {
    expect(teamTechnologies(writtenByOneTeam)).toEqual({ Ledger: ['Go', 'Kafka', 'React'] })
  })

  it('takes no name from words that name no team ("On the whole team, we")', () => {
    const post = writtenByOneTeam.replace('On the Ledger team', 'On the whole team')
    const names = Object.keys(teamTechnologies(post))
    expect(names).toHaveLength(1)
    expect(names[0]).not.toMatch(/whole/iu)
  })
})

const structurePage = `---
title: Team Structure and Guidance
---
**Setup**
- Each sprint, engineers from the Platform and Infrastructure team join the on-call rota.
- Billing questions from customers are answered by the Payments Support team.
- Alerts about the search index are handled by the Search team.
- The rota hands over to the Operations team at the end of each sprint.
- Everyone writes up what they learned.
`

describe('a page about how its teams work together', () => {
  it('reads every name it calls a team, wherever the name stands, when most of it names teams', () => {
    expect(Object.keys(teamTechnologies(structurePage))).toEqual([
      'Platform and Infrastructure',
      'Payments Support',
      'Search',
      'Operations'
    ])
  })

  it('keeps teams named in passing on a page that mostly says other things', () => {
    const post = structurePage.replace(
      '- Everyone writes up what they learned.',
      Array.from({ length: 12 }, (_, i) => `- Step ${i + 1} of the rota is written down.`).join(
        '\n'
      )
    )
    const result = importGuide(post, { file: 'guide.md' })
    expect(result.ok && fileTeams(result.value.catalog).some((t) => t.name === 'Search')).toBe(
      false
    )
  })
})

describe('a long page of teams named in sentences', () => {
  // Each team's text is gathered as the page is read once: no pass over the text per team.
  it('reads in time linear in its size', { timeout: 60_000 }, () => {
    const page = (teams: number): string => {
      const parts = ['# How we build software at Initech\n\nInitech has many engineers.\n\n']
      for (let i = 0; i < teams; i++) {
        parts.push(`The Unit${i} team owns service ${i} with Go. They also run Kafka for it.\n\n`)
      }
      return parts.join('')
    }
    const cpu = (teams: number): number => {
      const text = page(teams)
      importGuide(text, { file: 'warm.md' })
      const started = threadCpuMs()
      const result = importGuide(text, { file: 'page.md' })
      const spent = threadCpuMs() - started
      expect(result.ok && fileTeams(result.value.catalog).length).toBe(teams)
      return spent
    }
    const small = cpu(1_000)
    const large = cpu(8_000)
    // Linear work is 8x; a pass over the text per team would be 64x.
    console.log(`teams in prose: 8,000 take ${(large / small).toFixed(1)}x the CPU of 1,000`)
    expect(large / small).toBeLessThan(20)
  })
})

describe('teamsCalledIn', () => {
  it('reads the capitalised words before "team" as the name, and how far into the sentence', () => {
    expect(teamsCalledIn('Finally, the Developer Experience team keeps CI fast.')).toEqual([
      { name: 'Developer Experience', wordsBefore: 1 }
    ])
    expect(teamsCalledIn('Our iOS squad ships weekly.')).toEqual([{ name: 'iOS', wordsBefore: 0 }])
  })

  it('reads one lower-case word after "the" or "our", never a word that names no team', () => {
    expect(teamsCalledIn('Then the data team loads it.').map((team) => team.name)).toEqual(['data'])
    expect(teamsCalledIn('The whole team met; our team grew; the engineering team hired.')).toEqual(
      []
    )
    expect(teamsCalledIn("Ana's team and a small team")).toEqual([])
  })

  it('reads no name from a capitalised first word or from a "Team Name" written the other way', () => {
    expect(teamsCalledIn('While the office runs, Both teams meet.')).toEqual([])
    expect(teamsCalledIn('Ask Team Ops about it.')).toEqual([])
    expect(teamsCalledIn('Entire team at 2:30. Only Team with merge rights.')).toEqual([])
    expect(teamsCalledIn('Core team members vote.').map((team) => team.name)).toEqual([])
    expect(teamsCalledIn('The Core team votes.').map((team) => team.name)).toEqual(['Core'])
    expect(teamsCalledIn('Meanwhile the Data team grew.').map((team) => team.name)).toEqual([
      'Data'
    ])
  })

  it('reads "and" between capitalised words before a singular "team" as one name', () => {
    expect(teamsCalledIn('Members of the Platform and Infrastructure team join.')).toEqual([
      { name: 'Platform and Infrastructure', wordsBefore: 2 }
    ])
  })

  it('reads every name of a list before a plural "teams"', () => {
    expect(
      teamsCalledIn('It is made up of the Web, API, and Mobile teams.').map((team) => team.name)
    ).toEqual(['Web', 'API', 'Mobile'])
    expect(teamsCalledIn('The Web and Mobile teams share React.')).toEqual([
      { name: 'Web', wordsBefore: 0 },
      { name: 'Mobile', wordsBefore: 0 }
    ])
  })
})

describe('names the text links to a team’s page', () => {
  it('are teams, whatever word the sentence uses for them', () => {
    const plan = imported(`# GitHub

The Wendle GitHub organisation and all its repositories are official resources.

## Repositories

### wendle-core

The [Core team](https://wendle.org/community/teams/core/) controls this repository.

### wendle-rfcs

The [RFC Steering Committee](https://wendle.org/community/teams/rfc-steering-committee/) controls this repository.

### wendle-site

This is maintained by the [marketing team](https://wendle.org/community/teams/marketing/).

### wendle-foundation

The [Wendle foundation board](https://wendle.org/community/teams/foundation-board/) controls this repository.
`)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual(
      expect.arrayContaining(['RFC Steering Committee', 'Wendle foundation board'])
    )
  })
})
