// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { teamsCalledIn } from '../../../src/shared/import/called-a-team'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * Blog posts that name each team with its stack in parentheses after the name ("the Ledger
 * (Kotlin, PostgreSQL) team", "three teams: Web (React, Sass), Mobile (Swift, Kotlin) and …"),
 * several on one line (prose-teams.ts). Each fixture is made up in that style and fails without
 * its rule.
 */

/** Each team's name with the technologies the import gives it, sorted. */
function teamTechnologies(markdown: string): Record<string, string[]> {
  const plan = imported(markdown)
  return Object.fromEntries(
    fileTeams(plan.catalog).map((team) => [
      team.name,
      [...new Set([...team.stack, ...team.mentions])].sort()
    ])
  )
}

const post = `---
title: "Following an order through Tidewater"
---
I often get asked how an order moves through Tidewater, so here is the tour.

It starts in the shop, where we have _Storefront (**TypeScript, React, Redux**)_, a team that builds
the pages customers see. Then three teams take the order: _Ledger (**Kotlin, PostgreSQL**), Fraud
Watch (**Python, Redis**)_, and _Shipping (**Go, Kafka**)_. Each checks it in turn.

The _Ledger_ team keeps the books. They answer to finance every month.

The _Warehouse Robots (**Rust, Docker**)_ team moves the boxes. They also run the night shift.

That's the whole trip: it takes all of these teams to get a parcel to your door.
`

describe('teams named with a parenthesis of technologies after the name', () => {
  it('reads each name as a team and gives it the names in its parenthesis as its stack', () => {
    expect(teamTechnologies(post)).toEqual({
      Storefront: ['React', 'Redux', 'TypeScript'],
      Ledger: ['Kotlin', 'PostgreSQL'],
      'Fraud Watch': ['Python', 'Redis'],
      Shipping: ['Go', 'Kafka'],
      'Warehouse Robots': ['Docker', 'Rust']
    })
  })

  it('leaves a parenthesis after a word that names nothing, or of long phrases, to the text', () => {
    const plain = post
      .replace('_Storefront (**TypeScript, React, Redux**)_', '_Storefront_')
      .replace(
        'Each checks it in turn.',
        'Each checks it in turn (stock levels, card checks, and delivery slots).'
      )
    const teams = teamTechnologies(plain)
    expect(Object.keys(teams)).not.toContain('turn')
    expect(teams.Shipping).toEqual(['Go', 'Kafka'])
  })
})

describe('words before "teams" that point at a list rather than name a team', () => {
  it('reads no team "following" from "the following teams", nor "above" or "below"', () => {
    expect(teamsCalledIn('Then, the following teams help ship the order:')).toEqual([])
    expect(teamsCalledIn('All of the above teams report to the CTO.')).toEqual([])
    expect(teamsCalledIn('The below teams are on call.')).toEqual([])
    const teams = Object.keys(
      teamTechnologies(post.replace('Then three teams take', 'Then the following teams take'))
    )
    expect(teams).not.toContain('following')
    expect(teams).toContain('Fraud Watch')
  })
})

describe('a name whose parts a lone dash joins', () => {
  it('reads "Ops - Network - East team" whole, not its last part', () => {
    expect(teamsCalledIn('The Ops - Network - East team keeps the lines up.')).toEqual([
      { name: 'Ops - Network - East', wordsBefore: 0 }
    ])
    const teams = Object.keys(
      teamTechnologies(
        post.replace('_Shipping (**Go, Kafka**)_', '_Shipping - Road - North (**Go, Kafka**)_')
      )
    )
    expect(teams).toContain('Shipping - Road - North')
    expect(teams).not.toContain('North')
  })
})

describe('a name with a parenthesis is a team only where the text speaks of teams', () => {
  it('reads no team from a technology written with its variants ("Kubernetes (EKS, GKE)")', () => {
    const hosted = post.replace(
      "That's the whole trip",
      'Everything runs on Kubernetes (EKS, GKE) in two regions.\n\nThat’s the whole trip'
    )
    expect(Object.keys(teamTechnologies(hosted))).not.toContain('Kubernetes')
  })

  it('reads no team from names a sentence about teams uses ("Our teams use Kubernetes (…)")', () => {
    const used = post.replace(
      "That's the whole trip",
      'Our teams use Kubernetes (EKS, GKE) and Postgres (RDS, Aurora).\n\nThat’s the whole trip'
    )
    const teams = Object.keys(teamTechnologies(used))
    expect(teams).not.toContain('Kubernetes')
    expect(teams).not.toContain('Postgres')
  })

  it('reads the paragraphs after a line introducing teams ("our two security teams:")', () => {
    const security = post.replace(
      "That's the whole trip",
      `And our two security teams:

_Shield (**Python, Snyk**)_ scans every change before it ships.

_Vault (**Go, Terraform**)_ keeps the secrets and rotates them.

That's the whole trip`
    )
    const teams = teamTechnologies(security)
    expect(teams.Shield).toEqual(['Python', 'Snyk'])
    expect(teams.Vault).toEqual(['Go', 'Terraform'])
  })
})

describe('a sentence that says its subject is a team', () => {
  it('reads "X is a small team" as calling X a team, its subject', () => {
    expect(teamsCalledIn('Harbor Watch is a governance-driven team.')).toEqual([
      { name: 'Harbor Watch', wordsBefore: 0 }
    ])
    expect(teamsCalledIn('Ledger is a small team that keeps the books.')).toEqual([
      { name: 'Ledger', wordsBefore: 0 }
    ])
  })

  it('reads no team from a pronoun, a member of a team, or a team player', () => {
    expect(teamsCalledIn('It is a small team.')).toEqual([])
    expect(teamsCalledIn('Ana is a member of the team.')).toEqual([])
    expect(teamsCalledIn('Bo is a great team player.')).toEqual([])
    expect(teamsCalledIn('Our goal is a stable team.')).toEqual([])
  })

  it('makes such a subject one of the teams of a tour', () => {
    const tour = post.replace(
      "That's the whole trip",
      '_Harbor Watch_ is a governance-driven team. They review every supplier.\n\nThat’s the whole trip'
    )
    expect(Object.keys(teamTechnologies(tour))).toContain('Harbor Watch')
  })
})
