// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * A team's own fields written as bold labels (issue 14, helper h49, from h45's check errors): a
 * page of groups where each group's section opens with "**Coordination**: <address>" and
 * "**Captain**: [person](…)". Those are the section's details, not teams under it. Fixtures in
 * that style, not copied.
 */
function structure(markdown: string): string[] {
  return teamPaths(imported(markdown).catalog)
}

describe('bold field labels inside a team section', () => {
  it('reads "**Label**: value" lines as the section’s fields, not teams', () => {
    const paths = structure(`# Harbor Project Groups

The project is organised in groups, each with a steward and a tracking board.

## Groups

### Docking Engine

- **Board**: https://example.org/harbor/docking
- **Steward**: [Rita Moss](https://example.org/rmoss)

Builds and releases the docking engine.

### Signal Relay

- **Board**: https://example.org/harbor/relay
- **Steward**: [Omar Vidal](https://example.org/ovidal)

Runs the relay network and its monitoring.

### Chart Room

- **Board**: https://example.org/harbor/charts
- **Steward:** @lena-k

Keeps the charts and the public maps.
`)
    expect(paths.map((p) => p.split(' > ').pop())).toEqual([
      'Docking Engine',
      'Signal Relay',
      'Chart Room'
    ])
    expect(paths.join('\n')).not.toMatch(/Board|Steward/u)
  })

  it('still reads bold team lines whose text says what each team does', () => {
    const paths = structure(`# Harbor Engineering

## Our teams

Engineering is split as follows.

- **Docking**: builds and releases the docking engine
- **Relay**: runs the relay network and its monitoring
`)
    expect(paths.map((p) => p.split(' > ').pop())).toEqual(['Docking', 'Relay'])
  })
})
