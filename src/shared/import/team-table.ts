import { areaColumns, maintainerRows } from './area-table'
import { headerField, type ColumnField } from './column-fields'
import type { TeamColumns } from './team-columns'
import { OTHER_PERSON_NAME, OTHER_ROLE, OTHER_TEAM, OTHER_TEAMS } from './team-words'

/** "Team", "SIG name", "Squad Name", "Working Group": the column of the rows' names. */
const NAME = /^(?:(?:team|squad|pod|crew|group|sig|unit|working group|wg)s?(?:\s+names?)?|name)$/iu
/** A name column headed "Working Group": the table says its rows are working groups. */
export const WORKING_GROUP_COLUMN = /^(?:working groups?|wgs?)$/iu
const DESCRIPTION =
  /^(?:description|about|mission|scope|focus|summary|charter|purpose|what (?:it|we) (?:does|do)|responsibilit(?:y|ies))$/iu
const STACK =
  /^(?:stack|tech(?:nology)? stack|tech|technolog(?:y|ies)|tools|tooling|languages?|built with)$/iu
const LEAD =
  /^(?:lead|leads|team lead|manager|engineering manager|em|owner|chairs?|contact person)$/iu
const ROLES = /^(?:open roles|roles|hiring|open positions|vacancies)$/iu
/** "Owns", "What it owns", "Ownership": what each team owns, its responsibilities. */
const OWNS =
  /^(?:owns|we own|what (?:it|we|they) owns?|ownership|owned (?:areas|services|systems)|(?:(?:primary|main|key|owned)\s+)?(?:services|products|systems)(?:\s*(?:\/|&|and)\s*(?:services|products|systems))?)$/iu
/**
 * "Engineers", "People", "Size", "Headcount", "# of engineers": how many people a team has (a
 * cell that gives no number, "Ana, Bo", names people instead and gives none).
 */
const HEADCOUNT =
  /^(?:(?:#|no\.?|number)\s*(?:of\s+)?)?(?:engineers|developers|devs|people|members|ftes?|head ?count|(?:team )?size|engineering size)(?:\s*\(#\))?$/iu
const PARENT =
  /^(?:division|department|org|organi[sz]ation|parent|area|stage|tribe|group|team group|pillar|business unit|unit|domain|product area|value stream|portfolio)$/iu
/** A name column in the plural ("Teams", "Squads"): a cell may list several ("Ledger, Tills"). */
const NAMES = /^(?:teams|squads|pods|crews)$/iu
/** Where a project lives: a column a table of projects has and a table of teams does not. */
const PROJECT_PLACE =
  /^(?:location|repo(?:sitory|sitories|s)?|source(?: code)?|code|project (?:url|link|path))$/iu

/** The column of the person a row names, beside the team's: "Engineer", "Member", "Name". */
const MEMBER_COLUMN = /^(?:member|team member|engineer|developer|person|name|full name|employee)$/iu
/** The same in the plural, read so only beside a role column (else it counts: "Engineers: 6"). */
const MEMBERS_COLUMN = /^(?:members|team members|engineers|developers|people|names|employees)$/iu
/** A column only a table of people has: "Name | Title | Company". */
const PEOPLE_COLUMN = /^(?:title|job title|role|position|company|affiliation|employer|pronouns)$/iu

/** A column of how to reach one person or where they work: "Email", "Slack", "GitHub". */
const PERSON_COLUMN =
  /^(?:e-?mails?|e-?mail address(?:es)?|slack(?: handles?| ids?)?|github(?: handles?| ids?)?|handles?|company|employer|affiliation|time ?zone|pronouns)$/iu

/**
 * "Name | GitHub | Affiliation": a table of people, its first column a person's name and every
 * other one where the person works or how to reach them.
 */
export function isPeopleTable(header: string[]): boolean {
  const cells = header.map((cell) => cell.trim())
  if (cells.length < 2 || !PERSON_NAME_COLUMN.test(cells[0])) return false
  const rest = cells.slice(1)
  if (rest.every((cell) => PEOPLE_COLUMN.test(cell) || PERSON_COLUMN.test(cell))) return true
  // "Name | Role | Responsibilities | Contact": a person's role makes the row a person's, and
  // what else it says is theirs (what they look after, how to reach them), unless a column
  // says what only a team has (a stack, a description, projects, a headcount, a parent).
  return (
    rest.some((cell) => ROLE_COLUMN.test(cell)) &&
    rest.every((cell) => !TEAM_ONLY_FIELDS.has(headerField(cell) as ColumnField))
  )
}

/**
 * "Role | Level | % Code | Responsibility": a table of a team's positions, a row each, naming
 * no one (no column of names, people or contacts): each row is one person's place.
 */
export function isStaffingTable(header: string[]): boolean {
  const cells = header.map((cell) => cell.trim())
  return (
    cells.length >= 2 &&
    ROLE_COLUMN.test(cells[0]) &&
    cells.every((cell) => !PERSON_NAME_COLUMN.test(cell) && !/^(?:who|owner)$/iu.test(cell)) &&
    cells.every((cell) => !PERSON_COLUMN.test(cell)) &&
    cells.slice(1).some((cell) => STAFFING_COLUMN.test(cell))
  )
}

/** What a position's row says beside its role: its level, its share, what it looks after. */
const STAFFING_COLUMN =
  /^(?:level|seniority|grade|band|allocation|fte|%.*|.*%|responsibilit(?:y|ies)|focus|count|headcount|location|status)$/iu

/** The column of people's names: "Name", "Full name", "Person", "Members", "Maintainers". */
const PERSON_NAME_COLUMN = new RegExp(
  String.raw`^(?:names?|full names?|persons?|people|members?|maintainers?|${OTHER_PERSON_NAME})$`,
  'iu'
)

/**
 * The column of a person's role or title ("Tech Lead", "Backend Engineer"), in English or the
 * other languages ("Rol", "Rôle", "Função").
 */
export const ROLE_COLUMN = new RegExp(
  String.raw`^(?:title|job title|role|position|${OTHER_ROLE})$`,
  'iu'
)

/** What only a team's row holds, beside its name (headerField). */
const TEAM_ONLY_FIELDS: ReadonlySet<ColumnField> = new Set([
  'team',
  'description',
  'stack',
  'projects',
  'headcount',
  'division',
  'group',
  'parent',
  'roles'
])

/** A column naming the teams a working group answers to ("Stakeholder SIGs", "Owning teams"). */
const OWNING_TEAMS = /\b(?:stakeholders?|sigs?|teams?|owners?|owning|sponsors?|sponsoring)\b/iu

/**
 * The columns of a table that a "Working Groups" heading introduces, when its rows are the
 * document's own standing groups: a name column ("Name" or "Working Group") and no column naming
 * teams the groups answer to. Such a group owns its repository, so a repository column is one
 * more sign of it, not of a table of projects. Kubernetes-style tables of time-bounded groups
 * with "Stakeholder SIGs" stay undefined.
 */
export function workingGroupColumns(header: string[]): TeamColumns | undefined {
  const name = header.findIndex((cell) => /^(?:name|working groups?|wgs?)$/iu.test(cell.trim()))
  if (name === -1) return undefined
  if (header.some((cell, i) => i !== name && OWNING_TEAMS.test(cell))) return undefined
  // "Name | Company | Groups" under "Working group leads": the groups' people.
  if (header.some((cell, i) => i !== name && PEOPLE_COLUMN.test(cell.trim()))) return undefined
  const description = header.findIndex((cell) => DESCRIPTION.test(cell.trim()))
  const lead = header.findIndex((cell) => LEAD.test(cell.trim()))
  const contact = /contact|slack|channel|chat|mailing|e-?mail|label|meeting link|calendar/iu
  return {
    name,
    ...(description !== -1 ? { description } : {}),
    ...(lead !== -1 ? { lead } : {}),
    other: header.flatMap((cell, i) =>
      i === name || i === description || i === lead || contact.test(cell) ? [] : [i]
    )
  }
}

/**
 * The columns of a table of teams, or undefined when no header names a team column. A table
 * whose only named column is "Name" is still a team table when another column says what teams
 * have (a description, a stack or a lead); a table of people ("Name", "Title") is not.
 */
export function teamColumns(header: string[]): TeamColumns | undefined {
  // The header's own words first, then a spreadsheet's synonyms and head nouns ("Product team",
  // "Main technologies used"), as column-fields.ts reads a spreadsheet's header.
  const find = (pattern: RegExp, field?: ColumnField): number | undefined => {
    let i = header.findIndex((cell) => pattern.test(cell.trim()))
    if (i === -1 && field) i = header.findIndex((cell) => headerField(cell) === field)
    return i === -1 ? undefined : i
  }
  // "|  | What it owns | Stack |": a first column with no header holds the rows' names, the
  // others say what they are (read as teams only when those say what teams have, below).
  const name = find(NAME, 'team') ?? (header.length >= 2 && header[0].trim() === '' ? 0 : undefined)
  // No column named for teams: a maintainers file's "Area | Lead | Owners" names its areas, and
  // its "Name | GitHub | Area" table names people beside the areas they keep.
  if (name === undefined || maintainerRows(header)) return areaColumns(header)
  const columns: TeamColumns = { name, other: [] }
  if (NAMES.test(header[name].trim())) columns.nameList = true
  const description = find(DESCRIPTION, 'description')
  const stack = find(STACK, 'stack')
  const lead = find(LEAD, 'lead')
  const roles = find(ROLES)
  const parent = find(PARENT)
  const headcount = find(HEADCOUNT)
  const owns = find(OWNS, 'responsibilities')
  if (owns !== undefined && owns !== name) columns.owns = owns
  if (description !== undefined) columns.description = description
  if (stack !== undefined) columns.stack = stack
  if (lead !== undefined) columns.lead = lead
  if (roles !== undefined) columns.roles = roles
  if (parent !== undefined && parent !== name) columns.parent = parent
  if (headcount !== undefined && headcount !== name) columns.headcount = headcount
  // "Squad | Engineer | GitHub", "Team | Member | Role": a row per person, the team beside them.
  // A plural ("Engineers", "People") over counts is the headcount, unless a role column says
  // each row is one person.
  const eachPerson = header.some((cell) => ROLE_COLUMN.test(cell.trim()))
  const member = TEAM_WORD.test(header[name])
    ? header.findIndex(
        (cell, i) =>
          i !== name &&
          (MEMBER_COLUMN.test(cell.trim()) || (eachPerson && MEMBERS_COLUMN.test(cell.trim())))
      )
    : -1
  if (member !== -1) {
    columns.member = member
    if (columns.headcount === member) delete columns.headcount
    const role = header.findIndex((cell) => ROLE_COLUMN.test(cell.trim()))
    if (role !== -1) columns.memberRole = role
  }
  const used = new Set([
    name,
    description,
    stack,
    lead,
    roles,
    parent,
    headcount,
    owns,
    columns.member,
    columns.memberRole
  ])
  // Contact and label columns name chat tools and trackers the team uses to be reached, not to build.
  const contact = /contact|slack|channel|chat|mailing|e-?mail|label|meeting link|calendar/iu
  columns.other = header.flatMap((cell, i) => (used.has(i) || contact.test(cell) ? [] : [i]))
  // "Name | Title | Company": a table of people, whatever else it has.
  if (
    columns.member === undefined &&
    header.some((cell, i) => i !== name && PEOPLE_COLUMN.test(cell.trim()))
  ) {
    return undefined
  }
  const teamHeader = TEAM_HEADER.test(header[name])
  // "Name | Slack | GitHub": every other column says how to reach the person the row names.
  if (!teamHeader && header.every((cell, i) => i === name || PERSON_COLUMN.test(cell.trim()))) {
    return undefined
  }
  // "Name | Location | Description" with a repository in each row: a table of the team's
  // projects (its repositories and what each builds), not of teams.
  if (!teamHeader && header.some((cell, i) => i !== name && PROJECT_PLACE.test(cell.trim()))) {
    return undefined
  }
  if (columns.member !== undefined) return columns
  const teamish = /label|meetings?|contact|charter|slack|channel/iu
  if (
    !teamHeader &&
    description === undefined &&
    stack === undefined &&
    lead === undefined &&
    owns === undefined &&
    !header.some((cell) => teamish.test(cell))
  ) {
    return undefined
  }
  return columns
}

/** A name column called for teams, in English or the other languages ("Equipo", "Équipe"). */
const TEAM_HEADER = new RegExp(String.raw`team|squad|sig|${OTHER_TEAM}|${OTHER_TEAMS}`, 'iu')
/** The same, with the words of a team of people beside it ("Squad | Engineer | Role"). */
const TEAM_WORD = new RegExp(
  String.raw`team|squad|pod|crew|group|${OTHER_TEAM}|${OTHER_TEAMS}`,
  'iu'
)

/** A first column naming the products teams are called by: "Project", "Product", "Application". */
const NAMED_BY = /^(?:projects?|products?|applications?|apps?|services?|systems?)$/iu
/** Free text about each row: "Comments", "Notes". */
const REMARKS = /^(?:comments?|notes?|remarks?|details?)$/iu
/** The people to ask about each row: "Names", "Contacts", "Owners". */
const WHO = /^(?:names?|people|contacts?|contact persons?|owners?|members?|leads?|e-?mails?)$/iu

/**
 * The columns of a table that a team-list heading introduces ("Teams using the design system")
 * where no column is named for teams: the page calls its rows teams, and the first column, named
 * for what they build ("Project", "Product"), names them. A comments column describes each; a
 * column of people ("Names", "Contacts") is whom to ask, not what the team works with.
 */
export function listedTeamColumns(header: string[]): TeamColumns | undefined {
  if (!NAMED_BY.test(header[0]?.trim() ?? '')) return undefined
  if (header.some((cell) => PEOPLE_COLUMN.test(cell.trim()))) return undefined
  const description = header.findIndex(
    (cell, i) => i > 0 && (DESCRIPTION.test(cell.trim()) || REMARKS.test(cell.trim()))
  )
  return {
    name: 0,
    ...(description !== -1 ? { description } : {}),
    other: header.flatMap((cell, i) =>
      i === 0 || i === description || WHO.test(cell.trim()) ? [] : [i]
    )
  }
}
