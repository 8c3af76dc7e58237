import { describe, expect, it } from 'vitest'
import { bestOrientation, paperForRegion } from '../../../src/shared/print/paper'

describe('paperForRegion', () => {
  it('prints on Letter in the United States, Canada and Mexico, A4 elsewhere', () => {
    expect(['US', 'CA', 'MX'].map(paperForRegion)).toEqual(['Letter', 'Letter', 'Letter'])
    expect(['DE', 'GB', 'JP', 'IN'].map(paperForRegion)).toEqual(['A4', 'A4', 'A4', 'A4'])
  })

  it('reads the region of a locale, and falls back to A4 without one', () => {
    expect(paperForRegion('en-US')).toBe('Letter')
    expect(paperForRegion('en_GB')).toBe('A4')
    expect(paperForRegion('es-419-MX')).toBe('Letter')
    expect(paperForRegion('en')).toBe('A4')
    expect(paperForRegion(undefined)).toBe('A4')
  })
})

describe('bestOrientation', () => {
  it('prints a wide chart landscape and a tall one portrait, whichever shows it larger', () => {
    expect(bestOrientation({ width: 2400, height: 900 })).toBe('landscape')
    expect(bestOrientation({ width: 700, height: 1000 })).toBe('portrait')
    // Square: the title takes height, so portrait leaves it more room.
    expect(bestOrientation({ width: 1000, height: 1000 }, 'Letter')).toBe('portrait')
  })
})
