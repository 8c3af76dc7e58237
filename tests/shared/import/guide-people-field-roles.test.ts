// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamNamed } from '../../fixtures/imported-catalog'

/**
 * A team's "Members:" field naming each person with their role in parentheses, a comma inside
 * ("Maya Ito (Staff Engineer, Search), Ravi Shah (Frontend Engineer)"): its people, one per name
 * (session 18, h121). Names and wordings here are invented.
 */
const page = (line: string): string => `# Engineering teams

## Payments

Payments owns card processing and payouts.

- Lead: Ana Silva

## Search

Search owns query ranking.

${line}
`

describe('a people field with roles in parentheses', () => {
  it('counts its people written as a paragraph', () => {
    const { catalog } = imported(
      page('Members: Maya Ito (Staff Engineer, Relevance), Ravi Shah (Frontend Engineer, Web)')
    )
    expect(teamNamed(catalog, 'Search').members).toBe(2)
  })

  it('counts its people written as a list line', () => {
    const { catalog } = imported(
      page('- Members: Maya Ito (Relevance, Staff Engineer), Ravi Shah (Web, Frontend Engineer)')
    )
    expect(teamNamed(catalog, 'Search').members).toBe(2)
  })
})
