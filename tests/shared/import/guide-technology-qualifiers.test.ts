// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamNamed } from '../../fixtures/imported-catalog'

/**
 * Names written as part of something else (session 15, the opened sets 8 to 10): a dot-file's
 * name in a path, a name qualifying the technology after it. Made-up pages; each fails without
 * its rule.
 */

const uses = (page: string, team: string): string[] => {
  const found = teamNamed(imported(page).catalog, team)
  return [...found.stack, ...found.mentions]
}

describe('a name that starts a dot-file or dot-directory in a path', () => {
  it('names where the configuration is, not what the team uses', () => {
    const page = `# Ownership

## Shell Team

Owns the shell and the shared packages.

| Area | Path | Description |
|------|------|-------------|
| Shell | \`apps/shell/\` | Next.js shell application |
| CI | \`.github/workflows/\` | CI pipelines |
| Lint | \`.gitlab-ci.yml\` | Pipeline definitions |

## Wallet Team

Owns the wallet plugins.

| Plugin | Path | Description |
|--------|------|-------------|
| Wallet | \`plugins/wallet/\` | Wallet management |
`
    const shell = uses(page, 'Shell Team')
    expect(shell).toContain('Next.js')
    expect(shell).not.toContain('GitHub')
    expect(shell).not.toContain('GitLab')
  })

  it('keeps a name written with its own dot and capitals (".NET") or after a word', () => {
    const page = `# Shell Team

The Shell team builds its services on .NET and keeps its code on GitHub.

## Responsibilities

- The shell
`
    expect(uses(page, 'Shell Team')).toEqual(expect.arrayContaining(['.NET', 'GitHub']))
  })
})

describe("an everyday word going on into a technology's name", () => {
  it('qualifies it ("Windows PowerShell"): the technology beside it vouches for no more', () => {
    const page = `# Tooling

## Module Team

The Module team keeps compatibility with Windows PowerShell and ships modules written in C#.

- The module loader

## Shell Team

The Shell team owns the console and its Markdown rendering, written in C#.

- The console
`
    const module = uses(page, 'Module Team')
    expect(module).toEqual(expect.arrayContaining(['PowerShell', 'C#']))
    expect(module).not.toContain('Windows')
  })

  it('still counts it when the text says it is used ("runs on Windows and Linux")', () => {
    const page = `# Module Team

The Module team ships modules written in C# that run on Windows and Linux.

## Responsibilities

- The module loader
`
    expect(uses(page, 'Module Team')).toEqual(expect.arrayContaining(['Windows', 'Linux']))
  })
})

describe('a verb of running or checking software, then its tool ("deployed by Flux")', () => {
  it('is the technical context an everyday word needs', () => {
    const page = `# Team Osprey

Team Osprey is a delivery team working on the ledger platform.

## Definition of Done

* App deployment written and deployed by Flux
* Nightly jobs scheduled with Airflow
* The flux of requests is served by the cache
`
    expect(uses(page, 'Team Osprey')).toEqual(expect.arrayContaining(['Flux', 'Airflow']))
  })
})

describe('a name before "license"', () => {
  it('is a product the team holds a licence to after "a" or "our", a licence after "the"', () => {
    const page = `# Team Osprey

Team Osprey builds the ledger's services in Kotlin. We have a Codecov license for coverage.
All Osprey code is published under the Apache License.

## Responsibilities

- The ledger
`
    const found = uses(page, 'Team Osprey')
    expect(found).toEqual(expect.arrayContaining(['Kotlin', 'Codecov']))
    expect(found).not.toContain('Apache')
  })
})

describe('an everyday word before "documentation" or "docs"', () => {
  it("is a technology's name: its documentation is technical", () => {
    const page = `# Team Osprey

We document everything: rustdoc for Rust documentation, and the Swift docs for the app.

## Responsibilities

- The ledger
`
    expect(uses(page, 'Team Osprey')).toEqual(expect.arrayContaining(['Rust', 'Swift']))
  })
})
