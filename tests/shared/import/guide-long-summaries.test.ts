// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../../../src/shared/catalog/name-text'
import { importGuide } from '../../../src/shared/import/import-guide'
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

/**
 * QA (h161): a heading longer than a name may be ("## The team that looks after …", 264
 * characters) made the whole guide fail with "teams[1].name: too long", and the import preview
 * had no way to keep that team. Its name is cut at a word within the limit, said in the report
 * at the heading's line; with no summary of its own, the heading's whole text is its summary.
 */
describe('a heading longer than a name may be', () => {
  const long =
    `The team that looks after ${'the build farm, the release pipelines and the artifact stores, '.repeat(4)}`.trim()
  const guide = `# Acme

## Payments

The payments team owns checkout.

## ${long}

## Search

The search team owns the index.

- Ranking
- Indexing
`

  it('imports, the team named by the heading cut at a word, its whole text kept', () => {
    const loaded = loadGuideText(guide, 'teams.md')
    expect(loaded.ok).toBe(true)
    if (!loaded.ok) return
    const teams = loaded.value.catalog.divisions.flatMap((division) => division.teams)
    const cut = teams.find((team) => team.name.startsWith('The team that looks after'))
    expect(cut?.name.length).toBeLessThanOrEqual(MAX_NAME_LENGTH)
    expect(cut?.name).toMatch(/ [a-z,]+…$/u)
    expect(cut?.summary).toBe(long)
  })

  it('says so at the heading', () => {
    const result = importGuide(guide, { file: 'teams.md' })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const note = result.value.notes.find((n) => n.message.includes('cut at 200 characters'))
    expect(note?.line).toBe(7)
  })
})
