// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * An ownership page's table of shared work and who owns it ("Responsibility | Owner"), after a
 * section per team. Made up; fails without its rule (session 15, the opened sets 8 to 10).
 */
describe('a table of responsibilities and their owners', () => {
  const page = `# Team Ownership

## Shell Team (2-3 engineers)

Owns the shell, the SDK and the shared packages.

| Area | Path | Description |
|------|------|-------------|
| Shell | \`apps/shell/\` | Shell application |

## Wallet Team (3-4 engineers)

Owns the wallet plugins.

| Plugin | Path | Description |
|--------|------|-------------|
| Wallet | \`plugins/wallet/\` | Wallet management |

## Cross-Team Responsibilities

| Responsibility | Owner |
|---------------|-------|
| SDK API changes | Shell Team (requires RFC) |
| Shared UI components | Shell Team |
| Plugin database schemas | Owning plugin team |
| Documentation | All teams (own their area) |
`

  it('names work the teams do, not teams or areas of their own', () => {
    expect(teamPaths(imported(page).catalog)).toEqual([
      'Engineering > Shell Team',
      'Engineering > Wallet Team'
    ])
  })

  it('still reads a code-owners table ("Dialect | Owners") as owned areas', () => {
    const owners = `# Compiler Maintainers

| Dialect | Owners |
|---------|--------|
| Affine | @ada, @brook |
| Linalg | @cyd |
| Vector | @dee |
`
    expect(teamPaths(imported(owners).catalog)).toEqual(
      expect.arrayContaining([expect.stringMatching(/Affine$/u)])
    )
  })
})
