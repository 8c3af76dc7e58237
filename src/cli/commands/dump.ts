import { loadCatalogFile } from '../../node/catalog/load-file'
import { formatDiagnostic } from '../../shared/catalog/diagnostic'
import { dumpCatalog } from '../output/catalog-dump'
import { catalogArg, FILE_NOTE } from '../args/catalog-arg'
import { EXIT_FAILURE, type Io } from '../output/io'
import { parseCommandArgs } from '../args/parse-command-args'
import { usageError } from '../output/usage-error'

export const DUMP_USAGE = 'dump [file] --json'
export const DUMP_SUMMARY = 'print the normalized catalog as JSON (technologies most shared first)'

const OPTIONS = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' }
} as const

/** `orgscope dump [file] --json`: the normalized catalog on stdout, diagnostics on stderr. */
export async function dump(args: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs(args, OPTIONS)
  if (!parsed.ok) return usageError(io, 'dump', parsed.message, DUMP_USAGE)
  const { values, positionals } = parsed.value
  if (values.help) {
    io.stdout(`Usage: orgscope ${DUMP_USAGE}\n\n${DUMP_SUMMARY}.\n${FILE_NOTE}`)
    return 0
  }
  // Required although JSON is the only format: a later human-readable default then cannot
  // break scripts that parse this output.
  if (!values.json) return usageError(io, 'dump', 'choose an output format: --json', DUMP_USAGE)
  if (positionals.length > 1) {
    return usageError(io, 'dump', `expected one file, got ${positionals.length}`, DUMP_USAGE)
  }

  const result = await loadCatalogFile(catalogArg(positionals[0]))
  if (!result.ok) {
    io.stderr(result.errors.map(formatDiagnostic).join('\n'))
    return EXIT_FAILURE
  }
  io.stdout(JSON.stringify(dumpCatalog(result.value), null, 2))
  return 0
}
