// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamNamed } from '../../fixtures/imported-catalog'

/**
 * A team table's "Open roles" cell lists roles at its commas, but not at a comma inside a role's
 * parentheses (session 18, h121). Names and wordings here are invented.
 */
describe("a table's open roles cell", () => {
  it('keeps a role whose parentheses hold a comma whole', () => {
    const { catalog } = imported(`# Engineering teams

| Team | Lead | Open roles |
| --- | --- | --- |
| Payments | Ana Silva | Platform Engineer (Kubernetes, Terraform), Data Analyst |
| Search | Tom Berg | Senior Go Engineer |
`)
    expect(teamNamed(catalog, 'Payments').roles.map((role) => role.title)).toEqual([
      'Platform Engineer (Kubernetes, Terraform)',
      'Data Analyst'
    ])
  })
})
