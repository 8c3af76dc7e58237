import type { Diagnostic, Result } from '../../catalog/diagnostic'
import { didYouMean } from '../../catalog/did-you-mean'
import { knownTechnologies, knownTechnology } from '../../technology/dictionary/known-technologies'
import type { Position } from '../../catalog/line-index'
import { MAX_GROUP_DEPTH, MAX_MEMBERS, type CatalogFile, type Group } from '../../catalog/schema'
import type { DataPath } from '../../catalog/source'
import { TechnologyDictionary, type KnownTechnology } from '../../technology/technology-dictionary'
import { webAddress } from '../address-text'
import { UniqueIds } from '../ids'
import type {
  ImportMapping,
  ImportNote,
  ImportResult,
  ImportRole,
  OutlineEntry
} from '../import-plan'
import { excerpt, NAME_THE_COMPANY } from '../import-notes'
import { namedTechnologies } from '../named-technology'
import { fieldOf, namesRepositories, reasonFor, roleOf, type ColumnField } from '../column-fields'
import { readCsvTable, type CsvCell, type CsvRow } from './csv-table'
import { droppedCharactersNote, REFUSED_IN_NAMES } from '../outline'
import { locateIn, positionKey } from '../positions'
import { companyFromEmails } from '../email-company'
import { EMAIL_ADDRESS } from '../handle-line'
import { companyNameFromFile, fileName } from '../file-name'
import { titleCompany } from '../title-company'
import { isPersonName } from '../person-line'

export interface CsvImportOptions {
  /** Named in diagnostics and in the catalog's `company.source`; `.tsv` means tab-separated. */
  file: string
  /** A catalog registry to recognize technologies by (the bundled catalog's), before the dictionary. */
  knownTechnologies?: readonly KnownTechnology[]
  /** The company's name, when the spreadsheet does not say it. */
  companyName?: string
  /** The user's choice of role per column (`column:<header>`), from the preview or a mapping file. */
  mapping?: ImportMapping
  /** The encoding the file was decoded from, when it was not UTF-8 (said in a note). */
  encoding?: string
}

type Division = CatalogFile['divisions'][number]
type Team = Division['teams'][number]

interface Column {
  index: number
  header: string
  key: string
  field: ColumnField | undefined
  role: ImportRole
  inferred: ImportRole
  at: Position
  /** Why the column got its role, when not its field's reason (reasonFor). */
  reason?: string
}

/** A row that names a team (or, with a parent column, a unit). */
interface Draft {
  row: CsvRow
  name: string
  at: Position
}

/** Fields a team row fills, by the column's field. */
const PART_FIELDS: ReadonlySet<ColumnField> = new Set([
  'description',
  'stack',
  'lead',
  'headcount',
  'roles',
  'links',
  'responsibilities',
  'projects',
  'status'
])

/** Items of a list cell: "Go, Kafka", "Go; Kafka", "Go | Kafka", or one per line. */
const LIST_SEPARATOR = /[,;|\n\r]+/u
const DEFAULT_DIVISION = 'Engineering'

/**
 * Reads a spreadsheet of teams (CSV or TSV: a header row, a row per team) into a catalog, with
 * one outline entry per column so the preview can re-map them. Columns are matched by header
 * synonyms (column-fields.ts); the hierarchy comes from division and group columns, or from a
 * parent column naming another row. Every cell stays text. Pure: no I/O, never throws.
 */
export function importCsv(text: string, options: CsvImportOptions): ImportResult {
  const table = readCsvTable(text, options.file)
  if (!table.ok) return table
  const { header, rows, above } = headerRowOf([table.value.header, ...table.value.rows], options)
  return new CsvImport(options).run(header, rows, above)
}

/** Rows a title or a note above the header may take (a sheet's title, a date, a blank line). */
const MAX_ROWS_ABOVE_HEADER = 10

/**
 * The header row: the first row, unless it names no team column, or is a title alone in its row,
 * and one of the next rows names one (a sheet exported with its title, or a note, above the table). The rows above it are returned
 * apart, to be reported; with a mapping that gives the first row's columns roles, the first row.
 */
function headerRowOf(
  rows: CsvRow[],
  options: CsvImportOptions
): { header: CsvRow; rows: CsvRow[]; above: CsvRow[] } {
  const roles = options.mapping?.roles ?? {}
  const first = columnKeys(rows[0])
  const namesTeams = (row: CsvRow) =>
    row.cells.some((cell) => fieldOf(oneLine(cell.text)) === 'team')
  const filled = (row: CsvRow) => row.cells.filter((cell) => cell.text.trim() !== '').length
  // A first row that names the teams is the header, unless it is a title alone in its row
  // ("Teams,,") over a table whose header names them too.
  if (
    (namesTeams(rows[0]) && filled(rows[0]) >= 2) ||
    first.some((key) => roles[key] !== undefined)
  ) {
    return { header: rows[0], rows: rows.slice(1), above: [] }
  }
  const limit = Math.min(rows.length - 1, MAX_ROWS_ABOVE_HEADER)
  for (let k = 1; k <= limit; k++) {
    if (filled(rows[k]) >= 2 && namesTeams(rows[k])) {
      return { header: rows[k], rows: rows.slice(k + 1), above: rows.slice(0, k) }
    }
  }
  // No row names the teams, but the first is a title alone in its row over a table of several
  // columns ("Squadron,Tribe,Stack"): the table's first row is its header, whose columns the
  // preview or a mapping can then give roles.
  if (filled(rows[0]) <= 1 && !namesTeams(rows[0])) {
    for (let k = 1; k <= limit; k++) {
      if (filled(rows[k]) >= 2) {
        return { header: rows[k], rows: rows.slice(k + 1), above: rows.slice(0, k) }
      }
    }
  }
  return { header: rows[0], rows: rows.slice(1), above: [] }
}

/**
 * The outline key of each column of a header row: "column:Stack", a repeated header numbered
 * ("column:Stack#2"), one without a header by its place ("column:#3").
 */
function columnKeys(header: CsvRow): string[] {
  const seen = new Map<string, number>()
  return header.cells.map((cell, index) => {
    const name = oneLine(cell.text)
    if (!name) return `column:#${index + 1}`
    const n = (seen.get(name) ?? 0) + 1
    seen.set(name, n)
    return `column:${name}${n > 1 ? `#${n}` : ''}`
  })
}

class CsvImport {
  private readonly notes: ImportNote[] = []
  private readonly ids = new UniqueIds()
  private readonly dictionary: TechnologyDictionary
  /** Where each catalog object came from, turned into data paths once the catalog is built. */
  private readonly origin = new Map<object, { at: Position; fields: Map<string, Position> }>()
  private readonly technologyAt = new Map<string, Position>()
  /** The header row's line: below a sheet's title, not the first. */
  private headerLine = 1
  /** The rows each team was read from (several on a sheet with a row per person). */
  private readonly teamRows = new Map<Team, Draft[]>()

  constructor(private readonly options: CsvImportOptions) {
    this.dictionary = new TechnologyDictionary(options.knownTechnologies ?? [])
  }

  /**
   * Control and bidirectional characters (an escape sequence pasted from a terminal, a
   * right-to-left override) dropped from a cell, where the loader would refuse them in a name,
   * and reported at the cell, as the guide importer reports them.
   */
  private dropRefused(cell: CsvCell): void {
    const kept = cell.text.replace(REFUSED_IN_NAMES, (c) => (/[\t\n\r]/u.test(c) ? c : ''))
    if (kept === cell.text) return
    const note = droppedCharactersNote(cell.text, `the cell "${oneLine(kept).slice(0, 60)}"`)
    cell.text = kept
    if (note) this.note('problem', cell, note)
  }

  run(header: CsvRow, rows: CsvRow[], above: CsvRow[] = []): ImportResult {
    const { file } = this.options
    this.headerLine = header.line
    if (this.options.encoding) {
      this.note('inferred', { line: 1, column: 1 }, `read as ${this.options.encoding}`)
    }
    for (const row of [header, ...rows]) for (const cell of row.cells) this.dropRefused(cell)
    const columns = this.columns(header)
    this.projectTeams(columns)
    const used = (role: ImportRole) => columns.filter((column) => column.role === role)
    const [teamColumn, ...otherTeamColumns] = used('team')
    if (!teamColumn) {
      // With its columns, so that the import preview can offer the choice the hint names.
      return {
        ...failure(
          file,
          header.cells[0] ?? { line: header.line, column: 1 },
          'no column names the teams',
          'call the column of team names "Team" (or "Name", "Squad"), or choose the role "team" for it in the import preview'
        ),
        outline: columnOutline(columns)
      }
    }
    for (const column of otherTeamColumns) {
      this.note(
        'skipped',
        column.at,
        `column "${column.header}": only one column names the team, "${teamColumn.header}"; this one was left out`
      )
    }
    const [companyColumn] = used('company')
    const groupColumns = used('group')
    const parentColumn = groupColumns.find((column) => column.field === 'parent')
    const [divisionColumn, ...otherDivisionColumns] = used('division')

    for (const row of rows) {
      if (row.cells.length > header.cells.length) {
        this.note(
          'problem',
          row.cells[header.cells.length],
          `this row has ${row.cells.length} cells but the header has ${header.cells.length}: the extra cells were left out`
        )
      } else if (row.cells.length < header.cells.length) {
        // "Ledger,Core" under "team,division,stack": a cell short (a comma lost), which reads
        // as an empty cell and may put the row in the division above.
        const missing = header.cells.slice(row.cells.length).map((cell) => `"${cell.text.trim()}"`)
        this.note(
          'problem',
          { line: row.line, column: 1 },
          `this row has ${row.cells.length} ${row.cells.length === 1 ? 'cell' : 'cells'} but the header has ${header.cells.length}: ${missing.join(', ')} read as empty`
        )
      }
    }
    const drafts: Draft[] = []
    const people = personColumns(columns)
    /** Rows of people whose empty team cell was read as the team of the row above. */
    const merged: CsvCell[] = []
    for (const row of rows) {
      const cell = row.cells[teamColumn.index]
      const name = oneLine(cell?.text ?? '')
      // A sheet of people writes each team once, on its first person's row, and leaves the cell
      // empty below it (a merged cell): a person's row with no team is in the team above.
      const previous = drafts.at(-1)
      if (
        !name &&
        cell &&
        previous &&
        people.some((column) => oneLine(row.cells[column.index]?.text ?? '') !== '')
      ) {
        merged.push(cell)
        drafts.push({ row, name: previous.name, at: cell })
        continue
      }
      if (!name) {
        this.note(
          'skipped',
          cell ?? { line: row.line, column: 1 },
          `row without a team name (${columnName(teamColumn)} is empty): left out`
        )
        continue
      }
      drafts.push({ row, name, at: cell })
    }
    if (merged.length > 0) {
      this.note(
        'inferred',
        merged[0],
        `${merged.length === 1 ? "a person's row" : `${merged.length} people's rows`} with an empty ${columnName(teamColumn)} read as in the team of the row above (merged cells)`
      )
    }
    if (drafts.length === 0) {
      return failure(
        file,
        { line: header.line, column: 1 },
        'the spreadsheet has no team rows',
        'add a row per team under the header'
      )
    }

    const parts = used('team-part')
    let divisions: Division[]
    let companyFromTree: { name: string; summary: string } | undefined
    if (parentColumn) {
      for (const column of [divisionColumn, ...otherDivisionColumns, ...groupColumns]) {
        if (column && column !== parentColumn) {
          this.note(
            'skipped',
            column.at,
            `column "${column.header}" was left out: the parent column "${parentColumn.header}" gives the structure`
          )
        }
      }
      const tree = this.fromParents(drafts, parentColumn, teamColumn, parts)
      if (!tree.ok) return tree
      divisions = tree.value.divisions
      companyFromTree = tree.value.company
    } else {
      for (const column of otherDivisionColumns) {
        this.note(
          'skipped',
          column.at,
          `column "${column.header}": only one column names the division, "${divisionColumn.header}"; this one was left out`
        )
      }
      divisions = this.fromColumns(drafts, divisionColumn, groupColumns, parts)
      this.countPeople(columns, parts)
    }

    this.noteManagers(teamColumn, drafts, 'teams')
    this.noteNotLinks()
    const title = sheetTitle(above)
    const company = this.company(drafts, companyColumn, companyFromTree, title)
    for (const row of above) {
      // The title row that named the company is read, not left out.
      if (row === title?.row && company.name === title.company) continue
      const cell = row.cells.find((c) => c.text.trim() !== '') ?? { line: row.line, column: 1 }
      const text = rowText(row)
      this.note(
        'skipped',
        cell,
        `"${excerpt(text, 60)}" is above the header row (line ${header.line}): left out`
      )
    }
    const usedTechnologies = new Set<string>()
    const collect = (teams: Team[]) =>
      teams.forEach((team) =>
        [...team.stack, ...team.roles.flatMap((role) => role.technologies)].forEach((name) =>
          usedTechnologies.add(name)
        )
      )
    const walkGroups = (groups: Group[] | undefined): void =>
      groups?.forEach((group) => {
        collect(group.teams)
        walkGroups(group.groups)
      })
    for (const division of divisions) {
      collect(division.teams)
      walkGroups(division.groups)
    }
    const catalog: CatalogFile = {
      schemaVersion: 2,
      company,
      technologies: this.dictionary.registryFor(usedTechnologies),
      divisions
    }
    const positions = this.positions(catalog)
    const locate = locateIn(positions)
    this.notes.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0))
    return {
      ok: true,
      value: {
        format: 'csv',
        outline: columnOutline(columns),
        notes: this.notes,
        // A spreadsheet states its structure in its columns: nothing in it is a guess.
        guessed: false,
        catalog,
        locate
      }
    }
  }

  private columns(header: CsvRow): Column[] {
    const keys = columnKeys(header)
    return header.cells.map((cell, index) => {
      const header = oneLine(cell.text)
      const key = keys[index]
      const field = fieldOf(header)
      const inferred = roleOf(field)
      const role = this.options.mapping?.roles[key] ?? inferred
      if (field === undefined && role === 'skip') {
        this.note(
          'unknown',
          cell,
          header
            ? `column "${header}" is not one the importer knows: left out (choose a role for it in the import preview, or name it Team, Division, Group, Parent, Description, Stack, Lead, Headcount, Open roles or Links)`
            : `column ${index + 1} has no header: left out`
        )
      }
      return {
        index,
        header,
        key,
        field,
        role,
        inferred,
        at: { line: cell.line, column: cell.column }
      }
    })
  }

  /**
   * A sheet of people with no team column, whose one project column says what each works on (a
   * foundation's maintainers: "Project", "Maintainer Name", "GitHub Name"): each project's people
   * are its team, so that column names the teams. A role the mapping gives the column stands.
   */
  private projectTeams(columns: Column[]): void {
    if (columns.some((column) => column.role === 'team')) return
    const people = personColumns(columns)
    const projects = columns.filter((column) => column.field === 'projects')
    if (people.length === 0 || projects.length !== 1) return
    const [project] = projects
    if (this.options.mapping?.roles[project.key] !== undefined) return
    project.role = project.inferred = 'team'
    project.reason = `names the project each person works on: its people are a team`
    this.note(
      'inferred',
      project.at,
      `no column names the teams, but each row is a person (${people.map((column) => `"${column.header}"`).join(', ')}): the people of each "${project.header}" are read as its team`
    )
  }

  /** Division and group columns: each row's team goes under its division, then its groups. */
  private fromColumns(
    drafts: Draft[],
    divisionColumn: Column | undefined,
    groupColumns: Column[],
    parts: Column[]
  ): Division[] {
    const divisions = new Map<string, Division>()
    const groups = new Map<string, Group>()
    // Defaults, not guesses: the spreadsheet's columns state its structure (import --check passes).
    if (!divisionColumn) {
      this.note(
        'inferred',
        { line: this.headerLine, column: 1 },
        `no division column: every team is in one division, "${DEFAULT_DIVISION}" (add a Division or Parent column to say otherwise)`
      )
    }
    const units = [divisionColumn, ...groupColumns]
    /** Per unit column, how many empty cells were read as the one above, and the first's place. */
    const filled = new Map<Column, { rows: number; first: Position }>()
    /** Teams named on more than one row of one unit, with where each of their rows names them. */
    const repeated = new Map<Team, Position[]>()
    // The division and group cells of the row above, as read (a merged cell's value included).
    let above: { text: string; cell: CsvCell | undefined }[] | undefined
    for (const draft of drafts) {
      const own = units.map((column) => {
        const cell = column ? draft.row.cells[column.index] : undefined
        return { text: oneLine(cell?.text ?? ''), cell }
      })
      // Merged cells, as a spreadsheet exports them: a unit written once, on its first row, and
      // empty below it. An empty cell repeats the one above until a cell of the row has a value
      // of its own (a new division starts its groups afresh).
      const row = own.map((unit, i) => {
        const up = above?.[i]
        if (unit.text || !up?.text || own.slice(0, i).some((left) => left.text)) return unit
        const column = units[i]
        if (column) {
          const before = filled.get(column)
          const at = unit.cell ?? { line: draft.row.line, column: column.index + 1 }
          filled.set(column, { rows: (before?.rows ?? 0) + 1, first: before?.first ?? at })
        }
        return up
      })
      above = row
      const [divisionUnit, ...groupCells] = row
      const divisionCell = divisionUnit.cell
      // "Engineering > Platform": an HR export's organization path, its division then its groups.
      const [first = { name: '' }, ...pathGroups] = pathAbove(divisionUnit.text, draft.name)
      let divisionName = first.name
      if (divisionColumn && !divisionName) {
        this.note(
          'problem',
          divisionCell ?? draft.at,
          `"${draft.name}" names no division: put in "${DEFAULT_DIVISION}"`
        )
      }
      divisionName ||= DEFAULT_DIVISION
      const divisionKey = divisionName.toLowerCase()
      let division = divisions.get(divisionKey)
      if (!division) {
        division = {
          id: this.ids.claim(divisionName, 'division'),
          name: divisionName,
          summary: managerSummary(first.manager),
          teams: [],
          groups: []
        }
        divisions.set(divisionKey, division)
        this.origin.set(division, { at: divisionCell ?? draft.at, fields: new Map() })
      }
      let holder: { teams: Team[]; groups?: Group[] } = division
      let path = divisionKey
      const groupNames = [
        ...pathGroups.map((unit) => ({ ...unit, cell: divisionCell })),
        ...groupCells.flatMap(({ text, cell }) =>
          pathAbove(text, draft.name).map((unit) => ({ ...unit, cell }))
        )
      ]
      for (const { name, manager, cell } of groupNames.slice(0, MAX_GROUP_DEPTH)) {
        path += `\u0000${name.toLowerCase()}`
        let group = groups.get(path)
        if (!group) {
          const summary = managerSummary(manager)
          group = { id: this.ids.claim(name, 'group'), name, summary, teams: [], groups: [] }
          groups.set(path, group)
          this.origin.set(group, { at: cell ?? draft.at, fields: new Map() })
          ;(holder.groups ??= []).push(group)
        }
        holder = group
      }
      const team = this.team(draft, parts)
      // "Payments" on a row per person, as an HR export writes its workers: one team, its
      // rows' cells together, not a card per row.
      const same = holder.teams.find((other) => sameName(other.name, team.name))
      if (same) {
        mergeInto(same, team)
        repeated.set(same, [...(repeated.get(same) ?? [draft.at]), draft.at])
        this.teamRows.get(same)?.push(draft)
      } else {
        holder.teams.push(team)
        this.teamRows.set(team, [draft])
      }
    }
    this.noteRepeated(repeated)
    for (const column of units) if (column) this.noteManagers(column, drafts, 'units')
    for (const [column, { rows, first }] of filled) {
      this.note(
        'inferred',
        first,
        `${rows === 1 ? 'an empty cell' : `${rows} empty cells`} of ${columnName(column)} read as the cell above (merged cells)`
      )
    }
    return [...divisions.values()]
  }

  /**
   * A sheet with a row per person (an HR export: "First Name", "Job Title", "Work Email"
   * beside the team): a team's headcount is its people (its rows, a person's repeated row once), unless a headcount column says it, and
   * its lead the manager most of its rows report to, one of its own people first (the Manager
   * column is each person's manager, so the team's lead reports to someone above the team).
   */
  private countPeople(columns: Column[], parts: Column[]): void {
    const people = personColumns(columns)
    if (people.length === 0 || [...this.teamRows.values()].every((rows) => rows.length < 2)) return
    const leadColumn = parts.find((column) => column.field === 'lead')
    const cellText = (draft: Draft, column: Column | undefined) =>
      column ? oneLine(draft.row.cells[column.index]?.text ?? '') : ''
    const nameColumns = (pattern: RegExp) =>
      people.find((column) => pattern.test(column.header.trim()))
    const full = nameColumns(/^(?:full|employee|display|preferred|legal)?\s*name$|^employee$/iu)
    const first = nameColumns(/^(?:first|given|preferred first)\s*name$/iu)
    const last = nameColumns(/^(?:last|family|sur)\s*name$|^surname$/iu)
    const personName = (draft: Draft) =>
      cellText(draft, full) || [cellText(draft, first), cellText(draft, last)].join(' ').trim()
    for (const [team, rows] of this.teamRows) {
      const fields = this.origin.get(team)?.fields
      if (team.members === undefined) {
        // A person written on two rows of one team (the same details twice) is one of its people.
        const persons = new Set(
          rows.map((draft) => {
            const details = people.map((column) => cellText(draft, column).toLowerCase())
            return details.some(Boolean) ? details.join('\u0000') : `row ${draft.row.line}`
          })
        )
        team.members = persons.size
        fields?.set('members', rows[0].at)
      }
      if (!leadColumn) continue
      const managers = new Map<string, number>()
      for (const draft of rows) {
        const manager = cellText(draft, leadColumn)
        if (manager) managers.set(manager, (managers.get(manager) ?? 0) + 1)
      }
      const own = new Set(rows.map((draft) => personName(draft).toLowerCase()).filter(Boolean))
      const ranked = [...managers].sort(
        ([a, m], [b, n]) =>
          Number(own.has(b.toLowerCase())) - Number(own.has(a.toLowerCase())) || n - m
      )
      const [lead] = ranked[0] ?? []
      if (lead && lead !== team.lead?.name) {
        team.lead = { name: lead }
        const at = rows.find((draft) => cellText(draft, leadColumn) === lead)
        if (at) fields?.set('lead', at.row.cells[leadColumn.index])
      }
    }
    this.note(
      'inferred',
      people[0].at,
      `a row per person (${people.length === 1 ? 'column' : 'columns'} ${people.map((column) => `"${column.header}"`).join(', ')}): each team's headcount is its rows${leadColumn ? `, its lead the "${leadColumn.header}" most of them name, one of its own people first` : ''}`
    )
  }

  /** One note for the teams named on several rows, at the first of them. */
  private noteRepeated(repeated: Map<Team, Position[]>): void {
    const [first] = repeated
    if (!first) return
    const [team, rows] = first
    const more = repeated.size - 1
    this.note(
      'inferred',
      rows[1] ?? rows[0],
      `"${excerpt(team.name)}" is named on ${rows.length} rows${more > 0 ? ` (and ${more} more ${more === 1 ? 'team' : 'teams'} on several rows)` : ''}: each read as one team, its rows' cells together`
    )
  }

  /**
   * A parent column: rows form a tree. Roots with rows under them are divisions, rows under them
   * with rows of their own are groups, the rest are teams. One root whose every child has
   * children is the company.
   */
  private fromParents(
    drafts: Draft[],
    parentColumn: Column,
    teamColumn: Column,
    parts: Column[]
  ): Result<{ divisions: Division[]; company?: { name: string; summary: string } }> {
    const { file } = this.options
    const byName = new Map<string, Draft>()
    const errors: Diagnostic[] = []
    for (const draft of drafts) {
      const key = draft.name.toLowerCase()
      const first = byName.get(key)
      if (first) {
        errors.push({
          file,
          ...draft.at,
          message: `"${draft.name}" is also the name of the row on line ${first.row.line}: a parent column needs each name once`,
          hint: `rename one of them, so that "${parentColumn.header}" can say which is meant`
        })
      } else byName.set(key, draft)
    }
    const parentOf = new Map<Draft, Draft>()
    for (const draft of drafts) {
      const cell = draft.row.cells[parentColumn.index]
      const name = oneLine(cell?.text ?? '')
      if (!name) continue
      const parent = byName.get(name.toLowerCase())
      if (!parent) {
        const near = didYouMean(
          name,
          [...byName.values()].map((d) => d.name)
        )
        errors.push({
          file,
          line: cell.line,
          column: cell.column,
          message: `parent "${name}" of "${draft.name}" is not a row of the spreadsheet`,
          hint: near
            ? `did you mean "${near}"?`
            : `add a row whose "${teamColumn.header}" is "${name}", or leave "${parentColumn.header}" empty for a top-level division`
        })
      } else parentOf.set(draft, parent)
    }
    for (const draft of drafts) {
      const chain = [draft]
      for (let up = parentOf.get(draft); up; up = parentOf.get(up)) {
        if (up === draft) {
          // Reported once, at the row of the cycle that comes first in the file.
          if (chain.every((member) => member.row.line >= draft.row.line)) {
            const cell = draft.row.cells[parentColumn.index]
            errors.push({
              file,
              line: cell.line,
              column: cell.column,
              message: `the parents form a cycle: ${[...chain, draft].map((d) => `"${d.name}"`).join(' → ')}`,
              hint: 'leave the parent of the top-most of them empty'
            })
          }
          break
        }
        if (chain.includes(up)) break
        chain.push(up)
      }
    }
    if (errors.length > 0) return { ok: false, errors }

    const children = new Map<Draft | undefined, Draft[]>()
    for (const draft of drafts) {
      const parent = parentOf.get(draft)
      children.set(parent, [...(children.get(parent) ?? []), draft])
    }
    this.childrenIndex = children
    let roots = children.get(undefined) ?? []
    let company: { name: string; summary: string } | undefined
    const [only] = roots
    if (
      roots.length === 1 &&
      (children.get(only) ?? []).length > 0 &&
      (children.get(only) ?? []).every((child) => (children.get(child) ?? []).length > 0)
    ) {
      company = this.unitOf(only, parts)
      this.note('inferred', only.at, `"${only.name}" is above every division: it is the company`)
      roots = children.get(only) ?? []
    }

    const depthErrors: Diagnostic[] = []
    const group = (draft: Draft, depth: number): Group => {
      const unit = this.unitOf(draft, parts)
      const made: Group = {
        id: this.ids.claim(unit.name, 'group'),
        name: unit.name,
        summary: unit.summary,
        teams: [],
        groups: []
      }
      this.origin.set(made, { at: draft.at, fields: new Map() })
      if (depth > MAX_GROUP_DEPTH) {
        depthErrors.push({
          file,
          ...draft.at,
          message: `"${draft.name}" is ${depth} levels of groups under its division; a catalog holds at most ${MAX_GROUP_DEPTH}`,
          hint: 'give some of these rows a parent higher up'
        })
        return made
      }
      this.fill(made, draft, depth, group, parts)
      return made
    }
    const divisions: Division[] = []
    const loose: Team[] = []
    for (const root of roots) {
      if ((children.get(root) ?? []).length === 0) {
        loose.push(this.team(root, parts))
        continue
      }
      const unit = this.unitOf(root, parts)
      const division: Division = {
        id: this.ids.claim(unit.name, 'division'),
        name: unit.name,
        summary: unit.summary,
        teams: [],
        groups: []
      }
      this.origin.set(division, { at: root.at, fields: new Map() })
      this.fill(division, root, 0, group, parts)
      divisions.push(division)
    }
    if (depthErrors.length > 0) return { ok: false, errors: depthErrors }
    if (loose.length > 0) {
      const first =
        drafts.find((draft) => managedUnit(draft.name).name === loose[0].name) ?? drafts[0]
      this.note(
        'inferred',
        first.at,
        `${loose.length === 1 ? `"${loose[0].name}" has` : `${loose.length} teams have`} no parent and nothing under ${loose.length === 1 ? 'it' : 'them'}: put in a division "${DEFAULT_DIVISION}"`
      )
      const division: Division = {
        id: this.ids.claim(DEFAULT_DIVISION, 'division'),
        name: DEFAULT_DIVISION,
        summary: '',
        teams: loose,
        groups: []
      }
      this.origin.set(division, { at: first.at, fields: new Map() })
      divisions.push(division)
    }
    return { ok: true, value: { divisions, ...(company ? { company } : {}) } }
  }

  /** The rows under `draft`: leaves are teams, rows with rows of their own are groups. */
  private fill(
    holder: { teams: Team[]; groups?: Group[] },
    draft: Draft,
    depth: number,
    group: (draft: Draft, depth: number) => Group,
    parts: Column[]
  ): void {
    for (const child of this.childrenOf(draft)) {
      if (this.childrenOf(child).length === 0) holder.teams.push(this.team(child, parts))
      else (holder.groups ??= []).push(group(child, depth + 1))
    }
    this.dropUnitParts(draft, parts)
  }

  private childrenIndex: Map<Draft | undefined, Draft[]> | undefined
  private childrenOf(draft: Draft): Draft[] {
    return this.childrenIndex?.get(draft) ?? []
  }

  /** A division or group row's team columns other than its description have nowhere to go. */
  private dropUnitParts(draft: Draft, parts: Column[]): void {
    const dropped = parts.filter(
      (column) =>
        column.field !== 'description' && oneLine(draft.row.cells[column.index]?.text ?? '')
    )
    if (dropped.length > 0) {
      this.note(
        'skipped',
        draft.row.cells[dropped[0].index],
        `"${draft.name}" has rows under it, so it is a division or group, which has no ${dropped.map((column) => `"${column.header}"`).join(', ')}: left out`
      )
    }
  }

  private summaryOf(draft: Draft, parts: Column[]): string {
    const column = parts.find((part) => part.field === 'description')
    return column ? (draft.row.cells[column.index]?.text ?? '').trim() : ''
  }

  /**
   * A unit row's name and summary (a parent tree's division or group): a Workday-style name
   * "Engineering (Ana Ruiz)" is the unit Engineering, its manager in its summary.
   */
  private unitOf(draft: Draft, parts: Column[]): { name: string; summary: string } {
    const { name, manager } = managedUnit(draft.name)
    const summary = [this.summaryOf(draft, parts), managerSummary(manager)]
    return { name, summary: summary.filter(Boolean).join('\n\n') }
  }

  /**
   * One note for a column whose names carry their managers ("Engineering (Ana Ruiz)"), if any
   * does: the names are read without them; a team's manager is its lead, a division's or a
   * group's goes in its summary (the catalog has no lead for them).
   */
  private noteManagers(column: Column, drafts: Draft[], names: 'units' | 'teams'): void {
    const example = drafts
      .map((draft) => draft.row.cells[column.index]?.text ?? '')
      .find((text) => unitPath(text).some((unit) => unit.manager))
    if (example === undefined) return
    const read =
      names === 'teams'
        ? "named without them; a team's manager is its lead, a division's or group's is in its summary"
        : "units named without them, each manager in the unit's summary (the catalog has no lead for a division or group)"
    this.note(
      'inferred',
      column.at,
      `column "${column.header}" writes each ${names === 'teams' ? 'row' : 'unit'}'s manager after its name ("${excerpt(oneLine(example), 50)}"): ${read}`
    )
  }

  /** A team from its row: every team-part column fills its field; unknown ones its summary. */
  private team(draft: Draft, parts: Column[]): Team {
    // "Payments (Ana Ruiz)": the team and its manager, its lead unless a lead column says.
    const { name, manager } = managedUnit(draft.name)
    const team: Team = {
      id: this.ids.claim(name, 'team', { dropTeamSuffix: true }),
      name,
      ...(manager ? { lead: { name: manager } } : {}),
      status: 'active',
      summary: '',
      stack: [],
      mentions: [],
      projects: [],
      links: [],
      responsibilities: [],
      relations: [],
      roles: []
    }
    const fields = new Map<string, Position>()
    this.origin.set(team, { at: draft.at, fields })
    const extra: string[] = []
    for (const column of parts) {
      const cell = draft.row.cells[column.index]
      const text = cell?.text.trim() ?? ''
      if (!text) continue
      const field =
        column.field !== undefined && PART_FIELDS.has(column.field) ? column.field : undefined
      switch (field) {
        case 'description':
          team.summary = team.summary ? `${team.summary}\n\n${text}` : text
          fields.set('summary', cell)
          break
        case 'stack':
          for (const name of this.stack(text, cell))
            if (!team.stack.includes(name)) team.stack.push(name)
          fields.set('stack', cell)
          break
        case 'lead':
          team.lead = { name: oneLine(text) }
          fields.set('lead', cell)
          break
        case 'headcount': {
          // "12", "1,200", or the number written as a word ("five", "twelve").
          const members =
            NUMBER_WORDS.get(oneLine(text).toLowerCase()) ?? Number(text.replace(/[\s,_]/gu, ''))
          const people = personList(text)
          if (Number.isInteger(members) && members >= 0 && members <= MAX_MEMBERS) {
            team.members = members
            fields.set('members', cell)
          } else if (people) {
            // "Ana Ruiz, Bo Chen": the team's people, named; the catalog keeps how many.
            team.members = people.length
            fields.set('members', cell)
            this.note(
              'inferred',
              cell,
              `headcount of "${draft.name}" counted from the ${people.length === 1 ? 'one person' : `${people.length} people`} listed`
            )
          } else {
            this.note(
              'problem',
              cell,
              `headcount "${oneLine(text)}" of "${draft.name}" is not a whole number of people: left out`
            )
          }
          break
        }
        case 'roles':
          if (/^\d+$/u.test(text)) {
            // "0": no open role, which is what an empty list says.
            if (Number(text) === 0) break
            this.note(
              'problem',
              cell,
              `open roles of "${draft.name}" are a count (${text}), not titles: left out (list the titles, e.g. "Senior Go Engineer; SRE")`
            )
            break
          }
          for (const title of items(text)) {
            // "Senior Go Engineer": the role's technologies, as a candidate searches for them.
            const technologies = [
              ...new Set(this.dictionary.find(title, 'prose').map((match) => match.name))
            ]
            team.roles.push({ title, status: 'open', technologies })
          }
          fields.set('roles', cell)
          break
        case 'links': {
          const { links, bare } = this.links(text)
          team.links.push(...links)
          if (links.length > 0) fields.set('links', cell)
          if (bare.length === 0) break
          const noted = this.notLinks.get(column) ?? { cell, items: [] }
          noted.items.push(...bare)
          this.notLinks.set(column, noted)
          // "payments-api, ledger" in a repositories column: the code the team works on.
          if (!namesRepositories(column.header)) break
          for (const title of bare) {
            if (team.projects.some((project) => project.title === title)) continue
            team.projects.push({ title, status: 'current', technologies: [], links: [] })
          }
          fields.set('projects', cell)
          break
        }
        case 'responsibilities':
          team.responsibilities.push(...items(text))
          fields.set('responsibilities', cell)
          break
        case 'projects':
          for (const title of items(text))
            team.projects.push({ title, status: 'current', technologies: [], links: [] })
          fields.set('projects', cell)
          break
        case 'status':
          if (/^(?:forming|tbd|planned|new|proposed)$/iu.test(text)) team.status = 'forming'
          else if (!/^(?:active|current|live|existing)$/iu.test(text)) {
            this.note(
              'problem',
              cell,
              `status "${oneLine(text)}" of "${draft.name}" is neither active nor forming: taken as active`
            )
          }
          break
        default:
          // A column the user gave the role "part of the team" without a field of its own.
          extra.push(`${column.header || `Column ${column.index + 1}`}: ${text}`)
      }
    }
    if (extra.length > 0) team.summary = [team.summary, ...extra].filter(Boolean).join('\n\n')
    return team
  }

  /** A stack cell's technologies through the dictionary; names it does not know are learned. */
  private stack(text: string, cell: CsvCell): string[] {
    const names: string[] = []
    for (const item of items(text)) {
      let found = namedTechnologies(this.dictionary, item)
      if (!found) {
        const category = this.dictionary.familyCategory(item) ?? 'tooling'
        found = [this.dictionary.learn(item, category).name]
        const near = nearKnownTechnology(item)
        this.note(
          'inferred',
          cell,
          `"${item}" is not in the technology dictionary: added as ${category}${near ? ` (did you mean "${near}"?)` : ''}`
        )
      }
      for (const name of found) {
        names.push(name)
        if (!this.technologyAt.has(name))
          this.technologyAt.set(name, { line: cell.line, column: cell.column })
      }
    }
    return names
  }

  /**
   * A links cell's links ("https://…", "[label](https://…)", "github.com/acme/auth"), and the
   * items that are none: bare names ("payments-api"), kept for the column's one note, or made
   * projects in a repositories column.
   */
  private links(text: string): { links: Team['links']; bare: string[] } {
    const links: Team['links'] = []
    const bare: string[] = []
    for (const item of text.split(/[\s,;|]+/u).filter(Boolean)) {
      const markdown = /^\[([^\]]+)\]\((.+)\)$/u.exec(item)
      const written = markdown ? markdown[2] : item
      // "github.com/acme/auth": an address without its scheme, as people copy it from the bar.
      const url = webAddress(written) ?? written
      let parsed: URL | undefined
      try {
        parsed = new URL(url)
      } catch {
        parsed = undefined
      }
      if (!parsed || !/^(?:https?|mailto):$/u.test(parsed.protocol)) {
        bare.push(item)
        continue
      }
      const label = markdown?.[1] ?? (`${parsed.host}${parsed.pathname}`.replace(/\/$/u, '') || url)
      links.push({ label, url })
    }
    return { links, bare }
  }

  /** Items of links columns that were not links, by column, for one note per column. */
  private readonly notLinks = new Map<Column, { cell: CsvCell; items: string[] }>()

  /**
   * One note per links column for its items that are not links: a repositories column's bare
   * names are its teams' projects (said once); any other column's are left out (a problem).
   */
  private noteNotLinks(): void {
    for (const [column, { cell, items }] of this.notLinks) {
      const some = items
        .slice(0, 3)
        .map((item) => `"${excerpt(item, 40)}"`)
        .join(', ')
      const more = items.length > 3 ? `, and ${items.length - 3} more` : ''
      if (namesRepositories(column.header)) {
        this.note(
          'inferred',
          cell,
          `column "${column.header}": ${items.length === 1 ? 'a repository named, not linked' : `${items.length} repositories named, not linked`} (${some}${more}), made the teams' projects`
        )
      } else {
        this.note(
          'problem',
          cell,
          `column "${column.header}": ${items.length === 1 ? 'an entry is not an http, https or mailto link' : `${items.length} entries are not http, https or mailto links`} (${some}${more}): left out`
        )
      }
    }
  }

  private company(
    drafts: Draft[],
    column: Column | undefined,
    fromTree: { name: string; summary: string } | undefined,
    title: SheetTitle | undefined
  ): CatalogFile['company'] {
    const source = `Imported from ${fileName(this.options.file)}`
    const given = this.options.companyName?.trim() || this.options.mapping?.company?.trim()
    if (given) return { name: given, summary: fromTree?.summary ?? '', source }
    if (column) {
      const names = drafts
        .map((draft) => oneLine(draft.row.cells[column.index]?.text ?? ''))
        .filter(Boolean)
      const distinct = new Set(names.map((name) => name.toLowerCase()))
      // One company on every row is the sheet's; several are each row's own (a maintainers
      // list's "Company" is each person's employer), and name no company of the catalog.
      if (distinct.size === 1) return { name: names[0], summary: '', source }
      if (distinct.size > 1) {
        this.note(
          'skipped',
          column.at,
          `${columnName(column, 'column ')} names ${distinct.size} companies, one per row (each row's own, such as "${excerpt(names[0])}"), not the company of the whole sheet: left out`
        )
      }
    }
    if (fromTree) return { ...fromTree, source }
    // The people it lists by email ("ana@acme.com" as a lead or a member) name their employer.
    const cells = drafts.flatMap((draft) => draft.row.cells.map((cell) => cell.text))
    const emails = cells.flatMap((text) => text.match(EMAILS) ?? [])
    const domain = companyFromEmails(emails, cells.join('\n'))
    // A title row above the table ("Acme Corp — Engineering teams (Q3)") names it as a guide's
    // title does.
    if (!domain && title?.company) {
      this.note(
        'inferred',
        title.at,
        `company name "${title.company}" taken from the title row "${excerpt(title.text)}"`
      )
      return { name: title.company, summary: '', source }
    }
    const name = domain ? domain.name : companyNameFromFile(this.options.file)
    this.note(
      'guessed',
      { line: 1, column: 1 },
      `the spreadsheet does not name the company: called it "${name}"${domain ? `, after its people's email domain ${domain.domain}` : ''} (${NAME_THE_COMPANY})`
    )
    return { name, summary: '', source }
  }

  /** Every catalog object's data path to where it came from, for validation diagnostics. */
  private positions(catalog: CatalogFile): Map<string, Position> {
    const positions = new Map<string, Position>()
    const place = (object: object, path: DataPath) => {
      const origin = this.origin.get(object)
      if (!origin) return
      positions.set(positionKey(path), { line: origin.at.line, column: origin.at.column })
      for (const [field, at] of origin.fields) {
        positions.set(positionKey([...path, field]), { line: at.line, column: at.column })
      }
    }
    const teams = (list: Team[], path: DataPath) =>
      list.forEach((team, t) => place(team, [...path, 'teams', t]))
    const groups = (list: Group[] | undefined, path: DataPath): void =>
      list?.forEach((group, g) => {
        const at = [...path, 'groups', g]
        place(group, at)
        teams(group.teams, at)
        groups(group.groups, at)
      })
    catalog.divisions.forEach((division, d) => {
      place(division, ['divisions', d])
      teams(division.teams, ['divisions', d])
      groups(division.groups, ['divisions', d])
    })
    catalog.technologies.forEach((technology, i) => {
      const at = this.technologyAt.get(technology.name)
      if (at) positions.set(positionKey(['technologies', i]), at)
    })
    return positions
  }

  private note(kind: ImportNote['kind'], at: Position, message: string): void {
    this.notes.push({ kind, line: at.line, column: at.column, message })
  }
}

function failure(
  file: string,
  at: Position,
  message: string,
  hint: string
): { ok: false; errors: Diagnostic[] } {
  return { ok: false, errors: [{ file, line: at.line, column: at.column, message, hint }] }
}

/** The outline of a spreadsheet: an entry per column, with the role it plays. */
function columnOutline(columns: Column[]): OutlineEntry[] {
  return columns.map((column) => ({
    key: column.key,
    label: column.header || `(column ${column.index + 1})`,
    line: column.at.line,
    column: column.at.column,
    role: column.role,
    inferred: column.inferred,
    reason: column.reason ?? reasonFor(column.field),
    children: []
  }))
}

/**
 * A column as a note names it: by its header in quotes ("Team"), or by its place when it has no
 * header ("column 1"). `prefix` goes before a header ("column "Company"").
 */
function columnName(column: Column, prefix = ''): string {
  return column.header ? `${prefix}"${column.header}"` : `column ${column.index + 1}`
}

/** A cell as a name: one line, spaces collapsed (a quoted cell may hold line breaks). */
function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim()
}

/** A cell's item that is an email address (EMAIL_ADDRESS), as an export lists a team's people. */
const EMAIL = new RegExp(`^(?:${EMAIL_ADDRESS.source})$`, 'u')
/** Every email address in a cell. */
const EMAILS = new RegExp(EMAIL_ADDRESS.source, 'gu')

/**
 * Headers of a person's details, as an HR export writes each worker's row (their name, id, email
 * or job title) and a project's list of maintainers writes each of them (maintainer's name,
 * GitHub login). Such a sheet has a row per person, not per team.
 */
const PERSON_DETAIL =
  /^(?:(?:first|given|preferred|last|family|full|legal|display|employee)\s*name|surname|employee|employee\s*(?:id|number|no\.?|#)|worker\s*id|(?:work\s*)?e-?mail(?:\s*address)?|job\s*title|position\s*title|(?:maintainer|member|committer|contributor|reviewer|approver)'?s?\s*name|git(?:hub|lab)\s*(?:name|handle|login|user\s*name|username|id))$/iu

/** The columns of a person's details (PERSON_DETAIL) the importer reads no field from. */
function personColumns(columns: readonly Column[]): Column[] {
  return columns.filter(
    (column) => column.field === undefined && PERSON_DETAIL.test(column.header.trim())
  )
}

/** A headcount written as a word, as people write small numbers: "five", "twelve", "twenty". */
const NUMBER_WORDS = new Map(
  `zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
  sixteen seventeen eighteen nineteen twenty`
    .split(/\s+/u)
    .map((word, n) => [word, n] as const)
)

/** Words a headcount cell holds in place of people ("TBD"), which name nobody. */
const NOBODY = new Set([
  'tbd',
  'tba',
  'n/a',
  'na',
  'none',
  'unknown',
  'vacant',
  'open',
  'hiring',
  '?'
])

/**
 * A cell listing people ("Ana Ruiz, Bo Chen", "@ana; @bo42", "ana@acme.com"), or undefined:
 * every item a name, a handle (a letter or @ first, no word of it a number, as "about 5" has) or
 * an email address, and none a word that names nobody.
 */
function personList(text: string): string[] | undefined {
  const list = items(text)
  const person = (item: string) =>
    (/^@?\p{L}[\p{L}\p{M}\p{N}'’.\-_ ]*$/u.test(item) || EMAIL.test(item)) &&
    !item.split(' ').some((word) => /^\d+$/u.test(word)) &&
    !NOBODY.has(item.toLowerCase())
  return list.length > 0 && list.length <= MAX_MEMBERS && list.every(person) ? list : undefined
}

function items(text: string): string[] {
  return [...new Set(text.split(LIST_SEPARATOR).map(oneLine).filter(Boolean))]
}

/** A unit a division or group cell names, and the manager a Workday-style cell writes after it. */
interface CellUnit {
  name: string
  manager?: string
}

/**
 * The units a path names above the row's team: an HR export's path often goes down to the team
 * itself ("Engineering > Platform > Core Infra" on the row of team Core Infra), which is no group
 * of its own.
 */
function pathAbove(text: string, team: string): CellUnit[] {
  const path = unitPath(text)
  const last = path[path.length - 1]
  return path.length >= 2 && last.name.toLowerCase() === oneLine(team).toLowerCase()
    ? path.slice(0, -1)
    : path
}

/**
 * A division or group cell's units, outermost first: "Engineering > Platform" (an HR export's
 * organization path, written with >, › or » between spaced names) is two; a name is one. Each
 * without the manager a Workday-style name carries (managedUnit).
 */
function unitPath(text: string): CellUnit[] {
  return oneLine(text)
    .split(/\s+[>›»]\s+/u)
    .map((name) => managedUnit(name.trim()))
    .filter((unit) => unit.name !== '')
}

/**
 * "Engineering (Ana Ruiz)": a supervisory organization as Workday and the HR exports like it
 * name it, the unit then its manager in parentheses. A place ("Sales (North America)"), a
 * unit ("Core (Team Alpha)"), an acronym ("Site Reliability (SRE)") or a remark ("Infra
 * (formerly Ops)") in parentheses is no person: the cell is the unit's name as written.
 */
function managedUnit(text: string): CellUnit {
  const found = /^(.+?)\s*\(([^()]+)\)$/u.exec(text)
  const manager = found?.[2].trim()
  if (!found || !manager || !isPersonName(manager) || NOT_A_PERSON.test(manager)) {
    return { name: text }
  }
  return { name: found[1].trim(), manager }
}

/** A unit's summary naming its manager, where the catalog has no lead for a division or group. */
function managerSummary(manager: string | undefined): string {
  return manager ? `Led by ${manager}.` : ''
}

/**
 * Words of a place's name ("North America") or of a unit's ("Team Alpha", "Legacy Group"),
 * which a person's name does not use.
 */
const NOT_A_PERSON =
  /\b(?:north|south|east|west|central|northern|southern|eastern|western|new|latin|united|middle|greater|america|americas|europe|asia|africa|pacific|atlantic|region|area|city|valley|bay|team|squad|group|tribe|unit|department|division|org|legacy|former)\b/iu

/** The words of a row, its empty cells left out: a title row's text. */
function rowText(row: CsvRow): string {
  return row.cells
    .map((cell) => oneLine(cell.text))
    .filter(Boolean)
    .join(' ')
}

interface SheetTitle {
  row: CsvRow
  text: string
  at: CsvCell
  /** The organization the title names (titleCompany), if it names one. */
  company?: string
}

/**
 * A spreadsheet's title: the first row above its header that has text, in one cell ("Acme Corp
 * — Engineering teams (Q3)" over the table). A row of several cells is a note or a second header.
 */
function sheetTitle(above: CsvRow[]): SheetTitle | undefined {
  const row = above.find((candidate) => candidate.cells.some((cell) => cell.text.trim() !== ''))
  const cells = row?.cells.filter((cell) => cell.text.trim() !== '') ?? []
  if (!row || cells.length !== 1) return undefined
  const text = oneLine(cells[0].text)
  const company = titleCompany(text)
  return { row, text, at: cells[0], ...(company ? { company } : {}) }
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase()
}

/** A team's row read into the team an earlier row of the same name made: lists joined. */
function mergeInto(team: Team, row: Team): void {
  team.summary ||= row.summary
  team.lead ??= row.lead
  team.members ??= row.members
  const join = <T>(into: T[], from: T[], key: (item: T) => string): void => {
    for (const item of from) if (!into.some((had) => key(had) === key(item))) into.push(item)
  }
  join(team.stack, row.stack, (name) => name)
  join(team.mentions, row.mentions, (name) => name)
  join(team.responsibilities, row.responsibilities, (text) => text)
  join(team.projects, row.projects, (project) => project.title.toLowerCase())
  join(team.links, row.links, (link) => link.url)
  join(team.roles, row.roles, (role) => role.title)
  join(team.relations, row.relations, (relation) => JSON.stringify(relation))
}

/**
 * The technology a name the dictionary does not know is likely a typo of ("Kafak": Kafka), by
 * its canonical names; none for a name of under four letters, where one edit makes another word.
 */
export function nearKnownTechnology(spelling: string): string | undefined {
  const text = spelling.trim()
  if (text.length < 4 || knownTechnology(text)) return undefined
  return didYouMean(
    text,
    knownTechnologies().map((entry) => entry.name)
  )
}
