// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  RASTER_LIMITS,
  rasterNotice,
  rasterSize,
  type RasterLimits
} from '../../../src/shared/export/raster-size'

const within = (size: { width: number; height: number }, limits: RasterLimits) =>
  Math.max(size.width, size.height) <= limits.maxSide &&
  size.width * size.height <= limits.maxPixels

describe('rasterSize', () => {
  it('keeps the scale asked for when the image stays within both limits', () => {
    expect(rasterSize({ width: 748, height: 1133 }, 2)).toEqual({
      scale: 2,
      requestedScale: 2,
      width: 1496,
      height: 2266
    })
  })

  it('lowers a 5,000-team chart at 2× (29,312 × 44,888 px, 1.3 gigapixels) to 0.45×, by pixel count', () => {
    // The document size of `orgscope synth --teams 5000 --seed 1`, teams collapsed.
    const size = rasterSize({ width: 14_656, height: 22_444 }, 2)
    expect(size).toEqual({
      scale: 0.45,
      requestedScale: 2,
      width: 6595,
      height: 10_100,
      limitedBy: 'pixels'
    })
    expect(within(size, RASTER_LIMITS)).toBe(true)
  })

  it('lowers a long, thin chart by its longest side', () => {
    const size = rasterSize({ width: 12_000, height: 900 }, 2)
    expect(size).toMatchObject({ scale: 1.36, width: 16_320, height: 1224, limitedBy: 'side' })
  })

  it('lowers even below 1× when the chart is too large at its own size', () => {
    expect(rasterSize({ width: 40_000, height: 1000 }, 1)).toMatchObject({
      scale: 0.4,
      width: 16_000,
      limitedBy: 'side'
    })
  })

  it('always ends within the limits, at most the scale asked for, and at the largest such two-decimal scale', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60_000 }),
        fc.integer({ min: 1, max: 60_000 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 200, max: 20_000 }),
        fc.integer({ min: 40_000, max: 100_000_000 }),
        (width, height, scale, maxSide, maxPixels) => {
          const limits = { maxSide, maxPixels }
          const size = rasterSize({ width, height }, scale, limits)
          expect(size.scale).toBeLessThanOrEqual(scale)
          expect(Math.round(size.scale * 100) / 100).toBe(size.scale)
          if (size.scale > 0.01) expect(within(size, limits)).toBe(true)
          if (size.limitedBy && size.scale > 0.01) {
            const next = Math.round((size.scale + 0.01) * 100) / 100
            const larger = { width: Math.round(width * next), height: Math.round(height * next) }
            expect(within(larger, limits)).toBe(false)
          }
        }
      )
    )
  })
})

describe('rasterNotice', () => {
  it('says nothing when the scale was kept', () => {
    expect(rasterNotice(rasterSize({ width: 100, height: 100 }, 2))).toBeUndefined()
  })

  it('names the scale used, the pixels, the limit and what to use instead', () => {
    expect(rasterNotice(rasterSize({ width: 14_656, height: 22_444 }, 2))).toBe(
      'Scaled to 0.45× (6,595 × 10,100 px) instead of 2× to stay under 67 megapixels; ' +
        'export SVG or PDF for full detail.'
    )
    expect(rasterNotice(rasterSize({ width: 12_000, height: 900 }, 2))).toBe(
      'Scaled to 1.36× (16,320 × 1,224 px) instead of 2× to stay under 16,384 px on the ' +
        'longest side; export SVG or PDF for full detail.'
    )
  })
})
