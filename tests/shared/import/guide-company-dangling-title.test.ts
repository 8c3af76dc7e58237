// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'

/**
 * A title that joins its page words with "and" ("Project roles and teams") leaves a dangling
 * "Project and" once the page words are taken out: no organization's name (h131's sweep of real
 * team pages, 2026-12-06: an open-source project's governance page was imported as the company
 * "Project and").
 */
const company = (markdown: string): string =>
  imported(markdown, { file: 'team-structure.md' }).catalog.company.name

const page = `---
title: Project roles and teams
description: Teams, roles, and responsibilities in the Quillwort OSS project
---

The Quillwort project has a team-based governance structure.

## General teams

### Triage

Members of this team are responsible for triaging new issues and pull requests.

### Maintainers

Maintainers lead the project and make the final decisions on project-wide initiatives.
`

describe('a title whose words are joined to page words', () => {
  it('names no company with a dangling conjunction', () => {
    expect(company(page)).not.toBe('Project and')
  })

  it('leaves the company to the text', () => {
    expect(company(page)).toBe('Quillwort')
  })

  it('does not take a product\'s possessive there ("the code host\'s team features")', () => {
    const hosted = page.replace(
      'has a team-based governance structure.',
      "has a team-based governance structure, implemented using [GitHub's team features](https://github.com/orgs/quillwort/teams)."
    )
    expect(company(hosted)).toBe('Quillwort')
  })
})
