// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * A page's legal terms ("## License" over "### Font Exception" and "### Notices in Source
 * Files") say what may be done with the project's work; no team is there (issue 14, session 15,
 * from the opened sets: a community page's licence section gave two teams, its sub-sections
 * read as teams beside the page's real ones). Made-up pages.
 */
const names = (markdown: string): string[] =>
  teamPaths(imported(markdown).catalog).map((path) => path.split(' > ').at(-1)!)

const page = (legal: string) => `# Heron Community

## Groups

### Compiler Group

The Compiler Group owns the parser and the code generator. It reviews every change to them.

- parser
- codegen

### Tooling Group

The Tooling Group owns the formatter and the language server.

- formatter
- language server

## ${legal}

Heron is under an open licence that allows broad use of its compiler and libraries.

### Font Exception

The bundled fonts may be shipped with any program built with Heron, without attribution.

### Notices in Source Files

Every source file must open with a comment block that names the licence and its holders. Each
contributor is responsible for adding the notice to the files they write.
`

describe("a page's legal terms", () => {
  it.for(['License', 'Licence', 'Licenses', 'Copyright and Trademarks', 'Copyright'])(
    'read "## %s" and its sub-sections as no team',
    (legal) => {
      const got = names(page(legal))
      expect(got).toEqual(expect.arrayContaining(['Compiler', 'Tooling']))
      expect(got).not.toContain('Font Exception')
      expect(got).not.toContain('Notices in Source Files')
    }
  )

  it('says why it left them out', () => {
    const notes = imported(page('License')).notes.map((note) => note.message)
    expect(notes).toContain('skipped "License": reads as licence or copyright terms, not a team')
  })

  it('still reads a team named for licensing work', () => {
    const teams = `# Heron Sales

## Teams

### Licensing Team

The Licensing Team sells and renews the enterprise licences.

- renewals
- contracts

### Partner Team

The Partner Team signs resellers.

- resellers
`
    expect(names(teams)).toEqual(['Licensing Team', 'Partner Team'])
  })
})
