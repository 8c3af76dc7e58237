// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * MyST cross-references in a Sphinx site's team table (h144 sweep: a Linux distribution's
 * engineering teams, "| {ref}`desktop-team` | Handle all of the packages … |" and
 * "{ref}`HPC Team <hpc-team>`", were read as teams named "{ref}desktop-team" and "{ref}HPC Team
 * <hpc-team>"). A role is markup: the page shows the link's title, written before the target
 * in angle brackets, or the target's section title, which its label spells as words.
 */
const page = `| Team Name | Responsibility |
|-----------|----------------|
| {ref}\`mirrors-team\` | Keep the package mirrors in sync across regions. |
| {ref}\`Build Farm Team <build-farm-team>\` | Run the builders that compile every package. |
| {ref}\`qa-team\` | Test every release candidate before it ships. |
| {doc}\`Translations <teams/translations>\` | Translate the installer and the desktop. |
`

describe('MyST roles in the names of teams', () => {
  it('reads the title a role shows, or the words its label spells', () => {
    const names = fileTeams(imported(page).catalog).map((team) => team.name)
    expect(names).toEqual(['Mirrors Team', 'Build Farm Team', 'QA Team', 'Translations'])
  })
})
