// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

function structure(markdown: string): string[] {
  return teamPaths(imported(markdown).catalog)
}

describe('a heading that says what the list gives for each team ("Team labels")', () => {
  it("heads the team list: its teams are no unit's", () => {
    expect(
      structure(`# Guide for Lanternfish Maintainers

## Triage

Every team triages the issues under its label each week.

## Team labels

* [\`team-Parser\`](https://example.org/labels/team-Parser): Issues for the Parser team
    * Contact: [ana](https://example.org/ana)
* [\`team-Cache\`](https://example.org/labels/team-Cache): Issues for the remote cache
    * Contact: [bo](https://example.org/bo)
* [\`team-Docs\`](https://example.org/labels/team-Docs): Issues for the Docs team
    * Contact: [cy](https://example.org/cy)
`)
    ).toEqual(['Engineering > team-Parser', 'Engineering > team-Cache', 'Engineering > team-Docs'])
  })

  it('does so for "Component handles" too', () => {
    expect(
      structure(`# Lanternfish Maintainers

## Component handles

* [@lanternfish/parser](https://example.org/parser): the parser and its grammar
* [@lanternfish/cache](https://example.org/cache): the remote cache
`)
    ).toEqual(['Engineering > parser', 'Engineering > cache'])
  })
})
