import { extname } from 'node:path'
import type { Catalog } from '../../shared/catalog/catalog'
import { formatDiagnostic } from '../../shared/catalog/diagnostic'
import { didYouMean } from '../../shared/catalog/did-you-mean'
import {
  DEFAULTS,
  EXPORT_FORMATS,
  ExportOptions,
  ExportView,
  FORMAT_FILE,
  ORIENTATIONS,
  PAPERS,
  SCALE_MAX,
  SCALE_MIN,
  today,
  type ExportFormat
} from '../../shared/export/options'
import { LayoutKind } from '../../shared/layout/layout-kind'
import { LensMode } from '../../shared/lens/match'
import { resolveTechnology } from '../../shared/lens/resolve-technology'
import { teamNodeIds } from '../../shared/tree/org-tree'
import { loadCatalogFile } from '../../node/catalog/load-file'
import { renderInNode } from '../../node/export/render-in-node'
import { catalogArg, FILE_NOTE } from '../catalog-arg'
import { EXIT_FAILURE, type Io } from '../io'
import { parseCommandArgs } from '../parse-command-args'
import { usageError } from '../usage-error'
import { OUT_NOTE, outputTaken, writeOutput } from '../write-output'

export const EXPORT_USAGE = 'export [file] --format svg|png|pdf|html --out PATH [options]'
export const EXPORT_SUMMARY = 'draw the chart to an SVG, PNG, PDF or standalone HTML file'

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  scale: { type: 'string' },
  tech: { type: 'string' },
  mode: { type: 'string' },
  'include-mentions': { type: 'boolean' },
  theme: { type: 'string' },
  background: { type: 'string' },
  scope: { type: 'string' },
  title: { type: 'string' },
  legend: { type: 'boolean' },
  'no-legend': { type: 'boolean' },
  footer: { type: 'boolean' },
  expand: { type: 'string' },
  layout: { type: 'string' },
  paper: { type: 'string' },
  orientation: { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} as const

const HELP = `Usage: orgscope ${EXPORT_USAGE}

${EXPORT_SUMMARY[0].toUpperCase()}${EXPORT_SUMMARY.slice(1)}, fully offline.
${FILE_NOTE}

Options:
  -f, --format F         svg, png, pdf or html (default: from --out's extension)
  -o, --out PATH         the file to write
  --force                replace PATH if it exists
  --scale N              PNG pixel density, ${SCALE_MIN} to ${SCALE_MAX} (default ${DEFAULTS.scale}); a PNG
                         that would pass 16,384 px or 67 megapixels is drawn smaller, with a note
  --paper fit|a4|letter  PDF page: one page the chart's size (default ${DEFAULTS.paper}), or A4/Letter
                         pages: tiled, after an overview page, when one page would be unreadable
  --orientation portrait|landscape   A4/Letter orientation (default ${DEFAULTS.orientation})
  --tech A,B             technology lens: highlight teams using these (names or aliases)
  --mode any|all         teams with any / all of --tech (default any)
  --include-mentions     count technologies a team only mentions, not just its stack
  --theme light|dark     (default ${DEFAULTS.theme})
  --background theme|transparent   (default ${DEFAULTS.background})
  --scope all            the whole chart (the current-view scope exists in the app only)
  --title T              a title above the chart
  --legend, --no-legend  a key of the --tech colours (default: on when --tech is given)
  --footer               a footer line with the company and today's date
  --expand all|none      show every team's projects, or teams collapsed (default none)
  --layout compact|horizontal|vertical   (default compact)
${OUT_NOTE}`

type Values = {
  [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean
}

/** `orgscope export`: renders with the same code as the app and writes the file atomically. */
export async function exportChart(args: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs(args, OPTIONS)
  if (!parsed.ok) return usageError(io, 'export', parsed.message, EXPORT_USAGE)
  const { positionals } = parsed.value
  const values = parsed.value.values as Values
  if (values.help) {
    io.stdout(HELP)
    return 0
  }
  const fail = (reason: string): number => usageError(io, 'export', reason, EXPORT_USAGE)
  if (positionals.length > 1) return fail(`expected one catalog file, got ${positionals.length}`)
  if (!values.out) return fail('missing --out PATH: where to write the export')

  const format = formatOf(values.format, values.out)
  if (!format.ok) return fail(format.message)
  const scale = values.scale === undefined ? DEFAULTS.scale : Number(values.scale)
  if (!Number.isFinite(scale) || scale < SCALE_MIN || scale > SCALE_MAX) {
    return fail(`--scale must be a number from ${SCALE_MIN} to ${SCALE_MAX}, got "${values.scale}"`)
  }
  if (values.scope === 'view') {
    return fail('--scope view exports the app window\'s current view; the CLI exports "all"')
  }
  if (values.legend && values['no-legend']) return fail('choose one of --legend and --no-legend')
  for (const [flag, allowed] of [
    ['mode', LensMode.options],
    ['theme', ['light', 'dark']],
    ['background', ['theme', 'transparent']],
    ['scope', ['all']],
    ['expand', ['all', 'none']],
    ['layout', LayoutKind.options],
    ['paper', PAPERS],
    ['orientation', ORIENTATIONS]
  ] as const) {
    const value = values[flag]
    if (value !== undefined && !(allowed as readonly string[]).includes(value)) {
      const suggestion = didYouMean(value, allowed)
      return fail(
        `--${flag} must be ${allowed.join(' or ')}, got "${value}"` +
          (suggestion ? ` (did you mean "${suggestion}"?)` : '')
      )
    }
  }

  for (const flag of ['paper', 'orientation'] as const) {
    if (values[flag] !== undefined && format.value !== 'pdf') {
      return fail(`--${flag} is for PDF; a ${format.value.toUpperCase()} file has no pages`)
    }
  }
  if (values.orientation !== undefined && (values.paper ?? DEFAULTS.paper) === 'fit') {
    return fail('--orientation needs --paper a4 or letter: a "fit" page takes the chart\'s shape')
  }

  const force = values.force === true
  if (await outputTaken(io, 'export', values.out, { force })) return EXIT_FAILURE

  const file = catalogArg(positionals[0])
  const loaded = await loadCatalogFile(file)
  if (!loaded.ok) {
    io.stderr(loaded.errors.map(formatDiagnostic).join('\n'))
    return EXIT_FAILURE
  }
  const catalog = loaded.value

  const technologies = resolveTechnologies(catalog, values.tech)
  if (!technologies.ok) return fail(technologies.message)

  const options = ExportOptions.safeParse({
    format: format.value,
    scope: 'all',
    scale,
    theme: values.theme,
    background: values.background,
    title: values.title,
    legend: values['no-legend'] ? false : undefined,
    footer: values.footer ?? false,
    paper: values.paper,
    orientation: values.orientation,
    date: today()
  })
  const view = ExportView.safeParse({
    collapsed: values.expand === 'all' ? [] : teamNodeIds(catalog),
    layoutKind: values.layout,
    lens: {
      technologies: technologies.value,
      mode: values.mode,
      includeMentions: values['include-mentions'] ?? false
    }
  })
  // The checks above cover every flag; a schema failure here means they fell out of step.
  if (!options.success) return fail(options.error.issues.map((i) => i.message).join('; '))
  if (!view.success) return fail(view.error.issues.map((i) => i.message).join('; '))

  const rendered = await renderInNode(catalog, view.data, options.data)
  if (!(await writeOutput(io, 'export', values.out, rendered.bytes, { force }))) return EXIT_FAILURE
  const what =
    format.value === 'pdf' && options.data.paper !== 'fit' && rendered.layout
      ? rendered.layout
      : `${rendered.width}×${rendered.height}${format.value === 'png' ? ' px' : ''}`
  io.stdout(
    `wrote ${values.out} (${format.value.toUpperCase()}, ${what}, ${kib(rendered.bytes.length)})`
  )
  // On stderr, as the import report is: stdout stays the one line a script reads.
  if (rendered.notice) io.stderr(`orgscope export: note: ${rendered.notice}`)
  return 0
}

function formatOf(
  given: string | undefined,
  out: string
): { ok: true; value: ExportFormat } | { ok: false; message: string } {
  const isFormat = (value: string): value is ExportFormat =>
    (EXPORT_FORMATS as readonly string[]).includes(value)
  if (given !== undefined) {
    const value = given.toLowerCase()
    if (isFormat(value)) return { ok: true, value }
    const suggestion = didYouMean(value, EXPORT_FORMATS)
    return {
      ok: false,
      message:
        `unknown format "${given}": choose ${EXPORT_FORMATS.join(', ')}` +
        (suggestion ? ` (did you mean "${suggestion}"?)` : '')
    }
  }
  const extension = extname(out).slice(1).toLowerCase()
  const byExtension = EXPORT_FORMATS.find(
    (f) => FORMAT_FILE[f].extension === extension || (f === 'html' && extension === 'htm')
  )
  return byExtension
    ? { ok: true, value: byExtension }
    : {
        ok: false,
        message: `missing --format (svg, png, pdf or html): "${out}" does not say which`
      }
}

function resolveTechnologies(
  catalog: Catalog,
  list: string | undefined
): { ok: true; value: string[] } | { ok: false; message: string } {
  const names: string[] = []
  for (const input of (list ?? '').split(',').filter((s) => s.trim())) {
    const resolved = resolveTechnology(catalog, input)
    if (!resolved.ok) {
      return {
        ok: false,
        message: `--tech: ${resolved.message}${resolved.hint ? ` (${resolved.hint})` : ''}`
      }
    }
    if (!names.includes(resolved.name)) names.push(resolved.name)
  }
  return { ok: true, value: names }
}

function kib(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`
}
