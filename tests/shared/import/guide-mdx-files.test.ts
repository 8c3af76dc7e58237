// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importFormatOf } from '../../../src/shared/import/import-format'
import { previewFormatOf } from '../../../src/shared/sources/preview-source'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * Team pages saved as `.mdx` (session 22's sweep of site-generator pages: a documentation site's
 * team page with member cards as a JSX component, a student team's page with an ESM import
 * above its text). MDX is markdown with JSX and ES module lines; the importer refused the file
 * by its extension. Fixtures made up.
 */
describe('an .mdx file', () => {
  it('is read as a markdown team guide, by the CLI and by the import dialog', () => {
    expect(importFormatOf('docs/teams.mdx')).toBe('markdown')
    expect(importFormatOf('TEAMS.MDX')).toBe('markdown')
    expect(previewFormatOf(['teams.mdx'])).toBe('markdown')
  })

  it('reads its ES module lines as no part of the page', () => {
    const plan = imported(
      `---
title: Engineering teams
sidebar_position: 2
---
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';
import { Roster } from '../components/roster'
export const updated = '2024-03-01';

Harbor Works builds its products in three teams.

## Billing

The Billing team owns the invoice service and the payment runs.

## Search

The Search team owns the search index and its API.

## Mobile

The Mobile team owns the iOS and Android apps.
`,
      { file: 'teams.mdx' }
    )
    const teams = fileTeams(plan.catalog)
    expect(teams.map((team) => team.name)).toEqual(['Billing', 'Search', 'Mobile'])
    const text = JSON.stringify(plan.catalog)
    expect(text).not.toMatch(/@theme|TabItem|Roster|updated/u)
  })

  it('keeps an import line inside a code block, which the page shows', () => {
    const plan = imported(
      `# Harbor Works Engineering

## Billing

The Billing team owns the invoice service. Its client is used like this:

\`\`\`js
import { invoices } from '@harbor/billing'
\`\`\`

## Search

The Search team owns the search index and its API.
`,
      { file: 'teams.mdx' }
    )
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual(['Billing', 'Search'])
  })

  it('reads many unclosed import and export lines in linear time', () => {
    const start = performance.now()
    imported(
      `# Harbor Works Engineering

## Billing

The Billing team owns the invoice service.

${'import {\nexport const a = {\n'.repeat(20_000)}
## Search

The Search team owns the search index and its API.
`,
      { file: 'teams.mdx' }
    )
    expect(performance.now() - start).toBeLessThan(5_000)
  })
})
