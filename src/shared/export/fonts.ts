/**
 * Fonts to embed in an SVG, as data the environment hands in: Node reads the @fontsource files,
 * the browser build fetches the same files it already uses for the page. Keeping the loading
 * outside the writer (as Excalidraw does) keeps the writer pure and lets callers skip the step:
 * a PNG drawn by Skia gets its fonts as TTF files instead, so it passes none.
 */
export const FONT_FAMILY = 'Inter'
/** What a viewer without the embedded font falls back to. */
export const FONT_STACK = `${FONT_FAMILY}, 'Helvetica Neue', Arial, sans-serif`

/** The weights the chart draws with (see NODE_STYLE, CHIP, SUBTITLE_FONT and the frame). */
export const FONT_WEIGHTS = [400, 500, 600, 700] as const
export type FontWeight = (typeof FONT_WEIGHTS)[number]

/** The weight of FONT_WEIGHTS that draws a CSS weight: the nearest one. */
export function nearestWeight(weight: number): FontWeight {
  return FONT_WEIGHTS.reduce((best, w) =>
    Math.abs(w - weight) < Math.abs(best - weight) ? w : best
  )
}

/** @fontsource's subsets: "latin" covers English; "latin-ext" adds the rest of Europe's letters. */
export type FontSubset = 'latin' | 'latin-ext'

/** The unicode-range of each subset, as @fontsource declares it. */
export const SUBSET_RANGES: Record<FontSubset, string> = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,' +
    'U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,' +
    'U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,' +
    'U+A720-A7FF'
}

export interface FontFace {
  weight: FontWeight
  subset: FontSubset
  /** The WOFF2 file, base64-encoded. */
  woff2Base64: string
}

export interface ExportFonts {
  faces: FontFace[]
}

/**
 * @font-face rules for the faces the text needs: only the weights used, and latin-ext only when
 * some character lies beyond Latin-1 (it would otherwise add ~45 kB per weight for nothing).
 */
export function fontFaceCss(
  fonts: ExportFonts,
  used: { weights: ReadonlySet<number>; text: string }
): string {
  const needsExt = /[^ -\u00ff\u2000-\u206f]/.test(used.text)
  return fonts.faces
    .filter((face) => used.weights.has(face.weight))
    .filter((face) => face.subset === 'latin' || needsExt)
    .map(
      (face) =>
        `@font-face{font-family:${FONT_FAMILY};font-style:normal;font-weight:${face.weight};` +
        `src:url(data:font/woff2;base64,${face.woff2Base64}) format('woff2');` +
        `unicode-range:${SUBSET_RANGES[face.subset]}}`
    )
    .join('\n')
}

/**
 * Inter's vertical metrics (hhea, which Inter also sets as its typo metrics with
 * USE_TYPO_METRICS), in ems: where a browser puts the baseline inside a line box.
 */
const ASCENT = 1984 / 2048
const DESCENT = 494 / 2048

/**
 * The baseline of a line of text whose line box starts at `lineTop`, as CSS places it: the
 * half-leading ((line height - content height) / 2) above the ascent.
 */
export function baselineY(lineTop: number, size: number, lineHeight: number): number {
  return lineTop + (lineHeight * size - (ASCENT + DESCENT) * size) / 2 + ASCENT * size
}
