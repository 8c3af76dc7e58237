import { decodeCatalogBytes, readCatalogBytes } from '../../node/catalog/load-file'
import { writeFileAtomic } from '../../node/files/write-atomic'
import { allTeams } from '../../shared/catalog/all-teams'
import { jsonEntry, yamlEntry } from '../../shared/catalog/registry-addition'
import { fixRegistry } from '../../shared/catalog/registry-fix'
import { catalogArg, FILE_NOTE } from '../args/catalog-arg'
import { loadCatalogArg } from '../command/load-catalog-arg'
import { defineCommand } from '../command/define-command'
import { EXIT_FAILURE, type Io } from '../output/io'
import { printDiagnostics } from '../output/print-diagnostics'
import { importFormatOf } from '../../shared/import/import-format'

const FIX_HELP =
  '  --fix   add to the technologies list every technology the file names that the list lacks\n' +
  '          and the technology dictionary knows (or the spelling, as an alias, to the entry it\n' +
  '          belongs to); comments and formatting stay; prints what it added. The file is\n' +
  '          rewritten in place, atomically; a JSON catalog stays JSON. A file with a syntax\n' +
  '          error is left as it is.'

/** `orgscope validate [file] [--fix]`: exit 0 with a one-line summary, or 1 with every diagnostic. */
export const validate = defineCommand({
  usage: 'validate [file] [--fix]',
  summary: 'check a catalog; print every problem as file:line:column message',
  help: ({ usage, summary }) =>
    `Usage: orgscope ${usage}\n\n${summary}.\n${FIX_HELP}\n${FILE_NOTE}`,
  options: { fix: { type: 'boolean' } },
  positionals: { max: 1 },
  async run({ values, positionals }, io, fail) {
    if (values.fix) {
      const file = catalogArg(positionals[0])
      if (importFormatOf(file) === 'markdown') {
        return fail(`${file} is a Markdown team guide, not a catalog: --fix edits catalogs`)
      }
      const fixed = await fixFile(file, io)
      if (fixed !== undefined) return fixed
    }
    const loaded = await loadCatalogArg(positionals[0], io)
    if (!loaded) return EXIT_FAILURE
    const { file, catalog } = loaded
    const teams = allTeams(catalog)
    const projects = teams.reduce((sum, team) => sum + team.projects.length, 0)
    // The file's technologies: not the families it does not list that its technologies name.
    const listed = catalog.technologies.filter((technology) => !technology.implied).length
    io.stdout(
      `ok: ${file}: ${count(teams.length, 'team')}, ${count(projects, 'project')}, ` +
        `${count(listed, 'technology', 'technologies')}`
    )
    return 0
  }
})

/**
 * Adds what the technology dictionary knows to the file's registry; an exit code when that
 * ends the command, undefined to go on and validate the (perhaps fixed) file.
 */
async function fixFile(file: string, io: Io): Promise<number | undefined> {
  const bytes = await readCatalogBytes(file)
  const text = bytes.ok ? decodeCatalogBytes(bytes.value, file) : bytes
  if (!text.ok) {
    printDiagnostics(io, text.errors)
    return EXIT_FAILURE
  }
  const fixed = fixRegistry(text.value, file)
  if (!fixed.ok) {
    printDiagnostics(io, fixed.errors)
    io.stderr(`orgscope validate --fix: ${file} was not changed`)
    return EXIT_FAILURE
  }
  const { added } = fixed.value
  if (added.length === 0) return undefined
  // Decoding drops a byte-order mark; the file keeps the one it had (Windows editors write one).
  const bom =
    bytes.ok && bytes.value[0] === 0xef && bytes.value[1] === 0xbb && bytes.value[2] === 0xbf
  const written = await writeFileAtomic(file, `${bom ? '\uFEFF' : ''}${fixed.value.text}`)
  if (!written.ok) {
    for (const error of written.errors) {
      const hint = error.hint ? ` (${error.hint})` : ''
      io.stderr(`orgscope validate --fix: could not write ${file}: ${error.message}${hint}`)
    }
    return EXIT_FAILURE
  }
  const json = /\.json$/iu.test(file)
  for (const addition of added) {
    io.stdout(
      addition.kind === 'alias'
        ? `added "${addition.alias}" to the aliases of "${addition.of}"`
        : `added ${json ? jsonEntry(addition.entry) : `"- ${yamlEntry(addition.entry)}"`} to technologies`
    )
  }
  return undefined
}

function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`
}
