import type { TechnologyCategory } from '../catalog/schema'
import type { DataPath } from '../catalog/source'
import type { GuideContext } from './guide-context'
import { excerpt } from './import-notes'
import { linksToOrganization } from './linked-organization'
import { plainText, type ListItem, type Position, type TableBlock } from './markdown-blocks'
import { cleanName } from './outline'
import { positionKey } from './positions'
import { namedTechnologies } from './named-technology'
import { namesRepository } from './repository-link'
import { readStackItem } from './stack-item'
import { teamField } from './team-field'

/** More words than this, a stack list's line is a sentence rather than a list of names. */
const SENTENCE_WORDS = 10

/** "Languages: Go, Rust" or a "Languages" item with the names nested under it. */
const GROUP_CATEGORIES: [RegExp, TechnologyCategory][] = [
  [/^languages?$/iu, 'language'],
  [/^frameworks?$/iu, 'framework'],
  [/^(?:frontend|front-end|ui)$/iu, 'frontend'],
  [/^(?:infrastructure|infra|iac)$/iu, 'infrastructure'],
  [/^(?:cloud|cloud providers?|hosting)$/iu, 'cloud'],
  [/^(?:observability|monitoring|logging|metrics)$/iu, 'observability'],
  [/^(?:data|databases?|storage|data stores?)$/iu, 'data'],
  [/^security$/iu, 'security'],
  [/^protocols?$/iu, 'protocol'],
  [/^(?:ci\/?cd|ci|cd|ci and cd)$/iu, 'ci-cd'],
  [/^(?:tools|tooling)$/iu, 'tooling'],
  [/^platforms?$/iu, 'platform']
]

/** Names from one line of a stack list; unknown ones join the registry as tooling. */
export function readStackLine(
  item: ListItem,
  where: string,
  stack: string[],
  path: DataPath,
  context: GuideContext
): void {
  const { dictionary, notes } = context
  const text = plainText(item.inline)
  // "[sg](https://docs.acme.com/dev/sg)": a tool the organization documents on its own pages
  // or keeps in its own repositories is its in-house tool, not a technology.
  // So is "[rfclint](https://github.com/acme-tools/rfclint)", a link to a repository named by
  // it (namesRepository). A technology the dictionary knows stays one: "[GitHub](/github)" links to the
  // handbook's page on how the organization uses GitHub, "[terraform](…/hashicorp/terraform)"
  // to the technology's own repository.
  const spans = item.inline.spans.filter((span) => span.text.trim() !== '')
  if (
    spans.length === 1 &&
    spans[0].href !== undefined &&
    (linksToOrganization(spans[0].href, context.linkedCompany) || namesRepository(spans[0])) &&
    dictionary.lookup(cleanName(text)) === undefined
  ) {
    notes.add(
      'skipped',
      item.at,
      `"${excerpt(text)}" in the stack of ${where} links to the organization's own pages or repository: an in-house tool, not made a technology`
    )
    return
  }
  const group = /^([^:]{2,40}):\s*(.*)$/u.exec(text)
  const groupCategory = (label: string): TechnologyCategory | undefined =>
    GROUP_CATEGORIES.find(([pattern]) => pattern.test(label.trim()))?.[1]
  // "Languages: Go, Zig" or a "Languages" item with the names nested below it.
  let category = group ? groupCategory(group[1]) : undefined
  const lines: { text: string; at: Position }[] = []
  if (group && (category || teamField(group[1]) === 'stack')) {
    // "Stack: Go, PostgreSQL": the label says what the line lists, no category of its own.
    lines.push({ text: group[2], at: item.at })
  } else if (item.details.length > 0 && (text.endsWith(':') || groupCategory(text))) {
    category = groupCategory(text.replace(/:$/u, ''))
  } else {
    lines.push({ text, at: item.at })
  }
  for (const detail of item.details) lines.push({ text: plainText(detail), at: detail.at })

  for (const line of lines) {
    const reading = readStackItem(line.text, dictionary)
    // A sentence under a stack-like introduction ("Make sure we are making the most of the
    // data we collect and create, …" under "Tech Portfolio Vision:") is a goal, not a list of
    // names: only the technologies the dictionary knows are read from it.
    const sentence = line.text.trim().split(/\s+/u).length > SENTENCE_WORDS
    const named = sentence ? reading.names.filter((reading) => reading.known) : reading.names
    const names = named.map(({ name, known }) => {
      if (known) return name
      // "Grafana Cloud" files under its family's category (Grafana: observability).
      const entry = dictionary.learn(name, category ?? dictionary.familyCategory(name) ?? 'tooling')
      notes.add(
        'ambiguous',
        line.at,
        `"${excerpt(name)}" in the stack of ${where} is not a known technology: added to the registry as ${entry.category} (check the category)`
      )
      return entry.name
    })
    for (const more of reading.more) {
      notes.add(
        'inferred',
        line.at,
        `dropped "${excerpt(more)}" from the stack of ${where}: it names no technology`
      )
    }
    for (const prose of reading.prose) {
      notes.add(
        'ambiguous',
        line.at,
        `"${excerpt(prose)}" in the stack of ${where} is too long to be a technology's name: left out`
      )
    }
    if (names.length > 1 || reading.qualifiers.length > 0) {
      notes.add(
        'inferred',
        line.at,
        `read stack item "${excerpt(line.text)}" as ${names.join(', ')}`
      )
    }
    addToStack(names, line.at, stack, path, context)
  }
}

/**
 * Adds `names` to a team's stack, each once, at `at`: its position (for the report and the
 * preview) and, for a technology first named here, the catalog's position of it.
 */
export function addToStack(
  names: Iterable<string>,
  at: Position,
  stack: string[],
  path: DataPath,
  { positions, technologyAt }: GuideContext
): void {
  for (const name of names) {
    if (stack.includes(name)) continue
    positions.set(positionKey([...path, 'stack', stack.length]), at)
    if (!technologyAt.has(name)) technologyAt.set(name, at)
    stack.push(name)
  }
}

/**
 * "## Looker", "### BigQuery": a heading inside a team that is nothing but technologies' names
 * introduces a tool the team uses (a tools page gives each its own heading, some with no text
 * under them). Only names the dictionary knows: an unknown heading is a topic, not a tool.
 */
export function readStackHeading(
  text: string,
  at: Position,
  stack: string[],
  path: DataPath,
  context: GuideContext
): void {
  const heading = cleanName(text)
  if (heading.split(/\s+/u).length > 4) return
  addToStack(namedTechnologies(context.dictionary, heading) ?? [], at, stack, path, context)
}

/**
 * A header cell naming a kind of technology: "Frontend", "Backend", "Database", "Languages",
 * "Deployment Tool", "Automation Tests", "CI/CD", "Hosting".
 */
const STACK_KIND =
  /^(?:(?:front|back)[\s-]?end|ui|client|server|api|mobile|web|databases?|data ?stores?|data|storage|persistence|cache|caching|messaging|queues?|languages?|frameworks?|librar(?:y|ies)|runtimes?|platforms?|infrastructure|infra|iac|cloud|hosting|deployment|deploy(?:ment)? tools?|ci(?:\s*\/\s*cd)?|cd|build(?: tools?)?|(?:automat(?:ion|ed) )?tests?|(?:automat(?:ion|ed) )?testing|test(?:ing)? (?:tools?|frameworks?)|monitoring|observability|logging|tools|tooling|devops|operating systems?|os)$/iu

/**
 * Whether a table inside a team lists its stack by kind ("| Frontend | Backend | Database |"):
 * two or more columns, every one named for a kind of technology. Its cells are what the team
 * builds and runs with, as a stack list's lines are.
 */
export function listsStackByKind(table: TableBlock): boolean {
  const headers = table.header.map((cell) => plainText(cell).replace(/[*_:]/gu, '').trim())
  return headers.length >= 2 && headers.every((header) => STACK_KIND.test(header))
}

/** A column of technologies: "Technology", "Tech stack", "Tools", "Framework", "Language". */
const STACK_COLUMN =
  /^(?:technolog(?:y|ies)(?: used)?|tech(?:nology)? stack|tech|stack|tools?|tooling|frameworks?|languages?|built with)$/iu

/**
 * The column of a table inside a team that names its technologies ("| Layer | Technology |"
 * over "| Backend | Go |"): each of its cells is a stack line, where an ambiguous word ("Go")
 * counts. Undefined when no header is one, or every header is (listsStackByKind reads those).
 */
export function stackColumn(table: TableBlock): number | undefined {
  const headers = table.header.map((cell) => plainText(cell).replace(/[*_:]/gu, '').trim())
  const columns = headers.flatMap((header, i) => (STACK_COLUMN.test(header) ? [i] : []))
  return columns.length === 1 && headers.length >= 2 ? columns[0] : undefined
}

/**
 * The technologies a stack table's cell names ("Django, Node.js", "React Redux"), read as a stack
 * list's line is, but only those the dictionary knows: a cell is free text ("N/A", an in-house
 * service, a typo), and an unknown name in it is no technology of the team.
 */
export function readStackCell(
  text: string,
  at: Position,
  stack: string[],
  path: DataPath,
  context: GuideContext
): void {
  const known = readStackItem(text, context.dictionary).names.filter((name) => name.known)
  addToStack(
    known.map(({ name }) => name),
    at,
    stack,
    path,
    context
  )
}
