/**
 * The paper a printed chart goes on. Most of the world prints on A4; the United States, Canada
 * and much of the Americas print on Letter. Printing to PDF in the app picks by the user's
 * region; the browser's own print dialog picks for itself.
 */
export type Paper = 'A4' | 'Letter'

/** Regions where Letter is the usual paper size (CLDR's paper-size preference, main ones). */
const LETTER_REGIONS = new Set([
  'US',
  'CA',
  'MX',
  'PR',
  'PH',
  'CL',
  'CO',
  'VE',
  'GT',
  'CR',
  'PA',
  'DO',
  'SV',
  'NI',
  'BZ'
])

/** `region` is a two-letter country code ("US"); a locale ("en-US") is read for its region. */
export function paperForRegion(region: string | undefined): Paper {
  return LETTER_REGIONS.has(regionOf(region ?? '')) ? 'Letter' : 'A4'
}

function regionOf(value: string): string {
  const parts = value.replace(/_/g, '-').split('-')
  // "US" alone, or the region subtag of "en-US" / "es-419-MX" (two letters).
  const region = parts.length === 1 ? parts[0] : parts.slice(1).find((p) => /^[A-Za-z]{2}$/.test(p))
  return (region ?? '').toUpperCase()
}

/** Sheet sizes in millimetres, portrait. */
export const PAPER_MM: Record<Paper, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 }
}

/** What the print sheet keeps for itself: its margins, and the title block above the chart. */
export const SHEET_MARGIN_MM = 12
export const SHEET_HEADER_MM = 24

/**
 * The orientation in which the chart prints largest: a chart taller than wide (the compact
 * columns of a big division) fills a portrait page, a wide tidy tree a landscape one.
 */
export function bestOrientation(
  chart: { width: number; height: number },
  paper: Paper = 'A4'
): 'portrait' | 'landscape' {
  const { width, height } = PAPER_MM[paper]
  const scale = (pageWidth: number, pageHeight: number) =>
    Math.min(
      (pageWidth - 2 * SHEET_MARGIN_MM) / chart.width,
      (pageHeight - 2 * SHEET_MARGIN_MM - SHEET_HEADER_MM) / chart.height
    )
  return scale(height, width) >= scale(width, height) ? 'landscape' : 'portrait'
}
