import { describe, expect, it } from 'vitest'
import { intersects, SpatialIndex, type Rect } from '../../../src/renderer/src/graph/spatial-index'
import { createRandom } from '../../../src/shared/synth/random'

describe('SpatialIndex', () => {
  it('finds exactly the boxes a brute-force scan finds, each once, in ascending order', () => {
    const random = createRandom(7)
    // Negative coordinates too: layouts have columns left of the root.
    const boxes: Rect[] = Array.from({ length: 2000 }, () => ({
      x: random.int(-5000, 5000),
      y: random.int(-200, 20_000),
      width: random.int(1, 900),
      height: random.int(1, 300)
    }))
    const index = new SpatialIndex(boxes, 256)
    for (let q = 0; q < 200; q++) {
      const rect = {
        x: random.int(-7000, 7000),
        y: random.int(-1000, 21_000),
        width: random.int(0, 4000),
        height: random.int(0, 4000)
      }
      const expected = boxes.flatMap((box, i) => (intersects(box, rect) ? [i] : []))
      expect(index.query(rect)).toEqual(expected)
    }
  })

  it('answers a rectangle outside the grid, and a huge one, without error', () => {
    const index = new SpatialIndex([{ x: 0, y: 0, width: 10, height: 10 }])
    expect(index.query({ x: 1e6, y: 1e6, width: 5, height: 5 })).toEqual([])
    expect(index.query({ x: -1e9, y: -1e9, width: 2e9, height: 2e9 })).toEqual([0])
  })
})
