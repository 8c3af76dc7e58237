// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importGuide } from '../../../src/shared/import/import-guide'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * Maintainers tables kept one row per person (issue 14, h52's check pages read once, h54's round).
 * Each fixture is written in the style of those pages, not copied from them, and fails without
 * its rule.
 */

const names = (page: string): string[] =>
  fileTeams(imported(page).catalog)
    .map((team) => team.name)
    .sort()

describe('a "Name | GitHub | Email | Repositories" table of maintainers', () => {
  it('reads the repositories each row lists as owned areas, the people as their owners', () => {
    const page = `# Maintainers

The maintainers of the project and the repositories they look after:

| Name | GitHub | Email | Employer | Repositories/Area of Expertise | Since |
| --- | --- | --- | --- | --- | --- |
| Ana Ruiz | @aruiz | ana@example.com | Quantilo | ledger-core, ledger-cli | 2023-02-01 |
| Bo Lind | @blind | bo@example.com | Northwind | ledger-cli, ledger-ui | 2023-05-11 |
| Cy Moss | @cmoss | cy@example.com | Quantilo | ledger-ui | 2024-01-09 |
`
    expect(names(page)).toEqual(['ledger-cli', 'ledger-core', 'ledger-ui'])
  })

  it('leaves a table of people beside their "Areas of Expertise" a table of people', () => {
    const page = `# Maintainers

## Current Maintainers

| Name | GitHub | Email | Timezone | Areas of Expertise |
| --- | --- | --- | --- | --- |
| Ana Ruiz | @aruiz | - | CET | Architecture, testing, releases |
| Bo Lind | @blind | - | PST | Packaging, documentation |

## Becoming a Maintainer

Open an issue after six months of regular reviews.
`
    const result = importGuide(page, { file: 'guide.md' })
    const got = result.ok ? fileTeams(result.value.catalog).map((team) => team.name) : []
    expect(got).not.toContain('Architecture')
  })
})

describe('an owned-areas row naming every area ("all", "all repositories")', () => {
  it('names no area of its own', () => {
    const page = `# Code Owners

| Code | Owner |
| --- | --- |
| Parser | @aruiz |
| Renderer | @blind |
| all | @cmoss |
`
    expect(names(page)).toEqual(['Parser', 'Renderer'])
  })
})

describe('a people-only page titled "X Committers"', () => {
  it('is the one team of project X: the role word is no part of its name', () => {
    const page = `# Quantilo Committers

Quantilo committers are the people who drive the content of Quantilo.

The current Quantilo committers are:

| Name | Email |
| --- | --- |
| Ana Ruiz | |
| Bo Lind | |
`
    expect(names(page)).toEqual(['Quantilo'])
  })
})

describe('a page of people alone that names their project', () => {
  it('"# Maintainers" over "The Quantilo maintainers are:" is the one team Quantilo', () => {
    const page = `# Maintainers

The Quantilo maintainers are:

* Ana Ruiz <ana@example.com> @aruiz
* Bo Lind <bo@example.com> @blind

## Emeriti

Former maintainers include:

* Cy Moss <cy@example.com> @cmoss
`
    expect(names(page)).toEqual(['Quantilo'])
  })

  it('a title-less "Maintainers Group for the Quantilo Project" table is the one team Quantilo', () => {
    const page = `The current Maintainers Group for the Quantilo Project consists of:

| Name | Employer | Responsibilities |
| ---- | -------- | ---------------- |
| [@aruiz](https://github.com/aruiz) | Northwind | All |
| [@blind](https://github.com/blind) | Contoso | All |
`
    expect(names(page)).toEqual(['Quantilo'])
  })
})

describe('a "Name | Slack | GitHub" table', () => {
  it('lists people to reach, not teams', () => {
    const page = `# Maintainers

## Areas

| Area | Owners |
| --- | --- |
| Parser | @aruiz |
| Renderer | @blind |

## Triage

People who help triage issues:

| Name | Slack | GitHub |
| --- | --- | --- |
| Dee Park | \`@dee\` | [@dpark](https://github.com/dpark) |
| Eli Stone | \`@eli\` | [@estone](https://github.com/estone) |
`
    expect(names(page)).toEqual(['Parser', 'Renderer'])
  })
})
