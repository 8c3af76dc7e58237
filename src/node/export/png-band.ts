import { createCanvas } from '@napi-rs/canvas'
import { constants, createDeflate } from 'node:zlib'
import { drawScene, type Canvas2D, type CanvasTarget } from '../../shared/export/canvas-scene'
import type { Scene } from '../../shared/export/scene'
import { registerFonts, SKIA } from './png-skia'

/** Rows `top` to `top + height` (device pixels) of a PNG `width` pixels wide. */
export interface BandRows {
  top: number
  height: number
}

/** What one band of a PNG is drawn from: the whole scene, where it is drawn and how. */
export interface BandDrawing extends Pick<CanvasTarget, 'greekTextBelow'> {
  scene: Scene
  scale: number
  width: number
}

/**
 * One band of a PNG's image data, compressed: its scanlines (each a filter byte, 0, then the
 * row's RGBA) as deflate blocks that end on a byte boundary and are not the last (a sync flush),
 * so that bands compressed apart join into one zlib stream by concatenation (pngFromBands). With
 * the Adler-32 of those scanlines and their length, from which the whole stream's is combined.
 */
export interface DeflatedBand {
  deflated: Uint8Array
  adler: number
  length: number
}

/**
 * Draws rows `band` of the scene (only the shapes that reach them: drawScene's `area`) and
 * deflates them. The pixels are read unpremultiplied (getImageData), as PNG stores them: a
 * transparent export's half-covered edges keep their colour.
 */
export async function drawBand(drawing: BandDrawing, band: BandRows): Promise<DeflatedBand> {
  registerFonts()
  const { scene, scale, width } = drawing
  const canvas = createCanvas(width, band.height)
  const context = canvas.getContext('2d')
  drawScene(context as unknown as Canvas2D, scene, SKIA, {
    scale,
    greekTextBelow: drawing.greekTextBelow,
    area: { x: 0, y: band.top / scale, width: scene.width, height: band.height / scale }
  })
  const pixels = context.getImageData(0, 0, width, band.height).data
  // The pixels are in `pixels` now: let the canvas's go (see png.ts).
  canvas.width = 0
  canvas.height = 0
  const stride = width * 4
  const scanlines = Buffer.allocUnsafe((stride + 1) * band.height)
  for (let row = 0; row < band.height; row++) {
    const at = row * (stride + 1)
    scanlines[at] = 0
    scanlines.set(pixels.subarray(row * stride, (row + 1) * stride), at + 1)
  }
  return deflateBand(scanlines)
}

/**
 * Scanlines as deflate blocks ending in a sync flush, and their Adler-32, which zlib computes
 * (as fast as the copy itself; a loop in JavaScript took 0.45 s per 650 MB): a zlib stream
 * flushed, then finished with nothing more to add, ends with the sync flush's empty stored
 * block, an empty final block (`03 00`) and the Adler-32. The blocks between the 2-byte header
 * and those last 6 bytes are the band's.
 */
export function deflateBand(scanlines: Uint8Array): Promise<DeflatedBand> {
  return new Promise((resolve, reject) => {
    // Level 1: a chart is mostly flat colour, which deflate's fastest level packs about as well
    // as its slowest (see png.ts).
    const deflate = createDeflate({ level: 1 })
    const parts: Buffer[] = []
    deflate.on('data', (part: Buffer) => parts.push(part))
    deflate.on('error', reject)
    deflate.on('end', () => {
      const stream = Buffer.concat(parts)
      const end = stream.length - 6
      if (end < 2 || stream[end] !== 0x03 || stream[end + 1] !== 0x00) {
        reject(new Error('zlib did not end the band as expected (an empty final block)'))
        return
      }
      resolve({
        deflated: new Uint8Array(stream.subarray(2, end)),
        adler: stream.readUInt32BE(end + 2),
        length: scanlines.length
      })
    })
    deflate.write(scanlines)
    deflate.flush(constants.Z_SYNC_FLUSH, () => deflate.end())
  })
}
