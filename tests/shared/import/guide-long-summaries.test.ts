// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { MAX_TEXT_LENGTH } from '../../../src/shared/catalog/name-text'
import { loadGuideText } from '../../../src/shared/sources/load-source'

/**
 * A long engineering blog post that names its teams in sentences (h144 sweep: the corpus's
 * engineering-blog-team-stacks, scored at 30 teams by importGuide, failed `orgscope import` with
 * "company.summary: too long (10,437 characters; at most 10,000)": the text no team holds went
 * whole into the company's summary, past what the catalog accepts). A summary longer than the
 * catalog takes is cut at a sentence's end, and the import is one the app and CLI can load.
 */
const sentence = (i: number): string =>
  `Paragraph ${i} of the tour talks about how requests move through the system and why it matters.`

const post = `---
title: "Following an order through Tidewater"
---
${Array.from({ length: 130 }, (_, i) => sentence(i)).join('\n\n')}

The Storefront team builds the pages customers see. The Ledger team keeps the books. The
Shipping team moves the parcels.
`

describe('a page whose text outside its teams is longer than a summary may be', () => {
  it('imports, its company summary cut at a sentence within the limit', () => {
    const loaded = loadGuideText(post, 'post.md')
    expect(loaded.ok).toBe(true)
    if (!loaded.ok) return
    const summary = loaded.value.catalog.company.summary ?? ''
    expect(summary.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH)
    expect(summary.length).toBeGreaterThan(MAX_TEXT_LENGTH / 2)
    expect(summary).toMatch(/matters\.…$/u)
  })
})
