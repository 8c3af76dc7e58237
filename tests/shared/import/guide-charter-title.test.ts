// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * "Payments Charter" over a page that calls its subject "the Payments team": the charter of that
 * one team, named as its handbook would be. Found when the seventeenth held-out set was opened
 * (corpus README, "Session 21"); the page is made up, with none of its names.
 */
describe("a team's charter titled with its name", () => {
  it('names the team without the word "Charter"', () => {
    const plan = imported(`---
title: "Ledger Services Charter"
---

## Summary

### What is the Ledger Services Team?

The Ledger Services team is a modernization initiative of the finance office. We design and run the ledgers.

## Objectives

We have two primary objectives: faster month ends and fewer manual entries.
`)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual(['Ledger Services'])
  })
})
