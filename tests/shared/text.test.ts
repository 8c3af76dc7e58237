// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { countLabel } from '../../src/shared/text'

describe('countLabel', () => {
  it('uses the singular for one and the plural otherwise, zero included', () => {
    expect(countLabel(1, 'team')).toBe('1 team')
    expect(countLabel(0, 'team')).toBe('0 teams')
    expect(countLabel(3, 'project')).toBe('3 projects')
  })

  it('takes an irregular plural when given one', () => {
    expect(countLabel(2, 'technology', 'technologies')).toBe('2 technologies')
    expect(countLabel(1, 'technology', 'technologies')).toBe('1 technology')
  })
})
