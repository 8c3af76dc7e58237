import { stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import {
  loadCatalogFile,
  readCatalogBytes,
  readCatalogText,
  readMappingBeside
} from '../../node/catalog/load-file'
import { readBackstageFiles } from '../../node/import/read-backstage-files'
import type { Diagnostic } from '../../shared/catalog/diagnostic'
import { decodeSpreadsheet } from '../../shared/import/csv/decode-spreadsheet'
import { importFormatOf } from '../../shared/import/import-format'
import { formatDiagnostic } from '../../shared/catalog/format-diagnostic'
import { MAX_CATALOG_BYTES } from '../../shared/catalog/size-limit'
import type { CatalogFile } from '../../shared/catalog/schema'
import {
  loadBackstageFiles,
  loadGuideText,
  type GuideOptions,
  type LoadedImport
} from '../../shared/sources/load-source'
import { importedCatalogYaml } from '../../shared/import/catalog-yaml'
import {
  ReadingKind,
  type ImportMapping,
  type ImportNote,
  type ImportPlan,
  type OutlineEntry
} from '../../shared/import/import-plan'
import { readMapping } from '../../shared/import/read-mapping'
import { mappingFileName } from '../../shared/sources/preview-source'
import { knownTechnologies } from '../../shared/technology/dictionary/known-technologies'
import { catalogArg } from '../args/catalog-arg'
import { userPath } from '../args/user-path'
import { defineCommand } from '../command/define-command'
import { EXIT_FAILURE, type Io } from '../output/io'
import { FORCE_HELP, OUT_NOTE, writeOutput } from '../output/write-output'
import { printDiagnostics } from '../output/print-diagnostics'

/** The dictionary's size, to the hundred below: "2,200" (the help names no number it may outgrow). */
function dictionarySize(): string {
  return (Math.floor(knownTechnologies().length / 100) * 100).toLocaleString('en-US')
}

/** `orgscope import guide.md`: exit 0 when a valid catalog came out, 1 otherwise (or, with --check, when it guessed). */
export const importCommand = defineCommand({
  usage:
    'import <guide.md | teams.csv | catalog-info.yaml | folder> [--out PATH [--force]] [--json] [--check] [--mapping FILE] [--base-url URL] [--company NAME] [--reading KIND]',
  summary:
    'read a markdown team guide, a spreadsheet or a Backstage catalog into a catalog; report what was inferred',
  help: ({ usage, summary }) => `Usage: orgscope ${usage}

${summary}.
Sections are read by what they hold, not by heading depth: a section whose sub-sections, list
or table are teams is a division or group; one with a description and lists of projects, stack,
people or areas of ownership is a team; contact, chat, hiring, KPI, process and handbook
sections are skipped. Front matter is read for the title; GFM tables with a Team or Name column
and "**Team** — text" or "[Team](url): text" lines become teams. Technologies are recognized
from the bundled catalog's registry and a dictionary of about ${dictionarySize()} technologies.
A spreadsheet (.csv, .tsv; Excel's too) has a row per team, its columns found by their header
(Team, Division, Group or Parent, Description, Stack, Lead, Headcount, Open roles, Links, ...).
A Backstage catalog (a .yaml/.yml file, following its Locations inside its folder, or a folder of
entity files) gives Groups by spec.type, Users' memberOf as headcount, owned Systems and
Components as projects, and tags as technologies. The catalog (schema version 2) goes to stdout
(or --out); the report goes to stderr as file:line:column lines.
  --out PATH       write the catalog to PATH (YAML, or JSON if PATH ends in .json)
${FORCE_HELP}
  --json           print {file, outline, notes, guessed, reading, catalog} as JSON on stdout instead;
                   when no team is found, {file, errors, outline}: the keys a mapping can make teams
  --check          exit 1 when the structure had to be guessed (say it in a mapping to pass);
                   prints the guesses, and the catalog only with --out or --json
  --mapping FILE   roles by outline key ({"version": 1, "roles": {"engineering/platform":
                   "group"}}), as the --json outline names them, and optionally "company" and
                   "reading"; JSON or YAML (the import preview writes one beside the source)
  --base-url URL   where the guide is published: relative links are resolved against it
  --company NAME   the company's name, when the guide does not say it
  --reading KIND   read a guide as one-team (one team's page), team-list or units-of-teams,
                   when it can be read so (the report's "page read as" line names the others);
                   over a mapping's "reading"
${OUT_NOTE}`,
  options: {
    out: { type: 'string', short: 'o' },
    force: { type: 'boolean', short: 'f' },
    json: { type: 'boolean' },
    check: { type: 'boolean' },
    mapping: { type: 'string', short: 'm' },
    'base-url': { type: 'string' },
    company: { type: 'string' },
    reading: { type: 'string' }
  },
  positionals: {
    min: 1,
    max: 1,
    noun: 'source',
    missing: 'which source? give the guide (.md), spreadsheet (.csv) or catalog-info.yaml to import'
  },
  async run({ values, positionals }, io, fail) {
    const baseUrl = values['base-url']
    if (baseUrl !== undefined && !/^https?:\/\/[^/\s]+/iu.test(baseUrl)) {
      return fail(`--base-url "${baseUrl}" is not an http or https address`)
    }
    const reading = values.reading === undefined ? undefined : ReadingKind.safeParse(values.reading)
    if (reading && !reading.success) {
      return fail(`--reading "${values.reading}" is not one of ${ReadingKind.options.join(', ')}`)
    }
    const [file] = positionals
    let mapping: ImportMapping | undefined
    const mappingFile = values.mapping
    if (mappingFile !== undefined) {
      const mappingText = await readCatalogText(userPath(mappingFile))
      const read = mappingText.ok ? readMapping(mappingText.value, mappingFile) : mappingText
      if (!read.ok) {
        printDiagnostics(io, read.errors, mappingFile)
        return EXIT_FAILURE
      }
      mapping = read.value
    } else {
      // The choices saved beside the source (the import preview's Accept writes them there), as
      // validate, dump and export apply them: the same source gives the same catalog everywhere.
      const beside = await readMappingBeside(userPath(file))
      if (!beside.ok) {
        printDiagnostics(io, beside.errors, file)
        return EXIT_FAILURE
      }
      if (beside.value) {
        mapping = beside.value
        io.stderr(
          `using the choices saved beside it: ${mappingFileName(file)} (--mapping FILE for others)`
        )
      }
    }
    if (reading?.success) {
      mapping = { ...(mapping ?? { version: 1, roles: {} }), reading: reading.data }
      // A spreadsheet's or a Backstage catalog's structure is its columns or its entities.
      if (importFormatOf(file) !== 'markdown') {
        io.stderr(`--reading ignored: it says how to read a markdown guide, and ${file} is not one`)
      }
    }

    const bundled = await loadCatalogFile(catalogArg(undefined))
    const result = await importFile(file, {
      knownTechnologies: bundled.ok ? bundled.value.technologies : [],
      ...(values.company !== undefined ? { companyName: values.company } : {}),
      ...(baseUrl !== undefined ? { baseUrl } : {}),
      ...(mapping ? { mapping } : {})
    })
    if (!result.ok) {
      if (values.json) {
        const { errors, outline } = result
        io.stdout(JSON.stringify({ file, errors, ...(outline ? { outline } : {}) }, null, 2))
      }
      printDiagnostics(io, result.errors, file)
      // The parts a mapping can make teams: what the failure's hint asks the person to choose.
      if (result.outline && result.outline.length > 0) io.stderr(outlineText(result.outline))
      return EXIT_FAILURE
    }
    const { plan } = result.value
    const checked = values.check === true && plan.guessed ? EXIT_FAILURE : 0

    if (values.json) {
      if (values.out !== undefined) {
        const written = await write(io, values.out, plan.catalog, file, values.force === true)
        if (!written) return EXIT_FAILURE
      }
      const { outline, notes, guessed, reading, catalog } = plan
      io.stdout(
        JSON.stringify(
          {
            file,
            ...(values.out === undefined ? {} : { out: values.out }),
            outline,
            notes: notes.map((note) => ({ ...note, file: noteFile(file, note) })),
            guessed,
            ...(reading ? { reading } : {}),
            catalog
          },
          null,
          2
        )
      )
      return checked
    }

    const summary = summaryOf(file, plan)
    if (values.out !== undefined) {
      const written = await write(io, values.out, plan.catalog, file, values.force === true)
      if (!written) return EXIT_FAILURE
    } else if (values.check !== true) {
      const yaml = importedCatalogYaml(plan.catalog, baseName(file))
      if (!loadable(io, file, yaml, 'YAML')) return EXIT_FAILURE
      io.stdout(yaml.replace(/\n$/, ''))
    }
    io.stderr(reportText(file, summary, values.out, plan.notes))
    if (values.check === true) {
      io.stderr(
        plan.guessed
          ? `check failed: ${file} had to guess its structure (the "guessed" lines above); state the roles in a mapping (--mapping) or make the guide say them`
          : `check passed: every part of ${file}'s structure is stated`
      )
    }
    return checked
  }
})

/**
 * The source imported and validated, read as its kind asks: a spreadsheet from its bytes (it may
 * be UTF-16 or Windows-1252), a Backstage catalog with the files of its folder (a folder, or a
 * .yaml file: YAML given to `import` is a Backstage entity file), a guide as UTF-8 text.
 */
async function importFile(file: string, options: GuideOptions): Promise<LoadedImport> {
  const path = userPath(file)
  const format = importFormatOf(file)
  const folder = format === undefined && (await isDirectory(path))
  if (folder || /\.ya?ml$/iu.test(file)) {
    const read = await readBackstageFiles(path)
    if (!read.ok) return read
    const { files, entries } = read.value
    return relocated(loadBackstageFiles(files, file, { ...options, entries }), file, folder)
  }
  if (format === 'csv') {
    const bytes = await readCatalogBytes(path)
    if (!bytes.ok) return bytes
    const decoded = decodeSpreadsheet(bytes.value)
    return loadGuideText(decoded.text, file, {
      ...options,
      ...(decoded.encoding ? { encoding: decoded.encoding } : {})
    })
  }
  const text = await readCatalogText(path)
  return text.ok ? loadGuideText(text.value, file, options) : text
}

/** A Backstage import's diagnostics name files inside its folder: name them as the user would. */
function relocated(result: LoadedImport, file: string, folder: boolean): LoadedImport {
  if (result.ok) return result
  const base = folder ? file : dirname(file)
  return {
    ...result,
    errors: result.errors.map((error: Diagnostic) =>
      error.file === file || error.file === '' ? error : { ...error, file: join(base, error.file) }
    )
  }
}

/** Where a note is: the imported file, or a file inside the folder imported (or the file's folder). */
function noteFile(file: string, note: ImportNote): string {
  if (!note.file) return file
  return join(/\.ya?ml$/iu.test(file) ? dirname(file) : file, note.file)
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false
  }
}

async function write(
  io: Io,
  out: string,
  catalog: CatalogFile,
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

/** What the import gave, counted: divisions, groups, teams, projects, technologies, skipped sections. */
function summaryOf(file: string, plan: ImportPlan): string {
  const { catalog } = plan
  type Unit = { teams: CatalogFile['divisions'][number]['teams']; groups?: Unit[] }
  const groups: Unit[] = []
  const collect = (unit: Unit): void => {
    for (const group of unit.groups ?? []) {
      groups.push(group)
      collect(group)
    }
  }
  catalog.divisions.forEach(collect)
  const teams = [...catalog.divisions, ...groups].flatMap((unit) => unit.teams)
  const projects = teams.reduce((sum, team) => sum + team.projects.length, 0)
  const skipped = plan.notes.filter((note) => note.kind === 'skipped').length
  return (
    `${file}: ${count(catalog.divisions.length, 'division')}, ${count(groups.length, 'group')}, ` +
    `${count(teams.length, 'team')}, ${count(projects, 'project')}, ` +
    `${count(catalog.technologies.length, 'technology', 'technologies')}, ${count(skipped, 'skipped section')}`
  )
}

const NOTE_SECTIONS: [ImportNote['kind'], string][] = [
  ['guessed', 'guessed'],
  ['skipped', 'skipped'],
  ['problem', 'to check'],
  ['unknown', 'unknown'],
  ['inferred', 'inferred']
]

function reportText(
  file: string,
  summary: string,
  out: string | undefined,
  notes: ImportNote[]
): string {
  const lines = [`imported ${summary}${out === undefined ? '' : ` → ${out}`}`]
  for (const [kind, title] of NOTE_SECTIONS) {
    const some = notes.filter((note) => note.kind === kind)
    if (some.length === 0 && kind !== 'inferred') continue
    lines.push(`${title} (${some.length}):`)
    for (const note of some) {
      lines.push(`  ${noteFile(file, note)}:${note.line}:${note.column ?? 1} ${note.message}`)
    }
  }
  return lines.join('\n')
}

/**
 * The outline as a mapping names it: each entry's key, the role it had and why, indented as the
 * source nests them, under a line that says how to use it.
 */
function outlineText(outline: readonly OutlineEntry[]): string {
  const lines = [
    'the outline (a mapping\'s "roles" give these keys a role: company, division, group, team, team-part or skip; a list\'s, the one in brackets):'
  ]
  // A mapping file's shape is shown with a key of this outline: an offered list's, else the first.
  let offered: OutlineEntry | undefined
  const walk = (entries: readonly OutlineEntry[], depth: number) => {
    for (const entry of entries) {
      if (entry.choices) offered ??= entry
      // A list, table or text's named teams takes only team or skip: say so beside it.
      const choices = entry.choices ? ` [${entry.choices.join(' or ')}]` : ''
      lines.push(
        `${'  '.repeat(depth + 1)}${entry.key}  ${entry.role}${choices}  (line ${entry.line}: ${entry.reason})`
      )
      walk(entry.children, depth + 1)
    }
  }
  walk(outline, 0)
  const example = offered ?? outline[0]
  if (example) {
    lines.push(
      `say it in a mapping file passed with --mapping, e.g. {"version": 1, "roles": {"${example.key}": "team"}}`
    )
  }
  return lines.join('\n')
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file
}

function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`
}
