// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { mailOrganizationKey } from '../../../src/shared/import/project-name'
import { imported } from '../../fixtures/guides'

/**
 * A page whose people write from one organization's domain ("ana@quorvel.com") is that
 * organization's, as its text writes the name (issue 14, 2026-12-06: a dev page of projects
 * using a design system named its company only there and in product names). Invented names.
 */
const company = (markdown: string): string =>
  imported(markdown, { file: 'TEAMS.md' }).catalog.company.name

const page = (a: string, b: string, c: string) => `# Adopters

| Team | Description | Contact |
| --- | --- | --- |
| Billing | Quorvel Billing invoices | Ana Lind <${a}> |
| Ledger | The ledger desk | Bo Park <${b}> |
| Stock | The stock web app | Cy Mora <${c}> |
`

describe('the domain of most e-mail addresses', () => {
  it('names the organization as the text writes it', () => {
    expect(company(page('ana@quorvel.com', 'bo@quorvel.com', 'cy@mail.quorvel.com'))).toBe(
      'Quorvel'
    )
  })

  it('names nothing at mail providers, at many places, or when the text never writes it', () => {
    expect(mailOrganizationKey('ana@gmail.com, bo@gmail.com, cy@gmail.com')).toBeUndefined()
    expect(mailOrganizationKey('ana@one.org, bo@two.org, cy@three.org')).toBeUndefined()
    expect(company(page('ana@tessaly.com', 'bo@tessaly.com', 'cy@tessaly.com'))).toBe('Company')
  })
})
