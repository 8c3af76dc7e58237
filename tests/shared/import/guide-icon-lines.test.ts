// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams, teamNamed } from '../../fixtures/imported-catalog'

/**
 * Team lines opening on an icon ("- 🔐 **Identity** — login and SSO (Go, PostgreSQL)"), as
 * modern READMEs and engineering pages write them (session 18, the lead's own page: the six
 * teams were one team named after the page, each line a project).
 */
const PAGE = `# Engineering at Quokka

We're about 40 engineers in six teams.

- 🔐 **Identity** — login, SSO and permissions (Go, PostgreSQL)
- 💳 **Payments** — checkout and invoicing (Kotlin, Kafka)
- 🛠️ **Platform** — CI, Kubernetes clusters and observability (Terraform, Grafana)
`

describe('team lines that open on an icon', () => {
  const { catalog } = imported(PAGE)

  it('are teams named by their bold label', () => {
    expect(fileTeams(catalog).map((team) => team.name)).toEqual([
      'Identity',
      'Payments',
      'Platform'
    ])
  })

  it('give the technologies in brackets as the stack, the rest as mentioned', () => {
    expect(teamNamed(catalog, 'Identity').stack).toEqual(['Go', 'PostgreSQL'])
    const platform = teamNamed(catalog, 'Platform')
    expect(platform.stack).toEqual(['Terraform', 'Grafana'])
    expect(platform.mentions).toEqual(['Kubernetes'])
  })
})

describe('a bracket that names no stack', () => {
  it('holds another word, or follows a link ("[ana](…) (GitHub)")', () => {
    const team = teamNamed(
      imported(`# Teams

## Realtime

Real-time sync (Rust, since 2021). Maintained by [ana](https://github.com/ana) (GitHub).

- Realtime engine

## Search

Search and ranking (Java, Elasticsearch).

- Search API
`).catalog,
      'Realtime'
    )
    expect(team.stack).toEqual([])
    expect(team.mentions).toEqual(['Rust', 'GitHub'])
  })
})

describe("a stack part's sentences", () => {
  it('give the team its stack, not mentions ("## Tech stack" over "Mostly Python and SQL")', () => {
    const team = teamNamed(
      imported(`# Data Platform Team

We build the pipelines.

## Tools we use

We use Airflow for orchestration and Snowflake as the warehouse.

## Tech stack

Mostly Python, deployed on Kubernetes.
`).catalog,
      'Data Platform Team'
    )
    expect(team.stack).toEqual(['Airflow', 'Snowflake', 'Python', 'Kubernetes'])
    expect(team.mentions).toEqual([])
  })
})

describe('a bracket naming a technology whose name holds "+" or "/"', () => {
  it('gives that technology, not the part before the sign ("(C++)" is C++, not C)', () => {
    const catalog = imported(`# Engineering

## Consumer
- **Feed** — home feed ranking (Scala)
- **Messaging** — chat (Erlang)

## Business
- **Ads** — the ads auction (C++)
- **Reports** — advertisers' reports (PL/SQL, Go / gRPC)
`).catalog
    const ads = teamNamed(catalog, 'Ads')
    expect(ads.stack).toEqual(['C++'])
    expect(ads.mentions).toEqual([])
    expect(teamNamed(catalog, 'Reports').stack).toEqual(['PL/SQL', 'Go', 'gRPC'])
  })
})

describe('a note to the reader written as a team line', () => {
  it('is no team: "- ⚠️ **Note** — this page is updated…", "- 📌 **Tip** — …"', () => {
    const { catalog } = imported(`# Teams

- **Payments** — card processing (Java)
- **Search** — search and ranking (Python)
- **Mobile** — the apps (Swift, Kotlin)

- ⚠️ **Note** — this page is updated every quarter; ask #eng-ops for changes.
- 📌 **Tip** — use the Slack channels above for questions.
`)
    expect(fileTeams(catalog).map((team) => team.name)).toEqual(['Payments', 'Search', 'Mobile'])
  })
})

describe('a bracket after words that say the team is leaving it', () => {
  it('names no stack: "migrating off the legacy billing system (Perl, Oracle)"', () => {
    const team = teamNamed(
      imported(`# Teams

## Billing

We are migrating off the legacy billing system (Perl, Oracle) to a new Go service.

- Invoices

## Search

Search and ranking (Java, Elasticsearch).

- Search API
`).catalog,
      'Billing'
    )
    expect(team.stack).toEqual([])
  })
})

describe("a team's field that opens on an icon", () => {
  it('is that field, not a project ("- 👤 Lead: Ola Nordmann", "- 🛠️ Stack: Go, Kafka")', () => {
    const team = teamNamed(
      imported(`# Teams

## Payments

We move money.

- 👤 Lead: Ola Nordmann
- 🛠️ Stack: Go, Kafka
- Ledger service

## Search

We build search.

- 👤 Lead: Kari Hansen
- Search API
`).catalog,
      'Payments'
    )
    expect(team.lead?.name).toBe('Ola Nordmann')
    expect(team.stack).toEqual(['Go', 'Kafka'])
    expect(team.projects.map((project) => project.title)).toEqual(['Ledger service'])
  })
})
