// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { writtenApart, writtenAsCommonWord } from '../../../src/shared/import/guide-company'
import { companyNameFromFile } from '../../../src/shared/import/file-name'
import { titleKind } from '../../../src/shared/import/section-headings'
import { departmentsPage, imported } from '../../fixtures/guides'

/**
 * Words a page uses that are no organization's name (issue 14, 2026-12-06: thirteen dev guides
 * showed a wrong company on the chart's root, "Agile", "Feature", "Detailed", "Definitions",
 * "About", "MVP", "BDU", "Bureau", "Proteus", "Compiler rt", "BC", "Microsoft"…). The placeholder
 * with its note is better than a wrong name. Names and wordings here are invented.
 */
const company = (markdown: string, file = 'README.md'): string =>
  imported(markdown, { file }).catalog.company.name

describe("the prose's names that are no organization", () => {
  it('is no word the page writes after "a" or "an"', () => {
    // "the Pilot project" alone would name Pilot; "a Pilot" says it is a common noun.
    const opening =
      'We start with a Pilot that is thrown away later. Results of the Pilot project are reviewed by the Pilot board.'
    expect(company(departmentsPage(opening))).toBe('Company')
    // A name written as a modifier after "a" is still a name: "a Zentrova cluster".
    expect(
      company(departmentsPage('Life at Zentrova is calm. Each team runs a Zentrova cluster.'))
    ).toBe('Zentrova')
  })

  it('is no unit or common noun written with "the" before its possessive', () => {
    const opening = "The Office's shared tools serve every desk. Ask in the Office's channel."
    expect(company(departmentsPage(opening))).toBe('Company')
    // Without "the", the possessive still names the organization.
    expect(
      company(
        departmentsPage("Zentrova's shared tools serve every desk. Ask in Zentrova's channel.")
      )
    ).toBe('Zentrova')
  })

  it('is no word opening a sentence before "project"', () => {
    const opening =
      'Thorough project notes live in the wiki. Thorough project reviews happen monthly.'
    expect(company(departmentsPage(opening))).toBe('Company')
  })

  it('is not the first word of a longer name', () => {
    const opening = 'The following people are members of the Release Tooling group.'
    expect(company(departmentsPage(opening))).not.toBe('Release')
  })

  it("is no place's name", () => {
    const opening =
      "The Province of Arden pays for the service. Arden's residents use it every day, and Arden's ministries too."
    expect(company(departmentsPage(opening))).toBe('Company')
  })

  it('is no function word after "at"', () => {
    const page = `# Platform Engineer

We are hiring a platform engineer to run our clusters. Read more about us at About us.

## What you will do

- Run the clusters
- Build internal tools
`
    expect(company(page, 'platform-engineer.md')).not.toBe('About')
  })
})

describe("the title's words that are no organization", () => {
  it('keeps a hyphen that joins two words of a name', () => {
    expect(titleKind('Libfoo-rt maintainers', false)).toMatchObject({
      role: 'company',
      name: 'Libfoo-rt'
    })
    // A dash between spaces still separates the title's parts.
    expect(titleKind('Northwind - Teams', false)).toMatchObject({
      role: 'company',
      name: 'Northwind'
    })
  })

  it("is not a word the text writes only before the title's word, in either number", () => {
    expect(
      writtenApart(
        'Lean',
        'Lean Circles',
        '# Lean Circles\n\nWe borrow the Lean Circle idea.\n\n[Lean Circles](https://example.org)'
      )
    ).toBe(false)
    const page = `# Lean Circles

Our company borrows the idea of a Lean Circle from other consultancies.

## Directory

1. Sales Circle - #sales - Members: Ana, Bo
1. Design Circle - #design - Members: Cy, Di

## Reading

1. [Lean Circles explained](https://example.org/lean-circles)
`
    expect(company(page)).not.toBe('Lean')
  })

  it('is not a word the text writes only in lower case', () => {
    expect(
      writtenAsCommonWord(
        'Charters',
        'Working Group Charters',
        '# Working Group Charters\n\nThis page keeps their charters.'
      )
    ).toBe(true)
    // A name with a hyphen is a name however the text cases it ("the libfoo-rt library").
    expect(
      writtenAsCommonWord(
        'Libfoo-rt',
        'Libfoo-rt maintainers',
        '# Libfoo-rt maintainers\n\nThe maintainers of libfoo-rt.'
      )
    ).toBe(false)
    expect(
      company(`# Working Group Charters

This page keeps the list of our working groups and their charters.

## Storage

The storage working group owns the disks.

## Network

The network working group owns the routers.
`)
    ).not.toBe('Charters')
  })
})

describe('a file named after its page', () => {
  it('names the page, not the organization', () => {
    expect(companyNameFromFile('docs/teams/falcon.md', 'Team Falcon')).toBe('Company')
    expect(companyNameFromFile('release-board.md', 'Release Board')).toBe('Company')
    // Words for a page count as the title's ("career-…" over a job's title).
    expect(companyNameFromFile('career-data-engineer.md', 'Software / Data Engineer')).toBe(
      'Company'
    )
    // A file whose words the title does not use is still the best guess there is.
    expect(companyNameFromFile('northwind-teams.md', 'Team Falcon')).toBe('Northwind Teams')
  })

  it('leaves the placeholder and its note', () => {
    const page = `# Team Falcon

Team Falcon is a delivery team working on the data platform.

## Members

- Ana Lind
- Bo Park
`
    const plan = imported(page, { file: 'docs/teams/falcon.md' })
    expect(plan.catalog.company.name).toBe('Company')
    expect(plan.notes.map((note) => note.message)).toContainEqual(
      expect.stringMatching(/does not name the company/u)
    )
  })
})

describe("the links' names that are no organization", () => {
  it('is none the page only cites under its references', () => {
    const page = `# Craft Circles

The circles of our consultancy meet monthly.

## Circles

- Design Circle - meets monthly
- Delivery Circle - meets weekly

## Referenced resources

1. [Orbitly Circles](https://github.com/orbitly/community/blob/main/circles.md)
1. [Orbitly Circle Rules](https://github.com/orbitly/community/blob/main/rules.md)
1. [Orbitly Circle Creation](https://github.com/orbitly/community/blob/main/creation.md)
`
    expect(company(page)).not.toBe('Orbitly')
  })

  it("is no government's place code", () => {
    const links = ['permits', 'parks', 'roads', 'water']
      .map((site) => `- [${site}](https://${site}.gov.qx.ca/)`)
      .join('\n')
    const page = `# Teams

Teams from across the QX public service.

${links}

## Permits

The permits team builds the permit portal for QX residents.

## Parks

The parks team books campsites across QX.
`
    expect(company(page)).not.toBe('QX')
  })
})

describe("the people's e-mail domain", () => {
  it("names no organization where the page gives each person's company", () => {
    const page = `# Working groups

## Storage

The storage group owns the disks.

## Network

The network group owns the routers.

## Contacts

| Name | Company | Email |
| --- | --- | --- |
| Ana Lind | Quorvel | ana@quorvel.com |
| Bo Park | Quorvel | bo@quorvel.com |
| Cy Mora | Independent | cy@mailbox.org |
`
    expect(company(page)).not.toBe('Quorvel')
    // The same people without the column still name it, as before.
    expect(company(page.replace(/ Company \|/u, ' Team |'))).toBe('Quorvel')
  })
})
