// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { titleKind } from '../../../src/shared/import/section-headings'
import { imported } from '../../fixtures/guides'

/**
 * A page titled with the kinds of group it explains ("Special Interest Group & Working Group")
 * names no organization: the company comes from what the page says (issue 14, 2026-12-06, a dev
 * page was called "Special Interest Group"). Names here are invented.
 */
describe('a title made of kinds of group', () => {
  it('names no organization', () => {
    for (const title of [
      'Special Interest Group & Working Group',
      'SIGs and WGs',
      'Working Group'
    ]) {
      expect(titleKind(title, true).role, title).toBe('skip')
    }
    // One group's own title still names it.
    expect(titleKind('Storage Special Interest Group', true).role).not.toBe('skip')
  })

  it('leaves the company to the page: its links and its text', () => {
    const page = `# Special Interest Group & Working Group

This section describes SIGs and WGs in the Wendle organization.

## Docs

Writes the Wendle guides: [docs](https://github.com/wendle-project/docs).

## Runtime

Builds the runtime: [runtime](https://github.com/wendle-project/runtime).

## Tooling

Builds the tools: [cli](https://github.com/wendle-project/cli).
`
    expect(imported(page, { file: 'README.md' }).catalog.company.name).toBe('Wendle')
  })
})
