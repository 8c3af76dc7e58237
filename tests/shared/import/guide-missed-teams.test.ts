// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * Rules kept by cross-validation (issue 14, 2026-12-05, helper h36): written from the errors of
 * half of sixteen swept pages (working-group and SIG lists, team tables, people beside teams)
 * and kept only when the other half did not get worse. Weighted to teams the importer did not
 * find at all. Each fixture is written in the style of those pages, not copied from them, and
 * fails without its rule.
 */

/** The catalog's teams as "Division > … > Team", the made-up "Engineering" division left in. */
function structure(markdown: string): string[] {
  return teamPaths(imported(markdown).catalog)
}

describe('a list of working groups under a "Working Groups" heading', () => {
  const page = `# Acme Project Governance

Acme is run by working groups.

## Working Groups

* [Docs WG](wg-docs)
  * [Overview](wg-docs/README.md)
  * [Meeting Notes](wg-docs/notes)
* [Release WG](wg-release)
  * [Overview](wg-release/README.md)
  * [Repositories](wg-release/repos.md)
  * [Meeting Notes](wg-release/notes)
* [Security WG](wg-security)
  * [Overview](wg-security/README.md)
  * [Meeting Notes](wg-security/notes)

## How to join a working group?

* **Read the charter** of the group first.
* **Come to a meeting** and say hello.

## Contents

* [Starting a working group](#starting)
* [Closing a working group](#closing)
`
  it('reads each linked group as a team, and the links repeated under each as its pages', () => {
    const names = structure(page).map((path) => path.split(' > ').at(-1))
    expect(names).toEqual(['Docs WG', 'Release WG', 'Security WG'])
  })
})

describe('names framed by escaped emphasis a converter left behind', () => {
  it('reads "\\*\\*\\*\\*[**Name**](url)\\*\\*\\*\\*" items as the linked names they frame', () => {
    const page = `# Acme Working Groups

### Our Working Groups

Working Groups around **Data**

* [**Ingest**](https://github.com/acme/wg-ingest)
* \\*\\*\\*\\*[**Quality & Trust**](https://github.com/acme/wg-quality)\\*\\*\\*\\*
* \\*\\*\\*\\*[**Retention**](https://github.com/acme/wg-retention)\\*\\*\\*\\*
`
    const names = structure(page).map((path) => path.split(' > ').at(-1))
    expect(names).toEqual(['Ingest', 'Quality & Trust', 'Retention'])
  })
})

describe('a heading naming the list of groups ("SIG List", "WG lists")', () => {
  it('reads the groups of a "SIG List" table as teams of the page, not of a "SIG List" unit', () => {
    const page = `### Special Interest Group List
| Name      | Label     | Chairs   |
|-----------|-----------|----------|
| Runtime   | runtime   | Ana Diaz |
| Gateway   | gateway   | Bo Lind  |

### Working Group List
| Name | Label | Organizers |
|------|-------|------------|
| XXX  | XXX   | XXX        |
`
    expect(structure(page)).toEqual(['Engineering > Runtime', 'Engineering > Gateway'])
  })

  it('reads a group named only in the list, and each group once when a table names it again', () => {
    const page = `# Acme Working Groups

## WG lists

- [Runtime WG](wg-runtime.md)
- Gateway WG
- Website WG

## WG leads

| Group   | Lead                             | Description          |
| ------- | -------------------------------- | -------------------- |
| Runtime | [ana](https://github.com/ana)    | The runtime and SDKs |
| Gateway | [bo](https://github.com/bo)      | Ingress and routing  |
`
    const names = structure(page).map((path) => path.split(' > ').at(-1))
    expect(names).toEqual(['Runtime', 'Gateway', 'Website WG'])
  })
})

describe('a title "<Organization> Governance"', () => {
  const page = `# Acme Governance

Acme is governed by working groups.

## Working Groups

* [Docs WG](wg-docs)
* [Release WG](wg-release)
`
  it('names the organization, not a unit above its working groups', () => {
    expect(imported(page).catalog.company.name).toBe('Acme')
    expect(structure(page)).toEqual(['Engineering > Docs WG', 'Engineering > Release WG'])
  })
})

describe('a one-team page titled "… Governance"', () => {
  it('stays the page of that team', () => {
    const page = `# Data Governance

The team owns the data catalog and maintains the retention policies.

## Members

- Ana Diaz
`
    expect(structure(page)).toEqual(['Engineering > Data Governance'])
  })
})
