import { parseArgs, type ParseArgsConfig } from 'node:util'
import { didYouMean } from '../../shared/catalog/did-you-mean'

export type Options = NonNullable<ParseArgsConfig['options']>
type Config<T extends Options> = {
  args: string[]
  options: T
  allowPositionals: true
  strict: true
}
export type CommandArgs<T extends Options> = ReturnType<typeof parseArgs<Config<T>>>

/**
 * parseArgs in strict mode, with its throw turned into a value: a mistyped flag is a user error,
 * and the command answers it with its usage, not a stack trace.
 */
export function parseCommandArgs<T extends Options>(
  args: string[],
  options: T
): { ok: true; value: CommandArgs<T> } | { ok: false; message: string } {
  try {
    return { ok: true, value: parseArgs({ args, options, allowPositionals: true, strict: true }) }
  } catch (error) {
    // Node's messages go on to explain `--` escaping; the first sentence is the useful part.
    const message = error instanceof Error ? error.message : String(error)
    const first = message.split('. ')[0].replace(/\.$/, '')
    // "Unknown option '--unknwn'": the option it most looks like, as a mistyped command gets.
    const unknown = /^Unknown option '--([^']+)'/u.exec(first)
    const near = unknown ? didYouMean(unknown[1], Object.keys(options)) : undefined
    return { ok: false, message: near ? `${first} (did you mean --${near}?)` : first }
  }
}
