// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths, teamTechnologies } from '../../fixtures/imported-catalog'

/**
 * Technologies a team page names outside its stack list (issues 14/15, helper h53): in a table of
 * its projects, never in a table of its people; and a "Technology Vision" list is what the team
 * aims for, not its stack. Fixtures in those styles, not copied from any page.
 */
const page = (more: string): string => `# Packaging team

The Packaging team builds the installers of the product with Docker.

${more}`

describe('technologies in a team’s tables and aims', () => {
  it('reads the technologies a table of the team’s projects names', () => {
    const { catalog } = imported(
      page(`## Primary Projects

| Project | Repository | Description |
|---|---|---|
| Installer packages | example/installer | Packages for Ubuntu, Debian and CentOS |
| Cloud images | example/images | Images for the AWS marketplace |
`)
    )
    expect(teamTechnologies(catalog)['Packaging team']).toEqual(
      expect.arrayContaining(['Docker', 'Ubuntu', 'Debian', 'CentOS', 'AWS'])
    )
  })

  it('leaves out the employers and contacts of a table of the team’s people', () => {
    const { catalog } = imported(
      page(`## Team members

| Name | Company | Email |
|---|---|---|
| Ines Moro | Google | ines@example.org |
| Kai Berg | Red Hat | kai@example.org |
`)
    )
    expect(teamTechnologies(catalog)['Packaging team']).toEqual(['Docker'])
  })

  it('reads no stack from the sentences of a "Technology Vision" list', () => {
    const { catalog } = imported(
      page(`## Vision

### Technology Vision

- Every release installs safely and reliably
- Setting up a cluster is automated and simple
`)
    )
    expect(teamTechnologies(catalog)['Packaging team']).toEqual(['Docker'])
  })
})

describe('a page’s "Technology Choices"', () => {
  it('is the stack of the unit the page is about, not a team of its own', () => {
    const { catalog } = imported(`# Engineering Handbook

The purpose of this section is to standardize how our engineers work.

## Technology Choices

We support a few stacks well rather than every stack badly.

  * Python
  * Go
  * PostgreSQL

## Manuals

  * [Coding Standards](./CODING_STANDARDS.md)
  * [Operations](./OPERATIONS.md)
`)
    const paths = teamPaths(catalog)
    expect(paths).toHaveLength(1)
    expect(paths[0]).toMatch(/Engineering$/u)
    expect([...teamTechnologies(catalog).Engineering].sort()).toEqual([
      'Go',
      'PostgreSQL',
      'Python'
    ])
  })
})

describe('where a team talks and meets', () => {
  it('names no technology of the team', () => {
    const { catalog } = imported(
      page(`## Communication

The team communicates in writing via GitHub: issues and a common GitHub project.

## Meetings

Every Monday on Jitsi.
`)
    )
    expect(teamTechnologies(catalog)['Packaging team']).toEqual(['Docker'])
  })
})
