// @vitest-environment node
import { createCanvas, Path2D } from '@napi-rs/canvas'
import { describe, expect, it } from 'vitest'
import { absolutePathData } from '../../../src/node/export/absolute-path'
import { readLogoPaths } from '../../../src/node/technology/logo-files'
import { knownTechnologies } from '../../../src/shared/technology/dictionary/known-technologies'

/** The alpha channel of a path filled on a 96×96 canvas (the 24×24 box at 4×). */
function coverage(d: string): Uint8ClampedArray {
  const canvas = createCanvas(96, 96)
  const context = canvas.getContext('2d')
  context.scale(4, 4)
  context.fill(new Path2D(d))
  const { data } = context.getImageData(0, 0, 96, 96)
  return data.filter((_, i) => i % 4 === 3)
}

describe('absolutePathData', () => {
  it('writes relative, smooth and compact-arc commands as absolute ones', () => {
    expect(absolutePathData('m1 2l3 4h1v-1z')).toBe('M1 2 L4 6 H5 V5 Z')
    expect(absolutePathData('M0 0c1 1 2 1 3 0s2-1 3 0')).toBe('M0 0 C1 1 2 1 3 0 C4 -1 5 -1 6 0')
    expect(absolutePathData('M0 0q1 1 2 0t2 0')).toBe('M0 0 Q1 1 2 0 Q3 -1 4 0')
    // "a.3.3 0 01.29-.18": flags written as one digit each, touching the next number.
    expect(absolutePathData('M1 1a.3.3 0 01.29-.18')).toBe('M1 1 A0.3 0.3 0 0 1 1.29 0.82')
    expect(absolutePathData('M0 0 1 1 2 0')).toBe('M0 0 L1 1 L2 0')
    expect(() => absolutePathData('M0 0 A1 1 0 2 1 3 3')).toThrow(/arc flag/u)
  })

  it('draws every logo of the dictionary as the original path does', () => {
    const ids = knownTechnologies().flatMap((entry) => entry.icon ?? [])
    const logos = readLogoPaths(ids)
    expect(logos.size).toBeGreaterThan(1000)
    const meanDifference = (a: Uint8ClampedArray, b: Uint8ClampedArray) => {
      let sum = 0
      for (let i = 0; i < a.length; i++) sum += Math.abs(a[i] - b[i])
      return sum / a.length
    }
    for (const [id, d] of logos) {
      const absolute = absolutePathData(d)
      expect(absolute, id).toMatch(/^[MLHVCQAZ0-9 .e-]+$/u)
      // Skia sums relative coordinates in single precision: edges differ by antialiasing (at
      // most 0.27 of 255 on average, Electron's logo); a misread command moves whole strokes.
      expect(meanDifference(coverage(d), coverage(absolute)), id).toBeLessThan(1)
    }
    // What a misread command does, for scale: Go's logo with its first relative curve read as
    // an absolute one.
    const go = logos.get('go')!
    expect(go).toContain('c')
    expect(meanDifference(coverage(go), coverage(go.replace('c', 'C')))).toBeGreaterThan(1)
    // ~2,500 small drawings: a few seconds on a busy 2-core machine.
  }, 30_000)
})
