// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

describe('a who-does-what page of groups listing people with their employer', () => {
  it('reads each group as a team, its bold people as no teams', () => {
    const plan = imported(`## Who does what

Below are the groups of the team. The most senior people of a group are shown in bold.

### Platform Engineering

1. **Nora Quist** (Harbor Works): the technical lead, responsible for the architecture.
1. Omar Reyes (Tidewater Labs): mobile app development
1. Pia van Dijk (Harbor Works): backend and infrastructure

### Growth Marketing

1. **Quinn Sato** (Harbor Works): product strategy and research

### Partnerships

1. **Quinn Sato** (Harbor Works): partner relations
1. **Rafa Ortiz** (Tidewater Labs): contracts, partner relations
`)
    expect(teamPaths(plan.catalog).map((path) => path.split(' > ').pop())).toEqual([
      'Platform Engineering',
      'Growth Marketing',
      'Partnerships'
    ])
  })
})
