import { describe, expect, it } from 'vitest'
import {
  DOM_LAYOUT_LIMIT,
  levelOfDetail,
  OVERVIEW_ENTER_ZOOM,
  OVERVIEW_LEAVE_ZOOM
} from '../../../src/renderer/src/graph/level-of-detail'

describe('levelOfDetail', () => {
  it('draws a small chart as DOM nodes at every zoom', () => {
    for (const zoom of [0.01, 0.2, 1, 2.5])
      expect(levelOfDetail(DOM_LAYOUT_LIMIT, zoom)).toBe('dom')
  })

  it('draws a big chart on the canvas zoomed out and as a window of nodes zoomed in', () => {
    const big = DOM_LAYOUT_LIMIT + 1
    expect(levelOfDetail(big, 0.05)).toBe('overview')
    expect(levelOfDetail(big, OVERVIEW_ENTER_ZOOM - 0.01)).toBe('overview')
    expect(levelOfDetail(big, OVERVIEW_LEAVE_ZOOM + 0.01)).toBe('window')
    expect(levelOfDetail(big, 1)).toBe('window')
  })

  it('keeps the current level between the two thresholds, so a zoom near the line does not flicker', () => {
    const big = 25_000
    const between = (OVERVIEW_ENTER_ZOOM + OVERVIEW_LEAVE_ZOOM) / 2
    expect(levelOfDetail(big, between, 'overview')).toBe('overview')
    expect(levelOfDetail(big, between, 'window')).toBe('window')
    expect(OVERVIEW_ENTER_ZOOM).toBeLessThan(OVERVIEW_LEAVE_ZOOM)
  })
})
