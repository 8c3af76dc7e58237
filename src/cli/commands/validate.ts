import { loadCatalogFile } from '../../node/catalog/load-file'
import { allTeams } from '../../shared/catalog/catalog'
import { formatDiagnostic } from '../../shared/catalog/diagnostic'
import { catalogArg, FILE_NOTE } from '../args/catalog-arg'
import { EXIT_FAILURE, type Io } from '../output/io'
import { parseCommandArgs } from '../args/parse-command-args'
import { usageError } from '../output/usage-error'

export const VALIDATE_USAGE = 'validate [file]'
export const VALIDATE_SUMMARY = 'check a catalog; print every problem as file:line:column message'

const OPTIONS = { help: { type: 'boolean', short: 'h' } } as const

/** `orgscope validate [file]`: exit 0 with a one-line summary, or 1 with every diagnostic. */
export async function validate(args: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs(args, OPTIONS)
  if (!parsed.ok) return usageError(io, 'validate', parsed.message, VALIDATE_USAGE)
  const { values, positionals } = parsed.value
  if (values.help) {
    io.stdout(`Usage: orgscope ${VALIDATE_USAGE}\n\n${VALIDATE_SUMMARY}.\n${FILE_NOTE}`)
    return 0
  }
  if (positionals.length > 1) {
    return usageError(
      io,
      'validate',
      `expected one file, got ${positionals.length}`,
      VALIDATE_USAGE
    )
  }

  const file = catalogArg(positionals[0])
  const result = await loadCatalogFile(file)
  if (!result.ok) {
    io.stderr(result.errors.map(formatDiagnostic).join('\n'))
    return EXIT_FAILURE
  }
  const teams = allTeams(result.value)
  const projects = teams.reduce((sum, team) => sum + team.projects.length, 0)
  io.stdout(
    `ok: ${file}: ${count(teams.length, 'team')}, ${count(projects, 'project')}, ` +
      `${count(result.value.technologies.length, 'technology', 'technologies')}`
  )
  return 0
}

function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`
}
