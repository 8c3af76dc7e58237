import { loadEmbeddedFonts } from '../../src/node/export/fonts'
import { renderInNode } from '../../src/node/export/render-in-node'
import { loadCatalogText } from '../../src/shared/catalog/load'
import { ExportOptions, ExportView, type ExportOptionsInput } from '../../src/shared/export/options'
import { planSvg, writeSvg } from '../../src/shared/export/svg'
import { layoutTree } from '../../src/shared/layout/layout-tree'
import { technologyIndex } from '../../src/shared/lens/technology-index'
import { buildOrgTree, teamNodeIds } from '../../src/shared/tree/org-tree'
import { diffCatalogs } from '../../src/shared/diff/diff-catalogs'
import type { BenchCatalog } from './catalogs'
import { nextVersion } from './diff-bench'
import type { BenchResult } from './results'
import { timeMedian, type TimingBudget } from './stats'

/** A PNG larger than this many pixels is not attempted: its RGBA pixels alone would be GBs. */
const MAX_PNG_PIXELS = 400e6
/** Every metric nodeMetrics records, in its order (what --metrics may name). */
export const NODE_METRICS = [
  'json-parse',
  'load',
  'load-json',
  'index',
  'layout',
  'diff',
  'svg-export',
  'png-export',
  'png-export-app',
  'pdf-export',
  'pdf-export-fit'
] as const

/** Exports take seconds each at 5,000 teams: fewer runs, so a whole bench stays in minutes. */
const EXPORT_BUDGET: TimingBudget = { maxRuns: 5, minRuns: 1, budgetMs: 5_000 }

/**
 * The Node side: the load pipeline (and the bare JSON.parse floor), the technology index, the
 * layout of the whole chart, and the exports, each the median of several warm runs. Every
 * export goes through renderInNode, the code the app's export worker and the CLI run.
 */
export async function nodeMetrics(
  input: BenchCatalog,
  /** Only these metrics (all when absent): one slow metric can be repeated on its own. */
  only?: ReadonlySet<string>
): Promise<BenchResult[]> {
  const { teams, variant, catalog } = input
  const results: BenchResult[] = []
  const wanted = (metric: string) => !only || only.has(metric)
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

  if (wanted('json-parse')) record('json-parse', await timeMedian(() => JSON.parse(input.json)))
  if (wanted('load')) record('load', await timeMedian(loads(input.yaml, input.file)))
  if (wanted('load-json')) {
    record('load-json', await timeMedian(loads(input.json, input.file.replace(/\.yaml$/, '.json'))))
  }
  if (wanted('index')) record('index', await timeMedian(() => technologyIndex(catalog)))
  // The whole chart (every team expanded): the most a layout change ever lays out.
  if (wanted('layout')) {
    record(
      'layout',
      await timeMedian(() =>
        layoutTree(buildOrgTree(catalog, new Set()), catalog, { kind: 'compact' })
      )
    )
  }

  // The comparison of two versions (issue 16's goal: under 300 ms at 5,000 teams).
  if (wanted('diff')) {
    const next = nextVersion(input)
    const changes = Object.values(diffCatalogs(catalog, next)).reduce(
      (n, list) => n + list.length,
      0
    )
    record('diff', await timeMedian(() => diffCatalogs(catalog, next)), `${changes} changes`)
  }

  if (wanted('svg-export')) {
    const fonts = await loadEmbeddedFonts()
    const expanded = ExportView.parse({ collapsed: [] })
    const svgOptions = ExportOptions.parse({ format: 'svg', date: '2026-01-01' })
    record('svg-export', await timeMedian(() => writeSvg(catalog, expanded, svgOptions, fonts)))
  }

  // The exports below draw the first view (teams collapsed): the whole chart expanded is
  // ~1 Gpx at 5,000 teams.
  const firstView = ExportView.parse({ collapsed: teamNodeIds(catalog) })
  const timeExport = (options: ExportOptionsInput, settings?: Parameters<typeof renderInNode>[3]) =>
    timeMedian(
      () =>
        renderInNode(
          catalog,
          firstView,
          ExportOptions.parse({ ...options, date: '2026-01-01' }),
          settings
        ),
      EXPORT_BUDGET
    )

  // png-export: the first view at 1× with no size cap, as this metric has always been measured
  // (329 Mpx at 5,000 teams); png-export-app: what the export dialog's defaults make (2×, drawn
  // smaller past 67 megapixels, as every PNG the app or the CLI writes is).
  if (wanted('png-export')) {
    const plan = planSvg(catalog, firstView, ExportOptions.parse({ format: 'png', scale: 1 }))
    const pixels = plan.width * plan.height
    if (pixels > MAX_PNG_PIXELS) {
      record(
        'png-export',
        Number.NaN,
        `not run: ${plan.width}×${plan.height} px (${(pixels / 1e6).toFixed(0)} Mpx) is over the ${MAX_PNG_PIXELS / 1e6} Mpx cap`
      )
    } else {
      const uncapped = { rasterLimits: { maxSide: Infinity, maxPixels: Infinity } }
      record('png-export', await timeExport({ format: 'png', scale: 1 }, uncapped))
    }
  }
  if (wanted('png-export-app')) {
    record('png-export-app', await timeExport({ format: 'png', scale: 2 }))
  }
  // pdf-export: A4 pages (an overview, then tiles once the text would be too small on one);
  // pdf-export-fit: one page the chart's size.
  if (wanted('pdf-export')) record('pdf-export', await timeExport({ format: 'pdf', paper: 'a4' }))
  if (wanted('pdf-export-fit')) {
    record('pdf-export-fit', await timeExport({ format: 'pdf', paper: 'fit' }))
  }
  return results
}
