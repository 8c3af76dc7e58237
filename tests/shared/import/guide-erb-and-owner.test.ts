// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importGuide } from '../../../src/shared/import/import-guide'
import { blankTemplateTags } from '../../../src/shared/import/template-tags'
import { threadCpuMs } from '../../fixtures/thread-cpu'

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

  it('leave no heading where a section heading is only the site\'s fill-in ("## {{ team.name }}")', () => {
    // Session 22: a Liquid loop over the site's teams gave a team named "Untitled team".
    expect(
      blankTemplateTags('## {{ team.name }}\n{{ team.description }}\n### {{ a }} {{ b }}')
    ).toBe('\n\n')
    const result = importGuide(
      `# Teams

## Ledger

Owns invoices.

## Lookup

Owns search.

{% for team in site.teams %}
## {{ team.name }}
{{ team.description }}
{% endfor %}
`,
      { file: 'guide.md' }
    )
    expect(JSON.stringify(result.ok ? result.value.catalog : result.errors)).not.toContain(
      'Untitled'
    )
  })

  it('blank a heading of thousands of tags, or of unclosed ones, in time linear in its length', () => {
    const cpu = (tags: number): number => {
      const lines = [
        `## ${'{% a %}'.repeat(tags)}x`,
        `## ${'{%%}'.repeat(tags)}x`,
        `## ${'{{ a'.repeat(tags)}`
      ].join('\n')
      blankTemplateTags(lines)
      const started = threadCpuMs()
      let runs = 0
      while (threadCpuMs() - started < 50) {
        blankTemplateTags(lines)
        runs++
      }
      return (threadCpuMs() - started) / runs
    }
    const grown = cpu(16_000) / cpu(1_000)
    console.log(`a heading of template tags, 16 times more: x${grown.toFixed(1)} the CPU`)
    expect(grown).toBeLessThan(64)
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
