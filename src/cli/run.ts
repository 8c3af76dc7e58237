import { didYouMean } from '../shared/catalog/did-you-mean'
import { FILE_NOTE } from './args/catalog-arg'
import { dump, DUMP_SUMMARY, DUMP_USAGE } from './commands/dump'
import { exportChart, EXPORT_SUMMARY, EXPORT_USAGE } from './commands/export'
import { fit, FIT_SUMMARY, FIT_USAGE } from './commands/fit'
import { importCommand, IMPORT_SUMMARY, IMPORT_USAGE } from './commands/import'
import { init, INIT_SUMMARY, INIT_USAGE } from './commands/init'
import { match, MATCH_SUMMARY, MATCH_USAGE } from './commands/match'
import { migrate, MIGRATE_SUMMARY, MIGRATE_USAGE } from './commands/migrate'
import { roles, ROLES_SUMMARY, ROLES_USAGE } from './commands/roles'
import { synth, SYNTH_SUMMARY, SYNTH_USAGE } from './commands/synth'
import { techs, TECHS_SUMMARY, TECHS_USAGE } from './commands/techs'
import { validate, VALIDATE_SUMMARY, VALIDATE_USAGE } from './commands/validate'
import { EXIT_FAILURE, terminalIo, type Command, type Io } from './output/io'

const COMMANDS: Record<string, Command> = {
  validate,
  dump,
  techs,
  match,
  fit,
  roles,
  synth,
  export: exportChart,
  import: importCommand,
  init,
  migrate
}

const SUMMARY_COLUMN = 24

/** One command's usage and summary; a usage too long for the column puts the summary below. */
function commandLine(usage: string, summary: string): string {
  return usage.length < SUMMARY_COLUMN
    ? `  ${usage.padEnd(SUMMARY_COLUMN)}${summary}`
    : `  ${usage}\n  ${' '.repeat(SUMMARY_COLUMN)}${summary}`
}

const USAGE = `Usage: orgscope <command> [options]

Commands:
${[
  commandLine(VALIDATE_USAGE, VALIDATE_SUMMARY),
  commandLine(DUMP_USAGE, DUMP_SUMMARY),
  commandLine(TECHS_USAGE, TECHS_SUMMARY),
  commandLine(MATCH_USAGE, MATCH_SUMMARY),
  commandLine(FIT_USAGE, FIT_SUMMARY),
  commandLine(ROLES_USAGE, ROLES_SUMMARY),
  commandLine(SYNTH_USAGE, SYNTH_SUMMARY),
  commandLine(EXPORT_USAGE, EXPORT_SUMMARY),
  commandLine(IMPORT_USAGE, IMPORT_SUMMARY),
  commandLine(INIT_USAGE, INIT_SUMMARY),
  commandLine(MIGRATE_USAGE, MIGRATE_SUMMARY)
].join('\n')}

${FILE_NOTE}
Options:
  -h, --help              show this help (also after a command)`

/**
 * Dispatches `orgscope <command> ...` and returns the exit code. Separate from index.ts (which
 * binds it to the process) so tests run the whole CLI in-process.
 */
export async function runCli(argv: string[], terminal: Io): Promise<number> {
  // Catalog names, paths and arguments can hold control characters: none reaches the terminal.
  const io = terminalIo(terminal)
  const [name, ...args] = argv
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE)
    return 0
  }
  if (name === undefined) {
    io.stderr(`orgscope: missing command\n\n${USAGE}`)
    return EXIT_FAILURE
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  if (!command) {
    const suggestion = didYouMean(name, Object.keys(COMMANDS))
    const hint = suggestion ? ` (did you mean "${suggestion}"?)` : ''
    io.stderr(`orgscope: unknown command "${name}"${hint}\n\n${USAGE}`)
    return EXIT_FAILURE
  }
  try {
    return await command(args, io)
  } catch (error) {
    // Commands return diagnostics for everything a user can cause; a throw is our bug.
    const message = error instanceof Error ? error.message : String(error)
    io.stderr(`orgscope ${name}: internal error: ${message}\nPlease report this.`)
    return EXIT_FAILURE
  }
}
