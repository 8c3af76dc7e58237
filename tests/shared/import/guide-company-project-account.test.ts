// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'

/**
 * A project whose code-host account carries "-project" ("github.com/kyma-project", as
 * "gitlab-org" and "acme-labs" carry theirs) is named by it: the account is the project's own
 * (issue 14, 2026-12-06, seen on a dev page whose links all lead to such an account). Names here
 * are invented.
 */
const company = (markdown: string): string =>
  imported(markdown, { file: 'README.md' }).catalog.company.name

const page = (owner: string) => `# Working groups

Groups meet every week.

## Docs

Writes the Wendle guides. Code: [docs](https://github.com/${owner}/docs).

## Runtime

Builds the runtime. Code: [runtime](https://github.com/${owner}/runtime).

## Tooling

Builds the tools. Code: [cli](https://github.com/${owner}/cli).
`

describe('a code-host account named "<name>-project"', () => {
  it('names the organization the text writes', () => {
    expect(company(page('wendle-project'))).toBe('Wendle')
    expect(company(page('wendle'))).toBe('Wendle')
  })

  it('names nothing when the text never writes the name', () => {
    expect(company(page('tarsk-project'))).not.toBe('Tarsk')
  })
})
