import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from '../../node/files/write-atomic'
import { STARTER_CATALOG_YAML } from '../../shared/catalog/starter-catalog'
import { EXIT_FAILURE, type Io } from '../output/io'
import { parseCommandArgs } from '../args/parse-command-args'
import { usageError } from '../output/usage-error'
import { userPath } from '../args/user-path'

export const INIT_USAGE = 'init [path]'
export const INIT_SUMMARY = 'write a commented starter catalog (default ./catalog.yaml)'

const OPTIONS = { help: { type: 'boolean', short: 'h' } } as const

const DEFAULT_NAME = 'catalog.yaml'

const HELP = `Usage: orgscope ${INIT_USAGE}

${INIT_SUMMARY}.
One division, two teams and a small technology registry, each field explained in a comment.
[path] is a .yaml file, or a folder to create ${DEFAULT_NAME} in; relative to where you run the
command. An existing file is never overwritten.`

/** `orgscope init [path]`: writes the starter catalog; refuses to replace an existing file. */
export async function init(args: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs(args, OPTIONS)
  if (!parsed.ok) return usageError(io, 'init', parsed.message, INIT_USAGE)
  const { values, positionals } = parsed.value
  if (values.help) {
    io.stdout(HELP)
    return 0
  }
  if (positionals.length > 1) {
    return usageError(io, 'init', `expected one path, got ${positionals.length}`, INIT_USAGE)
  }
  const given = positionals[0] ?? DEFAULT_NAME
  let path = userPath(given)
  let shown = given
  if ((await stat(path).catch(() => undefined))?.isDirectory()) {
    path = join(path, DEFAULT_NAME)
    shown = join(given, DEFAULT_NAME)
  }
  if (!/\.ya?ml$/i.test(path)) {
    return usageError(
      io,
      'init',
      `${given} is not a .yaml file: the starter catalog is YAML, with comments`,
      INIT_USAGE
    )
  }
  // Never over an existing file, not even with --force: a starter replacing a catalog someone
  // wrote is never what they meant.
  const written = await writeFileAtomic(path, STARTER_CATALOG_YAML, { replace: false })
  if (!written.ok) {
    const [error] = written.errors
    const hint = written.exists
      ? '; choose another path, or delete it first'
      : error.hint && ` (${error.hint})`
    io.stderr(`orgscope init: could not write ${shown}: ${error.message}${hint ?? ''}`)
    return EXIT_FAILURE
  }
  io.stdout(
    `wrote ${shown}: a starter catalog with 1 division and 2 teams.\n` +
      `Edit it, then check it with: npm run orgscope -- validate ${shown}`
  )
  return 0
}
