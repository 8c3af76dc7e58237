import { parse } from 'yaml'
import { fieldOf } from './column-fields'
import { isPersonName } from './person-line'
import { headcountOf } from './team-field'
import { titleKind } from './section-headings'
import { channelTeam } from './team-name'

export interface FrontMatter {
  /**
   * The document with the front matter's lines blanked, so every later line number still holds
   * (but for a data-driven page's listed teams, each written at its line: listedTeams).
   */
  body: string
  /** The `title` field, when there is one. */
  title?: string
  /** A field naming the organization (`company`, `organization`, `org`), when there is one. */
  company?: string
  /**
   * The team that owns the page, from a field naming it (`team`, `owner_team`) or its chat
   * channel (the GOV.UK tech-docs template's `owner_slack: "#data-platform"` gives "Data
   * Platform"); a person's handle ("@ana") names no team.
   */
  owner?: string
  /**
   * The page's team's lead and headcount, from fields named as a spreadsheet's columns are
   * (`line_manager: Rachel Martinez`, `team_size: 6`, or under a map: `metadata: {size: 8}`).
   */
  team?: { lead?: string; headcount?: number; division?: string; group?: string }
  /** 1-based line of the title field (or of the opening fence). */
  line: number
  /** Why the block could not be read, when it could not (it is still blanked). */
  problem?: string
}

const FENCES = [
  { open: /^---[ \t]*$/u, close: /^(?:---|\.\.\.)[ \t]*$/u, format: 'yaml' },
  { open: /^\+\+\+[ \t]*$/u, close: /^\+\+\+[ \t]*$/u, format: 'toml' }
] as const

/** Front matter longer than this is not front matter: a guide starting with a rule, say. */
const MAX_FRONT_MATTER_LINES = 500

/**
 * Splits YAML (`---`) or TOML (`+++`) front matter off a markdown document, as static-site
 * generators (Hugo, Jekyll, Docusaurus) write it: read as markdown, it became a division and a
 * team named `title: "…"`. Only the fields an import uses are read; TOML by its `key = "value"`
 * lines, which is all those fields need, rather than a TOML parser for three strings.
 */
export function readFrontMatter(text: string): FrontMatter | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const lines = text.slice(bom).split(/\r\n|\r|\n/u)
  const json = jsonFrontMatter(lines)
  const fence = FENCES.find((f) => f.open.test(lines[0] ?? ''))
  if (!fence && !json) return undefined
  const end = json
    ? json.end
    : lines.findIndex((line, i) => i > 0 && fence !== undefined && fence.close.test(line))
  if (end === -1 || end > MAX_FRONT_MATTER_LINES) return undefined
  const inner = lines.slice(1, end)
  const fields = json
    ? { values: json.values }
    : fence?.format === 'yaml'
      ? yamlFields(inner)
      : tomlFields(inner)
  const newline = /\r\n|\r|\n/u.exec(text)?.[0] ?? '\n'
  const rest = text
    .slice(bom)
    .split(/\r\n|\r|\n/u)
    .slice(end + 1)
  const blanked = new Array<string>(end + 1).fill('')
  // A data-driven page's teams, each written where the front matter names it.
  for (const { line, text } of listedTeams(fields.values, inner)) blanked[line + 1] = text
  const body = [...blanked, ...rest].join(newline)
  const fieldLine = (name: string): number => {
    const i = inner.findIndex((line) => new RegExp(`^${name}\\s*[:=]`, 'u').test(line))
    return i === -1 ? 1 : i + 2
  }
  const stringField = (name: string): string | undefined => {
    const value = fields.values[name]
    return typeof value === 'string' && value.trim() ? value.trim() : undefined
  }
  const company =
    stringField('company') ??
    stringField('organization') ??
    stringField('org') ??
    describedCompany(stringField('description'), stringField('title')) ??
    repositoryOwner(stringField('github') ?? stringField('repository') ?? stringField('repo'))
  const owner =
    stringField('team') ??
    stringField('owner_team') ??
    channelTeam(stringField('owner_slack')) ??
    describedTeam(stringField('description'))
  const team = teamFields(fields.values)
  return {
    body,
    // A team file names its team by `name` (Team Topologies' and EventCatalog's), a page by `title`.
    title: stringField('title') ?? stringField('name'),
    ...(team ? { team } : {}),
    ...(company ? { company } : {}),
    ...(owner ? { owner } : {}),
    line: fieldLine('title'),
    ...(fields.problem ? { problem: fields.problem } : {})
  }
}

/**
 * A `description` that is only a name, as a title is ("Acme Engineering", "Acme Engineering
 * Handbook"): the organization it names, read as a title naming one is (titleKind). A sentence
 * ("The Platform department is responsible for …") names none here.
 */
function describedCompany(
  description: string | undefined,
  title: string | undefined
): string | undefined {
  if (description === undefined) return undefined
  // "Northwind Platform Team Organization" under "title: Platform Team Organization": the
  // words the description puts before the title name whose page it is.
  const before = title !== undefined ? companyBeforeTitle(description, title) : undefined
  if (before !== undefined) return before
  const words = description.split(/\s+/u)
  if (words.length > 4 || !words.every((word) => /^\p{Lu}/u.test(word))) return undefined
  const kind = titleKind(description, false)
  return kind.role === 'company' ? kind.name : undefined
}

/**
 * `"github": "tidewater/shipping-wg"`: the account that owns the page's repository is the
 * organization's, as a working group's page on a foundation's site names it. A URL's path is
 * read the same way; anything else ("yes", a sentence) names none.
 */
function repositoryOwner(field: string | undefined): string | undefined {
  const path = field?.replace(/^https?:\/\/(?:www\.)?(?:github|gitlab)\.com\//iu, '')
  return path !== undefined ? /^([A-Za-z0-9][\w.-]{0,38})\/[\w.-]+\/?$/u.exec(path)?.[1] : undefined
}

/** One to three capitalized words before the title, the whole description otherwise the title. */
function companyBeforeTitle(description: string, title: string): string | undefined {
  const text = description.trim()
  if (!text.toLowerCase().endsWith(` ${title.trim().toLowerCase()}`)) return undefined
  const name = text.slice(0, text.length - title.trim().length).trim()
  return /^\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,2}$/u.test(name)
    ? name
    : undefined
}

/**
 * "Meet the team working on Acme Pay", "The team behind Ledger": a `description` saying what the
 * page's team works on names it so, as a team is called by its product. A name, not "the app".
 */
const TEAM_WORKING_ON =
  /\bteam\s+(?:working\s+on|behind|building|that\s+builds|responsible\s+for)\s+(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3})/u

function describedTeam(description: string | undefined): string | undefined {
  const name = description !== undefined ? TEAM_WORKING_ON.exec(description)?.[1] : undefined
  return name?.replace(/\.+$/u, '') || undefined
}

/**
 * The lead and headcount among front matter's fields, and those of the maps in it (a Team
 * Topologies team file keeps them under `metadata:`), by the header synonyms of a spreadsheet's
 * columns. A lead is a person's name ("contact: '#team-x'" is none); a headcount a count.
 */
function teamFields(values: Record<string, unknown>): FrontMatter['team'] {
  const team: NonNullable<FrontMatter['team']> = {}
  const read = (fields: Record<string, unknown>, nested: boolean): void => {
    for (const [key, value] of Object.entries(fields)) {
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        if (!nested) read(value as Record<string, unknown>, true)
        continue
      }
      const field = fieldOf(key)
      // "members: [dboyne, asmith]" (EventCatalog's team files): the people, counted; so are
      // records that name them ("members": [{"name": "Ana Silva", "image": "…"}]).
      if (Array.isArray(value)) {
        const people = value.filter(
          (one) =>
            (typeof one === 'string' && one.trim() !== '') ||
            (one !== null &&
              typeof one === 'object' &&
              typeof (one as Record<string, unknown>).name === 'string')
        )
        if (field === 'headcount' && team.headcount === undefined && people.length > 0)
          team.headcount = people.length
        continue
      }
      const text =
        typeof value === 'string' || typeof value === 'number' ? String(value).trim() : ''
      if (field === 'lead' && team.lead === undefined && isPersonName(text)) team.lead = text
      // "department: Platform", "value_stream: Mobile Experience": the units the page's team
      // belongs to (names, not sentences).
      const unitName = /^\p{Lu}[^.!?:]{0,59}$/u.test(text)
      if (field === 'division' && team.division === undefined && unitName) team.division = text
      if (field === 'group' && team.group === undefined && unitName) team.group = text
      if (field === 'headcount' && team.headcount === undefined) {
        const count = headcountOf(text)
        if (count !== undefined && count > 0) team.headcount = count
      }
    }
  }
  read(values, false)
  return Object.keys(team).length > 0 ? team : undefined
}

/**
 * Hugo's JSON front matter: an object opening the page, from a line that is only "{" to the
 * first line that is only "}" (Hugo's own test for it). Read as markdown, its fields became one
 * paragraph named as a team. Text that only starts with a brace and parses as no object is none.
 */
function jsonFrontMatter(
  lines: string[]
): { end: number; values: Record<string, unknown> } | undefined {
  if ((lines[0] ?? '').trim() !== '{') return undefined
  const end = lines.findIndex((line, i) => i > 0 && /^\}[ \t]*$/u.test(line))
  if (end === -1 || end > MAX_FRONT_MATTER_LINES) return undefined
  try {
    const data: unknown = JSON.parse(lines.slice(0, end + 1).join('\n'))
    return data !== null && typeof data === 'object' && !Array.isArray(data)
      ? { end, values: data as Record<string, unknown> }
      : undefined
  } catch {
    return undefined
  }
}

interface Fields {
  values: Record<string, unknown>
  problem?: string
}

function yamlFields(lines: string[]): Fields {
  try {
    const data: unknown = parse(lines.join('\n'), { maxAliasCount: 100 })
    return data !== null && typeof data === 'object' && !Array.isArray(data)
      ? { values: data as Record<string, unknown> }
      : { values: {} }
  } catch (error) {
    return {
      values: {},
      problem: `front matter is not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : 'unreadable'}): left out`
    }
  }
}

function tomlFields(lines: string[]): Fields {
  const values: Record<string, unknown> = {}
  for (const line of lines) {
    if (/^\s*\[/u.test(line)) break
    const found = /^([A-Za-z_][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)')\s*(?:#.*)?$/u.exec(
      line
    )
    if (found)
      values[found[1]] = found[2] !== undefined ? found[2].replace(/\\(.)/gu, '$1') : found[3]
  }
  return { values }
}

/** Fewer teams than this in a front matter list are tags of the page, not its list of teams. */
const FEW_LISTED = 2

/** The value of the first of `keys` an object has as text ("Java, Kafka" for a list). */
function textField(item: Record<string, unknown>, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = item[key]
    if (typeof value === 'string' && value.trim()) return value.trim()
    if (Array.isArray(value) && value.every((part) => typeof part === 'string') && value.length)
      return value.join(', ')
  }
  return undefined
}

/**
 * A data-driven page's teams: a front matter list (`teams:`, `squads:`) of objects each with a
 * name, which the page's template prints ("{% for team in page.teams %}"), so the page as written
 * names no team but here. Each is written as the line a team list gives ("- **Ledger** — Owns
 * invoices. Stack: Java, PostgreSQL"), at the front matter's line (0-based in `inner`) that names
 * it. None for a list of names that tags the page (`teams: [platform]`).
 */
function listedTeams(
  values: Record<string, unknown>,
  inner: string[]
): { line: number; text: string }[] {
  const list = values.teams ?? values.squads
  if (!Array.isArray(list)) return []
  const items = list.filter(
    (item): item is Record<string, unknown> =>
      item !== null && typeof item === 'object' && !Array.isArray(item)
  )
  const named = items.flatMap((item) => {
    const name = textField(item, ['name', 'title', 'team'])
    return name ? [{ item, name }] : []
  })
  if (named.length < FEW_LISTED) return []
  const out: { line: number; text: string }[] = []
  let from = 0
  for (const { item, name } of named) {
    const line = inner.findIndex(
      (text, i) =>
        i >= from && text.includes(name) && /^\s*(?:-\s+)?(?:name|title|team)\s*:/u.test(text)
    )
    if (line === -1) return []
    from = line + 1
    const description = textField(item, ['description', 'summary', 'mission', 'about'])
    const stack = textField(item, ['stack', 'technologies', 'tech', 'tools'])
    const text = [
      `- **${name.replace(/[*_]/gu, '')}**`,
      description ? ` — ${description}` : '',
      stack ? ` Stack: ${stack}.` : ''
    ].join('')
    out.push({ line, text })
  }
  return out
}
