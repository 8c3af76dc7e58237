// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { teamPaths } from '../../fixtures/imported-catalog'
import { imported } from '../../fixtures/guides'

/**
 * Rules found when the twenty-sixth held-out set was opened for diagnosis (tests/corpus README,
 * "Session 29"). Each fixture is made up in the style that failed, with none of those documents'
 * names, and fails without its rule.
 */

const people = (names: string[]) =>
  names.map((name) => `* ${name} - [${name.split(' ')[0].toLowerCase()}](https://github.test/x)`)

/** A query engine's maintainers page: a governing council, then one list of components. */
const COMPONENTS_PAGE = [
  '---',
  'title: Components and Maintainers',
  '---',
  '',
  '## Summary',
  '',
  'This page lists the people responsible for each part of Quarrystone.',
  '',
  '## Project Leadership Council - PLC',
  '',
  'The PLC is responsible for the long-term direction of the project:',
  '',
  ...people(['Ada Brightwater', 'Ben Okafor', 'Cleo Marsh']),
  '',
  '## Component Maintainers',
  '',
  'Component maintainers triage, review and approve changes to their area.',
  '',
  '### Vectors and Types',
  '',
  ...people(['Dara Quill', 'Eli Stone']),
  '',
  '### Expression Evaluation',
  '',
  ...people(['Faye Lin', 'Gus Hale']),
  '',
  '### Storage Adapters',
  '',
  ...people(['Hana Ruiz', 'Ivo Kent']),
  ''
].join('\n')

describe('the twenty-sixth set’s styles', () => {
  it('reads a project leadership council as governance, not a team', () => {
    const teams = teamPaths(imported(COMPONENTS_PAGE).catalog)
    expect(teams.some((path) => /Council/u.test(path))).toBe(false)
  })

  it('reads the one "Component Maintainers" list as the list, its components as the teams', () => {
    const teams = teamPaths(imported(COMPONENTS_PAGE).catalog)
    expect(teams).toEqual([
      'Engineering > Vectors and Types',
      'Engineering > Expression Evaluation',
      'Engineering > Storage Adapters'
    ])
  })

  it('keeps a category named by a kind of area a unit ("SDK Maintainers" beside core people)', () => {
    const page = [
      '# Maintainers',
      '',
      '## Core Maintainers',
      '',
      ...people(['Ada Brightwater', 'Ben Okafor']),
      '',
      '## SDK Maintainers',
      '',
      '### Kotlin SDK',
      '',
      ...people(['Cleo Marsh']),
      '',
      '### Rust SDK',
      '',
      ...people(['Dara Quill']),
      ''
    ].join('\n')
    expect(teamPaths(imported(page).catalog)).toEqual([
      'SDK Maintainers > Kotlin SDK',
      'SDK Maintainers > Rust SDK'
    ])
  })
})
