// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'

const read = (markdown: string): { company: string; divisions: string[] } => {
  const { catalog } = imported(markdown, { file: 'README.md' })
  return {
    company: catalog.company.name,
    divisions: catalog.divisions.map((division) => division.name)
  }
}

describe('a title naming an area of the organization', () => {
  it('"Team Topology for Payments" over "the Payments area": the area, not the company', () => {
    expect(
      read(`# Team Topology for Payments

This page describes how the Payments area is organised into stream-aligned and platform teams.

## Checkout

Stream-aligned team that owns the checkout flow and the payment page.

- Lead: Ana Silva

## Ledger

Platform team that keeps the double-entry ledger and settlement jobs.

- Lead: Bo Lindqvist
`)
    ).toEqual({ company: 'Company', divisions: ['Payments'] })
  })

  it('"Org structure of the Data Platform group": the group is a division', () => {
    expect(
      read(`# Org structure of the Data Platform group

## Ingestion team

We run the Kafka clusters and connectors.

## Warehouse team

We own Snowflake and the dbt models.
`)
    ).toEqual({ company: 'Company', divisions: ['Data Platform'] })
  })

  it('keeps a title the text writes only as a name: "Guide for Lanternfish Maintainers"', () => {
    expect(
      read(`# Team Topology for Lanternfish

Lanternfish builds route-planning software for small couriers.

## Checkout

Owns the checkout flow.

## Ledger

Owns the ledger.
`).company
    ).toBe('Lanternfish')
  })
})
