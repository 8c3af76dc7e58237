import { svgToPng } from '../../src/node/export/png'
import { loadEmbeddedFonts } from '../../src/node/export/fonts'
import { loadCatalogText } from '../../src/shared/catalog/load'
import { ExportOptions, ExportView } from '../../src/shared/export/options'
import { writeSvg } from '../../src/shared/export/svg'
import { layoutTree } from '../../src/shared/layout/layout-tree'
import { technologyIndex } from '../../src/shared/lens/technology-index'
import { buildOrgTree, teamNodeIds } from '../../src/shared/tree/org-tree'
import type { BenchCatalog } from './catalogs'
import type { BenchResult } from './results'
import { timeMedian } from './stats'

/** A PNG larger than this many pixels is not attempted: its RGBA buffer alone would be GBs. */
const MAX_PNG_PIXELS = 400e6
const PNG_SCALE = 1

/**
 * The Node side: the load pipeline (and the bare JSON.parse floor), the technology index, the
 * layout of the whole chart, and the SVG and PNG exports, each the median of several warm runs.
 */
export async function nodeMetrics(input: BenchCatalog): Promise<BenchResult[]> {
  const { teams, variant, catalog } = input
  const results: BenchResult[] = []
  const record = (metric: string, value: number, note?: string) =>
    results.push({
      teams,
      ...(variant ? { variant } : {}),
      metric,
      value,
      unit: 'ms',
      ...(note ? { note } : {})
    })
  const loads = (text: string, file: string) => () => {
    if (!loadCatalogText(text, file).ok) throw new Error(`${file} did not load`)
  }

  record('json-parse', await timeMedian(() => JSON.parse(input.json)))
  record('load', await timeMedian(loads(input.yaml, input.file)))
  record('load-json', await timeMedian(loads(input.json, input.file.replace(/\.yaml$/, '.json'))))
  record('index', await timeMedian(() => technologyIndex(catalog)))
  // The whole chart (every team expanded): the most a layout change ever lays out.
  record(
    'layout',
    await timeMedian(() =>
      layoutTree(buildOrgTree(catalog, new Set()), catalog, { kind: 'compact' })
    )
  )

  const fonts = await loadEmbeddedFonts()
  const expanded = ExportView.parse({ collapsed: [] })
  const svgOptions = ExportOptions.parse({ format: 'svg', date: '2026-01-01' })
  record('svg-export', await timeMedian(() => writeSvg(catalog, expanded, svgOptions, fonts)))

  // PNG of the first view (teams collapsed) at 1×: the whole chart expanded is ~1 Gpx at 5,000.
  const firstView = ExportView.parse({ collapsed: teamNodeIds(catalog) })
  const pngOptions = ExportOptions.parse({ format: 'png', scale: PNG_SCALE, date: '2026-01-01' })
  const probe = writeSvg(catalog, firstView, pngOptions)
  const pixels = probe.width * PNG_SCALE * probe.height * PNG_SCALE
  if (pixels > MAX_PNG_PIXELS) {
    record(
      'png-export',
      Number.NaN,
      `not run: ${probe.width}×${probe.height} px (${(pixels / 1e6).toFixed(0)} Mpx) is over the ${MAX_PNG_PIXELS / 1e6} Mpx cap`
    )
  } else {
    const png = await timeMedian(
      async () => svgToPng(writeSvg(catalog, firstView, pngOptions).svg, PNG_SCALE),
      { maxRuns: 5, minRuns: 1, budgetMs: 5_000 }
    )
    record('png-export', png)
  }
  return results
}
