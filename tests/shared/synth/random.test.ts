// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createRandom } from '../../../src/shared/synth/random'

const sequence = (seed: number) => {
  const random = createRandom(seed)
  return Array.from({ length: 20 }, () => random.next())
}

describe('createRandom', () => {
  it('repeats the same sequence for the same seed, and another for another seed', () => {
    expect(sequence(1)).toEqual(sequence(1))
    expect(sequence(1)).not.toEqual(sequence(2))
  })

  it('draws floats in [0, 1) and integers within both bounds', () => {
    const random = createRandom(3)
    const ints = new Set<number>()
    for (let i = 0; i < 1000; i++) {
      const x = random.next()
      expect(x).toBeGreaterThanOrEqual(0)
      expect(x).toBeLessThan(1)
      ints.add(random.int(3, 5))
    }
    expect([...ints].sort()).toEqual([3, 4, 5])
  })

  it('shuffles into a permutation of a copy, leaving the input alone', () => {
    const items = Array.from({ length: 30 }, (_, i) => i)
    const shuffled = createRandom(4).shuffle(items)
    expect(shuffled).not.toEqual(items)
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items)
    expect(items).toEqual(Array.from({ length: 30 }, (_, i) => i))
  })
})
