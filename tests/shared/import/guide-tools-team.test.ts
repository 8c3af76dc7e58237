// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * A team named "Tools" among the teams of a page (h111's QA: its heading reads as a team's
 * "Tools" part, so outside any team it was left out, lead and stack with it).
 */
describe('a team named "Tools"', () => {
  it('is a team beside the others when its section lists its people', () => {
    const { catalog } = imported(`# Lumen Robotics teams

## Framework

Maintains the core runtime.

- Lead: Ana Ruiz
- Stack: Rust

## Docs

Owns the documentation site.

- Lead: Ben Cho
- Stack: Docusaurus

## Tools

Builds internal developer tools.

- Lead: Dmitri Volkov
- Stack: Go
`)
    expect(teamPaths(catalog)).toEqual([
      'Engineering > Framework',
      'Engineering > Docs',
      'Engineering > Tools'
    ])
    const tools = catalog.divisions[0].teams.find((team) => team.name === 'Tools')
    expect(tools?.lead?.name).toBe('Dmitri Volkov')
  })

  it('stays a part of the team it is written under', () => {
    const { catalog } = imported(`# Payments team

We run checkout.

## Tools

- Jenkins
- Grafana

## Members

- Ana Ruiz (lead)
- Ben Cho
`)
    expect(teamPaths(catalog)).toEqual(['Engineering > Payments team'])
  })
})
