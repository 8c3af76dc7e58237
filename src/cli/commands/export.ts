import { basename, extname } from 'node:path'
import { z } from 'zod'
import { renderInNode } from '../../node/export/render-in-node'
import type { Catalog } from '../../shared/catalog/catalog'
import { didYouMean } from '../../shared/catalog/did-you-mean'
import {
  ExportOptions,
  ExportView,
  FORMAT_FILE,
  SCALE_MAX,
  SCALE_MIN,
  today,
  type ExportComparison,
  type ExportFormat,
  type ExportOptionsInput
} from '../../shared/export/options'
import { EXPORT_FORMATS } from '../../shared/export/export-formats'
import { grouped, RASTER_LIMITS } from '../../shared/export/raster-size'
import { Lens } from '../../shared/lens/lens'
import { technologyIndex } from '../../shared/lens/technology-index'
import { resolveTechnology } from '../../shared/lens/resolve-technology'
import { teamNodeIds } from '../../shared/tree/org-tree'
import { FILE_NOTE } from '../args/catalog-arg'
import { describeSide, loadCatalogSide, parseCatalogSide } from '../args/catalog-side-arg'
import { loadCatalogArg } from '../command/load-catalog-arg'
import type { CliCommand } from '../command/define-command'
import { EXIT_FAILURE, type Io } from '../output/io'
import { flagsHelp, parseFlags, type Flags } from '../args/schema-flags'
import { usageError } from '../output/usage-error'
import { OUT_NOTE, outputTaken, writeOutput } from '../output/write-output'
import { printDiagnostics } from '../output/print-diagnostics'

const EXPORT_USAGE = `export [file] --format ${EXPORT_FORMATS.join('|')} --out PATH [options]`
const EXPORT_SUMMARY = 'draw the chart to an SVG, PNG, PDF or standalone HTML file'

/** Whether teams show their projects: the CLI's word for the view's collapsed set. */
const Expand = z.enum(['all', 'none']).default('none')

const OPTION = ExportOptions.shape
const VIEW = ExportView.shape

/**
 * The flags, in the order --help lists them. Each one that sets an export option names that
 * option's schema, from which its kind, choices, range and default come.
 */
const FLAGS = {
  // Not checked against its schema here: formatOf also reads it from --out's extension.
  format: {
    type: 'string',
    short: 'f',
    value: 'F',
    help: `${EXPORT_FORMATS.join(', ')} (default: from --out's extension)`
  },
  out: { type: 'string', short: 'o', value: 'PATH', help: 'the file to write' },
  force: { type: 'boolean', help: 'replace PATH if it exists' },
  scale: {
    schema: OPTION.scale,
    value: 'N',
    help:
      `PNG pixel density, ${SCALE_MIN} to ${SCALE_MAX}\n` +
      `a PNG that would pass ${grouped(RASTER_LIMITS.maxSide)} px or ` +
      `${Math.round(RASTER_LIMITS.maxPixels / 1e6)} megapixels is drawn smaller, with a note`
  },
  paper: {
    schema: OPTION.paper,
    help:
      "PDF page: one page the chart's size, or A4/Letter pages\n" +
      'tiled, after an overview page, when one page would be unreadable'
  },
  orientation: { schema: OPTION.orientation, help: 'A4/Letter orientation' },
  tech: {
    type: 'string',
    value: 'A,B',
    help: 'technology lens: highlight teams using these (names or aliases)'
  },
  mode: { schema: Lens.shape.mode, help: 'teams with any / all of --tech' },
  'include-mentions': {
    schema: Lens.shape.includeMentions,
    help: 'count technologies a team only mentions, not just its stack'
  },
  theme: { schema: OPTION.theme, help: '' },
  background: { schema: OPTION.background, help: '' },
  scope: {
    schema: OPTION.scope,
    value: 'all',
    help: 'the whole chart (the current-view scope exists in the app only)',
    defaultText: ''
  },
  title: { schema: OPTION.title, value: 'T', help: 'a title above the chart' },
  legend: {
    schema: OPTION.legend,
    help: 'a key of the --tech colours',
    defaultText: '(default: on when --tech is given)'
  },
  footer: { schema: OPTION.footer, help: "a footer line with the company and today's date" },
  compare: {
    type: 'string',
    value: 'OLD',
    help:
      'draw what changed since OLD (a catalog file, or REV:path from git, as for diff):\n' +
      'both versions in one chart, each change marked, with a key above it'
  },
  relations: {
    schema: VIEW.relations,
    help: 'draw the relations between teams: dashed lines, with their key',
    defaultText: '(default: off, as in the app)'
  },
  expand: { schema: Expand, help: "show every team's projects, or teams collapsed" },
  layout: { schema: VIEW.layoutKind, help: '' }
} as const satisfies Flags

const HELP = `Usage: orgscope ${EXPORT_USAGE}

${EXPORT_SUMMARY[0].toUpperCase()}${EXPORT_SUMMARY.slice(1)}, fully offline.
${FILE_NOTE}

Options:
${flagsHelp(FLAGS)}
${OUT_NOTE}`

/** Every key of T present, each possibly undefined: a new option cannot be left out unseen. */
type Every<T> = { [K in keyof Required<T>]: T[K] | undefined }

/**
 * `orgscope export`: renders with the same code as the app and writes the file atomically. Its
 * flags come from the export schemas (schema-flags.ts), so it parses them itself rather than
 * through defineCommand.
 */
export const exportChart = Object.assign(exportCommand, {
  usage: EXPORT_USAGE,
  summary: EXPORT_SUMMARY
}) satisfies CliCommand

async function exportCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseFlags(args, FLAGS)
  if (!parsed.ok) return usageError(io, 'export', parsed.message, EXPORT_USAGE)
  const { values, positionals } = parsed
  if (values.help) {
    io.stdout(HELP)
    return 0
  }
  const fail = (reason: string): number => usageError(io, 'export', reason, EXPORT_USAGE)
  if (positionals.length > 1) return fail(`expected one catalog file, got ${positionals.length}`)
  if (!values.out) return fail('missing --out PATH: where to write the export')

  const format = formatOf(values.format, values.out)
  if (!format.ok) return fail(format.message)
  if (values.scope === 'view') {
    return fail('--scope view exports the app window\'s current view; the CLI exports "all"')
  }
  if (values.legend && values['no-legend']) return fail('choose one of --legend and --no-legend')

  for (const flag of ['paper', 'orientation'] as const) {
    if (values[flag] !== undefined && format.value !== 'pdf') {
      return fail(`--${flag} is for PDF; a ${format.value.toUpperCase()} file has no pages`)
    }
  }
  if (
    values.orientation !== undefined &&
    (values.paper ?? OPTION.paper.def.defaultValue) === 'fit'
  ) {
    return fail('--orientation needs --paper a4 or letter: a "fit" page takes the chart\'s shape')
  }

  const force = values.force === true
  if (await outputTaken(io, 'export', values.out, { force })) return EXIT_FAILURE

  const loaded = await loadCatalogArg(positionals[0], io)
  if (!loaded) return EXIT_FAILURE
  const { catalog } = loaded

  const technologies = resolveTechnologies(catalog, values.tech)
  if (!technologies.ok) return fail(technologies.message)

  let compare: ExportComparison | undefined
  if (values.compare !== undefined) {
    const side = parseCatalogSide(values.compare)
    const older = await loadCatalogSide(side)
    if (!older.ok) {
      printDiagnostics(io, older.errors)
      return EXIT_FAILURE
    }
    // Named as the app names it: a file by its name, a revision as written (HEAD~3:teleport.yaml).
    const label = side.kind === 'file' ? basename(side.path) : describeSide(side)
    compare = { label, older: older.value }
  }

  const options = ExportOptions.safeParse({
    format: format.value,
    scope: 'all',
    scale: values.scale,
    theme: values.theme,
    background: values.background,
    title: values.title,
    legend: values['no-legend'] ? false : undefined,
    footer: values.footer,
    paper: values.paper,
    orientation: values.orientation,
    viewport: undefined, // the app window's view: the CLI has none
    date: today()
  } satisfies Every<ExportOptionsInput>)
  const view = ExportView.safeParse({
    collapsed: values.expand === 'all' ? [] : teamNodeIds(catalog),
    layoutKind: values.layout,
    lens: {
      technologies: technologies.value,
      mode: values.mode,
      includeMentions: values['include-mentions'] ?? false
    },
    hideNonMatches: undefined, // the CLI dims what the lens does not match, never hides it
    focusId: undefined, // the whole chart: focusing a branch is the app's
    relations: values.relations,
    compare
  } satisfies Every<z.input<typeof ExportView>>)
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
  for (const note of exportNotes(values.out, format.value, catalog, view.data.lens)) {
    io.stderr(`orgscope export: note: ${note}`)
  }
  return 0
}

/**
 * What the file written may not say on its own: a name whose extension is another format's (a
 * viewer opens "chart.svg" as SVG whatever it holds), and a lens that lights no team because
 * its technologies are only mentioned, never in a stack, while mentions are left out.
 */
function exportNotes(
  out: string,
  format: ExportFormat,
  catalog: Catalog,
  lens: ExportView['lens']
): string[] {
  const notes: string[] = []
  const extension = /\.([a-z]+)$/iu.exec(out)?.[1].toLowerCase()
  const named = extension === 'htm' ? 'html' : extension
  if (named && (EXPORT_FORMATS as readonly string[]).includes(named) && named !== format) {
    notes.push(
      `${out} holds a ${format.toUpperCase()} (the --format given), not what its extension says; name it .${format} to open it as one`
    )
  }
  if (lens.technologies.length > 0 && !lens.includeMentions) {
    const usages = technologyIndex(catalog).filter((u) => lens.technologies.includes(u.name))
    const stated = usages.some((usage) => usage.stackTeams.length > 0)
    const mentioned = new Set(usages.flatMap((usage) => usage.mentionTeams)).size
    if (!stated && mentioned > 0) {
      notes.push(
        `no team states ${lens.technologies.join(' or ')} in its stack, so the lens lights none; --include-mentions lights ${mentioned === 1 ? 'the team that mentions' : `the ${mentioned} teams that mention`} ${lens.technologies.length === 1 ? 'it' : 'them'}`
      )
    }
  }
  return notes
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
