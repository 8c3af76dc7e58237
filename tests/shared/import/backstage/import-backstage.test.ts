// @vitest-environment node
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { Result } from '../../../../src/shared/catalog/diagnostic'
import { loadCatalogText } from '../../../../src/shared/catalog/load'
import { validateCatalog } from '../../../../src/shared/catalog/validate'
import {
  importBackstage,
  type BackstageFile,
  type BackstageImportOptions
} from '../../../../src/shared/import/backstage/import-backstage'
import { slugWords } from '../../../../src/shared/import/backstage/entity-files'
import { importedCatalogYaml } from '../../../../src/shared/import/catalog-yaml'
import type { ImportPlan, OutlineEntry } from '../../../../src/shared/import/import-plan'
import { backstageFolder } from '../../../fixtures/backstage-files'
import { teamNamed, teamPaths } from '../../../fixtures/imported-catalog'

const INITRODE = fileURLToPath(
  new URL('../../../fixtures/import/backstage/initrode', import.meta.url)
)

function plan(files: BackstageFile[], options: Partial<BackstageImportOptions> = {}): ImportPlan {
  const result = importBackstage(files, { file: 'catalog-info.yaml', ...options })
  if (!result.ok) {
    throw new Error(
      result.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`).join('\n')
    )
  }
  return result.value
}

function errors(result: Result<ImportPlan>): string[] {
  if (result.ok) throw new Error('expected the import to fail')
  return result.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`)
}

/** `file:line:column kind message` for each note. */
function notes(imported: ImportPlan): string[] {
  return imported.notes.map((n) => `${n.file ?? '-'}:${n.line}:${n.column} ${n.kind} ${n.message}`)
}

const yaml = (...documents: string[]): BackstageFile[] => [
  { path: 'catalog-info.yaml', text: documents.join('\n---\n') }
]
const group = (name: string, type: string, more = ''): string =>
  `apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: ${name}\nspec:\n  type: ${type}\n  children: []${more}`

describe('importBackstage on a catalog-info.yaml whose Locations name the org', () => {
  const files = backstageFolder(INITRODE)
  const imported = plan(files, { entries: ['catalog-info.yaml'] })
  const { catalog } = imported

  it('imports the org exactly: organization, departments, sub-department, teams', () => {
    expect(catalog.schemaVersion).toBe(2)
    expect(catalog.company).toEqual({
      name: 'Initrode',
      summary: 'We make the TPS reports',
      source: 'Imported from catalog-info.yaml'
    })
    expect(teamPaths(catalog)).toEqual([
      'Infrastructure > storage',
      'Infrastructure > Compute Platform > Scheduling Team',
      'product > Web'
    ])
    expect(catalog.divisions.map((d) => d.summary)).toEqual([
      'Runs what everything runs on',
      'Builds what customers see'
    ])
    expect(imported.guessed).toBe(false)
  })

  it("counts Users' memberOf and a Group's members once each, as headcount", () => {
    expect(teamNamed(catalog, 'Scheduling Team').members).toBe(2)
    expect(teamNamed(catalog, 'Web').members).toBe(2)
    expect(teamNamed(catalog, 'storage').members).toBe(1)
  })

  it("makes owned Systems and Components the team's projects, their known tags technologies", () => {
    expect(teamNamed(catalog, 'Scheduling Team')).toMatchObject({
      summary: 'Places workloads on machines',
      stack: ['Kubernetes', 'Go', 'gRPC'],
      projects: [
        { title: 'Placement', summary: 'Decides where workloads run', technologies: [] },
        {
          title: 'scheduler',
          summary: 'The scheduler service',
          technologies: ['Go', 'gRPC'],
          links: [{ label: 'Source', url: 'https://git.initrode.example/scheduler' }]
        }
      ]
    })
    expect(teamNamed(catalog, 'storage').links).toEqual([
      { label: 'Storage wiki', url: 'https://wiki.initrode.example/storage' }
    ])
    expect(teamNamed(catalog, 'Web').stack).toEqual(['TypeScript', 'React', 'Go'])
    expect(catalog.technologies.map((t) => t.name).sort()).toEqual(
      [
        'Buildkite',
        'Ceph',
        'Go',
        'Kubernetes',
        'Next.js',
        'PostgreSQL',
        'React',
        'TypeScript',
        'gRPC'
      ].sort()
    )
  })

  it("takes an owned API's and Resource's tags as technologies, never as projects", () => {
    expect(teamNamed(catalog, 'storage')).toMatchObject({
      stack: ['PostgreSQL', 'Ceph'],
      projects: [{ title: 'blob-store' }]
    })
  })

  it('mentions what descriptions name and the CI and monitoring tools annotations name, not the code host', () => {
    expect(teamNamed(catalog, 'Web').mentions).toEqual(['Next.js'])
    expect(teamNamed(catalog, 'Scheduling Team').mentions).toEqual(['Buildkite'])
    expect(catalog.technologies.map((t) => t.name)).not.toContain('GitHub')
  })

  it('reports what it left out, each at its line in its file', () => {
    expect(notes(imported)).toEqual([
      '-:20:11 skipped Location target "https://example.com/catalog-info.yaml" is not a file in the folder: OrgScope never fetches from the network',
      '-:27:11 skipped Location target "../outside.yaml" is outside the folder being imported: not followed',
      'components/scheduler.yaml:15:20 unknown tag "tps-reports" is not a technology the dictionary knows: not made a technology',
      'components/scheduler.yaml:43:20 unknown tag "cold-tier" is not a technology the dictionary knows: not made a technology',
      'components/web.yaml:29:10 skipped component:default/stapler-finder is owned by a person (user:default/milton), not a team: left out',
      'components/web.yaml:32:7 unknown kind "Widget" is not a Backstage kind the importer knows: left out'
    ])
    expect(JSON.stringify(catalog)).not.toContain('tps-reports')
    expect(JSON.stringify(catalog)).not.toContain('cold-tier')
  })

  it('gives an outline of the Groups by ref, with what each owns under it', () => {
    const flat = (entries: OutlineEntry[], depth = 0): string[] =>
      entries.flatMap((e) => [
        `${'  '.repeat(depth)}${e.key} ${e.role} ${e.file ?? '-'}:${e.line}`,
        ...flat(e.children, depth + 1)
      ])
    expect(flat(imported.outline)).toEqual([
      'group:default/initrode company org/groups.yaml:4',
      '  group:default/infrastructure division org/groups.yaml:15',
      '    group:default/compute group org/groups.yaml:26',
      '      group:default/scheduling team org/groups.yaml:38',
      '        system:default/placement team-part components/scheduler.yaml:4',
      '        component:default/scheduler team-part components/scheduler.yaml:13',
      '        api:default/scheduler-api team-part components/scheduler.yaml:32',
      '    group:default/storage team org/groups.yaml:51',
      '      resource:default/blob-metadata team-part components/scheduler.yaml:42',
      '      component:default/blob-store team-part components/web.yaml:15',
      '  group:default/product division org/groups.yaml:65',
      '    group:default/web team org/groups.yaml:75',
      '      component:default/storefront team-part components/web.yaml:4'
    ])
  })

  it('gives a catalog the validator accepts and the loader reads back from YAML', () => {
    expect(
      validateCatalog({ file: 'catalog-info.yaml', data: catalog, locate: imported.locate }).ok
    ).toBe(true)
    const loaded = loadCatalogText(importedCatalogYaml(catalog, 'catalog-info.yaml'), 'out.yaml')
    expect(loaded.ok).toBe(true)
  })

  it('reads the same org from the folder, whichever file names which', () => {
    const folder = plan(files, { file: 'initrode' })
    expect(folder.catalog.divisions).toEqual(catalog.divisions)
  })

  it('follows its Locations to files a browser gives by name alone, without their folders', () => {
    // Session 17, h114's QA: chosen together in the browser ("groups.yaml", not "org/groups.yaml"),
    // each target was reported as naming no file, though the files were there.
    const named = files.map((file) => ({ ...file, path: file.path.split('/').pop() as string }))
    const chosen = plan(named)
    expect(chosen.catalog.divisions).toEqual(catalog.divisions)
    expect(notes(chosen).filter((note) => note.includes('names no file'))).toEqual([])
    const followed = plan(named, { entries: ['catalog-info.yaml'] })
    expect(followed.catalog.divisions).toEqual(catalog.divisions)
  })

  it("reports a target that names no chosen file at the target's own line, with what to do", () => {
    // Session 17, h114's QA: every target's note was at the Location's "kind:" line.
    const location =
      'apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: org\nspec:\n  targets:\n    - ./org/groups.yaml\n    - ./org/missing.yaml'
    const imported = plan([...files, { path: 'all.yaml', text: location }], {
      entries: ['all.yaml']
    })
    expect(notes(imported).filter((note) => note.includes('missing.yaml'))).toEqual([
      'all.yaml:8:7 problem Location target "./org/missing.yaml" names no file in the folder: not followed (choose that file with the others, or import the whole folder)'
    ])
  })

  it('follows no Location outside the files it was given', () => {
    const alone = files.filter((f) => f.path === 'catalog-info.yaml')
    expect(errors(importBackstage(alone, { file: 'catalog-info.yaml' }))).toEqual([
      'catalog-info.yaml:0:0 no Group entities: a Backstage catalog names its teams as kind: Group'
    ])
  })
})

describe('importBackstage on bad input', () => {
  it('makes a parent the files name but do not define a unit of its name, once, as a guess at its spec.parent', () => {
    // A repository's catalog-info.yaml names its team's parent, defined in the org's catalog.
    const files = yaml(
      group('a', 'department'),
      group('b', 'team', '\n  parent: group:default/platform-org'),
      group('c', 'team', '\n  parent: platform-org')
    )
    const imported = plan(files, { file: 'x', companyName: 'Initech' })
    expect(teamPaths(imported.catalog)).toEqual(['Platform Org > b', 'Platform Org > c'])
    expect(imported.guessed).toBe(true)
    expect(notes(imported).filter((note) => note.includes(' guessed '))).toEqual([
      'catalog-info.yaml:16:11 guessed parent "group:default/platform-org" of group:default/b is not in these files: made a unit of that name (import the file that defines it for its real name and place)'
    ])
    // Its outline entry lets a mapping say what it is.
    const skipped = plan(files, {
      file: 'x',
      companyName: 'Initech',
      mapping: { version: 1, roles: { 'group:default/platform-org': 'skip' } }
    })
    expect(skipped.guessed).toBe(false)
    expect(teamPaths(skipped.catalog)).toEqual(['Engineering > b', 'Engineering > c'])
  })

  it('refuses a parent that is no Group ref, at its spec.parent', () => {
    const files = yaml(group('a', 'department'), group('b', 'team', '\n  parent: user:default/jo'))
    expect(errors(importBackstage(files, { file: 'x' }))).toEqual([
      'catalog-info.yaml:16:11 parent "user:default/jo" of group:default/b is not a Group ref'
    ])
  })

  it('refuses a cycle of groups once, at its first member', () => {
    const files = yaml(
      group('a', 'department', '\n  parent: c'),
      group('b', 'group', '\n  parent: a'),
      group('c', 'team', '\n  parent: b')
    )
    expect(errors(importBackstage(files, { file: 'x' }))).toEqual([
      "catalog-info.yaml:8:11 the groups' parents form a cycle: group:default/a → group:default/c → group:default/b → group:default/a"
    ])
  })

  it('reports a syntax error at its line in the file, not in the document', () => {
    const files = yaml(group('a', 'department'), 'kind: Group\nmetadata: {name: [b\n')
    expect(errors(importBackstage(files, { file: 'x' }))[0]).toMatch(
      /^catalog-info\.yaml:1[01]:\d+ malformed YAML/
    )
  })

  it('reports unknown kinds and documents without a kind, and still imports the rest', () => {
    const imported = plan(
      yaml(
        group('core', 'department'),
        group('pay', 'team', '\n  parent: core'),
        'kind: Gizmo\nmetadata: {name: g}',
        'just: data'
      )
    )
    expect(teamPaths(imported.catalog)).toEqual(['core > pay'])
    expect(imported.notes.map((n) => `${n.line} ${n.kind} ${n.message}`)).toEqual([
      expect.stringMatching(/^\d+ guessed no Group of type organization names the company/),
      '18 unknown kind "Gizmo" is not a Backstage kind the importer knows: left out',
      '21 unknown not a Backstage entity (it has no kind): left out'
    ])
  })

  it("names a Group with no display name or title by its slug's words, as a person writes it", () => {
    expect(slugWords('data-engineering')).toBe('Data Engineering')
    expect(slugWords('ui-team')).toBe('UI Team')
    expect(slugWords('head_of_data')).toBe('Head of Data')
    // One word, or a name written otherwise, is as written.
    expect(slugWords('backstage')).toBe('backstage')
    expect(slugWords('Data Platform')).toBe('Data Platform')
    const imported = plan(yaml(group('data-engineering', 'team')), { companyName: 'Initech' })
    expect(teamPaths(imported.catalog)).toEqual(['Engineering > Data Engineering'])
    // Its outline entry keeps its ref, so a mapping's roles for it hold.
    expect(imported.outline[0].key).toBe('group:default/data-engineering')
  })

  it('names the file of a note when a folder was imported, even a folder of one file', () => {
    const files = yaml(group('pay', 'cell'))
    const at = (file: string) =>
      plan(files, { file, entries: ['catalog-info.yaml'], companyName: 'Initech' }).notes.map(
        (n) => n.file ?? '-'
      )
    expect(new Set(at('repo'))).toEqual(new Set(['catalog-info.yaml']))
    expect(new Set(at('repo/catalog-info.yaml'))).toEqual(new Set(['-']))
  })

  it('reads tags written as slugs, joined or prefixed with their kind, and reports the rest', () => {
    const imported = plan(
      yaml(
        group('pay', 'team'),
        'kind: Component\nmetadata:\n  name: ledger\n  tags: [language-go, lang:java, c-sharp, framework-react, db_redis, payments]\nspec:\n  type: service\n  owner: pay'
      ),
      { companyName: 'Initech' }
    )
    expect(teamNamed(imported.catalog, 'pay').stack).toEqual(['Go', 'Java', 'C#', 'React', 'Redis'])
    expect(imported.notes.filter((n) => n.kind === 'unknown').map((n) => n.message)).toEqual([
      'tag "payments" is not a technology the dictionary knows: not made a technology'
    ])
  })

  it("names the company after the users' email domain when no Group does, as the catalog's text writes it", () => {
    const user = (name: string, email: string) =>
      `kind: User\nmetadata:\n  name: ${name}\nspec:\n  profile:\n    email: ${email}\n  memberOf: [pay]`
    const files = (description: string) =>
      yaml(
        group('pay', 'team', `\n  profile: {}\n  x: 1`).replace(
          'metadata:\n  name: pay',
          `metadata:\n  name: pay\n  description: ${description}`
        ),
        user('ana', 'ana@globex.co.uk'),
        user('bo', 'bo@globex.co.uk'),
        user('cy', 'cy@gmail.com')
      )
    expect(plan(files('Payments at GLOBEX')).catalog.company.name).toBe('GLOBEX')
    expect(plan(files('Payments')).catalog.company.name).toBe('Globex')
    expect(plan(files('The globex.co.uk checkout')).catalog.company.name).toBe('globex.co.uk')
    // A hyphenated domain names its words, capitalized unless the text writes them otherwise.
    const hyphenated = (description: string) =>
      plan(
        files(description).map((file) => ({
          ...file,
          text: file.text.replaceAll('globex.co.uk', 'northwind-logistics.com')
        }))
      )
    expect(hyphenated('Payments').catalog.company.name).toBe('Northwind Logistics')
    expect(hyphenated('Payments at NorthWind logistics').catalog.company.name).toBe(
      'NorthWind logistics'
    )
    expect(plan(files('Payments')).notes.find((n) => n.kind === 'guessed')?.message).toMatch(
      /^no Group of type organization names the company: called it "Globex", after the users' email domain globex\.co\.uk/
    )
  })

  it("makes no technology of the company's own product that descriptions name; a tag stays", () => {
    const component = (name: string, owner: string, description: string, tags = '[]') =>
      `kind: Component\nmetadata:\n  name: ${name}\n  description: ${description}\n  tags: ${tags}\nspec:\n  type: service\n  owner: ${owner}`
    const imported = plan(
      yaml(
        group('grafana-labs', 'organization'),
        group('pay', 'team', '\n  parent: grafana-labs'),
        group('ops', 'team', '\n  parent: grafana-labs'),
        component('api', 'pay', 'The Grafana plugin API, on PostgreSQL'),
        component('agent', 'ops', 'The agent that ships logs', '[grafana]')
      )
    )
    expect(imported.catalog.company.name).toBe('Grafana Labs')
    expect(teamNamed(imported.catalog, 'pay').mentions).toEqual(['PostgreSQL'])
    expect(teamNamed(imported.catalog, 'ops').stack).toEqual(['Grafana'])
    expect(notes(imported)).toContain(
      '-:1:1 inferred "Grafana" is the company\'s own name: not made a technology of its teams'
    )
  })

  it('names no company after a file named for the kind of entities it holds', () => {
    // Several entity files chosen in a browser come by name alone: the import is called by the
    // first of them, "apis.yaml" or "components.yaml", which names no company.
    for (const name of ['apis.yaml', 'components.yaml', 'systems.yaml', 'users.yaml', 'all.yaml']) {
      const imported = plan(yaml(group('payments-team', 'team')), { file: name })
      expect(imported.catalog.company.name, name).toBe('Company')
    }
  })

  it('reads a spec.type written with spaces or underscores as the hyphenated one, and a root as the company', () => {
    const imported = plan(
      yaml(
        group('acme', 'root'),
        group('sales', '"Business Unit"', '\n  parent: acme'),
        group('deals', 'product_area', '\n  parent: sales'),
        group('quotes', 'team', '\n  parent: deals')
      )
    )
    expect(imported.catalog.company.name).toBe('acme')
    expect(teamPaths(imported.catalog)).toEqual(['sales > deals > quotes'])
    expect(imported.guessed).toBe(false)
    // The levels portals name after Team Topologies and agile scaling are known too.
    const streams = plan(
      yaml(
        group('acme', 'organization'),
        group('retail', 'line-of-business', '\n  parent: acme'),
        group('checkout', 'value stream', '\n  parent: retail'),
        group('payments', 'pod', '\n  parent: checkout'),
        group('cards', 'sub-team', '\n  parent: checkout')
      )
    )
    expect(teamPaths(streams.catalog)).toEqual([
      'retail > checkout > payments',
      'retail > checkout > cards'
    ])
    expect(streams.guessed).toBe(false)
  })

  it('guesses the level of a spec.type it does not know from what is under it, and says so', () => {
    const imported = plan(
      yaml(
        group('org', 'organization'),
        group('eng', 'pillar', '\n  parent: org'),
        group('pay', 'cell', '\n  parent: eng')
      )
    )
    expect(teamPaths(imported.catalog)).toEqual(['eng > pay'])
    expect(imported.guessed).toBe(true)
    expect(imported.outline[0].children[0]).toMatchObject({
      inferred: 'group',
      role: 'group',
      guessed: true
    })
    expect(imported.notes.filter((n) => n.kind === 'guessed').map((n) => n.message)).toEqual([
      'group:default/eng: spec.type "pillar" is not a level the importer knows: it has groups under it, so it is read as a group',
      'group:default/pay: spec.type "cell" is not a level the importer knows: it has no groups under it, so it is read as a team'
    ])
    // Once a mapping states each guessed level, nothing is a guess any more.
    const stated = plan(
      yaml(
        group('org', 'organization'),
        group('eng', 'pillar', '\n  parent: org'),
        group('pay', 'cell', '\n  parent: eng')
      ),
      {
        mapping: {
          version: 1,
          roles: { 'group:default/eng': 'division', 'group:default/pay': 'team' }
        }
      }
    )
    expect(stated.guessed).toBe(false)
  })
})

describe('importBackstage on levels whose spec.type disagrees with what is under them', () => {
  const parentOf = (name: string, title: string, type: string, children: string[]): string =>
    `apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: ${name}\n  title: ${title}\nspec:\n  type: ${type}\n  children:\n${children.map((c) => `  - ${c}`).join('\n')}`
  const user = (name: string, memberOf: string): string =>
    `apiVersion: backstage.io/v1alpha1\nkind: User\nmetadata:\n  name: ${name}\nspec:\n  memberOf: [${memberOf}]`

  it('reads a "team" with Groups under it and nothing of its own as the group that holds them', () => {
    // As an org's areas are written: each area a Group of type team whose children are teams.
    const imported = plan(
      yaml(
        parentOf('area-payments', 'Area Payments', 'team', ['team-ledger']),
        parentOf('area-identity', 'Area Identity', 'team', ['team-login', 'team-signup']),
        group('team-ledger', 'team'),
        group('team-login', 'team'),
        group('team-signup', 'team')
      )
    )
    expect(teamPaths(imported.catalog)).toEqual([
      'Area Payments > Team Ledger',
      'Area Identity > Team Login',
      'Area Identity > Team Signup'
    ])
    expect(notes(imported)).toContain(
      '-:7:9 inferred group:default/area-payments: spec.type: team, but it has groups under it and no people or work of its own, so it is read as the group that holds them'
    )
    expect(imported.outline[0]).toMatchObject({
      key: 'group:default/area-payments',
      inferred: 'group'
    })
  })

  it('keeps a "team" with people of its own a team, its child teams beside it', () => {
    const imported = plan(
      yaml(
        parentOf('payments', 'Payments', 'team', ['ledger-team']),
        group('ledger-team', 'team'),
        user('ana', 'payments')
      )
    )
    expect(teamPaths(imported.catalog)).toEqual([
      'Engineering > Payments',
      'Engineering > Ledger Team'
    ])
  })

  it('reads a business unit with no Groups under it that owns work as a team, keeping its projects', () => {
    // A catalog whose business units own their Systems and APIs directly, with no teams under them.
    const owned = (kind: string, name: string, owner: string, tags = ''): string =>
      `apiVersion: backstage.io/v1alpha1\nkind: ${kind}\nmetadata:\n  name: ${name}${tags}\nspec:\n  type: service\n  owner: ${owner}`
    const imported = plan(
      yaml(
        group('platform-team', 'team'),
        group('retail-lending', 'business-unit'),
        group('wealth-advice', 'business unit'),
        owned('System', 'lending-streams', 'retail-lending'),
        owned('API', 'lending-topics', 'retail-lending', '\n  tags:\n    - kafka')
      )
    )
    expect(teamPaths(imported.catalog)).toEqual([
      'Engineering > Platform Team',
      'Engineering > Retail Lending'
    ])
    expect(teamNamed(imported.catalog, 'Retail Lending')).toMatchObject({
      projects: [{ title: 'lending-streams' }],
      stack: ['Kafka']
    })
    expect(notes(imported)).toContain(
      '-:14:9 inferred group:default/retail-lending: spec.type: business-unit, but no groups are under it and it owns 2 entities, so it is read as a team'
    )
    // A business unit with nothing of its own is still left out, as before.
    expect(notes(imported).some((n) => n.includes('"Wealth Advice" has no teams under it'))).toBe(
      true
    )
  })
})

describe('importBackstage with a mapping', () => {
  const files = backstageFolder(INITRODE)

  it('skips a level, keeping what is under it', () => {
    const imported = plan(files, {
      mapping: { version: 1, roles: { 'group:default/compute': 'skip' } }
    })
    expect(teamPaths(imported.catalog)).toContain('Infrastructure > Scheduling Team')
    const compute = imported.outline[0].children[0].children[0]
    expect(compute).toMatchObject({ key: 'group:default/compute', role: 'skip', inferred: 'group' })
  })

  it('makes a group a team, and a team part of the team above it', () => {
    const imported = plan(files, {
      mapping: {
        version: 1,
        roles: { 'group:default/compute': 'team', 'group:default/scheduling': 'team-part' }
      }
    })
    expect(teamPaths(imported.catalog)).toContain('Infrastructure > Compute Platform')
    expect(teamNamed(imported.catalog, 'Compute Platform')).toMatchObject({
      members: 2,
      projects: [{ title: 'Placement' }, { title: 'scheduler' }]
    })
  })

  it('counts a person in a team and in a part of it once in that team', () => {
    const imported = plan(
      yaml(
        group('payments-team', 'team'),
        group('ledger-squad', 'team', '\n  parent: payments-team'),
        'apiVersion: backstage.io/v1alpha1\nkind: User\nmetadata:\n  name: ana\nspec:\n  memberOf: [payments-team, ledger-squad]',
        'apiVersion: backstage.io/v1alpha1\nkind: User\nmetadata:\n  name: ben\nspec:\n  memberOf: [ledger-squad]'
      ),
      { mapping: { version: 1, roles: { 'group:default/ledger-squad': 'team-part' } } }
    )
    expect(teamPaths(imported.catalog)).toEqual(['Engineering > Payments Team'])
    expect(teamNamed(imported.catalog, 'Payments Team').members).toBe(2)
  })

  it('leaves out a component the user skipped', () => {
    const imported = plan(files, {
      mapping: { version: 1, roles: { 'component:default/scheduler': 'skip' } }
    })
    expect(teamNamed(imported.catalog, 'Scheduling Team').projects.map((p) => p.title)).toEqual([
      'Placement'
    ])
  })
})
