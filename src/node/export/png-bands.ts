import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import type { Worker } from 'node:worker_threads'
import { crc32 } from 'node:zlib'
import type { ProgressListener } from '../../shared/export/render-export'
import { startWorkerThread } from '../worker-thread'
import type { BandDrawing, BandRows, DeflatedBand } from './png-band'

/**
 * A large PNG drawn in horizontal bands on worker threads at once (png-band-worker.ts), each band
 * drawn, read and deflated by its thread, the bands' deflate blocks then joined into one PNG
 * here. On one canvas a 5,000-team chart at 1× (330 megapixels) spent ~7 s on one core, most of
 * it rasterizing and encoding.
 */

/** Below this many pixels a PNG is drawn on one canvas: starting threads would cost more. */
export const BANDS_FROM_PIXELS = 16_000_000

/**
 * Below this many shapes too: threads pay for themselves by sharing the drawing, and reading and
 * deflating the bands costs more than Skia's own encoder. Measured from a cold start: a
 * 5,000-team chart (~95,000 shapes) at 1x, 334 megapixels, 7.4 s on one canvas and 4.6 s in
 * bands; a 1,000-team one (~19,000 shapes) at 2x, 280 megapixels, 2.0 s and 2.2 s.
 */
export const BANDS_FROM_SHAPES = 40_000

/**
 * At most this many pixels a band: a thread holds its band about three times over (the canvas,
 * the pixels read from it, the scanlines), ~0.8 GB at this size.
 */
const MAX_BAND_PIXELS = 64 * 1024 * 1024

/** Threads beyond this add memory more than speed (each holds a band and the whole scene). */
const MAX_THREADS = 4

/**
 * Bands per thread at least: a chart's top (its company and divisions) and bottom differ in what
 * they hold, so each thread draws several bands spread over the picture (at 5,000 teams, the
 * top half of a 65-megapixel PNG took three times as long to draw as the bottom half).
 */
const BANDS_PER_THREAD = 3

export interface BandPlan {
  threads: number
  bands: BandRows[]
}

/**
 * How to cut a `width` × `height` PNG of `shapes` shapes into bands for `cores` threads:
 * undefined when it is better drawn on one canvas (small, little to draw, or one core).
 * BANDS_PER_THREAD bands a thread, or more when a band would pass MAX_BAND_PIXELS; each thread
 * draws every `threads`-th band.
 */
export function planBands(
  size: { width: number; height: number },
  shapes: number,
  cores = availableParallelism()
): BandPlan | undefined {
  const pixels = size.width * size.height
  if (cores < 2 || pixels < BANDS_FROM_PIXELS || shapes < BANDS_FROM_SHAPES) return undefined
  const threads = Math.min(cores, MAX_THREADS, size.height)
  const wanted = Math.max(threads * BANDS_PER_THREAD, Math.ceil(pixels / MAX_BAND_PIXELS))
  const rows = Math.ceil(size.height / wanted)
  const bands: BandRows[] = []
  for (let top = 0; top < size.height; top += rows) {
    bands.push({ top, height: Math.min(rows, size.height - top) })
  }
  return { threads: Math.min(threads, bands.length), bands }
}

/**
 * What a band thread is asked: the drawing, all the bands, and which of them are its own. The
 * scene goes as its JSON, written once for every thread: cloning its objects for each thread
 * took 200 ms of the sending thread apiece at 5,000 teams, writing and reading JSON 60 and 70.
 */
export interface BandJob {
  drawing: Omit<BandDrawing, 'scene'> & { sceneJson: string }
  bands: BandRows[]
  mine: number[]
}

export type BandMessage =
  { type: 'band'; index: number; band: DeflatedBand } | { type: 'failed'; message: string }

let bandWorker: string | undefined = besideThisFile('png-band-worker.ts')

/**
 * The band thread's script. From source it is found beside this file; a bundle (the app's export
 * worker) is told where its built copy is, or draws every PNG on one canvas.
 */
export function useBandWorker(entry: string | undefined): void {
  bandWorker = entry
}

export function bandWorkerEntry(): string | undefined {
  return bandWorker
}

function besideThisFile(name: string): string | undefined {
  try {
    const path = fileURLToPath(new URL(`./${name}`, import.meta.url))
    return existsSync(path) ? path : undefined
  } catch {
    return undefined
  }
}

/**
 * The PNG of `drawing`, its bands drawn on `plan.threads` threads running `entry`. Progress counts
 * bands. A thread that fails fails the whole PNG, and every thread is ended either way.
 */
export async function pngInBands(
  drawing: BandDrawing,
  height: number,
  plan: BandPlan,
  entry: string,
  onProgress: ProgressListener = () => undefined
): Promise<Buffer> {
  const total = plan.bands.length + 1
  const done: DeflatedBand[] = new Array(plan.bands.length)
  let finished = 0
  onProgress({ done: 0, total })
  const { scene, ...rest } = drawing
  const sent = { ...rest, sceneJson: JSON.stringify(scene) }
  const workers: Worker[] = []
  try {
    await Promise.all(
      Array.from({ length: plan.threads }, (_, thread) => {
        const worker = startWorkerThread(entry)
        workers.push(worker)
        const mine = plan.bands.map((_, i) => i).filter((i) => i % plan.threads === thread)
        return new Promise<void>((resolve, reject) => {
          let left = mine.length
          worker.on('message', (message: BandMessage) => {
            if (message.type === 'failed') {
              reject(new Error(message.message))
              return
            }
            done[message.index] = message.band
            onProgress({ done: ++finished, total })
            if (--left === 0) resolve()
          })
          worker.on('error', reject)
          worker.on('exit', (code) => {
            if (left > 0) reject(new Error(`a PNG band's thread stopped (exit code ${code})`))
          })
          const job: BandJob = { drawing: sent, bands: plan.bands, mine }
          worker.postMessage(job)
        })
      })
    )
  } finally {
    for (const worker of workers) void worker.terminate()
  }
  const png = pngFromBands(drawing.width, height, done)
  onProgress({ done: total, total })
  return png
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/**
 * A PNG (8-bit RGBA, sRGB, as Skia's encoder writes it) whose image data is the bands' deflate
 * blocks in order, inside one zlib stream: a header, the blocks, an empty final block and the
 * Adler-32 of all the scanlines, combined from the bands'.
 */
export function pngFromBands(width: number, height: number, bands: DeflatedBand[]): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 6, 0, 0, 0], 8)
  let adler = 1
  for (const band of bands) adler = adler32Combine(adler, band.adler, band.length)
  const trailer = Buffer.alloc(6)
  trailer.set([0x03, 0x00], 0)
  trailer.writeUInt32BE(adler >>> 0, 2)
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    // Rendering intent 0 (perceptual), as Skia writes: the colours are sRGB.
    chunk('sRGB', Buffer.from([0])),
    chunk('IDAT', Buffer.from([0x78, 0x01])),
    ...bands.map((band) => chunk('IDAT', band.deflated)),
    chunk('IDAT', trailer),
    chunk('IEND', Buffer.alloc(0))
  ])
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const tail = Buffer.alloc(4)
  tail.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0)
  return Buffer.concat([head, data, tail])
}

const ADLER_BASE = 65_521

/**
 * The Adler-32 of two byte runs one after the other, from each run's and the second's length
 * (zlib's adler32_combine).
 */
export function adler32Combine(first: number, second: number, secondLength: number): number {
  const rem = secondLength % ADLER_BASE
  let sum1 = first & 0xffff
  let sum2 = (rem * sum1) % ADLER_BASE
  sum1 += (second & 0xffff) + ADLER_BASE - 1
  sum2 += ((first >>> 16) & 0xffff) + ((second >>> 16) & 0xffff) + ADLER_BASE - rem
  if (sum1 >= ADLER_BASE) sum1 -= ADLER_BASE
  if (sum1 >= ADLER_BASE) sum1 -= ADLER_BASE
  if (sum2 >= ADLER_BASE * 2) sum2 -= ADLER_BASE * 2
  if (sum2 >= ADLER_BASE) sum2 -= ADLER_BASE
  return ((sum2 << 16) | sum1) >>> 0
}
