// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importGuide } from '../../../src/shared/import/import-guide'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * Rules kept by cross-validation (issue 14, 2026-12-05, helper h51): maintainers files that
 * imported as "no teams found" or nearly nothing, because they write their areas as records of
 * one-letter fields (the Linux kernel's MAINTAINERS, LLVM's CODE_OWNERS), as tables without
 * leading pipes, or under setext headings. Each fixture is written in the style of those files
 * (and of the formats' own descriptions), not copied from one, and fails without its rule.
 */

function structure(markdown: string): string[] {
  return teamPaths(imported(markdown).catalog)
}

const names = (markdown: string): string[] =>
  structure(markdown).map((path) => path.split(' > ').at(-1)!)

describe('kernel-style MAINTAINERS records', () => {
  const legend = `Maintainers of the Acme firmware.

Descriptions of section entries:

\tM: Mail patches to: FullName <address@domain>
\tR: Designated reviewer: FullName <address@domain>
\tS: Status, one of Supported, Maintained, Orphan
\tF: Files and directories with wildcard patterns.
`

  it('reads each record of a page with no heading as the area its name line names', () => {
    const page = `${legend}
Boot loader
M:\tAna Lee <ana@example.com>
R:\tBo Chen <bo@example.com> [@bochen]
S:\tMaintained
F:\tboot/

Flash drivers
M:\tCy Diaz <cy@example.com>
S:\tSupported
F:\tdrivers/flash/
F:\tinclude/flash.h

Legacy board
S:\tOrphan
F:\tboards/legacy/

THE REST
M:\tDee Park <dee@example.com>
L:\tfirmware@lists.example.com
S:\tMaintained
F:\t*
`
    // An orphaned record keeps no one: it is no area the file routes work to.
    expect(names(page)).toEqual(['Boot loader', 'Flash drivers', 'THE REST'])
  })

  it('groups the records under the setext heading that holds them', () => {
    const page = `Acme Maintainers
================

Project administration
----------------------

Releases
M: Ana Lee <ana@example.com>
S: Supported
F: VERSION

Architectures:
--------------

ARM
M: Bo Chen <bo@example.com>
S: Supported
F: arm/

RISC-V
M: Cy Diaz <cy@example.com>
R: Dee Park <dee@example.com>
S: Maintained
F: riscv/
`
    const paths = structure(page)
    expect(paths.map((path) => path.split(' > ').at(-1))).toEqual(['Releases', 'ARM', 'RISC-V'])
    expect(paths.filter((path) => path.includes('Architectures'))).toHaveLength(2)
  })

  it('leaves a paragraph that only mentions a field alone', () => {
    const page = `# Teams

## Payments
Owns the checkout.
M: this line is prose that happens to start like a field.
`
    expect(names(page)).toEqual(['Payments'])
  })
})

describe('records under the heading that names their area', () => {
  it('reads reStructuredText field lists (":M:") under setext headings as areas', () => {
    const page = `Maintainers
===========

All contributions are merged by the maintainers listed below; ownership of some parts is
delegated to the sub-maintainers listed below.

Sending patches
---------------

Send each patch to the list and to the maintainers of the area it touches.

Reporting bugs
--------------

Open an issue with the version and the steps to reproduce it.

Release schedule
----------------

A release every six weeks, from the main branch.

Main maintainers
----------------
:M: Ana Lee <ana@example.com>
:G: \`ana-lee\`_
:M: Bo Chen <bo@example.com>

Console API framework
---------------------
:M: Cy Diaz <cy@example.com>
:G: \`cydiaz\`_
:F: drivers/console/

eMMC/UFS drivers
----------------
:M: Dee Park <dee@example.com>
:F: drivers/ufs/
`
    // "Main maintainers" ranks people; it is no area.
    expect(names(page)).toEqual(['Console API framework', 'eMMC/UFS drivers'])
  })

  it('reads kernel-style fields under markdown headings as areas, beside process sections', () => {
    const page = `# Acme maintainers

## Sending patches

Send each patch to the list and to the maintainers of the area it touches.

## Reporting bugs

Open an issue with the version and the steps to reproduce it.

## Release schedule

A release every six weeks, from the main branch.

### Boot loader
M: Ana Lee <ana@example.com>
S: Maintained
F: boot/

### Flash drivers
M: Bo Chen <bo@example.com>
R: Cy Diaz <cy@example.com>
S: Supported
F: drivers/flash/
`
    expect(names(page)).toEqual(['Boot loader', 'Flash drivers'])
  })
})

describe('the heading over a whole list of records', () => {
  const records = `ARM
M: Ana Lee <ana@example.com>
F: arm/

X86
M: Bo Chen <bo@example.com>
F: x86/
`

  it('reads records under a "Maintainers" heading, whose words name people', () => {
    expect(names(`# Acme\n\n## Maintainers\n\n${records}`)).toEqual(['ARM', 'X86'])
  })

  it('makes no unit of a heading that names the list ("Maintainers List")', () => {
    const paths = structure(`List of maintainers\n===\n\nMaintainers List\n---\n\n${records}`)
    expect(paths.some((path) => path.includes('Maintainers List'))).toBe(false)
    expect(paths.map((path) => path.split(' > ').at(-1))).toEqual(['ARM', 'X86'])
  })
})

describe('records written without blank lines between them', () => {
  it('starts a record at each name line, fields indented or not', () => {
    const page = `Maintainers of Acme, by area:

Boot loader
  M: Ana Lee <ana@example.com>
  S: Maintained
Flash drivers
  M: Bo Chen <bo@example.com>
  F: drivers/flash/
`
    expect(names(page)).toEqual(['Boot loader', 'Flash drivers'])
  })

  it("starts a person's record at each repeated N: line", () => {
    const page = `This file lists the people responsible for ensuring that patches for a
particular part of Acme are reviewed.

N: Ana Lee
E: ana@example.com
D: Parser
N: Bo Chen
E: bo@example.com
D: Runtime
`
    expect(names(page)).toEqual(['Parser', 'Runtime'])
  })
})

describe('LLVM-style CODE_OWNERS records', () => {
  it('reads what each person gates (D:) as an area, on a page with no heading', () => {
    const page = `This file lists the people responsible for ensuring that patches for a
particular part of Acme are reviewed.

The fields are: name (N), email (E), web-address (W), description (D).

N: Ana Lee
E: ana@example.com
D: Parser and AST

N: Bo Chen
E: bo@example.com
W: https://bo.example.com
D: Code generation
`
    expect(names(page)).toEqual(['Parser and AST', 'Code generation'])
  })
})

describe('records of people under area headings', () => {
  it('reads a setext heading over P:/M: records of its people as an area', () => {
    const page = `Acme MAINTAINERS file, after the Linux kernel's.

Fields
======

P: Person
M: Mail patches to this address
S: Status

Drivers
=======

P: Ana Lee
M: ana@example.com
S: Maintained: serial, usb

P: Bo Chen
M: bo@example.com
S: Maintained: network

Packaging
=========

P: Cy Diaz
M: cy@example.com
S: Maintained: Debian packages
`
    expect(names(page)).toEqual(['Drivers', 'Packaging'])
  })
})

describe('"Area: owners" lines with no list markers', () => {
  it('reads each line naming an area and its owners as an area, on a page with no heading', () => {
    const page = `The owners of each area of the Acme code:

Parser: Ana Lee <ana@example.com>
Runtime: @bo, @cy
Docs and website: Dee Park (@dee)
`
    expect(names(page)).toEqual(['Parser', 'Runtime', 'Docs and website'])
  })

  it("leaves a team's own field lines (lead, PM, e-mail) to the team", () => {
    const page = `# Payments team

Owns the checkout and the refunds service.

Lead: @ana
PM: Bo Chen <bo@example.com>
Email: payments@example.com
`
    expect(names(page)).toEqual(['Payments team'])
  })
})

describe('owned-area tables written loosely', () => {
  it('reads a table without leading pipes on a page with no heading', () => {
    const page = `The following is a list of owners for different areas of the Acme code.

Area | Owner(s) | Github Handles
-- | -- | --
Accessibility | Ana Lee | @ana
Command line | Bo Chen, Cy Diaz | @bo, @cy
\`acme.exe\` | Dee Park | @dee
`
    expect(names(page)).toEqual(['Accessibility', 'Command line', 'acme.exe'])
  })

  it('reads the first column as the areas when only the owners column is headed', () => {
    const page = `# Acme Code Ownership

| Dialect | Owners (github alias) |
| --- | --- |
| Parser | Ana Lee (ana) |
| Optimizer | Bo Chen (bo) |
`
    // "Code Ownership" names the page: the areas stand under no division of that name.
    expect(structure(page)).toEqual(['Engineering > Parser', 'Engineering > Optimizer'])
  })

  it('leaves a table of people and what they own to the people reading', () => {
    const page = `# Acme

## People

| Handle | Owner of |
| --- | --- |
| @ana | the parser |
| @bo | the optimizer |

## Teams

- **Compiler**: owns the parser and the optimizer.
`
    expect(names(page)).not.toContain('@ana')
  })
})

describe('a maintainers page titled only "Members"', () => {
  it('names its one team after the section of people still serving', () => {
    const page = `# Members

## Project Maintainers

- Ana Lee, Acme (@ana)
- Bo Chen, Acme (@bo)

## Emeritus Maintainers

- Cy Diaz, Acme (@cy)
`
    expect(names(page)).toEqual(['Project Maintainers'])
  })
})

describe('a page that still holds no team', () => {
  it('says what the page holds and where, not only that no team was found', () => {
    const result = importGuide(
      `Some notes about the project.

| Release | Date |
| --- | --- |
| 1.0 | 2020 |
`,
      { file: 'notes.md' }
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors[0].message).toMatch(/table/u)
    expect(result.errors[0].line).toBe(3)
  })
})
