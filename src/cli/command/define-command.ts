import type { Io } from '../output/io'
import { usageError } from '../output/usage-error'
import { parseCommandArgs, type CommandArgs, type Options } from '../args/parse-command-args'

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const

/** How many positional arguments a command takes, and what it calls one in its messages. */
export interface PositionalRule {
  max: number
  min?: number
  /** "file", "path", "guide": as in "expected one file, got 2". */
  noun?: string
  /** Said when fewer than `min` were given. */
  missing?: string
}

export interface CommandDefinition<T extends Options> {
  /** The usage line without "orgscope ", as the top-level help lists it; its first word is the command's name. */
  usage: string
  summary: string
  /** Printed for --help (which every command takes). */
  help: (command: { usage: string; summary: string }) => string
  options: T
  positionals: PositionalRule
  /**
   * The exit status of a usage mistake, when 1 means something else for this command (diff
   * exits 1 when the catalogs differ, so a mistake there is 2, as diff(1) does). Default 1.
   */
  usageExit?: number
  /** Runs with the arguments parsed and counted; `fail` reports a usage mistake. */
  run(
    args: CommandArgs<T & typeof HELP_OPTION>,
    io: Io,
    fail: (reason: string) => number
  ): Promise<number>
}

/** A command: its arguments (after the command name) in, an exit code out; never throws. */
export type CliCommand = ((args: string[], io: Io) => Promise<number>) & {
  usage: string
  summary: string
}

/**
 * A CLI command from its definition: the parts every command shares (strict flag parsing with
 * the usage on a mistake, --help, the count of positional arguments) are here once, so a
 * command's file holds only what it does.
 */
export function defineCommand<T extends Options>(definition: CommandDefinition<T>): CliCommand {
  const { usage, summary, positionals: rule } = definition
  const name = usage.split(' ')[0]
  const help = definition.help({ usage, summary })
  const options = { ...definition.options, ...HELP_OPTION }
  const run = async (args: string[], io: Io): Promise<number> => {
    const fail = (reason: string): number => {
      const status = usageError(io, name, reason, usage)
      return definition.usageExit ?? status
    }
    const parsed = parseCommandArgs(args, options)
    if (!parsed.ok) return fail(parsed.message)
    if ((parsed.value.values as { help?: boolean }).help) {
      io.stdout(help)
      return 0
    }
    const given = parsed.value.positionals
    const noun = rule.noun ?? 'file'
    if (given.length < (rule.min ?? 0)) return fail(rule.missing ?? `expected one ${noun}`)
    if (given.length > rule.max) {
      return fail(
        rule.max === 0
          ? `unexpected argument "${given[0]}"`
          : `expected one ${noun}, got ${given.length}`
      )
    }
    return definition.run(parsed.value, io, fail)
  }
  return Object.assign(run, { usage, summary })
}
