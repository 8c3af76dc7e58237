// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { renderInNode } from '../../../src/node/export/render-in-node'
import { ExportOptions, ExportView } from '../../../src/shared/export/options'
import { rasterSize } from '../../../src/shared/export/raster-size'
import { planSvg } from '../../../src/shared/export/svg'
import { syntheticCatalogYaml } from '../../../src/shared/synth/synthetic-catalog'
import { teamNodeIds } from '../../../src/shared/tree/org-tree'
import { loadCatalog, loadTeleportCatalog } from '../../fixtures/catalog'
import { pngHeader } from './png-header'

/**
 * The cap is exercised with small limits on a small synthetic chart: what a 5,000-team chart
 * does to the default limits, a 120-team one does to these, in a fraction of the time.
 */
const LIMITS = { maxSide: 1200, maxPixels: 600_000 }
const big = loadCatalog(syntheticCatalogYaml({ teams: 120, seed: 3 }))
const view = ExportView.parse({ collapsed: teamNodeIds(big) })

describe('renderInNode: PNG size', () => {
  it('draws a chart too large for the limits at a lower scale, within them, and says so', async () => {
    const options = ExportOptions.parse({ format: 'png', scale: 2 })
    const plan = planSvg(big, view, options)
    // The premise: at 2× this chart breaks both limits.
    expect(Math.max(plan.width, plan.height) * 2).toBeGreaterThan(LIMITS.maxSide)
    expect(plan.width * plan.height * 4).toBeGreaterThan(LIMITS.maxPixels)

    const rendered = await renderInNode(big, view, options, { rasterLimits: LIMITS })
    const header = pngHeader(rendered.bytes)
    expect(header).toEqual({ width: rendered.width, height: rendered.height })
    expect(Math.max(header.width, header.height)).toBeLessThanOrEqual(LIMITS.maxSide)
    expect(header.width * header.height).toBeLessThanOrEqual(LIMITS.maxPixels)
    const expected = rasterSize(plan, 2, LIMITS)
    expect(header).toEqual({ width: expected.width, height: expected.height })
    expect(rendered.scale).toBe(expected.scale)
    expect(rendered.scale).toBeLessThan(2)
    expect(rendered.notice).toBe(
      `Scaled to ${expected.scale}× (${expected.width.toLocaleString('en-US')} × ` +
        `${expected.height.toLocaleString('en-US')} px) instead of 2× to stay under 0.6 ` +
        'megapixels; export SVG or PDF for full detail.'
    )
  })

  it('draws a chart within the limits at the scale asked for, with nothing to say', async () => {
    const teleport = loadTeleportCatalog()
    const teleportView = ExportView.parse({ collapsed: teamNodeIds(teleport) })
    const options = ExportOptions.parse({ format: 'png', scale: 2 })
    const plan = planSvg(teleport, teleportView, options)
    const rendered = await renderInNode(teleport, teleportView, options)
    expect(pngHeader(rendered.bytes)).toEqual({ width: plan.width * 2, height: plan.height * 2 })
    expect(rendered.scale).toBe(2)
    expect(rendered.notice).toBeUndefined()
  })
})
