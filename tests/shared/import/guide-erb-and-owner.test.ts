// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importGuide } from '../../../src/shared/import/import-guide'
import { blankTemplateTags } from '../../../src/shared/import/template-tags'

/**
 * A Middleman (GOV.UK tech-docs template) page: ERB tags where the site fills in the title, and
 * front matter naming the page's owner. Made-up fixtures in that style; each fails without its
 * rule.
 */

describe('ERB and EJS template tags', () => {
  it('are blanked as Hugo and Liquid tags are, the line kept', () => {
    expect(blankTemplateTags('# <%= current_page.data.title %>\n\nText <% if x %>here.')).toBe(
      '# \n\nText here.'
    )
  })

  it('name no team: "# <%= … %>" over a page is no title', () => {
    const page = `# <%= current_page.data.title %>

## Billing

The Billing team owns invoices. They write Kotlin.

## Search

The Search team runs the search service on Elasticsearch.
`
    const result = importGuide(page, { file: 'guide.md' })
    const labels = JSON.stringify(result.ok ? result.value.outline : result.errors)
    expect(labels).not.toContain('current_page')
  })
})

describe("front matter naming the page's owning team", () => {
  const page = (front: string): string => `---
title: Our team
${front}
---

# <%= current_page.data.title %>

We are currently made up of 4 people:

- Ana Diaz, Delivery Manager
- Bo Lind, WebOps Engineer
- Cy Moss, Technical Architect
- Dee Park, WebOps Engineer
`
  const teams = (markdown: string): string[] => {
    const result = importGuide(markdown, { file: 'our-team.md' })
    return result.ok
      ? result.value.catalog.divisions.flatMap((d) => d.teams.map((t) => t.name))
      : []
  }

  it('names the one team a page titled "Our team" is about by its owner channel', () => {
    expect(teams(page('owner_slack: "#cloud-hosting"'))).toEqual(['Cloud Hosting'])
  })

  it('names it by a "team" field', () => {
    expect(teams(page('team: Cloud Hosting'))).toEqual(['Cloud Hosting'])
  })

  it("takes no name from a person's handle", () => {
    expect(teams(page('owner_slack: "@ana"'))).not.toContain('Ana')
  })
})
