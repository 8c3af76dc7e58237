// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importGuide } from '../../../src/shared/import/import-guide'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * Engineering blog posts titled by what the writer did to the teams, not by a team (h144 sweep:
 * "Building & scaling Engineering team", "Scaling engineering teams", "We open a new chapter"
 * were each read as the one team the page is about, or named the company "Scaling"). A headline
 * that opens on a verb in -ing with words after it, or a sentence whose subject is "we", names
 * no team and no organization. Each fixture is made up in that style.
 */

/** The team names an import gives, or none when the page gives no team at all. */
function teamNames(markdown: string): string[] {
  const result = importGuide(markdown, { file: 'post.md' })
  return result.ok ? fileTeams(result.value.catalog).map((team) => team.name) : []
}

function companyName(markdown: string): string | undefined {
  const result = importGuide(markdown, { file: 'post.md' })
  return result.ok ? result.value.catalog.company.name : undefined
}

const post = (title: string): string => `---
title: "${title}"
author: "Rui Tavares"
---

This is the first post of a series on how engineering grew at Harbourline.

## How we started

We began with seven engineers and a lot of ambition, and hired slowly for the first year.

## What we learned

Hiring mistakes are expensive, and a balanced team takes longer to build than you think.
`

describe('a post titled by what was done to the teams', () => {
  it('reads no team from a headline opening on a verb in -ing', () => {
    for (const title of [
      'Growing our engineering team',
      'Building & scaling the Engineering team',
      'Scaling product teams'
    ]) {
      expect(teamNames(post(title)), title).toEqual([])
    }
  })

  it('reads no team from a sentence the writers say as "we"', () => {
    expect(teamNames(post('We start a new chapter'))).toEqual([])
  })

  it('takes no company name from such a headline', () => {
    expect(companyName(post('Scaling product teams'))).not.toBe('Scaling')
  })

  it('still reads the one team a title names for its line of work ("Billing team")', () => {
    expect(teamNames(post('Billing team'))).toHaveLength(1)
  })
})
