// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams, teamNamed } from '../../fixtures/imported-catalog'

/**
 * "Senior Backend Engineer (Go)": what a role asks of the person who fills it, in parentheses
 * after its title, is no technology of the team unless the team's own text says it uses it
 * (session 18, h121). Names and wordings here are invented.
 */
const uses = (page: string, team: string): string[] => {
  const found = teamNamed(imported(page).catalog, team)
  return [...found.stack, ...found.mentions, ...found.projects.flatMap((p) => p.technologies)]
}

describe("a role's qualifier in parentheses", () => {
  it("is no technology of a team's page that says it is hiring", () => {
    const page = `# Platform team

The Platform team runs the shared infrastructure for every product team.

We're hiring a Platform Engineer (Kubernetes, Terraform) and a backend developer (Go).
`
    expect(uses(page, 'Platform team')).toEqual([])
  })

  it("is no team's technology beside the ones its text says it uses", () => {
    const page = `# Engineering teams

## Payments

Payments owns card processing. We write our services in Java.

We're looking for a Senior Backend Engineer (Go, Kafka) to join us.

## Search

Search owns query ranking. We write our services in Go.

Open role: Site Reliability Engineer (Kubernetes, Terraform)
`
    expect(uses(page, 'Payments')).toEqual(['Java'])
    expect(uses(page, 'Search')).toEqual(['Go'])
  })

  it('makes no technology of a list of jobs', () => {
    const page = `# Platform team

The Platform team runs the shared infrastructure for every product team.

## Jobs

- Senior Backend Engineer (Go, PostgreSQL)
- Site Reliability Engineer (Kubernetes, Terraform)
`
    const [team] = fileTeams(imported(page).catalog)
    expect([...team.mentions, ...team.projects.flatMap((p) => p.technologies)]).toEqual([])
  })

  it('keeps a technology in parentheses after what it does', () => {
    const page = `# Platform team

The Platform team runs service discovery (Consul) and secrets management (Vault).
`
    expect(uses(page, 'Platform team')).toEqual(['Consul', 'Vault'])
  })
})
