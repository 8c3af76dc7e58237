import { describe, expect, it } from 'vitest'
import { compactCount } from '../../../src/renderer/src/lens/compact-count'

describe('compactCount', () => {
  it('writes small counts whole and large ones in at most four characters', () => {
    expect([0, 13, 999].map(compactCount)).toEqual(['0', '13', '999'])
    expect([1000, 1234, 55_952, 999_999, 1_500_000].map(compactCount)).toEqual([
      '1K',
      '1.2K',
      '56K',
      '1M',
      '1.5M'
    ])
  })
})
