// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { scoreGuide } from '../../../src/shared/import/score-guide'
import type { PairScore } from '../../../src/shared/technology/score-pairs'
import {
  AMBIGUOUS_WORDS,
  SEED_GUIDE,
  type LabelledText
} from '../../fixtures/recognition/labelled-texts'

/** The goal of issue 15: 80% of the stated pairs found, at most 10% false pairs. */
const RECALL_FLOOR = 0.8
const FALSE_CEILING = 0.1

function report(text: LabelledText, score: PairScore): string {
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`
  const list = (pairs: PairScore['misses']) =>
    pairs.map((p) => `${p.team}: ${p.technology}`).join('; ') || 'none'
  return [
    `${text.name}: recall ${pct(score.recall)} (${score.correct}/${score.expected}), false pairs ${pct(score.falseRate)} (${score.found - score.correct}/${score.found})`,
    `  misses: ${list(score.misses)}`,
    `  false hits: ${list(score.falseHits)}`
  ].join('\n')
}

describe('technology recognition on labelled texts', () => {
  // The importer as `orgscope import` runs it on a guide, with no registry to lean on.
  for (const text of [SEED_GUIDE, AMBIGUOUS_WORDS]) {
    it(`finds at least 80% of the pairs in ${text.name}, at most 10% false`, () => {
      const score = scoreGuide(text.markdown, text.expected)
      console.log(report(text, score))
      expect(score.recall).toBeGreaterThanOrEqual(RECALL_FLOOR)
      expect(score.falseRate).toBeLessThanOrEqual(FALSE_CEILING)
    })
  }

  it('scores both together above the floors', () => {
    const scores = [SEED_GUIDE, AMBIGUOUS_WORDS].map((text) =>
      scoreGuide(text.markdown, text.expected)
    )
    const correct = scores.reduce((sum, s) => sum + s.correct, 0)
    const expected = scores.reduce((sum, s) => sum + s.expected, 0)
    const found = scores.reduce((sum, s) => sum + s.found, 0)
    console.log(
      `all labelled texts: recall ${((correct / expected) * 100).toFixed(1)}%, false pairs ${(((found - correct) / found) * 100).toFixed(1)}%`
    )
    expect(correct / expected).toBeGreaterThanOrEqual(RECALL_FLOOR)
    expect((found - correct) / found).toBeLessThanOrEqual(FALSE_CEILING)
  })
})
