// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { companyNameFromFile } from '../../../src/shared/import/file-name'
import { imported } from '../../fixtures/guides'

/**
 * Where a page does not say its company's name (issue 14, 2026-12-06, from h62's sweep of eight
 * new real team pages: five of them, imported as the README.md they are, were called "README").
 */
const company = (markdown: string, file: string): string =>
  imported(markdown, { file }).catalog.company.name

describe('a company the page does not name', () => {
  it('is not named after a conventional file name', () => {
    for (const file of [
      'README.md',
      'docs/_index.md',
      'index.md',
      'TEAMS.md',
      'catalog-info.yaml'
    ]) {
      expect(companyNameFromFile(file), file).toBe('Company')
    }
    // A name of the organization's own choosing is still the best guess there is.
    expect(companyNameFromFile('acme_corp-teams.csv')).toBe('Acme Corp Teams')
    expect(companyNameFromFile('.md')).toBe('Company')
  })

  it('is not named after a file named for its page, whatever its extensions', () => {
    for (const file of [
      'about.md',
      'sig-list.md',
      'who-does-what.md',
      'community-calls-working-groups.md',
      'source/team/team.html.md.erb'
    ]) {
      expect(companyNameFromFile(file), file).toBe('Company')
    }
    expect(companyNameFromFile('platform-engineering-team.html.md')).toBe(
      'Platform Engineering Team'
    )
  })

  const teamPage = (handles: string) => `# Growth team

We run experiments on sign-up and onboarding.

## How to reach us

- ${handles}
- #growth channel
`

  it("is the organization of the code host's team handles in the text", () => {
    expect(company(teamPage('Tag `@acme/growth` on GitHub issues'), 'README.md')).toBe('acme')
    // As the text writes it, where it does.
    expect(company(teamPage('Tag `@acme/growth` for Acme billing questions'), 'README.md')).toBe(
      'Acme'
    )
  })

  it('is not taken from handles of two organizations', () => {
    expect(company(teamPage('@acme/growth, or @other-org/payments'), 'README.md')).toBe('Company')
  })
})
