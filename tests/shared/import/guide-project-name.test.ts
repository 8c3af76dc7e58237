// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'

/**
 * Rules kept by cross-validation (issue 14, 2026-12-05, helper h51): a maintainers file with no
 * title was named after its file ("Vllm MAINTAINERS"). Fixtures in the style of such files.
 */

const company = (markdown: string): string => imported(markdown).catalog.company.name

describe('the project a maintainers file names', () => {
  it('takes it from "patches for a particular part of …"', () => {
    const page = `This file is a list of the people responsible for ensuring that patches for a
particular part of Acme are reviewed.

N: Ana Lee
E: ana@example.com
D: Parser

N: Bo Chen
E: bo@example.com
D: Runtime
`
    expect(company(page)).toBe('Acme')
  })

  it('takes it from "the … MAINTAINERS file" and "maintainers in the … project"', () => {
    const records = `
Boot loader
M: Ana Lee <ana@example.com>
S: Maintained

Flash drivers
M: Bo Chen <bo@example.com>
S: Supported
`
    expect(company(`Here is the acmeDB MAINTAINERS file.\n${records}`)).toBe('acmeDB')
    expect(company(`Maintainers in the ACME-OS project\n\n${records}`)).toBe('ACME-OS')
  })

  it('takes it from the links most of the page leads to, as the text writes it', () => {
    const page = `# Teams

- **Parser**: owns the [grammar](https://42labs.example/parser) of 42Labs' language.
- **Runtime**: owns the [VM](https://42labs.example/vm) and its [GC](https://42labs.example/gc).
`
    expect(company(page)).toBe('42Labs')
  })

  it('does not take a project a team only contributes to', () => {
    const page = `We contribute upstream to the Git project every week.

## Storage

Owns the storage layer: the Gitaly service and its replication.
`
    expect(company(page)).not.toBe('Git')
  })
})

describe('a page of teams named by their code host handles', () => {
  it('names the company after the organization the handles share, as the text writes it', () => {
    const page = `# People

* Ana Lee, Acme (@ana)

# \`@acme/admins\`

* @ana

# \`@acme/developers\`

* @ana
`
    expect(company(page)).toBe('Acme')
  })
})
