// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Result } from '../../../../src/shared/catalog/diagnostic'
import { loadCatalogText } from '../../../../src/shared/catalog/load'
import { validateCatalog } from '../../../../src/shared/catalog/validate'
import { importedCatalogYaml } from '../../../../src/shared/import/catalog-yaml'
import {
  decodeSpreadsheet,
  decodeWindows1252
} from '../../../../src/shared/import/csv/decode-spreadsheet'
import {
  importCsv,
  nearKnownTechnology,
  type CsvImportOptions
} from '../../../../src/shared/import/csv/import-csv'
import type { ImportPlan } from '../../../../src/shared/import/import-plan'
import { fileTeams, teamNamed, teamPaths } from '../../../fixtures/imported-catalog'

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../fixtures/import/csv/${name}`, import.meta.url), 'utf8')

function plan(text: string, options: Partial<CsvImportOptions> = {}): ImportPlan {
  const result = importCsv(text, { file: 'teams.csv', ...options })
  if (!result.ok)
    throw new Error(result.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('\n'))
  return result.value
}

function errors(result: Result<ImportPlan>): string[] {
  if (result.ok) throw new Error('expected the import to fail')
  return result.errors.map(
    (e) => `${e.line}:${e.column} ${e.message}${e.hint ? ` (${e.hint})` : ''}`
  )
}

function notes(imported: ImportPlan, kind?: string): string[] {
  return imported.notes
    .filter((note) => kind === undefined || note.kind === kind)
    .map((note) => `${note.line}:${note.column} ${note.message}`)
}

describe('importCsv on an Excel CSV (byte-order mark, CRLF, semicolons)', () => {
  const imported = plan(fixture('excel-semicolon.csv'), { companyName: 'Acme' })
  const { catalog } = imported

  it('puts every team under its department and tribe, exactly', () => {
    expect(catalog.schemaVersion).toBe(2)
    expect(catalog.company).toEqual({
      name: 'Acme',
      summary: '',
      source: 'Imported from teams.csv'
    })
    expect(teamPaths(catalog)).toEqual([
      'Core > Identity',
      'Core > Money > Payments',
      'Core > Money > Ledger',
      'Growth > Search'
    ])
    expect(catalog.divisions.map((d) => d.id)).toEqual(['core', 'growth'])
    expect(imported.guessed).toBe(false)
  })

  it('reads every team column by its synonym, with lists split on , ; and |', () => {
    expect(teamNamed(catalog, 'Payments')).toEqual({
      id: 'payments',
      name: 'Payments',
      status: 'active',
      summary: 'Moves money; safely',
      stack: ['Go', 'Kafka', 'PostgreSQL'],
      mentions: [],
      projects: [],
      links: [{ label: 'wiki.example.com/payments', url: 'https://wiki.example.com/payments' }],
      responsibilities: [],
      relations: [],
      roles: [
        { title: 'Senior Go Engineer', status: 'open', technologies: ['Go'] },
        { title: 'SRE', status: 'open', technologies: [] }
      ],
      lead: { name: 'Ann Lee' },
      members: 5
    })
    // A quoted cell keeps its line break in the summary, and a blank row between teams is no team.
    expect(teamNamed(catalog, 'Search').summary).toBe('Finds things,\nfast')
    expect(catalog.technologies.map((t) => t.name).sort()).toEqual(
      ['Ceph', 'Elasticsearch', 'Go', 'Java', 'Kafka', 'PostgreSQL', 'Rust'].filter((name) =>
        fileTeams(catalog).some(
          (t) => t.stack.includes(name) || t.roles.some((r) => r.technologies.includes(name))
        )
      )
    )
  })

  it('reports the unknown column at its header cell, and gives one outline entry per column', () => {
    expect(notes(imported, 'unknown')).toEqual([
      expect.stringMatching(/^1:76 column "Favourite snack" is not one the importer knows/)
    ])
    expect(imported.outline.map((entry) => [entry.key, entry.role, entry.column])).toEqual([
      ['column:Team', 'team', 1],
      ['column:Department', 'division', 6],
      ['column:Tribe', 'group', 17],
      ['column:Description', 'team-part', 23],
      ['column:Tech stack', 'team-part', 35],
      ['column:Manager', 'team-part', 46],
      ['column:Team size', 'team-part', 54],
      ['column:Hiring', 'team-part', 64],
      ['column:Wiki', 'team-part', 71],
      ['column:Favourite snack', 'skip', 76]
    ])
  })

  it('gives a catalog the validator accepts, locating each team at its row', () => {
    const validated = validateCatalog({ file: 'teams.csv', data: catalog, locate: imported.locate })
    expect(validated.ok).toBe(true)
    const payments = ['divisions', 0, 'groups', 0, 'teams', 0]
    expect(imported.locate(payments)).toEqual({ line: 2, column: 1 })
    expect(imported.locate([...payments, 'members'])).toEqual({ line: 2, column: 78 })
    expect(imported.locate(['divisions', 1, 'teams', 0])).toEqual({ line: 6, column: 1 })
  })
})

describe('importCsv on other spreadsheets', () => {
  it('reads a .tsv file as tab-separated', () => {
    const { catalog } = plan(fixture('teams.tsv'), { file: 'teams.tsv' })
    expect(teamPaths(catalog)).toEqual(['Core > Payments', 'Growth > Search'])
    expect(teamNamed(catalog, 'Payments').stack).toEqual(['Go', 'Kafka'])
  })

  it('takes a comma CSV with plain headers, and puts every team in one division when it has no division column', () => {
    const imported = plan('Team,Stack\nPayments,Go\nSearch,Elasticsearch\n')
    expect(teamPaths(imported.catalog)).toEqual(['Engineering > Payments', 'Engineering > Search'])
    // A default the columns state, not a guess: import --check passes on it.
    expect(imported.guessed).toBe(false)
    expect(notes(imported, 'inferred')).toContainEqual(
      expect.stringMatching(/^1:1 no division column/)
    )
  })

  it('adds a stack name the dictionary does not know as tooling, and says so at its cell', () => {
    const imported = plan('Team,Division,Stack\nPayments,Core,"Go, Flurbinator 3000"\n')
    expect(teamNamed(imported.catalog, 'Payments').stack).toEqual(['Go', 'Flurbinator 3000'])
    expect(imported.catalog.technologies).toContainEqual({
      name: 'Flurbinator 3000',
      aliases: [],
      category: 'tooling'
    })
    expect(notes(imported, 'inferred')).toEqual([
      '2:15 "Flurbinator 3000" is not in the technology dictionary: added as tooling'
    ])
  })

  it('reports ragged rows, bad headcounts, role counts and non-links where they are', () => {
    const imported = plan(
      'Team,Division,Headcount,Open roles,Links\nA,Core,about 5,3,ftp://x\nB,Core,2,,,extra\n'
    )
    expect(notes(imported, 'problem')).toEqual([
      '2:8 headcount "about 5" of "A" is not a whole number of people: left out',
      '2:16 open roles of "A" are a count (3), not titles: left out (list the titles, e.g. "Senior Go Engineer; SRE")',
      '2:18 column "Links": an entry is not an http, https or mailto link ("ftp://x"): left out',
      '3:12 this row has 6 cells but the header has 5: the extra cells were left out'
    ])
    expect(teamNamed(imported.catalog, 'B').members).toBe(2)
  })

  it("makes the bare names of a repositories column the teams' projects, with one note for the column", () => {
    const imported = plan(
      [
        'Team,Division,Repositories',
        'Payments,Commerce,"payments-api, ledger"',
        'Search,Discovery,"https://github.com/acme/search-index, search-ui"',
        'Identity,Platform,"[auth](https://github.com/acme/auth); github.com/acme/sso"'
      ].join('\n')
    )
    const projects = (team: string) =>
      teamNamed(imported.catalog, team).projects.map((project) => project.title)
    expect(projects('Payments')).toEqual(['payments-api', 'ledger'])
    expect(projects('Search')).toEqual(['search-ui'])
    expect(projects('Identity')).toEqual([])
    // Links stay links, an address copied without its scheme too.
    expect(teamNamed(imported.catalog, 'Search').links).toEqual([
      { label: 'github.com/acme/search-index', url: 'https://github.com/acme/search-index' }
    ])
    expect(teamNamed(imported.catalog, 'Identity').links.map((link) => link.url)).toEqual([
      'https://github.com/acme/auth',
      'https://github.com/acme/sso'
    ])
    expect(notes(imported, 'problem')).toEqual([])
    expect(notes(imported, 'inferred')).toContain(
      '2:19 column "Repositories": 3 repositories named, not linked ("payments-api", "ledger", "search-ui"), made the teams\' projects'
    )
    // A links column of bare words says so once, not once per word.
    const linked = plan('Team,Links\nA,"wiki, docs"\nB,runbook\n')
    expect(notes(linked, 'problem')).toEqual([
      '2:3 column "Links": 3 entries are not http, https or mailto links ("wiki", "docs", "runbook"): left out'
    ])
    expect(teamNamed(linked.catalog, 'A').projects).toEqual([])
  })

  it("reads an HR export's organization path as the division and its groups, and its columns by their common names", () => {
    const imported = plan(
      [
        'Supervisory Organization,Product Area,Team Name,Open Reqs,Repositories',
        'Engineering > Platform,,Build Tools,0,https://git.example.com/build',
        'Engineering > Platform,Runtime,Compute,Senior SRE,',
        'Engineering › Product,,Mobile,,',
        'Sales,,Solutions,,'
      ].join('\n')
    )
    expect(teamPaths(imported.catalog)).toEqual([
      'Engineering > Platform > Build Tools',
      'Engineering > Platform > Runtime > Compute',
      'Engineering > Product > Mobile',
      'Sales > Solutions'
    ])
    expect(teamNamed(imported.catalog, 'Build Tools').links).toEqual([
      { label: 'git.example.com/build', url: 'https://git.example.com/build' }
    ])
    expect(teamNamed(imported.catalog, 'Compute').roles.map((role) => role.title)).toEqual([
      'Senior SRE'
    ])
    // Every column known; a count of no open role is no problem to report.
    expect(notes(imported, 'unknown')).toEqual([])
    expect(notes(imported, 'problem')).toEqual([])
  })

  it('names a Workday-style unit "Engineering (Ana Ruiz)" without its manager, who is in its summary', () => {
    const imported = plan(
      [
        'Team,Division,Group',
        'Payments,Engineering (Ana Ruiz),Commerce (Bo Chen)',
        'Search,Engineering (Ana Ruiz),Discovery (Cy Lee)',
        'Billing,Sales (North America),Site Reliability (SRE)'
      ].join('\n')
    )
    expect(teamPaths(imported.catalog)).toEqual([
      'Engineering > Commerce > Payments',
      'Engineering > Discovery > Search',
      'Sales (North America) > Site Reliability (SRE) > Billing'
    ])
    const [engineering, sales] = imported.catalog.divisions
    expect(engineering.summary).toBe('Led by Ana Ruiz.')
    expect(engineering.groups.map((group) => group.summary)).toEqual([
      'Led by Bo Chen.',
      'Led by Cy Lee.'
    ])
    expect(sales.summary).toBe('')
    // One note per column, not one per cell.
    expect(notes(imported, 'inferred').filter((note) => note.includes('manager'))).toEqual([
      '1:6 column "Division" writes each unit\'s manager after its name ("Engineering (Ana Ruiz)"): units named without them, each manager in the unit\'s summary (the catalog has no lead for a division or group)',
      '1:15 column "Group" writes each unit\'s manager after its name ("Commerce (Bo Chen)"): units named without them, each manager in the unit\'s summary (the catalog has no lead for a division or group)'
    ])
    // An organization path of such units too.
    const path = plan(
      'Team,Supervisory Organization\nPayments,Engineering (Ana Ruiz) > Platform (Bo Chen)\n'
    )
    expect(teamPaths(path.catalog)).toEqual(['Engineering > Platform > Payments'])
  })

  it('makes the manager a Workday-style team name carries its lead, unless a lead column names one', () => {
    const imported = plan(
      [
        'Team,Division,Lead',
        'Payments (Ana Ruiz),Core,',
        'Search (Bo Chen),Core,Cy Lee',
        'Ledger (Legacy Group),Core,'
      ].join('\n')
    )
    expect(teamPaths(imported.catalog)).toEqual([
      'Core > Payments',
      'Core > Search',
      'Core > Ledger (Legacy Group)'
    ])
    expect(teamNamed(imported.catalog, 'Payments').lead).toEqual({ name: 'Ana Ruiz' })
    expect(teamNamed(imported.catalog, 'Search').lead).toEqual({ name: 'Cy Lee' })
    expect(teamNamed(imported.catalog, 'Ledger (Legacy Group)').lead).toBeUndefined()
    // A parent tree's rows too: the units named without their managers, who are in their summaries.
    const tree = plan(
      [
        'Team,Parent',
        'Engineering (Cy Lee),',
        'Platform (Dee Moss),Engineering (Cy Lee)',
        'Payments (Ana Ruiz),Platform (Dee Moss)',
        'Data (Eva Lund),Engineering (Cy Lee)',
        'Search,Data (Eva Lund)'
      ].join('\n')
    )
    expect(teamPaths(tree.catalog)).toEqual(['Platform > Payments', 'Data > Search'])
    expect(tree.catalog.company).toMatchObject({ name: 'Engineering', summary: 'Led by Cy Lee.' })
    expect(tree.catalog.divisions[0].summary).toBe('Led by Dee Moss.')
    expect(teamNamed(tree.catalog, 'Payments').lead).toEqual({ name: 'Ana Ruiz' })
  })

  it('reads an organization path that goes down to the team itself as the units above it', () => {
    const imported = plan(
      [
        'Supervisory Organization,Team,Manager',
        'Engineering > Platform > Core Infra,Core Infra,Fay Moon',
        'Engineering > Platform > devex,DevEx,Gus Hale',
        'Sales,Sales,Ivo Karp'
      ].join('\n')
    )
    expect(teamPaths(imported.catalog)).toEqual([
      'Engineering > Platform > Core Infra',
      'Engineering > Platform > DevEx',
      'Sales > Sales'
    ])
  })

  it('finds the header under a title and blank rows, says what it left out above it, and takes the delimiter from the table', () => {
    const titled = plan('Engineering teams - Q3,,\n,,\nTeam,Department,Stack\nPayments,Core,Go\n')
    expect(teamPaths(titled.catalog)).toEqual(['Core > Payments'])
    expect(notes(titled, 'skipped')).toEqual([
      '1:1 "Engineering teams - Q3" is above the header row (line 3): left out'
    ])
    // A title with no delimiter says nothing of the delimiter the table uses.
    const semicolons = plan('Engineering teams\nTeam;Department;Stack\nPayments;Core;Go, Kafka\n')
    expect(teamPaths(semicolons.catalog)).toEqual(['Core > Payments'])
    expect(teamNamed(semicolons.catalog, 'Payments').stack).toEqual(['Go', 'Kafka'])
    // A mapping that names the first row's columns keeps it the header.
    const mapped = plan('Squadron,Stack\nPayments,Go\n', {
      mapping: { version: 1, roles: { 'column:Squadron': 'team' } }
    })
    expect(teamPaths(mapped.catalog)).toEqual(['Engineering > Payments'])
  })

  it('takes a title that is a team word alone in its row ("Teams,,") for a title, not the header', () => {
    const titled = plan('Teams,,\n,,\nDepartment,Team,Lead\nCore,Payments,Ana\nGrowth,Search,Cy\n')
    expect(teamPaths(titled.catalog)).toEqual(['Core > Payments', 'Growth > Search'])
    expect(notes(titled, 'skipped')).toEqual([
      '1:1 "Teams" is above the header row (line 3): left out'
    ])
    // A sheet of one column is still read from its first row.
    expect(teamPaths(plan('Team,,\nPayments,,\nSearch,,\n').catalog)).toEqual([
      'Engineering > Payments',
      'Engineering > Search'
    ])
  })

  it('reads the table under a title alone in its row even when no column names the teams, so its columns can be chosen', () => {
    const text = 'Northwind squads Q3,,\n,,\nSquadron,Tribe,Stack\nFleet,Logistics,Go\n'
    const unmapped = importCsv(text, { file: 'squads.csv' })
    expect(unmapped.ok).toBe(false)
    // The columns offered are the table's, at its header's line.
    expect(JSON.stringify(unmapped)).toContain('column:Squadron')
    const mapped = plan(text, { mapping: { version: 1, roles: { 'column:Squadron': 'team' } } })
    expect(teamPaths(mapped.catalog)).toEqual(['Engineering > Logistics > Fleet'])
    // The title names the company; what the columns say is said at their header.
    expect(notes(mapped, 'skipped')).toEqual([])
    expect(notes(mapped, 'inferred')).toEqual([
      '1:1 company name "Northwind" taken from the title row "Northwind squads Q3"',
      '3:1 no division column: every team is in one division, "Engineering" (add a Division or Parent column to say otherwise)'
    ])
  })

  it('names the company by the title row above the table when no column or email domain does', () => {
    const table = 'Team,Division,Stack\nPayments,Commerce,Go\nSearch,Discovery,Java\n'
    const titled = plan(`Acme Corp — Engineering teams (Q3),,\n${table}`, { file: 'export.csv' })
    expect(titled.catalog.company.name).toBe('Acme Corp')
    expect(notes(titled, 'inferred')).toContain(
      '1:1 company name "Acme Corp" taken from the title row "Acme Corp — Engineering teams (Q3)"'
    )
    expect(notes(titled, 'skipped')).toEqual([])
    expect(notes(titled, 'guessed')).toEqual([])
    // "Teams at Northwind" reads as a guide's title does.
    const at = plan(`Teams at Northwind,,\n${table}`, { file: 'export.csv' })
    expect(at.catalog.company.name).toBe('Northwind')
    // A title that names no organization is left out, as before, and the file's name is used.
    const roster = plan(`Team roster Q3 2026,,\n${table}`, { file: 'export.csv' })
    expect(roster.catalog.company.name).toBe('Export')
    expect(notes(roster, 'skipped')).toEqual([
      '1:1 "Team roster Q3 2026" is above the header row (line 2): left out'
    ])
    // A company column, and the people's email domain, still come first.
    const column = plan(
      `Acme Corp — Engineering teams,,,\nTeam,Company,Lead\nPayments,Globex,Ana\n`
    )
    expect(column.catalog.company.name).toBe('Globex')
    const mailed = plan(`Acme Corp — Engineering teams,,\nTeam,Lead\nPayments,ana@globex.com\n`)
    expect(mailed.catalog.company.name).toBe('Globex')
    expect(notes(mailed, 'skipped')).toHaveLength(1)
  })

  it('names the company by a registered name in the title row, alone or before what the export is', () => {
    // An HR export's title row: "Acme Widgets Ltd - Worker Report" (h111's QA: the file's name
    // was used instead).
    const table = 'Team,Division,Stack\nPayments,Commerce,Go\n'
    for (const title of ['Acme Widgets Ltd - Worker Report', 'Acme Widgets Ltd']) {
      const titled = plan(`${title},,\n${table}`, { file: 'export.csv' })
      expect(titled.catalog.company.name).toBe('Acme Widgets Ltd')
      expect(notes(titled, 'skipped')).toEqual([])
    }
    // A legal form after words that are no name's is none.
    const roster = plan(`Team roster Ltd,,\n${table}`, { file: 'export.csv' })
    expect(roster.catalog.company.name).toBe('Export')
  })

  it('reads a team named on several rows (a row per person) as one team, its rows together', () => {
    // An HR export: a row per worker, the team on each (h111's QA: a "Payments" card per row).
    const imported = plan(
      [
        'Team,Division,Stack',
        'Payments,Commerce,Go',
        'Payments,Commerce,PostgreSQL',
        'Search,Commerce,Java',
        'payments,Commerce,Go',
        'Payments,Platform,Rust'
      ].join('\n')
    )
    expect(teamPaths(imported.catalog)).toEqual([
      'Commerce > Payments',
      'Commerce > Search',
      'Platform > Payments'
    ])
    expect(teamNamed(imported.catalog, 'Payments').stack).toEqual(['Go', 'PostgreSQL'])
    expect(notes(imported, 'inferred')).toContain(
      '3:1 "Payments" is named on 3 rows: each read as one team, its rows\' cells together'
    )
  })

  it("counts a team's people on a sheet with a row per person, and leads it by its own manager", () => {
    // Session 17, h114's QA: a BambooHR-style export (a row per worker with their manager) gave
    // teams with no headcount, each led by the manager of its first row (Payments by the VP).
    const imported = plan(
      [
        'First Name,Last Name,Job Title,Department,Team,Manager',
        'Marta,Kowalczyk,VP Engineering,Engineering,,',
        'Jonas,Brenner,Engineering Manager,Engineering,Payments,Marta Kowalczyk',
        'Aisha,Rahman,Backend Engineer,Engineering,Payments,Jonas Brenner',
        'Tomás,Ibarra,Backend Engineer,Engineering,Payments,Jonas Brenner',
        'Hannah,Okafor,Frontend Lead,Product,Dashboard,Marta Kowalczyk',
        'Yuki,Tanaka,Frontend Engineer,Product,Dashboard,Hannah Okafor',
        'Diego,Alvarez,Mobile Engineer,Product,Mobile,Hannah Okafor',
        'Sofia,Marin,iOS Engineer,Product,Mobile,Hannah Okafor'
      ].join('\n')
    )
    const team = (name: string) => teamNamed(imported.catalog, name)
    expect([team('Payments').members, team('Payments').lead?.name]).toEqual([3, 'Jonas Brenner'])
    // One row reports to the VP, one to the team's lead: the lead is one of the team's own.
    expect([team('Dashboard').members, team('Dashboard').lead?.name]).toEqual([2, 'Hannah Okafor'])
    expect([team('Mobile').members, team('Mobile').lead?.name]).toEqual([2, 'Hannah Okafor'])
    expect(notes(imported, 'inferred')).toContain(
      '1:1 a row per person (columns "First Name", "Last Name", "Job Title"): each team\'s headcount is its rows, its lead the "Manager" most of them name, one of its own people first'
    )
  })

  it("reads a maintainers sheet's project column as its teams when no column names them", () => {
    // A foundation's list of its projects' maintainers: a row per person, their project beside.
    const imported = plan(
      [
        'Project,Maintainer Name,GitHub Name',
        'Fluxgate,Ana Ruiz,anaruiz',
        'Fluxgate,Bo Chen,bochen',
        'Fluxgate,Cleo Park,cleop',
        'Quillmesh,Dev Patel,devp',
        'Quillmesh,Bo Chen,bochen'
      ].join('\n')
    )
    expect(teamPaths(imported.catalog)).toEqual([
      'Engineering > Fluxgate',
      'Engineering > Quillmesh'
    ])
    // A person on two projects is one of each project's people.
    expect(fileTeams(imported.catalog).map((team) => team.members)).toEqual([3, 2])
    expect(notes(imported, 'inferred')).toContain(
      '1:1 no column names the teams, but each row is a person ("Maintainer Name", "GitHub Name"): the people of each "Project" are read as its team'
    )
    expect(imported.outline[0]).toMatchObject({
      key: 'column:Project',
      role: 'team',
      inferred: 'team'
    })
    // A role the preview gives that column stands.
    const stated = importCsv('Project,Maintainer Name\nFluxgate,Ana Ruiz\n', {
      file: 'teams.csv',
      mapping: { version: 1, roles: { 'column:Project': 'team-part' } }
    })
    expect(stated.ok).toBe(false)
  })

  it("reads a person's row with an empty team cell as in the team above it (merged cells)", () => {
    // The team written once, on its first person's row; a blank row between two teams.
    const imported = plan(
      [
        'Project,Maintainer Name,GitHub Name',
        'Fluxgate,Ana Ruiz,anaruiz',
        ',Bo Chen,bochen',
        ',,cleop',
        ',,',
        'Quillmesh,Dev Patel,devp',
        ',Eli Moss,elim'
      ].join('\n')
    )
    expect(teamPaths(imported.catalog)).toEqual([
      'Engineering > Fluxgate',
      'Engineering > Quillmesh'
    ])
    expect(fileTeams(imported.catalog).map((team) => team.members)).toEqual([3, 2])
    expect(notes(imported, 'inferred')).toContain(
      '3:1 3 people\'s rows with an empty "Project" read as in the team of the row above (merged cells)'
    )
    // The blank row between the teams is no row at all.
    expect(notes(imported, 'skipped')).toEqual([])
  })

  it('still leaves out a row without a team on a sheet with a row per team', () => {
    const imported = plan('Team,Lead\nPayments,Ana Ruiz\n,Bo Chen\n')
    expect(teamPaths(imported.catalog)).toEqual(['Engineering > Payments'])
    expect(notes(imported, 'skipped')).toEqual([
      '3:1 row without a team name ("Team" is empty): left out'
    ])
  })

  it("takes no company from a column that names each person's own employer", () => {
    const imported = plan(
      [
        'Project,Maintainer Name,Company',
        'Fluxgate,Ana Ruiz,Initech',
        'Fluxgate,Bo Chen,Globex',
        'Quillmesh,Dev Patel,Initech'
      ].join('\n'),
      { file: 'maintainers.csv' }
    )
    expect(imported.catalog.company.name).not.toBe('Initech')
    expect(notes(imported, 'skipped')).toContain(
      '1:25 column "Company" names 2 companies, one per row (each row\'s own, such as "Initech"), not the company of the whole sheet: left out'
    )
    // One company on every row is the sheet's.
    const one = plan('Team,Company\nPayments,Initech\nSearch,Initech\n')
    expect(one.catalog.company.name).toBe('Initech')
  })

  it('counts a person written twice in one team once, and once in each of two teams', () => {
    const imported = plan(
      [
        'Project,Maintainer Name,GitHub Name',
        'Fluxgate,Ana Ruiz,anaruiz',
        'Fluxgate,Bo Chen,bochen',
        'Fluxgate,Ana Ruiz,anaruiz',
        'Quillmesh,Ana Ruiz,anaruiz',
        'Quillmesh,Dev Patel,devp'
      ].join('\n')
    )
    expect(fileTeams(imported.catalog).map((team) => [team.name, team.members])).toEqual([
      ['Fluxgate', 2],
      ['Quillmesh', 2]
    ])
  })

  it('names a column without a header by its place in its notes, when the preview gives it a role', () => {
    // A foundation's sheet whose first column, without a header, groups the projects by stage.
    const imported = plan(
      [
        ',Project,Maintainer Name',
        'Graduated,Fluxgate,Ana Ruiz',
        ',,Bo Chen',
        'Incubating,Quillmesh,Dev Patel'
      ].join('\n'),
      { mapping: { version: 1, roles: { 'column:#1': 'division' } } }
    )
    expect(teamPaths(imported.catalog)).toEqual(['Graduated > Fluxgate', 'Incubating > Quillmesh'])
    expect(notes(imported, 'inferred')).toContain(
      '3:1 an empty cell of column 1 read as the cell above (merged cells)'
    )
  })

  it('counts no people on a sheet with a row per team', () => {
    const imported = plan(
      'Team,Division,Lead\nPayments,Commerce,Ana Ruiz\nSearch,Commerce,Bo Chen\n'
    )
    expect(teamNamed(imported.catalog, 'Payments').members).toBeUndefined()
    expect(teamNamed(imported.catalog, 'Payments').lead?.name).toBe('Ana Ruiz')
  })

  it('ends the lines of a cell of several lines, as Excel writes them (CR LF), with LF', () => {
    const imported = plan('Team;Description\r\nFleet;"Tracks trucks.\r\nAlso dispatch"\r\n')
    expect(teamNamed(imported.catalog, 'Fleet').summary).toBe('Tracks trucks.\nAlso dispatch')
  })

  it('keys columns without a header by their place, however many there are', () => {
    const imported = plan('Team,,\nPayments,x,y\n')
    expect(imported.outline.map((entry) => entry.key)).toEqual([
      'column:Team',
      'column:#2',
      'column:#3'
    ])
  })

  it('reads merged cells: an empty division or group cell repeats the one above, until the row has a unit of its own', () => {
    const imported = plan(
      'Department,Tribe,Team\nCore,Payments,Checkout\n,,Fraud\n,Identity,Login\nGrowth,,Search\n,,Onboarding\n'
    )
    expect(teamPaths(imported.catalog)).toEqual([
      'Core > Payments > Checkout',
      'Core > Payments > Fraud',
      'Core > Identity > Login',
      'Growth > Search',
      'Growth > Onboarding'
    ])
    expect(notes(imported, 'inferred')).toEqual([
      '3:1 3 empty cells of "Department" read as the cell above (merged cells)',
      '3:2 an empty cell of "Tribe" read as the cell above (merged cells)'
    ])
    expect(notes(imported, 'problem')).toEqual([])
  })

  it('counts the people a headcount cell names, and still reports one that is neither', () => {
    const imported = plan(
      'Team,Division,Members\nPayments,Core,"Ana Ruiz, Bo Chen, @cy42"\nSearch,Core,TBD\nIdentity,Core,about 5\n'
    )
    expect(teamNamed(imported.catalog, 'Payments').members).toBe(3)
    expect(notes(imported, 'inferred')).toContainEqual(
      '2:15 headcount of "Payments" counted from the 3 people listed'
    )
    expect(notes(imported, 'problem')).toEqual([
      '3:13 headcount "TBD" of "Search" is not a whole number of people: left out',
      '4:15 headcount "about 5" of "Identity" is not a whole number of people: left out'
    ])
  })

  it('counts people listed by email, and names the company after their domain when nothing else does', () => {
    const imported = plan(
      'Team name,Team lead,Members\nPayments,ana@globex.com,"ana@globex.com, bo@globex.com, cy@gmail.com"\nSearch,dee@globex.com,dee@globex.com; eve@globex.com\n',
      { file: 'jira-export.csv' }
    )
    expect(teamNamed(imported.catalog, 'Payments').members).toBe(3)
    expect(teamNamed(imported.catalog, 'Search').members).toBe(2)
    expect(imported.catalog.company.name).toBe('Globex')
    expect(notes(imported, 'guessed')).toEqual([
      expect.stringMatching(/called it "Globex", after its people's email domain globex\.com/)
    ])
    // With no address, the file's name, as before.
    expect(plan('Team\nPayments\n', { file: 'jira-export.csv' }).catalog.company.name).toBe(
      'Jira Export'
    )
  })

  it('refuses, with where and how, a file with no team column, no rows or an open quote', () => {
    expect(errors(importCsv('Division,Stack\nCore,Go\n', { file: 'x.csv' }))).toEqual([
      expect.stringMatching(/^1:1 no column names the teams \(call the column of team names "Team"/)
    ])
    expect(errors(importCsv('', { file: 'x.csv' }))).toEqual([
      expect.stringMatching(/^0:0 the spreadsheet is empty/)
    ])
    expect(errors(importCsv('Team\n', { file: 'x.csv' }))).toEqual([
      expect.stringMatching(/^1:1 the spreadsheet has no team rows/)
    ])
    expect(errors(importCsv('Team,Division\nA,Core\n"B,Core\n', { file: 'x.csv' }))).toEqual([
      expect.stringMatching(/^3:1 a quoted cell is never closed/)
    ])
  })
})

describe('importCsv and the validator', () => {
  it("locates the validator's complaint about a cell at that cell", () => {
    const long = 'x'.repeat(201)
    const imported = plan(`Team,Division,Lead\nA,Core,${long}\n`)
    const validated = validateCatalog({
      file: 'teams.csv',
      data: imported.catalog,
      locate: imported.locate
    })
    expect(validated.ok).toBe(false)
    if (validated.ok) return
    expect(validated.errors.map((e) => `${e.file}:${e.line}:${e.column}`)).toEqual([
      'teams.csv:2:8'
    ])
  })
})

describe('importCsv with a parent column', () => {
  it('makes the single root the company, roots under it divisions, inner rows groups, leaves teams', () => {
    const imported = plan(fixture('org-tree.csv'), { file: 'org.csv' })
    const { catalog } = imported
    expect(catalog.company.name).toBe('Acme')
    expect(catalog.company.summary).toBe('We make anvils')
    expect(teamPaths(catalog)).toEqual([
      'Platform > Runtime > Compute',
      'Platform > Runtime > Storage',
      'Product > Web'
    ])
    expect(catalog.divisions[0].summary).toBe('Runs the platform')
    expect(catalog.divisions[0].groups[0].summary).toBe('The runtime group')
    expect(teamNamed(catalog, 'Compute')).toMatchObject({
      stack: ['Kubernetes', 'Go'],
      lead: { name: 'Dee' }
    })
    expect(teamNamed(catalog, 'Web').stack).toEqual(['TypeScript', 'React'])
    expect(imported.outline.find((entry) => entry.key === 'column:Parent')?.role).toBe('group')
    expect(validateCatalog({ file: 'org.csv', data: catalog, locate: imported.locate }).ok).toBe(
      true
    )
  })

  it('refuses a parent that names no row, at its cell, with a did-you-mean', () => {
    expect(
      errors(importCsv('Team,Parent\nCore,\nPayments,Cor\nSearch,Growth\n', { file: 'x.csv' }))
    ).toEqual([
      '3:10 parent "Cor" of "Payments" is not a row of the spreadsheet (did you mean "Core"?)',
      '4:8 parent "Growth" of "Search" is not a row of the spreadsheet (add a row whose "Team" is "Growth", or leave "Parent" empty for a top-level division)'
    ])
  })

  it('refuses a cycle of parents once, at its first row', () => {
    expect(errors(importCsv('Team,Parent\nA,C\nB,A\nC,B\nD,\n', { file: 'x.csv' }))).toEqual([
      '2:3 the parents form a cycle: "A" → "C" → "B" → "A" (leave the parent of the top-most of them empty)'
    ])
    expect(errors(importCsv('Team,Parent\nA,A\n', { file: 'x.csv' }))).toEqual([
      '2:3 the parents form a cycle: "A" → "A" (leave the parent of the top-most of them empty)'
    ])
  })

  it('refuses two rows of one name, since a parent could not say which', () => {
    expect(errors(importCsv('Team,Parent\nCore,\nCore,\n', { file: 'x.csv' }))).toEqual([
      expect.stringMatching(/^3:1 "Core" is also the name of the row on line 2/)
    ])
  })
})

describe('importCsv with a mapping', () => {
  const text = 'Team,Division,Snack\nPayments,Core,crisps\nSearch,Growth,\n'

  it('uses a column the user made part of the team, and skips one the user skipped', () => {
    const imported = plan(text, {
      mapping: { version: 1, roles: { 'column:Snack': 'team-part', 'column:Division': 'skip' } }
    })
    expect(teamPaths(imported.catalog)).toEqual(['Engineering > Payments', 'Engineering > Search'])
    expect(teamNamed(imported.catalog, 'Payments').summary).toBe('Snack: crisps')
    const snack = imported.outline.find((entry) => entry.key === 'column:Snack')
    expect(snack).toMatchObject({ role: 'team-part', inferred: 'skip' })
    expect(notes(imported, 'unknown')).toEqual([])
  })

  it('takes the company from the mapping when the options do not give one', () => {
    const imported = plan(text, { mapping: { version: 1, roles: {}, company: 'Initech' } })
    expect(imported.catalog.company.name).toBe('Initech')
  })
})

describe('formula-looking cells', () => {
  const formulas = ["=cmd|' /C calc'!A0", '+1+2', '-2+3', '@SUM(A1:A2)', '=HYPERLINK("http://x")']
  const rows = formulas.map(
    (f, i) => `"${f.replace(/"/g, '""')}",Core,"${f.replace(/"/g, '""')}",${i},"Lead ${i}"`
  )
  const imported = plan(['Team,Division,Description,Headcount,Lead', ...rows].join('\n'))

  it('stay text in the names and summaries of the catalog', () => {
    expect(fileTeams(imported.catalog).map((t) => [t.name, t.summary])).toEqual(
      formulas.map((f) => [f, f])
    )
  })

  it('stay text through the YAML and JSON the import writes, read back by the loader', () => {
    for (const [text, file] of [
      [importedCatalogYaml(imported.catalog, 'teams.csv'), 'out.yaml'],
      [JSON.stringify(imported.catalog, null, 2), 'out.json']
    ]) {
      const loaded = loadCatalogText(text, file)
      if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'))
      const teams = loaded.value.divisions.flatMap((d) => d.teams)
      expect(teams.map((t) => [t.name, t.summary])).toEqual(formulas.map((f) => [f, f]))
    }
  })
})

describe('decodeSpreadsheet', () => {
  const csv = 'Team,Division\nCafé,Zürich\n'

  it('reads UTF-8 with or without a byte-order mark', () => {
    const bytes = new TextEncoder().encode(csv)
    expect(decodeSpreadsheet(bytes)).toEqual({ text: csv })
    expect(decodeSpreadsheet(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({ text: csv })
  })

  it('reads UTF-16 with a byte-order mark, little- and big-endian, and says so', () => {
    const le = Buffer.from(`\ufeff${csv}`, 'utf16le')
    const be = Buffer.from(le).swap16()
    expect(decodeSpreadsheet(le)).toEqual({
      text: csv,
      encoding: 'UTF-16 (little-endian)'
    })
    expect(decodeSpreadsheet(be)).toEqual({ text: csv, encoding: 'UTF-16 (big-endian)' })
    expect(decodeSpreadsheet(Buffer.from(csv, 'utf16le')).encoding).toBe('UTF-16 (little-endian)')
  })

  // QA (h161): only the long row was reported; a short one (a comma lost) was silent, and the
  // merged-cell note pointed at the header rather than the row it filled.
  it('reports a row shorter than the header at its line, and a merged cell where it was read', () => {
    const imported = plan(
      ['team,division,stack', 'Payments,Core,Go', 'Ledger,Core', 'Identity'].join('\n')
    )
    expect(notes(imported, 'problem')).toEqual([
      '3:1 this row has 2 cells but the header has 3: "stack" read as empty',
      '4:1 this row has 1 cell but the header has 3: "division", "stack" read as empty'
    ])
    expect(notes(imported, 'inferred')).toContain(
      '4:2 an empty cell of "division" read as the cell above (merged cells)'
    )
  })

  // QA (h161): "five" people became 1 ("counted from the one person listed"), and "Kafak" was
  // learnt as a new technology with no word of Kafka.
  it('reads a headcount written as a word, and suggests the technology a typo is near', () => {
    const imported = plan(['Team,Stack,Headcount', 'Platform,"Go, Kafak",five'].join('\n'))
    expect(fileTeams(imported.catalog)[0].members).toBe(5)
    expect(notes(imported, 'inferred')).toContain(
      '2:10 "Kafak" is not in the technology dictionary: added as tooling (did you mean "Kafka"?)'
    )
  })

  it('reads bytes that are not UTF-8 as Windows-1252, and the import notes it', () => {
    const decoded = decodeSpreadsheet(Buffer.from(csv, 'latin1'))
    expect(decoded.text).toBe(csv)
    expect(decoded.encoding).toMatch(/^Windows-1252/)
    const imported = plan(decoded.text, { encoding: decoded.encoding })
    expect(imported.catalog.divisions[0].name).toBe('Zürich')
    expect(notes(imported, 'inferred')[0]).toMatch(/^1:1 read as Windows-1252/)
  })

  it('reads Windows-1252 where it is not Latin-1 (0x80–0x9F: "€", "–", curly quotes)', () => {
    // "Naïve € costs,Renée – François “Fran”" as Excel's "CSV (Comma delimited)" writes it.
    const bytes = new Uint8Array([
      ...Buffer.from('team,lead\nNa', 'latin1'),
      0xef,
      ...Buffer.from('ve ', 'latin1'),
      0x80,
      ...Buffer.from(' costs,Ren', 'latin1'),
      0xe9,
      ...Buffer.from('e ', 'latin1'),
      0x96,
      ...Buffer.from(' Fran', 'latin1'),
      0xe7,
      ...Buffer.from('ois ', 'latin1'),
      0x93,
      ...Buffer.from('Fran', 'latin1'),
      0x94,
      0x0a
    ])
    const decoded = decodeSpreadsheet(bytes)
    expect(decoded.text).toBe('team,lead\nNaïve € costs,Renée – François “Fran”\n')
    const imported = plan(decoded.text, { encoding: decoded.encoding })
    expect(fileTeams(imported.catalog)[0].lead?.name).toBe('Renée – François “Fran”')
  })

  it('decodes every byte as browsers decode Windows-1252', () => {
    // The Encoding Standard's index, as Chromium's TextDecoder gives it (checked there), for
    // the bytes where Windows-1252 differs from Latin-1; the rest are Latin-1.
    const all = decodeWindows1252(Uint8Array.from({ length: 256 }, (_, i) => i))
    expect(all.slice(0x80, 0xa0)).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ')
    expect(all.slice(0, 0x80) + all.slice(0xa0)).toBe(
      Buffer.from(Uint8Array.from({ length: 256 }, (_, i) => i))
        .toString('latin1')
        .slice(0, 0x80) +
        Buffer.from(Uint8Array.from({ length: 256 }, (_, i) => i))
          .toString('latin1')
          .slice(0xa0)
    )
  })
})

describe('nearKnownTechnology', () => {
  it("names the dictionary's technology a typo is near", () => {
    expect(nearKnownTechnology('Kafak')).toBe('Kafka')
    expect(nearKnownTechnology('Terraforn')).toBe('Terraform')
  })

  it('says nothing of a known name, nor of a short one', () => {
    expect(nearKnownTechnology('Kafka')).toBeUndefined()
    expect(nearKnownTechnology('Gp')).toBeUndefined()
  })
})

// QA (q30): a team cell holding an escape sequence failed the whole import with the catalog's
// internal path ("divisions[0].teams[0].name: contains U+001B ESCAPE").
describe('importCsv on cells holding control characters', () => {
  it('drops them, reports each at its cell, and the catalog loads', () => {
    const imported = plan('Team,Division\nPay\u001b[31mRED,Fin\u001bance\nSearch,Core\n', {
      companyName: 'Acme'
    })
    expect(teamPaths(imported.catalog)).toEqual(['Finance > Pay[31mRED', 'Core > Search'])
    expect(notes(imported, 'problem')).toEqual([
      '2:1 dropped U+001B ESCAPE from the cell "Pay[31mRED": a name may not hold control or bidirectional characters',
      '2:13 dropped U+001B ESCAPE from the cell "Finance": a name may not hold control or bidirectional characters'
    ])
    const yaml = importedCatalogYaml(imported.catalog, 'teams.csv')
    expect(loadCatalogText(yaml, 'teams.yaml').ok).toBe(true)
  })
})
