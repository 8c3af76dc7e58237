// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * A page of working groups, each a paragraph over its own "### Members", one of them named by a
 * word that elsewhere names a part of a team ("Language"). Made up; fails without its rule
 * (session 15, the opened sets 8 to 10).
 */
describe('a section named by a part word, holding the same sub-sections as the teams beside it', () => {
  const page = `# Working Group Definitions

This document lists the current Marlin working groups and their members.

## Engine

The Engine WG focuses on the interpreter and the module loader.

### Members

* @ada
* @brook

## Language

The Language WG deals with the definition of the Marlin language itself.

### Members

* @brook
* @cyd

## Remoting

The Remoting WG focuses on the remoting protocol and the job system.

### Members

* @dee
* @ada

## Tools

Editors we recommend for working on Marlin.

* The Marlin extension
`

  it('is one of those teams', () => {
    expect(teamPaths(imported(page).catalog)).toEqual([
      'Engineering > Engine',
      'Engineering > Language',
      'Engineering > Remoting'
    ])
  })
})
