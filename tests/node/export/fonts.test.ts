// @vitest-environment node
import PDFDocument from 'pdfkit'
import { describe, expect, it } from 'vitest'
import { interTtfPaths, loadEmbeddedFonts } from '../../../src/node/export/fonts'
import { FONT_WEIGHTS } from '../../../src/shared/export/fonts'
import { measureText } from '../../../src/shared/layout/text-metrics'

describe('export fonts', () => {
  it('ship a TTF whose advance widths are the ones the layout measured (same Inter design)', () => {
    // The layout wraps text with widths measured in Chromium from @fontsource's WOFF2; resvg and
    // pdfkit draw with @expo-google-fonts' TTF. If the two were different Inter versions, text
    // in PNG/PDF exports would overflow or fall short of the wrapped lines. pdfkit measures
    // with the TTF's own advance widths.
    const doc = new PDFDocument()
    const sample = 'Cloud Application Team · Kubernetes, PostgreSQL & gRPC 0123456789'
    const paths = interTtfPaths()
    for (const weight of FONT_WEIGHTS) {
      doc.font(paths[weight]).fontSize(100)
      // Character by character: advance widths only, no kerning pairs (neither side kerns).
      const ttf = [...sample].reduce((sum, char) => sum + doc.widthOfString(char), 0)
      const table = measureText(sample, { size: 100, weight })
      expect(Math.abs(ttf - table) / table, `weight ${weight}`).toBeLessThan(0.005)
    }
  })

  it('load WOFF2 faces for every weight, latin and latin-ext', async () => {
    const { faces } = await loadEmbeddedFonts()
    expect(faces.map((f) => `${f.weight}/${f.subset}`).sort()).toEqual(
      FONT_WEIGHTS.flatMap((w) => [`${w}/latin`, `${w}/latin-ext`]).sort()
    )
    for (const face of faces) {
      // WOFF2 signature "wOF2".
      expect(Buffer.from(face.woff2Base64, 'base64').subarray(0, 4).toString('latin1')).toBe('wOF2')
    }
  })
})
