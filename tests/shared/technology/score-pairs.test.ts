// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { scorePairs } from '../../../src/shared/technology/score-pairs'

describe('scorePairs', () => {
  it('gives recall, precision, the misses and the false hits', () => {
    const score = scorePairs(
      [
        { team: 'Payments', technology: 'Go' },
        { team: 'Payments', technology: 'Kafka' },
        { team: 'Search', technology: 'Rust' }
      ],
      [
        { team: 'payments', technology: 'Golang' },
        { team: 'Payments', technology: 'Go' },
        { team: 'Search', technology: 'Spark' }
      ]
    )
    expect(score).toEqual({
      expected: 3,
      found: 2,
      correct: 1,
      recall: 1 / 3,
      precision: 0.5,
      falseRate: 0.5,
      misses: [
        { team: 'Payments', technology: 'Kafka' },
        { team: 'Search', technology: 'Rust' }
      ],
      falseHits: [{ team: 'Search', technology: 'Spark' }]
    })
  })

  it('scores an empty text against an empty label as perfect', () => {
    expect(scorePairs([], [])).toMatchObject({ recall: 1, precision: 1, falseRate: 0 })
  })
})
