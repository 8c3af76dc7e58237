import { didYouMean } from '../shared/catalog/did-you-mean'
import { FILE_NOTE } from './args/catalog-arg'
import type { CliCommand } from './command/define-command'
import { diff } from './commands/diff'
import { dump } from './commands/dump'
import { exportChart } from './commands/export'
import { fit } from './commands/fit'
import { importCommand } from './commands/import'
import { init } from './commands/init'
import { match } from './commands/match'
import { migrate } from './commands/migrate'
import { roles } from './commands/roles'
import { synth } from './commands/synth'
import { techs } from './commands/techs'
import { validate } from './commands/validate'
import { EXIT_FAILURE, terminalIo, type Io } from './output/io'

/** Every command by name, in the order the help lists them. */
const COMMANDS: Record<string, CliCommand> = {
  validate,
  dump,
  diff,
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
function commandLine({ usage, summary }: CliCommand): string {
  return usage.length < SUMMARY_COLUMN
    ? `  ${usage.padEnd(SUMMARY_COLUMN)}${summary}`
    : `  ${usage}\n  ${' '.repeat(SUMMARY_COLUMN)}${summary}`
}

const USAGE = `Usage: orgscope <command> [options]

Commands:
${Object.values(COMMANDS).map(commandLine).join('\n')}

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
