import latin400 from '@fontsource/inter/files/inter-latin-400-normal.woff2?url'
import latin500 from '@fontsource/inter/files/inter-latin-500-normal.woff2?url'
import latin600 from '@fontsource/inter/files/inter-latin-600-normal.woff2?url'
import latin700 from '@fontsource/inter/files/inter-latin-700-normal.woff2?url'
import ext400 from '@fontsource/inter/files/inter-latin-ext-400-normal.woff2?url'
import ext500 from '@fontsource/inter/files/inter-latin-ext-500-normal.woff2?url'
import ext600 from '@fontsource/inter/files/inter-latin-ext-600-normal.woff2?url'
import ext700 from '@fontsource/inter/files/inter-latin-ext-700-normal.woff2?url'
import type { Catalog } from '../../../shared/catalog/catalog'
import type { ExportFonts, FontFace } from '../../../shared/export/fonts'
import {
  renderExport,
  type ExportEnvironment,
  type RenderedExport
} from '../../../shared/export/render-export'
import type { RasterSize } from '../../../shared/export/raster-size'
import { ExportRequest } from '../../../shared/ipc/contract'

const FACES: [FontFace['weight'], FontFace['subset'], string][] = [
  [400, 'latin', latin400],
  [500, 'latin', latin500],
  [600, 'latin', latin600],
  [700, 'latin', latin700],
  [400, 'latin-ext', ext400],
  [500, 'latin-ext', ext500],
  [600, 'latin-ext', ext600],
  [700, 'latin-ext', ext700]
]

let fonts: Promise<ExportFonts> | undefined

/** The WOFF2 files the page itself uses (same origin, already cached), as embeddable data. */
function loadFonts(): Promise<ExportFonts> {
  fonts ??= Promise.all(
    FACES.map(async ([weight, subset, url]) => {
      const response = await fetch(url)
      if (!response.ok) throw new Error(`could not load the font ${url}: ${response.status}`)
      return { weight, subset, woff2Base64: toBase64(new Uint8Array(await response.arrayBuffer())) }
    })
  ).then((faces) => ({ faces }))
  return fonts
}

/**
 * What the page brings to the shared export pipeline: the fonts it already uses, and a canvas to
 * rasterize on. No PDF writer (pdfkit needs Node), so a PDF request is refused as unsupported.
 */
const BROWSER_ENVIRONMENT: ExportEnvironment = {
  name: 'the browser build',
  embeddedFonts: loadFonts,
  rasterizer: { needsEmbeddedFonts: true, rasterize }
}

export interface BrowserFile {
  blob: Blob
  name: string
}

/**
 * One export, drawn in the page by the same pipeline the app uses (renderExport). PNG: the SVG
 * (fonts embedded) is drawn onto a canvas at the chosen scale, as the browser would show it,
 * lowered as the app lowers it for a chart too large for a bitmap (raster-size.ts; past 16,384²
 * pixels Chromium's canvas cannot encode it at all).
 */
export async function renderInBrowser(catalog: Catalog, input: unknown): Promise<BrowserFile> {
  const { options, view } = ExportRequest.parse(input)
  const rendered: RenderedExport = await renderExport(catalog, view, options, BROWSER_ENVIRONMENT)
  // Blob takes only bytes over a plain ArrayBuffer; slice() makes that copy (milliseconds, next
  // to the drawing).
  return { blob: new Blob([rendered.bytes.slice()], { type: rendered.mime }), name: rendered.name }
}

async function rasterize(svg: string, size: RasterSize): Promise<Uint8Array> {
  const image = new Image()
  // A data: URL, which the page's CSP allows for images (blob: is not listed there).
  image.src = `data:image/svg+xml;base64,${toBase64(new TextEncoder().encode(svg))}`
  await image.decode()
  const canvas = document.createElement('canvas')
  canvas.width = size.width
  canvas.height = size.height
  const context = canvas.getContext('2d')
  if (!context) throw new Error('this browser cannot draw to a canvas')
  context.drawImage(image, 0, 0, canvas.width, canvas.height)
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (png) => (png ? resolve(png) : reject(new Error('the PNG encoder failed'))),
      'image/png'
    )
  )
  return new Uint8Array(await blob.arrayBuffer())
}

/** Saves through the browser's download, as an <a download> click. */
export function download(file: BrowserFile): void {
  const url = URL.createObjectURL(file.blob)
  const link = document.createElement('a')
  link.href = url
  link.download = file.name
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // Give the download a moment to start before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  const CHUNK = 0x8000
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  }
  return btoa(binary)
}
