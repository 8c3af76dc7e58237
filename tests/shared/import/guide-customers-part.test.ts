// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importedTeam } from '../../fixtures/guides'

/**
 * A team page's "Our Customers" part (session 12, helper h75's sweep: a group page's internal
 * and external customers, each a sub-heading over what the team does for them, made eight
 * projects): it is about the people the team builds for, like "Personas", and its lists are no
 * projects. Fixture written in that style, not copied.
 */
describe('customers parts of a team page', () => {
  it('makes no projects of what a team does for its customers', () => {
    const found = importedTeam(`# Forge team

The Forge team builds the release pipeline of Lumio.

## Our customers

### Internal customers - product teams

We partner with the product teams to:

- Turn their services into signed release bundles
- Keep their build times under ten minutes

### External customers

- Installers that work on every supported platform

## Who we serve

- Lumio's self-hosting administrators

## Current projects

- Reproducible release bundles
`)
    expect(found.projects.map((project) => project.title)).toEqual(['Reproducible release bundles'])
  })
})
