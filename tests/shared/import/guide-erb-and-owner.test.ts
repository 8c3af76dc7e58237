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
