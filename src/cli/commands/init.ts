import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from '../../node/files/write-atomic'
import { STARTER_CATALOG_YAML } from '../../shared/catalog/starter-catalog'
import { defineCommand } from '../command/define-command'
import { userPath } from '../args/user-path'
import { EXIT_FAILURE } from '../output/io'

const DEFAULT_NAME = 'catalog.yaml'

/** `orgscope init [path]`: writes the starter catalog; refuses to replace an existing file. */
export const init = defineCommand({
  usage: 'init [path]',
  summary: 'write a commented starter catalog (default ./catalog.yaml)',
  help: ({ usage, summary }) => `Usage: orgscope ${usage}

${summary}.
One division, two teams and a small technology registry, each field explained in a comment.
[path] is a .yaml file, or a folder to create ${DEFAULT_NAME} in; relative to where you run the
command. An existing file is never overwritten.`,
  options: {},
  positionals: { max: 1, noun: 'path' },
  async run({ positionals }, io, fail) {
    const given = positionals[0] ?? DEFAULT_NAME
    let path = userPath(given)
    let shown = given
    if ((await stat(path).catch(() => undefined))?.isDirectory()) {
      path = join(path, DEFAULT_NAME)
      shown = join(given, DEFAULT_NAME)
    }
    if (!/\.ya?ml$/i.test(path)) {
      return fail(`${given} is not a .yaml file: the starter catalog is YAML, with comments`)
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
})
