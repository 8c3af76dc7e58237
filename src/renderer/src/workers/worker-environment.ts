import latin400 from '@fontsource/inter/files/inter-latin-400-normal.woff2?url'
import latin500 from '@fontsource/inter/files/inter-latin-500-normal.woff2?url'
import latin600 from '@fontsource/inter/files/inter-latin-600-normal.woff2?url'
import latin700 from '@fontsource/inter/files/inter-latin-700-normal.woff2?url'
import ext400 from '@fontsource/inter/files/inter-latin-ext-400-normal.woff2?url'
import ext500 from '@fontsource/inter/files/inter-latin-ext-500-normal.woff2?url'
import ext600 from '@fontsource/inter/files/inter-latin-ext-600-normal.woff2?url'
import ext700 from '@fontsource/inter/files/inter-latin-ext-700-normal.woff2?url'
import { drawScene, type Canvas2D, type CanvasPlatform } from '../../../shared/export/canvas-scene'
import {
  FONT_FAMILY,
  SUBSET_RANGES,
  type ExportFonts,
  type FontFace as ExportFontFace
} from '../../../shared/export/fonts'
import type { ExportEnvironment } from '../../../shared/export/render-export'
import { loadLogos } from '../technology/load-logos'

const FACES: [ExportFontFace['weight'], ExportFontFace['subset'], string][] = [
  [400, 'latin', latin400],
  [500, 'latin', latin500],
  [600, 'latin', latin600],
  [700, 'latin', latin700],
  [400, 'latin-ext', ext400],
  [500, 'latin-ext', ext500],
  [600, 'latin-ext', ext600],
  [700, 'latin-ext', ext700]
]

/** The part of a worker's global scope this uses (the DOM's types describe a window). */
interface FontScope {
  fonts: FontFaceSet
}

let files: Promise<{ face: (typeof FACES)[number]; bytes: ArrayBuffer }[]> | undefined

/** The WOFF2 files the page itself uses (same origin, already cached). */
function fontFiles() {
  files ??= Promise.all(
    FACES.map(async (face) => {
      const response = await fetch(face[2])
      if (!response.ok) throw new Error(`could not load the font ${face[2]}: ${response.status}`)
      return { face, bytes: await response.arrayBuffer() }
    })
  )
  return files
}

async function embeddedFonts(): Promise<ExportFonts> {
  return {
    faces: (await fontFiles()).map(({ face: [weight, subset], bytes }) => ({
      weight,
      subset,
      woff2Base64: toBase64(new Uint8Array(bytes))
    }))
  }
}

let registered: Promise<void> | undefined

/** Inter at each weight, in this worker's own font set, for the canvas to draw text with. */
function registerFonts(): Promise<void> {
  registered ??= fontFiles().then(async (loaded) => {
    const { fonts } = globalThis as unknown as FontScope
    for (const { face, bytes } of loaded) {
      const [weight, subset] = face
      const font = new FontFace(FONT_FAMILY, bytes, {
        weight: String(weight),
        unicodeRange: SUBSET_RANGES[subset]
      })
      fonts.add(await font.load())
    }
  })
  return registered
}

const OFFSCREEN: CanvasPlatform = {
  path: (d) => new Path2D(d),
  layer: (width, height) => {
    const canvas = new OffscreenCanvas(width, height)
    return { context: context2d(canvas), image: canvas }
  }
}

/**
 * What a Web Worker brings to the shared export pipeline: the fonts the page uses, and an
 * OffscreenCanvas to draw the PNG on (Chromium's Skia, as the screen). No PDF writer (pdfkit
 * needs Node), so a PDF request is refused as unsupported.
 */
export const WORKER_ENVIRONMENT: ExportEnvironment = {
  name: 'the browser build',
  embeddedFonts,
  logos: loadLogos,
  rasterize: async (scene, size, onProgress, drawing) => {
    await registerFonts()
    const canvas = new OffscreenCanvas(size.width, size.height)
    onProgress({ done: 0, total: 2 })
    drawScene(context2d(canvas), scene, OFFSCREEN, { ...drawing, scale: size.scale })
    onProgress({ done: 1, total: 2 })
    const blob = await canvas.convertToBlob({ type: 'image/png' })
    onProgress({ done: 2, total: 2 })
    return new Uint8Array(await blob.arrayBuffer())
  }
}

function context2d(canvas: OffscreenCanvas): Canvas2D {
  const context = canvas.getContext('2d')
  if (!context) throw new Error('this browser cannot draw to a canvas')
  return context as unknown as Canvas2D
}

export function toBase64(bytes: Uint8Array): string {
  let binary = ''
  const CHUNK = 0x8000
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  }
  return btoa(binary)
}
