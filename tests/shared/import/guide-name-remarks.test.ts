// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'
import { nameBases, teamNameAsRead } from '../../../src/shared/import/team-name'

/**
 * A team heading's trailing remark that opens with a lower-case word ("Deploy (incorporating the
 * night shifts)") is a sentence about the team, not part of its name (issue 14, session
 * 15, from the opened sets: a division's page wrote one of its team headings so, and the team
 * matched no name its page and labels give it). Made-up names.
 */
describe('a trailing remark in lower case', () => {
  it('is no part of the name', () => {
    expect(teamNameAsRead('Deploy (incorporating the night shifts)', [])).toBe('Deploy')
    expect(teamNameAsRead('Billing (part of Payments)', [])).toBe('Billing')
    expect(teamNameAsRead('Search (new)', [])).toBe('Search')
    expect(teamNameAsRead('Ledger (e.g. the books)', [])).toBe('Ledger')
  })

  it('leaves a remark that opens with a capital or a name written in lower case first', () => {
    expect(teamNameAsRead('Cloud (Managed Instances)', [])).toBe('Cloud (Managed Instances)')
    expect(teamNameAsRead('Widgets (jQuery plugins)', [])).toBe('Widgets (jQuery plugins)')
    expect(teamNameAsRead('(internal tools)', [])).toBe('(internal tools)')
  })

  it('stays when another team beside it has the same name before its remark', () => {
    const beside = nameBases(['Payments (web)', 'Payments (mobile)'])
    expect(teamNameAsRead('Payments (web)', [], beside)).toBe('Payments (web)')
  })

  it('names the team of a division page without it', () => {
    const page = `## Teams in Site Operations

### Provision

To be written: open a change to describe this team.

### Deploy (incorporating the night shifts)

To be written: open a change to describe this team.

### Audit

To be written: open a change to describe this team.
`
    expect(teamPaths(imported(page).catalog)).toContain('Site Operations > Deploy')
  })
})

/**
 * A channel map's headings name their teams by their chat channels ("## #checkout"): the team is
 * named as a person says it, as a team named so in a sentence is (QA of session 15). Made up.
 */
describe('a team heading that is a chat channel', () => {
  it('names the team as a person says it', () => {
    expect(teamNameAsRead('#checkout', [])).toBe('Checkout')
    expect(teamNameAsRead('#team-payments', [])).toBe('Payments')
  })

  it('names the teams of a page of such headings', () => {
    const page = `# Northwind Engineering Teams

## Logistics (#logistics)

Owns routing, dispatch and the driver app. Built with Go and PostgreSQL.

## #checkout

Runs the customer checkout flow in TypeScript and React.

## Warehouse Systems (@warehouse-team)

Inventory and slotting services written in Java with Kafka.
`
    expect(teamPaths(imported(page).catalog)).toEqual([
      'Engineering > Logistics',
      'Engineering > Checkout',
      'Engineering > Warehouse Systems'
    ])
  })
})
