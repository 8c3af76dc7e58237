import { readCatalogText } from '../../node/catalog/load-file'
import { writeFileAtomic } from '../../node/files/write-atomic'
import { formatDiagnostic } from '../../shared/catalog/format-diagnostic'
import { migrateCatalogText } from '../../shared/catalog/migrate'
import { defineCommand } from '../command/define-command'
import { userPath } from '../args/user-path'
import { EXIT_FAILURE } from '../output/io'
import { FORCE_HELP, outputTaken, writeOutput } from '../output/write-output'
import { printDiagnostics } from '../output/print-diagnostics'
import { importFormatOf } from '../../shared/import/import-format'

/** `orgscope migrate FILE`: a version 1 catalog as version 2, keeping every comment. */
export const migrate = defineCommand({
  usage: 'migrate FILE [--out PATH [--force]]',
  summary: 'rewrite a schemaVersion 1 catalog as schemaVersion 2, in place',
  help: ({ usage, summary }) => `Usage: orgscope ${usage}

${summary} (YAML or JSON).
Version 2 only adds fields (groups, people, roles, responsibilities, relations, technology
families), so a version 1 file means the same in version 2: the migration changes the
schemaVersion number and nothing else; comments, blank lines and formatting stay as they are.
Without --out, FILE itself is replaced: that is the point of the command, so it needs no
--force. The new file is written beside it and renamed over it, so it is never half written.
A file that would not load as version 2 is left as it is, and its problems are listed.
  --out PATH       write the migrated catalog to PATH instead, leaving FILE as it is
${FORCE_HELP}
Paths are relative to where you run the command.`,
  options: { out: { type: 'string', short: 'o' }, force: { type: 'boolean' } },
  positionals: { min: 1, max: 1, missing: 'choose the catalog file to migrate' },
  async run({ values, positionals }, io, fail) {
    const given = positionals[0]
    if (importFormatOf(given) === 'markdown') {
      return fail(
        `${given} is a Markdown team guide, not a catalog: turn it into one with "orgscope import"`
      )
    }
    const force = values.force === true
    if (values.out !== undefined && (await outputTaken(io, 'migrate', values.out, { force }))) {
      return EXIT_FAILURE
    }
    const path = userPath(given)
    const text = await readCatalogText(path)
    if (!text.ok) {
      io.stderr(text.errors.map((error) => formatDiagnostic({ ...error, file: given })).join('\n'))
      return EXIT_FAILURE
    }
    const migrated = migrateCatalogText(text.value, given)
    if (!migrated.ok) {
      printDiagnostics(io, migrated.errors)
      io.stderr(`orgscope migrate: ${given} was not changed`)
      return EXIT_FAILURE
    }
    const { from } = migrated.value
    if (values.out === undefined) {
      if (from === 2) {
        io.stdout(`${given} is already schemaVersion 2: nothing to do`)
        return 0
      }
      const written = await writeFileAtomic(path, migrated.value.text)
      if (!written.ok) {
        for (const error of written.errors) {
          const hint = error.hint ? ` (${error.hint})` : ''
          io.stderr(`orgscope migrate: could not write ${given}: ${error.message}${hint}`)
        }
        return EXIT_FAILURE
      }
      io.stdout(`migrated ${given} to schemaVersion 2 (only the version number changed)`)
      return 0
    }
    if (!(await writeOutput(io, 'migrate', values.out, migrated.value.text, { force }))) {
      return EXIT_FAILURE
    }
    io.stdout(
      from === 2
        ? `${given} is already schemaVersion 2: copied it to ${values.out}`
        : `wrote ${values.out}: ${given} as schemaVersion 2 (only the version number changed)`
    )
    return 0
  }
})
