import { loadCatalogFile, readCatalogText } from '../../node/catalog/load-file'
import { formatDiagnostic } from '../../shared/catalog/diagnostic'
import { MAX_CATALOG_BYTES } from '../../shared/catalog/size-limit'
import { loadGuideText } from '../../shared/sources/load-source'
import { importedCatalogYaml } from '../../shared/import/catalog-yaml'
import type { ImportReport, Note } from '../../shared/import/import-guide'
import { catalogArg } from '../args/catalog-arg'
import { defineCommand } from '../command/define-command'
import { userPath } from '../args/user-path'
import { EXIT_FAILURE, type Io } from '../output/io'
import { FORCE_HELP, OUT_NOTE, writeOutput } from '../output/write-output'

/** `orgscope import guide.md`: exit 0 when a valid catalog came out, 1 otherwise. */
export const importCommand = defineCommand({
  usage: 'import <guide.md> [--out PATH [--force]] [--json] [--company NAME]',
  summary: 'read a markdown team guide into a catalog; report what was inferred',
  help: ({ usage, summary }) => `Usage: orgscope ${usage}

${summary}.
Headings become divisions and teams, paragraphs summaries, lists projects, and a list introduced
by "toolset", "stack", "we use" or "technologies" the team's stack. Technologies are recognized
from the bundled catalog's registry and a dictionary of about 1,400 technologies (names that are
also everyday words, like Go or Salt, only where the text is technical); unknown stack entries
are added as "tooling" (or their family's category). The catalog goes to stdout (or --out); the report of what was inferred and what
was ambiguous goes to stderr, as file:line:column lines.
  --out PATH       write the catalog to PATH (YAML, or JSON if PATH ends in .json)
${FORCE_HELP}
  --json           print {catalog, report} as JSON on stdout instead
  --company NAME   the company's name, when the guide does not say it
${OUT_NOTE}`,
  options: {
    out: { type: 'string', short: 'o' },
    force: { type: 'boolean', short: 'f' },
    json: { type: 'boolean' },
    company: { type: 'string' }
  },
  positionals: {
    min: 1,
    max: 1,
    noun: 'guide',
    missing: 'which guide? give the markdown file to import'
  },
  async run({ values, positionals }, io) {
    const [file] = positionals
    const text = await readCatalogText(userPath(file))
    if (!text.ok) {
      io.stderr(text.errors.map((error) => formatDiagnostic({ ...error, file })).join('\n'))
      return EXIT_FAILURE
    }

    const bundled = await loadCatalogFile(catalogArg(undefined))
    const result = loadGuideText(text.value, file, {
      knownTechnologies: bundled.ok ? bundled.value.technologies : [],
      companyName: values.company
    })
    if (!result.ok) {
      io.stderr(result.errors.map(formatDiagnostic).join('\n'))
      return EXIT_FAILURE
    }
    const { catalog, imported } = result.value
    const { report } = imported

    if (values.json) {
      if (values.out !== undefined) {
        const written = await write(io, values.out, imported.catalog, file, values.force === true)
        if (!written) return EXIT_FAILURE
      }
      io.stdout(
        JSON.stringify(
          {
            file,
            ...(values.out === undefined ? {} : { out: values.out }),
            catalog: imported.catalog,
            report: {
              inferred: report.inferred.map((note) => ({ file, ...note })),
              ambiguous: report.ambiguous.map((note) => ({ file, ...note }))
            }
          },
          null,
          2
        )
      )
      return 0
    }

    const teams = catalog.divisions.flatMap((division) => division.teams)
    const projects = teams.reduce((sum, team) => sum + team.projects.length, 0)
    const summary =
      `${file}: ${count(catalog.divisions.length, 'division')}, ${count(teams.length, 'team')}, ` +
      `${count(projects, 'project')}, ${count(catalog.technologies.length, 'technology', 'technologies')}`
    if (values.out === undefined) {
      const yaml = importedCatalogYaml(imported.catalog, baseName(file))
      if (!loadable(io, file, yaml, 'YAML')) return EXIT_FAILURE
      io.stdout(yaml.replace(/\n$/, ''))
    } else {
      const written = await write(io, values.out, imported.catalog, file, values.force === true)
      if (!written) return EXIT_FAILURE
    }
    io.stderr(reportText(file, summary, values.out, report))
    return 0
  }
})

async function write(
  io: Io,
  out: string,
  catalog: Parameters<typeof importedCatalogYaml>[0],
  file: string,
  replace: boolean
): Promise<boolean> {
  const json = out.toLowerCase().endsWith('.json')
  const text = json
    ? `${JSON.stringify(catalog, null, 2)}\n`
    : importedCatalogYaml(catalog, baseName(file))
  if (!loadable(io, file, text, json ? 'JSON' : 'YAML')) return false
  return writeOutput(io, 'import', out, text, { force: replace })
}

const MEGABYTE = 1024 * 1024

/**
 * Whether the catalog text is within the size a catalog may be, else says so: written, it would
 * be a file OrgScope refuses to open (a guide's catalog is several times the guide's size).
 */
function loadable(io: Io, file: string, text: string, format: string): boolean {
  const bytes = Buffer.byteLength(text)
  if (bytes <= MAX_CATALOG_BYTES) return true
  io.stderr(
    formatDiagnostic({
      file,
      line: 0,
      column: 0,
      message:
        `the imported catalog would be ${(bytes / MEGABYTE).toFixed(1)} MB of ${format}, over ` +
        `the ${MAX_CATALOG_BYTES / MEGABYTE} MB a catalog file may be: OrgScope could not open ` +
        'it, so nothing was written',
      hint: 'import the guide in parts (one guide per division, say) and open each catalog'
    })
  )
  return false
}

function reportText(
  file: string,
  summary: string,
  out: string | undefined,
  report: ImportReport
): string {
  const lines = [`imported ${summary}${out === undefined ? '' : ` → ${out}`}`]
  const section = (title: string, notes: Note[]): void => {
    lines.push(`${title} (${notes.length}):`)
    for (const note of notes) lines.push(`  ${file}:${note.line}:${note.column} ${note.message}`)
  }
  section('inferred', report.inferred)
  section('ambiguous', report.ambiguous)
  return lines.join('\n')
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file
}

function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`
}
