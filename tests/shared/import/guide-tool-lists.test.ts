// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importGuide } from '../../../src/shared/import/import-guide'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/** The teams a page gives, or none when the import finds no team. */
function teamNames(markdown: string): string[] {
  const result = importGuide(markdown, { file: 'guide.md' })
  return result.ok ? fileTeams(result.value.catalog).map((team) => team.name) : []
}

/**
 * Lists of bold labels that are not teams (session 21 sweep, from a real agency's page on the
 * collaboration tools it uses: a heading per kind of tool, each over "**IF** … **THEN** …"
 * workarounds and a list of other products, "**Name:** Name provides …", which gave fourteen
 * teams). Fixtures made up.
 */
describe('bold-label lists that are not teams', () => {
  it('reads no team from a list whose bold label repeats, as conditions do', () => {
    const page = `# Working with partners

## Sharing documents

We share documents in our drive.

- **IF** the partner cannot open the drive, **THEN** send the files by mail.
- **IF** the files are too large for mail, **THEN** use the exchange service.
`
    // (The page may still be read as one team's, titled so: that is no part of this rule.)
    expect(teamNames(page)).not.toContain('IF')
  })

  it('reads no team from a list of products each defined as a tool or a service', () => {
    const page = `# Working with partners

## Video calls

Calls keep a spread-out team connected.

- **Quillcast:** Quillcast provides video calls and screen sharing for large groups.
- **Meetly:** a browser-based meeting service with dial-in numbers.
- **Tandem Rooms:** Tandem Rooms is the conferencing app partners often already have.
`
    const names = teamNames(page)
    for (const product of ['Quillcast', 'Meetly', 'Tandem Rooms'])
      expect(names).not.toContain(product)
  })

  it('still reads bold-label teams whose lines say what they own', () => {
    const page = `# Platform

## Our teams

- **Runtime:** owns the build service and the deploy pipeline.
- **Storage:** runs the databases and the backup service.
- **Edge:** maintains the proxy platform and its certificates.
`
    expect(fileTeams(imported(page).catalog).map((team) => team.name)).toEqual([
      'Runtime',
      'Storage',
      'Edge'
    ])
  })

  it('still reads bold-label teams under a plain heading', () => {
    const page = `# Platform

## Who does what

- **Runtime:** the team behind the build service and the deploy pipeline.
- **Storage:** runs the databases and the backup service.
- **Edge:** maintains the proxy platform and its certificates.
`
    expect(fileTeams(imported(page).catalog).map((team) => team.name)).toEqual([
      'Runtime',
      'Storage',
      'Edge'
    ])
  })
})
