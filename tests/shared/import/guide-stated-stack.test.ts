// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * What a team's own sentences say it builds with is its stack (session 19, left by h126's hunt:
 * "We use Java and PostgreSQL." under a team gave mentions only, so the lens showed the team
 * only with "include mentioned").
 */
const page = `# Engineering

## Payments

We own checkout and refunds. We use Java and PostgreSQL, and card events go through Kafka.

## Search

Search is built with Go and Elasticsearch. It talks to the catalog over gRPC.

## Mobile

The apps are written in Swift and Kotlin; we are evaluating Flutter and React Native.

## Billing

Billing is migrating off Perl. We are considering Elixir for the new invoicing engine.
`

describe("a team's sentences about what it builds with", () => {
  const [payments, search, mobile, billing] = fileTeams(imported(page).catalog)

  it('give its stack', () => {
    expect(payments.stack).toEqual(['Java', 'PostgreSQL', 'Kafka'])
    expect(search.stack).toEqual(['Go', 'Elasticsearch'])
    expect(mobile.stack).toEqual(['Swift', 'Kotlin'])
  })

  it('leave what it only talks to, tries or leaves as mentions', () => {
    expect(search.mentions).toContain('gRPC')
    expect(mobile.stack).not.toContain('React Native')
    expect(billing.stack).toEqual([])
    expect(billing.mentions).toEqual(expect.arrayContaining(['Perl', 'Elixir']))
  })
})
