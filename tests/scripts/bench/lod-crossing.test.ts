// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { lodCrossings } from '../../../scripts/bench/lod-crossing'
import {
  DOM_LAYOUT_LIMIT,
  OVERVIEW_ENTER_ZOOM,
  OVERVIEW_LEAVE_ZOOM
} from '../../../src/renderer/src/graph/level-of-detail'

const BIG = DOM_LAYOUT_LIMIT + 1
const OUT = OVERVIEW_ENTER_ZOOM - 0.1
const IN = OVERVIEW_LEAVE_ZOOM + 0.1

describe('the level-of-detail crossing frames of a scripted zoom', () => {
  it('takes the longest of the frame of the crossing step and the one after it', () => {
    // Step 1 zooms in past the threshold (seen at frame 2): deltas[1] and deltas[2] are its frames.
    const zooms = [OUT, OUT, IN, IN, IN]
    const deltas = [16, 90, 40, 16]
    expect(lodCrossings(zooms, deltas, BIG)).toEqual({ crossings: 1, worstMs: 90 })
  })

  it('counts both ways, and not a zoom that stays inside the hysteresis gap', () => {
    const between = (OVERVIEW_ENTER_ZOOM + OVERVIEW_LEAVE_ZOOM) / 2
    const zooms = [OUT, between, between, IN, between, OUT, OUT]
    const deltas = [17, 17, 120, 18, 16, 75]
    expect(lodCrossings(zooms, deltas, BIG)).toEqual({ crossings: 2, worstMs: 120 })
  })

  it('finds no crossing on a chart small enough to stay DOM nodes', () => {
    const result = lodCrossings([OUT, IN, OUT], [100, 100], DOM_LAYOUT_LIMIT)
    expect(result.crossings).toBe(0)
    expect(result.worstMs).toBeNaN()
  })
})
