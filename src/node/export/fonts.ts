import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import {
  FONT_WEIGHTS,
  type ExportFonts,
  type FontSubset,
  type FontWeight
} from '../../shared/export/fonts'

/**
 * The export fonts, read from npm packages, never from the system: an export must look the same
 * on every machine. Both packages hold Inter 4.001 (the version the layout's advance widths were
 * measured from; tests/node/export/fonts.test.ts checks the TTF against that table):
 * - @fontsource/inter: WOFF2, embedded in SVG (browsers read it);
 * - @expo-google-fonts/inter: TTF, for Skia and pdfkit (which cannot read WOFF2).
 */
const require = createRequire(import.meta.url)

const TTF_NAMES: Record<FontWeight, string> = {
  400: '400Regular/Inter_400Regular.ttf',
  500: '500Medium/Inter_500Medium.ttf',
  600: '600SemiBold/Inter_600SemiBold.ttf',
  700: '700Bold/Inter_700Bold.ttf'
}

/** Absolute paths of Inter's TTF files, by weight. */
export function interTtfPaths(): Record<FontWeight, string> {
  return Object.fromEntries(
    FONT_WEIGHTS.map((weight) => [
      weight,
      require.resolve(`@expo-google-fonts/inter/${TTF_NAMES[weight]}`)
    ])
  ) as Record<FontWeight, string>
}

let embedded: Promise<ExportFonts> | undefined

/** WOFF2 faces to embed in an SVG: latin and latin-ext for each weight. Read once, then cached. */
export function loadEmbeddedFonts(): Promise<ExportFonts> {
  embedded ??= (async () => {
    const subsets: FontSubset[] = ['latin', 'latin-ext']
    const faces = await Promise.all(
      FONT_WEIGHTS.flatMap((weight) =>
        subsets.map(async (subset) => {
          const file = require.resolve(
            `@fontsource/inter/files/inter-${subset}-${weight}-normal.woff2`
          )
          return { weight, subset, woff2Base64: (await readFile(file)).toString('base64') }
        })
      )
    )
    return { faces }
  })()
  return embedded
}
