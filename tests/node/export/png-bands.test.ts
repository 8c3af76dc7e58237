// @vitest-environment node
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { sceneToPng } from '../../../src/node/export/png'
import { deflateBand, drawBand } from '../../../src/node/export/png-band'
import {
  adler32Combine,
  BANDS_FROM_PIXELS,
  BANDS_FROM_SHAPES,
  bandWorkerEntry,
  planBands,
  pngFromBands,
  pngInBands
} from '../../../src/node/export/png-bands'
import { chartScene } from '../../../src/shared/export/chart-scene'
import { ExportOptions, ExportView } from '../../../src/shared/export/options'
import { rasterSize } from '../../../src/shared/export/raster-size'
import { planSvg } from '../../../src/shared/export/svg'
import { syntheticCatalogYaml } from '../../../src/shared/synth/synthetic-catalog'
import { teamNodeIds } from '../../../src/shared/tree/org-tree'
import { loadCatalog } from '../../fixtures/catalog'

const ENTRY = fileURLToPath(new URL('../../../src/node/export/png-band-worker.ts', import.meta.url))
const catalog = loadCatalog(syntheticCatalogYaml({ teams: 40, seed: 5 }))

function sceneOf(background: 'theme' | 'transparent', scale: number) {
  const plan = planSvg(
    catalog,
    ExportView.parse({ collapsed: teamNodeIds(catalog) }),
    ExportOptions.parse({ format: 'png', background })
  )
  return { scene: chartScene(plan), size: rasterSize(plan, scale) }
}

/** The Adler-32 zlib writes after a stream of `bytes`. */
function adler32(bytes: Uint8Array): number {
  const stream = deflateSync(bytes, { level: 0 })
  return stream.readUInt32BE(stream.length - 4)
}

describe('a PNG drawn in bands', () => {
  it('combines the Adler-32 of two runs as zlib does', () => {
    const a = Buffer.from('The Payments team owns checkout. '.repeat(3000))
    const b = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 256))
    expect(adler32Combine(adler32(a), adler32(b), b.length)).toBe(adler32(Buffer.concat([a, b])))
    expect(adler32Combine(1, adler32(b), b.length)).toBe(adler32(b))
  })

  it('cuts only large pictures with much to draw, and only with two cores or more, into bands covering every row', () => {
    const many = BANDS_FROM_SHAPES
    expect(planBands({ width: 1000, height: 1000 }, many, 8)).toBeUndefined()
    expect(planBands({ width: 10_000, height: 10_000 }, many, 1)).toBeUndefined()
    expect(planBands({ width: 10_000, height: 10_000 }, many - 1, 8)).toBeUndefined()
    const plan = planBands({ width: 14_656, height: 22_756 }, many, 2)!
    expect(plan.threads).toBe(2)
    expect(plan.bands.length).toBeGreaterThanOrEqual(5)
    let next = 0
    for (const band of plan.bands) {
      expect(band.top).toBe(next)
      expect(band.height * 14_656).toBeLessThanOrEqual(64 * 1024 * 1024)
      next += band.height
    }
    expect(next).toBe(22_756)
    expect(planBands({ width: 4000, height: BANDS_FROM_PIXELS / 4000 }, many, 16)!.threads).toBe(4)
  })

  it('finds its thread script beside its own source', () => {
    expect(bandWorkerEntry()).toBe(ENTRY)
  })
  it('encodes the pixels one canvas gives: one band is the same image, pixel for pixel', async () => {
    for (const [background, scale] of [
      ['theme', 1],
      ['transparent', 1.5]
    ] as const) {
      const { scene, size } = sceneOf(background, scale)
      expect(size.width * size.height).toBeLessThan(BANDS_FROM_PIXELS)
      const whole = PNG.sync.read(await sceneToPng(scene, size))
      const drawing = { scene, scale: size.scale, width: size.width }
      const band = await drawBand(drawing, { top: 0, height: size.height })
      const image = PNG.sync.read(pngFromBands(size.width, size.height, [band]))
      expect([image.width, image.height]).toEqual([whole.width, whole.height])
      expect(image.data.equals(whole.data), background).toBe(true)
    }
  })

  // Worker threads load the exporter from source through tsx: seconds on a busy machine.
  it(
    'draws bands on threads into the picture one canvas draws, no seam and no shape lost',
    { timeout: 60_000 },
    async () => {
      for (const [background, scale] of [
        ['theme', 1],
        ['transparent', 1.5]
      ] as const) {
        const { scene, size } = sceneOf(background, scale)
        const whole = PNG.sync.read(await sceneToPng(scene, size))
        const drawing = { scene, scale: size.scale, width: size.width }
        const seventh = Math.ceil(size.height / 7)
        const bands = Array.from({ length: 7 }, (_, i) => ({
          top: i * seventh,
          height: Math.min(seventh, size.height - i * seventh)
        }))
        const image = PNG.sync.read(
          await pngInBands(drawing, size.height, { threads: 2, bands }, ENTRY)
        )
        expect([image.width, image.height]).toEqual([whole.width, whole.height])
        // Skia anti-aliases a shape cut by a band's edge a little differently from the same
        // shape whole (measured: a few hundredths of a percent of the pixels, a few by more than
        // a quarter of the range); a lost card (some 25,000 pixels) or a band drawn out of place
        // would change far more.
        let differing = 0
        let far = 0
        for (let i = 0; i < image.data.length; i += 4) {
          let most = 0
          const [a, b] = [image.data[i + 3], whole.data[i + 3]]
          // Colours as they show (times their alpha): a nearly transparent edge pixel's colour
          // is mostly rounding.
          for (let c = 0; c < 3; c++) {
            const shown = Math.abs(image.data[i + c] * a - whole.data[i + c] * b) / 255
            most = Math.max(most, Math.round(shown))
          }
          most = Math.max(most, Math.abs(a - b))
          if (most > 0) differing++
          if (most > 64) far++
        }
        const pixels = size.width * size.height
        console.log(
          `${background}: ${differing} of ${pixels} pixels differ, ${far} by more than 64 levels`
        )
        expect(differing / pixels, background).toBeLessThan(0.002)
        expect(far / pixels, background).toBeLessThan(0.0002)
      }
    }
  )

  it(
    'reports each band as it is done, and fails when a thread fails',
    { timeout: 60_000 },
    async () => {
      const { scene, size } = sceneOf('theme', 1)
      const drawing = { scene, scale: size.scale, width: size.width }
      const bands = [
        { top: 0, height: 10 },
        { top: 10, height: size.height - 10 }
      ]
      const progress: number[] = []
      await pngInBands(drawing, size.height, { threads: 2, bands }, ENTRY, (p) =>
        progress.push(p.done)
      )
      expect(progress).toEqual([0, 1, 2, 3])
      const broken = { ...drawing, scene: { ...scene, shapes: null } } as never
      await expect(pngInBands(broken, size.height, { threads: 2, bands }, ENTRY)).rejects.toThrow()
    }
  )

  it('keeps the deflate blocks of a band joinable: no final block, sync-flushed', async () => {
    const band = await deflateBand(Buffer.from('x'.repeat(100_000)))
    // A sync flush ends with an empty stored block: 00 00 ff ff.
    expect([...band.deflated.subarray(-4)]).toEqual([0x00, 0x00, 0xff, 0xff])
    expect(band.length).toBe(100_000)
  })
})
