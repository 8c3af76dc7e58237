// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { planCounts, previewImport } from '../../../src/shared/sources/import-preview'
import type { ImportRole, OutlineEntry } from '../../../src/shared/import/import-plan'
import {
  catalogFileName,
  chooseRole,
  chooseRoleForAll,
  confirmedMapping,
  entriesLike,
  mappingFileName,
  previewFormatOf
} from '../../../src/shared/sources/preview-source'

const CSV =
  'Team,Division,Group,Snack\nPay,Core,Money,crisps\nLedger,Core,Money,\nSearch,Growth,,\n'
const source = {
  name: 'teams.csv',
  format: 'csv' as const,
  files: [{ path: 'teams.csv', text: CSV }]
}

/** A guide as the preview is given it: one markdown file. */
const guideSource = (name: string, text: string) => ({
  name,
  format: 'markdown' as const,
  files: [{ path: name, text }]
})

describe('previewImport', () => {
  it('gives the plan, the validated catalog and the counts the preview shows', () => {
    const preview = previewImport(source, { version: 1, roles: {} })
    expect(preview.errors).toEqual([])
    // "teams.csv" is a conventional name: it names no company.
    expect(preview.catalog?.company.name).toBe('Company')
    expect(planCounts(preview.plan!)).toEqual({
      divisions: 2,
      groups: 1,
      teams: 3,
      technologies: 0,
      skipped: 1,
      people: 0,
      openRoles: 0
    })
  })

  it("counts the teams' people and open roles (session 18, h123: the line left them out)", () => {
    const csv =
      'Team,Division,Team size,Hiring\nPay,Core,5,Senior Go Engineer; SRE\nLedger,Core,4,\n'
    const preview = previewImport(
      { name: 'teams.csv', format: 'csv', files: [{ path: 'teams.csv', text: csv }] },
      { version: 1, roles: {} }
    )
    expect(planCounts(preview.plan!)).toMatchObject({ teams: 2, people: 9, openRoles: 2 })
  })

  it('counts as skipped what the notes say was left out: a title row and a row without a team beside a skipped column', () => {
    const titled = previewImport(
      {
        ...source,
        files: [{ path: 'teams.csv', text: `Engineering teams - Q3,,,\n${CSV},Growth,,\n` }]
      },
      { version: 1, roles: {} }
    )
    const left = titled.plan!.notes.filter((note) => note.kind === 'skipped')
    expect(left.map((note) => note.line)).toEqual([1, 6])
    // The Snack column (an outline entry, no note), the title row, the row without a team.
    expect(planCounts(titled.plan!).skipped).toBe(3)
  })

  it('counts a skipped heading and its note once, and what else a guide leaves out on its own', () => {
    const guide = guideSource(
      'guide.md',
      '# Acme\n\n## Payments\n\nOwns checkout.\n\n- [Wiki](/wiki/payments)\n\n## Search\n\nOwns search.\n'
    )
    const read = previewImport(guide, { version: 1, roles: {} })
    const notes = read.plan!.notes.filter((note) => note.kind === 'skipped')
    expect(notes).toHaveLength(1)
    expect(planCounts(read.plan!).skipped).toBe(1)
    const search = read
      .plan!.outline.flatMap(function all(entry): OutlineEntry[] {
        return [entry, ...entry.children.flatMap(all)]
      })
      .find((entry) => entry.label === 'Search')!
    const skipped = previewImport(guide, { version: 1, roles: { [search.key]: 'skip' } })
    // Search's own note is at its heading: the entry and its note are one thing left out.
    expect(skipped.plan!.notes.filter((note) => note.kind === 'skipped')).toHaveLength(2)
    expect(planCounts(skipped.plan!).skipped).toBe(2)
  })

  // QA (h161): skipping one team with a list under it counted "2 skipped" beside one note.
  it('counts a skipped heading once with what is under it', () => {
    const guide = guideSource(
      'guide.md',
      [
        '# Megacorp Engineering',
        '## Division 0 Department\n\nDivision 0 builds things.',
        '### Team 0-0\n\nTeam 0-0 works with Go and Kubernetes.\n\n- Project Alpha: the first project\n- Project Beta: the second project',
        '### Team 0-1\n\nTeam 0-1 works with Go and Kubernetes.\n\n- Project Alpha: the first project\n- Project Beta: the second project',
        '### Team 0-2\n\nTeam 0-2 works with Go and Kubernetes.\n\n- Project Alpha: the first project\n- Project Beta: the second project',
        '## Division 1 Department\n\nDivision 1 builds things.',
        '### Team 1-0\n\nTeam 1-0 works with Go and Kubernetes.\n\n- Project Alpha: the first project\n- Project Beta: the second project',
        '### Team 1-1\n\nTeam 1-1 works with Go and Kubernetes.\n\n- Project Alpha: the first project\n- Project Beta: the second project',
        '### Team 1-2\n\nTeam 1-2 works with Go and Kubernetes.\n\n- Project Alpha: the first project\n- Project Beta: the second project'
      ].join('\n\n')
    )
    const read = previewImport(guide, { version: 1, roles: {} })
    const team = read
      .plan!.outline.flatMap(function all(entry): OutlineEntry[] {
        return [entry, ...entry.children.flatMap(all)]
      })
      .find((entry) => entry.label === 'Team 0-1')!
    const skipped = previewImport(guide, { version: 1, roles: { [team.key]: 'skip' } })
    expect(planCounts(skipped.plan!).skipped).toBe(1)
  })

  // QA (q29): a skipped title counted "1 skipped" beside four notes of sections left out under it.
  it('counts what is left out under a skipped title, whose sections are read on their own', () => {
    const guide = guideSource(
      'guide.md',
      [
        '# Team structure',
        '## Platform\n\nThe Platform team runs the clusters.\n\n- Project: the cluster fleet',
        '## Payments\n\nThe Payments team owns checkout.\n\n- Project: checkout',
        '## How to reach us\n\nAsk in the engineering channel.'
      ].join('\n\n')
    )
    const read = previewImport(guide, { version: 1, roles: {} })
    const title = read.plan!.outline.find((entry) => entry.label === 'Team structure')!
    const skipped = previewImport(guide, { version: 1, roles: { [title.key]: 'skip' } })
    const notes = skipped.plan!.notes.filter((note) => note.kind === 'skipped')
    expect(notes.map((note) => note.line)).toEqual([1, 15])
    expect(planCounts(skipped.plan!)).toMatchObject({ teams: 2, skipped: 2 })
  })

  it('follows a changed role at once: a skipped group puts its teams under the division', () => {
    const preview = previewImport(source, {
      version: 1,
      roles: { 'column:Group': 'skip', 'column:Snack': 'team-part' }
    })
    expect(planCounts(preview.plan!)).toMatchObject({ groups: 0, teams: 3, skipped: 1 })
  })

  it('shows the validator’s problems with the plan, and no catalog, when the catalog is invalid', () => {
    const long = 'x'.repeat(201)
    const preview = previewImport(
      { ...source, files: [{ path: 'teams.csv', text: `Team,Division\n${long},Core\n` }] },
      { version: 1, roles: {} }
    )
    expect(preview.plan).toBeDefined()
    expect(preview.catalog).toBeUndefined()
    expect(preview.errors[0]).toMatchObject({ file: 'teams.csv', line: 2, column: 1 })
  })

  it('previews a markdown guide through the guide importer, with its headings as the outline', () => {
    const preview = previewImport(
      {
        name: 'guide.md',
        format: 'markdown',
        files: [
          {
            path: 'guide.md',
            text: '# Acme\n\n## Platform\n\n### Runtime\n\nRuns things.\n\n- Scheduler\n'
          }
        ]
      },
      { version: 1, roles: {} }
    )
    expect(preview.errors).toEqual([])
    expect(preview.plan?.format).toBe('markdown')
    expect(preview.plan?.outline.length).toBeGreaterThan(0)
    expect(planCounts(preview.plan!).teams).toBe(1)
  })
})

describe('the preview’s helpers', () => {
  it('tells the format from the names', () => {
    expect(previewFormatOf(['teams.CSV'])).toBe('csv')
    expect(previewFormatOf(['teams.tsv'])).toBe('csv')
    expect(previewFormatOf(['guide.md'])).toBe('markdown')
    expect(previewFormatOf(['a.yaml', 'b.yml'])).toBe('backstage')
    expect(previewFormatOf(['a.yaml', 'b.csv'])).toBeUndefined()
    expect(previewFormatOf([])).toBeUndefined()
  })

  it('keeps only the roles that differ from what the import found', () => {
    const entry = { key: 'column:Group', inferred: 'group' as const }
    const skipped = chooseRole({ version: 1, roles: {} }, entry, 'skip')
    expect(skipped.roles).toEqual({ 'column:Group': 'skip' })
    expect(chooseRole(skipped, entry, 'group').roles).toEqual({})
  })

  it('gives several entries one role in one mapping, dropping those it gives what was found', () => {
    const mapping = { version: 1 as const, roles: { a: 'skip' as const } }
    const chosen = chooseRoleForAll(
      mapping,
      [
        { key: 'a', inferred: 'team' },
        { key: 'b', inferred: 'division' }
      ],
      'team'
    )
    expect(chosen.roles).toEqual({ b: 'team' })
    expect(mapping.roles).toEqual({ a: 'skip' })
  })

  it('finds the entries read as a changed one was: at its depth, with the role it had', () => {
    const entry = (key: string, inferred: ImportRole, children: OutlineEntry[] = []) =>
      ({ key, label: key, line: 1, role: inferred, inferred, reason: '', children }) as OutlineEntry
    const outline = [
      entry('eng', 'division', [
        entry('eng/web', 'team', [entry('eng/web/stack', 'team-part')]),
        entry('eng/api', 'team'),
        entry('eng/how-we-work', 'skip')
      ]),
      entry('data', 'division', [entry('data/ml', 'team')]),
      entry('contact', 'skip')
    ]
    const roleOf = (e: OutlineEntry) => e.role
    const keys = (found: OutlineEntry[]) => found.map((e) => e.key)
    const plan = { format: 'markdown' as const, outline }
    // Its siblings and cousins under the other division that were teams; not itself, not the
    // section skipped beside it, nothing deeper or shallower.
    expect(keys(entriesLike(plan, { key: 'eng/web' }, 'team', roleOf))).toEqual([
      'eng/api',
      'data/ml'
    ])
    expect(keys(entriesLike(plan, { key: 'eng' }, 'division', roleOf))).toEqual(['data'])
    // The role it had is the one shown, a choice already made included.
    const chosen = (e: OutlineEntry) => (e.key === 'data/ml' ? 'skip' : e.role)
    expect(keys(entriesLike(plan, { key: 'eng/web' }, 'team', chosen))).toEqual(['eng/api'])
    // A spreadsheet's columns are each their own field; an entry not in the outline has none.
    expect(entriesLike({ format: 'csv', outline }, { key: 'eng/web' }, 'team', roleOf)).toEqual([])
    expect(entriesLike(plan, { key: 'gone' }, 'team', roleOf)).toEqual([])
  })

  it('finds only the entries written as a changed one is: bold lines apart from headings', () => {
    const entry = (key: string, written: string) =>
      ({
        key,
        label: key,
        line: 1,
        role: 'skip',
        inferred: 'skip',
        reason: '',
        written,
        children: []
      }) as OutlineEntry
    const outline = [
      entry('payments', 'bold line'),
      entry('search', 'bold line'),
      entry('mobile', 'bold line'),
      entry('contact', '## heading'),
      entry('how-we-work', '## heading')
    ]
    const plan = { format: 'markdown' as const, outline }
    const like = entriesLike(plan, { key: 'payments' }, 'skip', (e) => e.role)
    expect(like.map((e) => e.key)).toEqual(['search', 'mobile'])
    expect(entriesLike(plan, { key: 'contact' }, 'skip', (e) => e.role).map((e) => e.key)).toEqual([
      'how-we-work'
    ])
    // A list offered to be made teams has none like it: each list is its own question.
    const lists = [
      { ...entry('list-a', 'list'), choices: ['team', 'skip'] },
      { ...entry('list-b', 'list'), choices: ['team', 'skip'] }
    ] as OutlineEntry[]
    expect(
      entriesLike({ format: 'markdown', outline: lists }, { key: 'list-a' }, 'skip', (e) => e.role)
    ).toEqual([])
  })

  it('gives the outline of a guide it found no team in, roles as the mapping says', () => {
    const guide = guideSource(
      'acme.md',
      '# Acme\n\n## Our work\n\nWe build the shop.\n\n- Payments\n- Search\n'
    )
    // The page's title made the company: no team is left, but the outline is, to choose from.
    const teamless = previewImport(guide, { version: 1, roles: { acme: 'company' } })
    expect(teamless.plan).toBeUndefined()
    expect(teamless.errors[0].message).toMatch(/^no teams found/u)
    const entries = (outline: OutlineEntry[] = []): string[] =>
      outline.flatMap((entry) => [`${entry.key} ${entry.role}`, ...entries(entry.children)])
    // The list no team holds is offered too, to be made teams.
    expect(entries(teamless.outline)).toEqual([
      'acme company',
      'acme/our-work team-part',
      'acme/our-work/list-payments skip'
    ])
    // Its section made a division, its list its teams: a catalog.
    const mended = previewImport(guide, {
      version: 1,
      roles: { acme: 'company', 'acme/our-work': 'division' }
    })
    expect(mended.errors).toEqual([])
    expect(planCounts(mended.plan!)).toMatchObject({ divisions: 1, teams: 2 })
    // Or the list itself made teams: each item one, in the division the import makes up.
    const listed = previewImport(guide, {
      version: 1,
      roles: { acme: 'company', 'acme/our-work/list-payments': 'team' }
    })
    expect(listed.errors).toEqual([])
    expect(entries(listed.plan!.outline)).toEqual([
      'acme company',
      'acme/our-work team-part',
      'acme/our-work/list-payments team',
      'acme/our-work/list-payments/payments team',
      'acme/our-work/list-payments/search team'
    ])
    expect(planCounts(listed.plan!)).toMatchObject({ divisions: 1, teams: 2 })
    // An item of it skipped, as any entry can be.
    const one = previewImport(guide, {
      version: 1,
      roles: {
        acme: 'company',
        'acme/our-work/list-payments': 'team',
        'acme/our-work/list-payments/search': 'skip'
      }
    })
    expect(planCounts(one.plan!)).toMatchObject({ teams: 1 })
    expect(one.plan!.notes.some((note) => note.message.includes('not in the guide'))).toBe(false)
  })

  it('gives the columns of a spreadsheet with no team column, so one can be chosen', () => {
    const sheet = {
      name: 'squads.csv',
      format: 'csv' as const,
      files: [{ path: 'squads.csv', text: 'Crew,Snack\nPay,crisps\nLedger,tea\n' }]
    }
    const none = previewImport(sheet, { version: 1, roles: {} })
    expect(none.errors[0].message).toBe('no column names the teams')
    expect(none.outline?.map((entry) => `${entry.key} ${entry.role}`)).toEqual([
      'column:Crew skip',
      'column:Snack skip'
    ])
    const chosen = previewImport(sheet, { version: 1, roles: { 'column:Crew': 'team' } })
    expect(chosen.errors).toEqual([])
    expect(planCounts(chosen.plan!)).toMatchObject({ teams: 2 })
  })

  it('names the catalog and the mapping after the source', () => {
    expect(catalogFileName('/x/teams.csv')).toBe('teams.yaml')
    expect(mappingFileName('teams.csv')).toBe('teams.import.json')
    expect(mappingFileName('initrode')).toBe('initrode.import.json')
  })
})

describe('confirmedMapping: what Accept saves', () => {
  const guide = guideSource(
    'volunteers.md',
    '# Our teams\n\nVolunteers run the project in teams.\n\n### Logistics\n\nMoves supplies where they are needed.\n\n### Outreach\n\nTalks to partners.\n\n### Translation\n\nTranslates the site.\n'
  )

  it('states the guesses accepted, so that re-importing with it gives what was seen, no guess', () => {
    const first = previewImport(guide, { version: 1, roles: {} })
    expect(first.plan?.guessed).toBe(true)
    const saved = confirmedMapping({ version: 1, roles: {}, company: 'Relief' }, first.plan!)
    // The person's own choices stay as they were made.
    expect(saved.company).toBe('Relief')
    const again = previewImport(guide, saved)
    expect(again.plan?.guessed).toBe(false)
    const teams = (preview: typeof first) =>
      preview.catalog?.divisions.flatMap((division) => division.teams.map((team) => team.name))
    expect(teams(again)).toEqual(teams(first))
  })

  it('keeps a role the person chose over the guess', () => {
    const first = previewImport(guide, { version: 1, roles: {} })
    const guessed = first
      .plan!.outline.flatMap((entry) => [entry, ...entry.children])
      .find((entry) => entry.guessed && entry.role === 'team')!
    const saved = confirmedMapping({ version: 1, roles: { [guessed.key]: 'skip' } }, first.plan!)
    expect(saved.roles[guessed.key]).toBe('skip')
  })
})
