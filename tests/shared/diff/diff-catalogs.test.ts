import { describe, expect, it } from 'vitest'
import { CatalogDiff, isEmptyDiff } from '../../../src/shared/diff/catalog-diff'
import { diffCatalogs } from '../../../src/shared/diff/diff-catalogs'
import {
  loadCatalog,
  makeCatalogFile,
  makeTeam,
  toYaml,
  type CatalogFileInput
} from '../../fixtures/catalog'
import { makeOrgCatalog } from '../../fixtures/org-catalog'

/**
 * A version 2 catalog: Cloud (division) holding Storage directly and an Edge group with CDN;
 * Core (division) holding API. `edit` changes a copy of that file before it is loaded.
 */
function version(edit: (file: CatalogFileInput) => void = () => {}) {
  const file = makeCatalogFile({
    schemaVersion: 2,
    divisions: [
      {
        id: 'cloud',
        name: 'Cloud',
        teams: [
          makeTeam({
            id: 'storage',
            name: 'Storage',
            stack: ['Go'],
            mentions: ['React'],
            members: 4,
            lead: { name: 'Ada' },
            projects: [
              { title: 'Backups', status: 'planned' },
              { title: 'Quotas', status: 'current' }
            ],
            roles: [{ title: 'SRE', location: 'Berlin' }],
            responsibilities: ['Object storage'],
            relations: [{ team: 'api', kind: 'depends-on' }]
          })
        ],
        groups: [{ id: 'edge', name: 'Edge', teams: [makeTeam({ id: 'cdn', name: 'CDN' })] }]
      },
      { id: 'core', name: 'Core', teams: [makeTeam({ id: 'api', name: 'API' })] }
    ]
  })
  edit(file)
  return loadCatalog(toYaml(file))
}

type Division = CatalogFileInput['divisions'][number]
type TeamIn = NonNullable<Division['teams']>[number]
const division = (file: CatalogFileInput, id: string): Division =>
  file.divisions.find((d) => d.id === id)!
const cloud = (file: CatalogFileInput) => division(file, 'cloud')
const storage = (file: CatalogFileInput): TeamIn => cloud(file).teams![0]

/** Where teams and groups sit, as the diff names a parent. */
const CLOUD = { kind: 'division', id: 'cloud', name: 'Cloud' } as const
const CORE = { kind: 'division', id: 'core', name: 'Core' } as const
const DATA = { kind: 'division', id: 'data', name: 'Data' } as const
const EDGE = { kind: 'group', id: 'edge', name: 'Edge' } as const

/** What changed from the catalog above to a copy with `edit` made to it. */
const diffAfter = (edit: (file: CatalogFileInput) => void) => diffCatalogs(version(), version(edit))

describe('diffCatalogs', () => {
  it('finds nothing when a catalog is compared with itself', () => {
    const diff = diffCatalogs(version(), version())
    expect(diff).toEqual({ added: [], removed: [], moved: [], renamed: [], changed: [] })
    expect(isEmptyDiff(diff)).toBe(true)
    const org = makeOrgCatalog()
    expect(isEmptyDiff(diffCatalogs(org, org))).toBe(true)
  })

  it('reports a team added and one removed, each with its parent', () => {
    const diff = diffAfter((file) => {
      cloud(file).teams!.push(makeTeam({ id: 'tools', name: 'Cloud Tools Team' }))
      division(file, 'cloud').groups = []
    })
    expect(diff.added).toEqual([
      { kind: 'team', id: 'tools', name: 'Cloud Tools Team', parent: CLOUD }
    ])
    expect(diff.removed).toEqual([
      { kind: 'group', id: 'edge', name: 'Edge', parent: CLOUD },
      { kind: 'team', id: 'cdn', name: 'CDN', parent: EDGE }
    ])
    expect(isEmptyDiff(diff)).toBe(false)
  })

  it('reports divisions added, removed and renamed', () => {
    const diff = diffAfter((file) => {
      file.divisions = file.divisions.filter((d) => d.id !== 'core')
      cloud(file).name = 'Cloud Platform'
      file.divisions.push({
        id: 'data',
        name: 'Data',
        teams: [makeTeam({ id: 'api', name: 'API' })]
      })
    })
    expect(diff.added).toEqual([{ kind: 'division', id: 'data', name: 'Data', parent: null }])
    expect(diff.removed).toEqual([{ kind: 'division', id: 'core', name: 'Core', parent: null }])
    expect(diff.renamed).toEqual([
      { kind: 'division', id: 'cloud', from: 'Cloud', to: 'Cloud Platform' }
    ])
    // API kept its id: it moved from the removed division to the added one.
    expect(diff.moved).toEqual([{ kind: 'team', id: 'api', name: 'API', from: CORE, to: DATA }])
  })

  it('reports a rename as a rename, not a removal and an addition', () => {
    const diff = diffAfter((file) => {
      storage(file).name = 'Storage Team'
      cloud(file).groups![0].name = 'Edge Network'
    })
    expect(diff.renamed).toEqual([
      { kind: 'group', id: 'edge', from: 'Edge', to: 'Edge Network' },
      { kind: 'team', id: 'storage', from: 'Storage', to: 'Storage Team' }
    ])
    expect([...diff.added, ...diff.removed, ...diff.moved, ...diff.changed]).toEqual([])
  })

  it('matches a team whose id changed by its name, and reports the id change', () => {
    const diff = diffAfter((file) => {
      storage(file).id = 'object-storage'
    })
    expect(diff.added).toEqual([])
    expect(diff.removed).toEqual([])
    expect(diff.changed).toEqual([
      {
        kind: 'team',
        id: 'object-storage',
        name: 'Storage',
        field: 'id',
        added: [],
        removed: [],
        from: 'storage',
        to: 'object-storage'
      }
    ])
  })

  it('does not pair by a name that several unmatched teams share', () => {
    const diff = diffAfter((file) => {
      cloud(file).teams = [
        makeTeam({ id: 'storage-a', name: 'Storage' }),
        makeTeam({ id: 'storage-b', name: 'Storage' })
      ]
    })
    expect(diff.added.map((entry) => entry.id)).toEqual(['storage-a', 'storage-b'])
    expect(diff.removed.map((entry) => entry.id)).toEqual(['storage'])
  })

  it('reports a rename and a move together as both', () => {
    const diff = diffAfter((file) => {
      const team = storage(file)
      cloud(file).teams = []
      division(file, 'core').teams!.push({ ...team, name: 'Core Storage' })
    })
    expect(diff.renamed).toEqual([
      { kind: 'team', id: 'storage', from: 'Storage', to: 'Core Storage' }
    ])
    expect(diff.moved).toEqual([
      { kind: 'team', id: 'storage', name: 'Core Storage', from: CLOUD, to: CORE }
    ])
  })

  it('reports a team moved into a new group, and a group moved between divisions', () => {
    const diff = diffAfter((file) => {
      const team = storage(file)
      cloud(file).teams = []
      cloud(file).groups!.push({ id: 'data-services', name: 'Data Services', teams: [team] })
      const edge = cloud(file).groups!.shift()!
      division(file, 'core').groups = [edge]
    })
    expect(diff.added).toEqual([
      { kind: 'group', id: 'data-services', name: 'Data Services', parent: CLOUD }
    ])
    expect(diff.moved).toEqual([
      { kind: 'group', id: 'edge', name: 'Edge', from: CLOUD, to: CORE },
      {
        kind: 'team',
        id: 'storage',
        name: 'Storage',
        from: CLOUD,
        to: { kind: 'group', id: 'data-services', name: 'Data Services' }
      }
    ])
    // CDN stayed in Edge: a group moving carries its teams without moving them.
    expect(diff.moved.some((entry) => entry.id === 'cdn')).toBe(false)
  })

  it('does not move the teams of a group whose id changed but whose name did not', () => {
    const diff = diffAfter((file) => {
      cloud(file).groups![0].id = 'edge-network'
    })
    expect(diff.moved).toEqual([])
    expect(diff.changed.map((c) => [c.id, c.field, c.from, c.to])).toEqual([
      ['edge-network', 'id', 'edge', 'edge-network']
    ])
  })

  it('reports stack and mentions added and removed', () => {
    const diff = diffAfter((file) => {
      storage(file).stack = ['Golang', 'Kubernetes']
      storage(file).mentions = []
    })
    expect(diff.changed.map(({ field, added, removed }) => ({ field, added, removed }))).toEqual([
      { field: 'stack', added: ['Kubernetes'], removed: [] },
      { field: 'mentions', added: [], removed: ['React'] }
    ])
    expect(diff.changed[0]).toMatchObject({ kind: 'team', id: 'storage', name: 'Storage' })
  })

  it('reports projects added, removed and a status changed', () => {
    const diff = diffAfter((file) => {
      storage(file).projects = [
        { title: 'Backups', status: 'current' },
        { title: 'Tiering', status: 'planned' }
      ]
    })
    expect(
      diff.changed.map(({ field, added, removed, from, to }) => ({
        field,
        added,
        removed,
        from,
        to
      }))
    ).toEqual([
      { field: 'projects', added: ['Tiering'], removed: ['Quotas'], from: null, to: null },
      { field: 'projects[Backups].status', added: [], removed: [], from: 'planned', to: 'current' }
    ])
  })

  it('reports roles opened and closed, and a role about to open that opened', () => {
    const diff = diffAfter((file) => {
      storage(file).roles = [
        { title: 'Backend Engineer', level: 'Senior' },
        { title: 'Frontend Engineer', status: 'soon' }
      ]
    })
    expect(diff.changed).toEqual([
      {
        kind: 'team',
        id: 'storage',
        name: 'Storage',
        field: 'roles',
        added: ['Backend Engineer (Senior)', 'Frontend Engineer'],
        removed: ['SRE (Berlin)'],
        from: null,
        to: null
      }
    ])
    const opened = version((file) => {
      storage(file).roles = [{ title: 'SRE', location: 'Berlin', status: 'soon' }]
    })
    expect(diffCatalogs(opened, version()).changed).toMatchObject([
      { field: 'roles[SRE (Berlin)].status', from: 'soon', to: 'open' }
    ])
  })

  it('reports lead, headcount and status changed, from and to', () => {
    const diff = diffAfter((file) => {
      storage(file).lead = { name: 'Grace' }
      storage(file).members = undefined
      storage(file).status = 'forming'
    })
    expect(diff.changed.map(({ field, from, to }) => ({ field, from, to }))).toEqual([
      { field: 'status', from: 'active', to: 'forming' },
      { field: 'lead', from: 'Ada', to: 'Grace' },
      { field: 'members', from: 4, to: null }
    ])
  })

  it('reports relations and responsibilities added and removed', () => {
    const diff = diffAfter((file) => {
      storage(file).relations = [{ team: 'cdn', kind: 'supports' }]
      storage(file).responsibilities = ['Object storage', 'Backups']
    })
    expect(diff.changed.map(({ field, added, removed }) => ({ field, added, removed }))).toEqual([
      { field: 'responsibilities', added: ['Backups'], removed: [] },
      { field: 'relations', added: ['supports cdn'], removed: ['depends-on api'] }
    ])
  })

  it('keeps a relation whose other team only changed its id', () => {
    const diff = diffAfter((file) => {
      division(file, 'core').teams![0].id = 'public-api'
      storage(file).relations = [{ team: 'public-api', kind: 'depends-on' }]
    })
    expect(diff.changed.map((change) => change.field)).toEqual(['id'])
  })

  it('matches the issue’s CLI JSON shape exactly', () => {
    const diff = diffAfter((file) => {
      storage(file).name = 'Storage Team'
      storage(file).stack = ['Kubernetes']
      cloud(file).teams!.push(makeTeam({ id: 'tools', name: 'Cloud Tools Team' }))
    })
    expect(CatalogDiff.strict().parse(diff)).toEqual(diff)
    for (const entry of diff.changed) {
      expect(Object.keys(entry).sort()).toEqual(
        ['added', 'field', 'from', 'id', 'kind', 'name', 'removed', 'to'].sort()
      )
    }
  })

  it('reads a version 1 file against its version 2 rewrite as unchanged', () => {
    const v1 = makeCatalogFile()
    const v2 = makeCatalogFile({ schemaVersion: 2 })
    expect(isEmptyDiff(diffCatalogs(loadCatalog(toYaml(v1)), loadCatalog(toYaml(v2))))).toBe(true)
  })
})
