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

  /** A foundation's page of its working groups, sorted by kind, some linked to shared documents. */
  const WORKING_GROUPS_PAGE = [
    '# Larkspur Working Groups',
    '',
    'Larkspur has two kinds of working groups.',
    '',
    '## 1. Metrics Working Groups',
    'Metrics working groups define and maintain the metrics.',
    '',
    '### Active Working Groups',
    '* [**Common Metrics**](https://github.test/larkspur/wg-common): This working group defines the metrics every other group uses.',
    '',
    '* [**Risk**](https://github.test/larkspur/wg-risk): This working group focuses on compliance and risk metrics.',
    '',
    '## 2. Context Working Groups',
    'Context working groups put the metrics into practice.',
    '',
    '* [**Universities**](https://docs.google.com/document/d/abc/edit): The Universities working group recommends metrics for university projects.',
    '',
    '* [**Science**](https://github.test/larkspur/wg-science): The Science working group makes recommendations for scientific communities.',
    ''
  ].join('\n')

  it('reads each kind of the page’s working groups as the unit holding them', () => {
    expect(teamPaths(imported(WORKING_GROUPS_PAGE).catalog)).toEqual([
      'Metrics Working Groups > Common Metrics',
      'Metrics Working Groups > Risk',
      'Context Working Groups > Universities',
      'Context Working Groups > Science'
    ])
  })
})
