// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'

/**
 * A page whose people say who they are ("We are Brightline, a fintech…") names its company
 * there, however the rest of the page is written (session 18, h121). Names and wordings here
 * are invented.
 */
const company = (markdown: string): string =>
  imported(markdown, { file: 'README.md' }).catalog.company.name

describe('"We are X" in the prose', () => {
  it('names the company over a team the sentences write as a subject', () => {
    const page = `# Engineering

We are Quayside, a fintech startup helping small shops get paid faster.

## Payments

Payments owns card processing and payouts.

## Risk

Risk builds fraud models and reviews.
`
    expect(company(page)).toBe('Quayside')
  })

  it('names it in a contraction with a dash, over a list of teams', () => {
    const page = `# How we work

Hi! We're Quayside — a fintech company based in Lisbon. This page lists our teams.

- **Ledger**: keeps the books and reconciliation.
- **Onboarding**: merchant sign-up and KYC.
- **Mobile**: the iOS and Android apps.
`
    expect(company(page)).toBe('Quayside')
  })

  it('names it in a section over a table of teams, saying how many teams it has', () => {
    const page = `## About us

We are Quayside, a fintech of three teams.

| Team | Lead | Focus |
| --- | --- | --- |
| Payments | Ana Silva | card processing |
| Risk | Tom Berg | fraud models |
| Growth | Lee Park | referrals |
`
    expect(company(page)).toBe('Quayside')
  })

  it('names no company when the people name their team', () => {
    const page = `# Payments

We are Payments, the team that owns card processing at our company.

## Members

- Ana Silva
`
    expect(company(page)).not.toBe('Payments')
  })
})
