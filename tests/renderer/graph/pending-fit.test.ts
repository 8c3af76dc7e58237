import { getViewportForBounds, type Transform } from '@xyflow/react'
import { describe, expect, it } from 'vitest'
import { viewportForDetail, type PendingFit } from '../../../src/renderer/src/graph/pending-fit'

const fit: PendingFit = {
  key: 'big.yaml',
  bounds: { x: -200, y: 0, width: 40_000, height: 9_000 },
  minZoom: 0.005,
  maxZoom: 2.5,
  padding: 0.08
}

describe('the viewport the level of detail is decided for', () => {
  it('is the fitted one while the camera has not moved since the fit was asked for', () => {
    const askedAt: Transform = [0, 0, 1]
    const viewport = viewportForDetail(
      { transform: askedAt, width: 1000, height: 700 },
      fit,
      askedAt
    )
    const fitted = getViewportForBounds(fit.bounds, 1000, 700, fit.minZoom, fit.maxZoom, 0.08)
    expect(viewport).toEqual({ ...fitted, width: 1000, height: 700 })
    // Far out: the fit will show this chart as the canvas overview, whatever the old zoom was.
    expect(viewport!.zoom).toBeLessThan(0.1)
  })

  it('is the camera itself once it has moved (the fit ran, or someone panned)', () => {
    const askedAt: Transform = [0, 0, 1]
    const moved: Transform = [10, 20, 0.9]
    expect(viewportForDetail({ transform: moved, width: 1000, height: 700 }, fit, askedAt)).toEqual(
      { x: 10, y: 20, zoom: 0.9, width: 1000, height: 700 }
    )
  })

  it('is unknown before the pane has a size', () => {
    const askedAt: Transform = [0, 0, 1]
    expect(viewportForDetail({ transform: askedAt, width: 0, height: 0 }, fit, askedAt)).toBe(
      undefined
    )
  })
})
