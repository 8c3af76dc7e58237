// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * A table of units and the teams each holds (session 22, the form org pages give their structure
 * in: "| Domain | Teams |" over "| Money | Ledger, Tills |"): each name the plural "Teams" cell
 * lists is a team, under the unit its row names. A domain, a product area or a value stream is
 * the unit a row's teams are in, as a division or area column is.
 */
describe('a table of units and the teams each holds', () => {
  it('reads each team a "Teams" cell lists under its row\'s domain', () => {
    const plan = imported(`# Engineering

| Domain | Teams |
|---|---|
| Money | Ledger, Tills |
| Discovery | Lookup, Shelf, Compass |
`)
    expect(teamPaths(plan.catalog)).toEqual([
      'Engineering > Money > Ledger',
      'Engineering > Money > Tills',
      'Engineering > Discovery > Lookup',
      'Engineering > Discovery > Shelf',
      'Engineering > Discovery > Compass'
    ])
  })

  it('reads a value stream column as the unit of a row per team', () => {
    const plan = imported(`# Engineering

| Value stream | Team | Mission |
|---|---|---|
| Money | Ledger | Invoices and refunds |
| Money | Tills | The point of sale |
| Discovery | Lookup | Search |
`)
    expect(teamPaths(plan.catalog)).toEqual([
      'Engineering > Money > Ledger',
      'Engineering > Money > Tills',
      'Engineering > Discovery > Lookup'
    ])
  })

  it('keeps a team whose one name holds a comma and a long phrase whole', () => {
    const plan = imported(`# Engineering

| Teams | Mission |
|---|---|
| Ledger | Invoices, refunds and the ledger |
| Search, discovery and ranking of the catalogue | Search |
`)
    expect(teamPaths(plan.catalog)).toEqual([
      'Engineering > Ledger',
      'Engineering > Search, discovery and ranking of the catalogue'
    ])
  })

  it('reads a blank or ditto unit cell as the unit of the row above (a merged cell)', () => {
    const plan = imported(`# Engineering

| Division | Team | Lead |
|---|---|---|
| Money | Ledger | Ana Ruiz |
|  | Tills | Bo Chen |
| Discovery | Lookup | Cy Diaz |
| 〃 | Shelf | Di Eze |
`)
    expect(teamPaths(plan.catalog)).toEqual([
      'Engineering > Money > Ledger',
      'Engineering > Money > Tills',
      'Engineering > Discovery > Lookup',
      'Engineering > Discovery > Shelf'
    ])
  })
})
