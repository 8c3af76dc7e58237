import { plainText, type TableBlock } from './markdown-blocks'
import type { TeamColumns } from './team-columns'

/**
 * A maintainers file's table of areas ("Area | Lead | Owners", "Component | Maintainers"): each
 * row is an area of the code and the people who own it, the unit a reader routes work to. The
 * area column names the row when no column is headed as a team's name.
 */
const AREA =
  /^(?:areas?|area labels?|sectors?|domains?|components?|subsystems?|modules?|repositories|repos)$/iu

/**
 * A column of the parts of the code a maintainer keeps ("Repositories", "Components"), or of the
 * parts of the work a project divides itself into ("Sector", "Domain"); "Areas of Expertise" alone
 * lists what people know, and a bare "Area" beside a code host's team may say what the team is
 * for, not a part of the code anyone owns.
 */
const CODE_PARTS =
  /^(?:components?|subsystems?|modules?|repositories|repos|packages|crates|sectors?|domains?)$/iu

/** "Repositories/Area of Expertise": a header naming the area column twice is one area column. */
const isAreaHeader = (cell: string): boolean =>
  cell.split('/').some((part) => AREA.test(part.trim()))

/** People's names beside their handle or e-mail ("Name | GitHub | Email | Repositories"). */
const NAMES = /^(?:names?|full names?)$/iu
const IDENTITY = /^(?:github(?: handles?| ids?)?|handles?|e-?mails?|e-?mail address(?:es)?)$/iu

/** A column of the people or groups who own the row: what makes a row an owned area. */
const OWNERS =
  /^(?:owners?|owner\(s\)|maintainers?|maintainer\(s\)|code ?owners|reviewers?|experts?|leads?|(?:area )?owners? \(.*\))$/iu

/** A column of the row's lead, read as the team's lead. */
const LEAD = /^(?:leads?|owners?|maintainers?)$/iu

/** A first column of people, not of what they own: "Person | Owner of". */
const PEOPLE =
  /^(?:people|persons?|users?|members?|contributors?|handles?|github(?: handles?)?|accounts?)$/iu

/**
 * A first column of work, not of parts of the code: "Responsibility | Owner", "Task | Owner".
 * Its rows are what the teams in the owner column do (a page's RACI table), not areas. So are a
 * team's aims and the steps toward them ("Goal | Owner", "Key result | Owner", "Action item |
 * Owner"): each row's owner owns that goal, and leads no team named after it.
 */
const WORK =
  /^(?:responsibilit(?:y|ies)|tasks?|duties|duty|activit(?:y|ies)|concerns?|decisions?|deliverables?|processes|process|goals?|objectives?|key results?|krs?|okrs?|milestones?|targets?|outcomes?|action items?|actions?)$/iu

const NOTES = /^(?:notes?|description|descriptions?|scope|about)$/iu

/**
 * A first column of projects ("Project name | Owner(s) | Stars"): what the page's unit builds,
 * each with the people who look after it, not parts of the code routed to their keepers.
 */
const PROJECTS = /^(?:projects?|project names?|libraries|library|apps?|applications?)$/iu

/**
 * The columns of a table of owned areas, or undefined when the table has no area column or no
 * column of owners ("Area | Status" lists areas nobody is said to own).
 */
export function areaColumns(header: string[]): TeamColumns | undefined {
  const cells = header.map((cell) => cell.trim())
  const listed = cells.findIndex((cell) => OWNERS.test(cell))
  const owners = listed === -1 && maintainerRows(cells) ? 0 : listed
  // "Dialect | Owners", "Code | Owner": with no column headed as areas, the first column names
  // what each row's owners own, as a code-owners table writes it.
  const headed = cells.findIndex((cell, i) => i !== owners && isAreaHeader(cell))
  const name =
    headed !== -1
      ? headed
      : owners > 0 && !PEOPLE.test(cells[0]) && !WORK.test(cells[0]) && !PROJECTS.test(cells[0])
        ? 0
        : -1
  if (name === -1) return undefined
  const lead = cells.findIndex((cell, i) => i !== name && LEAD.test(cell))
  const description = cells.findIndex((cell, i) => i !== name && NOTES.test(cell))
  if (owners === -1) return undefined
  return {
    name,
    // "Owner | Area": a row per owner, its areas listed in one cell. "Area | Owners" keeps a row
    // per area, its cell one area's name even with a comma in it.
    ...(owners < name ? { areaList: true } : {}),
    ownedAreas: true,
    ...(lead !== -1 ? { lead } : {}),
    ...(description !== -1 ? { description } : {}),
    other: []
  }
}

/**
 * "Name | GitHub | Email | Repositories": a row per maintainer, named with a handle or an e-mail,
 * beside the parts of the code they keep, each part an owned area. The name column holds
 * people, not teams; a table of people beside their "Areas of Expertise" stays a people table.
 */
export function maintainerRows(header: string[]): boolean {
  const cells = header.map((cell) => cell.trim())
  return (
    NAMES.test(cells[0] ?? '') &&
    cells.some((cell) => IDENTITY.test(cell)) &&
    cells.some((cell, i) => i > 0 && cell.split('/').some((part) => CODE_PARTS.test(part.trim())))
  )
}

/**
 * An owner cell that names a team: "Payments team", "Search squad", "@acme/identity", or the
 * team's word first, as some handbooks name their small teams ("Team Replay"). Not a sentence
 * about teams: "Shared responsibility. Features owned by the relevant Small Team", "each
 * feature's own team".
 */
const TEAM_OWNER =
  /^(?:(?!(?:each|every|any|all|its|their|(?:the )?relevant)\s)[^.;,]{1,60}\s(?:team|squad|crew|pod|guild)|@[\w.-]+\/[\w.-]+|(?:team|squad)\s+\p{Lu}[^,;.]{0,40})$/iu

/** Whether a table's owner cell names a team (TEAM_OWNER), not a person or a sentence. */
export function namesOwnerTeam(cell: string): boolean {
  return TEAM_OWNER.test(cell.trim())
}

/**
 * A first column of what a product is made of ("Feature | Owner", "Service | Owner") or of what
 * the engineers use ("Tool | Owner", "Repository | Owner"): beside owning teams, each row is one
 * thing a team owns.
 */
const OWNED_THINGS =
  /^(?:features?|services?|products?|capabilit(?:y|ies)|systems?|tools?|components?|repositor(?:y|ies)|repos?|applications?|apps?|librar(?:y|ies)|modules?|packages?|paths?|director(?:y|ies)|folders?|files?|code paths?)$/iu

/** Fewer owner cells naming teams than this do not make a table's owners its teams. */
const FEW_OWNER_TEAMS = 3

/**
 * "| Area | Owner |", "| Responsibility | Owner |" or "| Feature | Owner |" whose owner cells name teams ("|
 * Checkout flow | Payments team |"): the teams are the owners, each row's area or duty what that
 * team owns (a page's map of who owns what), not a team led by "Payments team" nor no team at
 * all. The columns read with the owners as the teams' names and the areas as what each does;
 * undefined for a table whose owners are people.
 */
export function ownerTeamColumns(table: TableBlock): TeamColumns | undefined {
  const header = table.header.map((cell) => plainText(cell).trim())
  const owners = header.findIndex((cell) => OWNERS.test(cell))
  const owned = header.findIndex(
    (cell, i) => i !== owners && (isAreaHeader(cell) || WORK.test(cell) || OWNED_THINGS.test(cell))
  )
  if (owners === -1 || owned === -1) return undefined
  const cells = table.rows.map((row) =>
    row.cells[owners] ? plainText(row.cells[owners]).trim() : ''
  )
  // Every owner a team, or most of them, three at least: a feature map names a few owners that
  // are a person or "Shared responsibility"; those rows give no team (found-entries.ts).
  const teams = cells.filter((cell) => TEAM_OWNER.test(cell)).length
  const every = cells.length > 0 && teams === cells.length
  if (!every && !(teams >= FEW_OWNER_TEAMS && teams * 3 >= cells.length * 2)) return undefined
  return { name: owners, description: owned, areaList: true, ownersAreTeams: true, other: [] }
}
