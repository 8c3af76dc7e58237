import { didYouMean } from '../shared/catalog/did-you-mean'
import { dump, DUMP_SUMMARY, DUMP_USAGE } from './commands/dump'
import { FILE_NOTE } from './catalog-arg'
import { validate, VALIDATE_SUMMARY, VALIDATE_USAGE } from './commands/validate'
import { EXIT_FAILURE, type Command, type Io } from './io'

const COMMANDS: Record<string, Command> = { validate, dump }

const USAGE = `Usage: orgscope <command> [options]

Commands:
  ${VALIDATE_USAGE.padEnd(22)}${VALIDATE_SUMMARY}
  ${DUMP_USAGE.padEnd(22)}${DUMP_SUMMARY}

${FILE_NOTE}
Options:
  -h, --help            show this help (also after a command)`

/**
 * Dispatches `orgscope <command> ...` and returns the exit code. Separate from index.ts (which
 * binds it to the process) so tests run the whole CLI in-process.
 */
export async function runCli(argv: string[], io: Io): Promise<number> {
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
