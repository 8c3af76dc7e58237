// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

describe("a maintainers file's table of people with a sector or domain column", () => {
  it('reads each sector once as an area its people keep, a standing ("Founder") as none', () => {
    const plan = imported(`Maintainers
===========

Quillfeather is maintained by a group of trusted contributors.

| Name | Sector | GitHub | email
|------|--------|--------|------
| Ada Brook | Founder | [@abrook](https://github.com/abrook) | <ada@example.org>
| Ben Carter | Rendering | [@bcarter](https://github.com/bcarter) |
| Cleo Diaz | Rendering | [@cdiaz](https://github.com/cdiaz) |
| Dan Evans | Sync / Storage | [@devans](https://github.com/devans) |
| Eli Fox | Plugins | [@efox](https://github.com/efox) |
`)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual([
      'Rendering',
      'Sync / Storage',
      'Plugins'
    ])
  })

  it('reads a "Domain" column the same way', () => {
    const plan = imported(`# Maintainers

| Name | Domain | GitHub |
|------|--------|--------|
| Ben Carter | Billing | [@bcarter](https://github.com/bcarter) |
| Cleo Diaz | Search | [@cdiaz](https://github.com/cdiaz) |
`)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual(['Billing', 'Search'])
  })
})
