// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'
import { headingKind } from '../../../src/shared/import/section-headings'

/**
 * "Communications Office", "Strategy Office (SO)": a unit named for the function it serves and
 * closed by "Office" is a unit, as one closed by "Team" or "Squad" is, though the function's word
 * alone heads process (issue 14, session 15, from the opened sets: an office's page left out its
 * project management office for its words). Made-up names.
 */
describe('an office named for its function', () => {
  it('is a name, not process', () => {
    expect(headingKind('Communications Office')).toBe('plain')
    expect(headingKind('Strategy Office (SO)')).toBe('plain')
    expect(headingKind('Communications')).toBe('skip')
    expect(headingKind('Contact the Office')).toBe('skip')
  })

  it('is one of the teams written alike beside it', () => {
    const page = `## Operations & Data Overview

**Field Support**
   - Help for the staff in the regional offices

**Records**
   - Keeping and archiving the files of every case

**Fraud Prevention**
   - Screening of claims and the rules behind them

**Strategy Office (SO)**
   - Coordinates the agency's projects, their intake and their order
`
    expect(teamPaths(imported(page).catalog).map((path) => path.split(' > ').at(-1))).toEqual([
      'Field Support',
      'Records',
      'Fraud Prevention',
      'Strategy Office'
    ])
  })
})
