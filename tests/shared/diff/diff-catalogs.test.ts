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

describe('diffCatalogs', () => {
  it('finds nothing when a catalog is compared with itself', () => {
    const diff = diffCatalogs(version(), version())
    expect(diff).toEqual({ added: [], removed: [], moved: [], renamed: [], changed: [] })
    expect(isEmptyDiff(diff)).toBe(true)
    const org = makeOrgCatalog()
    expect(isEmptyDiff(diffCatalogs(org, org))).toBe(true)
  })

  it('reports a team added and one removed, each with its parent', () => {
    const next = version((file) => {
      cloud(file).teams!.push(makeTeam({ id: 'tools', name: 'Cloud Tools Team' }))
      division(file, 'cloud').groups = []
    })
    const diff = diffCatalogs(version(), next)
    expect(diff.added).toEqual([
      {
        kind: 'team',
        id: 'tools',
        name: 'Cloud Tools Team',
        parent: { kind: 'division', id: 'cloud', name: 'Cloud' }
      }
    ])
    expect(diff.removed).toEqual([
      {
        kind: 'group',
        id: 'edge',
        name: 'Edge',
        parent: { kind: 'division', id: 'cloud', name: 'Cloud' }
      },
      { kind: 'team', id: 'cdn', name: 'CDN', parent: { kind: 'group', id: 'edge', name: 'Edge' } }
    ])
    expect(isEmptyDiff(diff)).toBe(false)
  })

  it('reports divisions added, removed and renamed', () => {
    const next = version((file) => {
      file.divisions = file.divisions.filter((d) => d.id !== 'core')
      cloud(file).name = 'Cloud Platform'
      file.divisions.push({
        id: 'data',
        name: 'Data',
        teams: [makeTeam({ id: 'api', name: 'API' })]
      })
    })
    const diff = diffCatalogs(version(), next)
    expect(diff.added).toEqual([{ kind: 'division', id: 'data', name: 'Data', parent: null }])
    expect(diff.removed).toEqual([{ kind: 'division', id: 'core', name: 'Core', parent: null }])
    expect(diff.renamed).toEqual([
      { kind: 'division', id: 'cloud', from: 'Cloud', to: 'Cloud Platform' }
    ])
    // API kept its id: it moved from the removed division to the added one.
    expect(diff.moved).toEqual([
      {
        kind: 'team',
        id: 'api',
        name: 'API',
        from: { kind: 'division', id: 'core', name: 'Core' },
        to: { kind: 'division', id: 'data', name: 'Data' }
      }
    ])
  })

  it('reports a rename as a rename, not a removal and an addition', () => {
    const next = version((file) => {
      storage(file).name = 'Storage Team'
      cloud(file).groups![0].name = 'Edge Network'
    })
    const diff = diffCatalogs(version(), next)
    expect(diff.renamed).toEqual([
      { kind: 'group', id: 'edge', from: 'Edge', to: 'Edge Network' },
      { kind: 'team', id: 'storage', from: 'Storage', to: 'Storage Team' }
    ])
    expect([...diff.added, ...diff.removed, ...diff.moved, ...diff.changed]).toEqual([])
  })

  it('matches a team whose id changed by its name, and reports the id change', () => {
    const next = version((file) => {
      storage(file).id = 'object-storage'
    })
    const diff = diffCatalogs(version(), next)
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
    const next = version((file) => {
      cloud(file).teams = [
        makeTeam({ id: 'storage-a', name: 'Storage' }),
        makeTeam({ id: 'storage-b', name: 'Storage' })
      ]
    })
    const diff = diffCatalogs(version(), next)
    expect(diff.added.map((entry) => entry.id)).toEqual(['storage-a', 'storage-b'])
    expect(diff.removed.map((entry) => entry.id)).toEqual(['storage'])
  })

  it('reports a rename and a move together as both', () => {
    const next = version((file) => {
      const team = storage(file)
      cloud(file).teams = []
      division(file, 'core').teams!.push({ ...team, name: 'Core Storage' })
    })
    const diff = diffCatalogs(version(), next)
    expect(diff.renamed).toEqual([
      { kind: 'team', id: 'storage', from: 'Storage', to: 'Core Storage' }
    ])
    expect(diff.moved).toEqual([
      {
        kind: 'team',
        id: 'storage',
        name: 'Core Storage',
        from: { kind: 'division', id: 'cloud', name: 'Cloud' },
        to: { kind: 'division', id: 'core', name: 'Core' }
      }
    ])
  })

  it('reports a team moved into a new group, and a group moved between divisions', () => {
    const next = version((file) => {
      const team = storage(file)
      cloud(file).teams = []
      cloud(file).groups!.push({ id: 'data-services', name: 'Data Services', teams: [team] })
      const edge = cloud(file).groups!.shift()!
      division(file, 'core').groups = [edge]
    })
    const diff = diffCatalogs(version(), next)
    expect(diff.added).toEqual([
      {
        kind: 'group',
        id: 'data-services',
        name: 'Data Services',
        parent: { kind: 'division', id: 'cloud', name: 'Cloud' }
      }
    ])
    expect(diff.moved).toEqual([
      {
        kind: 'group',
        id: 'edge',
        name: 'Edge',
        from: { kind: 'division', id: 'cloud', name: 'Cloud' },
        to: { kind: 'division', id: 'core', name: 'Core' }
      },
      {
        kind: 'team',
        id: 'storage',
        name: 'Storage',
        from: { kind: 'division', id: 'cloud', name: 'Cloud' },
        to: { kind: 'group', id: 'data-services', name: 'Data Services' }
      }
    ])
    // CDN stayed in Edge: a group moving carries its teams without moving them.
    expect(diff.moved.some((entry) => entry.id === 'cdn')).toBe(false)
  })

  it('does not move the teams of a group whose id changed but whose name did not', () => {
    const next = version((file) => {
      cloud(file).groups![0].id = 'edge-network'
    })
    const diff = diffCatalogs(version(), next)
    expect(diff.moved).toEqual([])
    expect(diff.changed.map((c) => [c.id, c.field, c.from, c.to])).toEqual([
      ['edge-network', 'id', 'edge', 'edge-network']
    ])
  })

  it('reports stack and mentions added and removed', () => {
    const next = version((file) => {
      storage(file).stack = ['Golang', 'Kubernetes']
      storage(file).mentions = []
    })
    const diff = diffCatalogs(version(), next)
    expect(diff.changed.map(({ field, added, removed }) => ({ field, added, removed }))).toEqual([
      { field: 'stack', added: ['Kubernetes'], removed: [] },
      { field: 'mentions', added: [], removed: ['React'] }
    ])
    expect(diff.changed[0]).toMatchObject({ kind: 'team', id: 'storage', name: 'Storage' })
  })

  it('reports projects added, removed and a status changed', () => {
    const next = version((file) => {
      storage(file).projects = [
        { title: 'Backups', status: 'current' },
        { title: 'Tiering', status: 'planned' }
      ]
    })
    const diff = diffCatalogs(version(), next)
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
    const next = version((file) => {
      storage(file).roles = [
        { title: 'Backend Engineer', level: 'Senior' },
        { title: 'Frontend Engineer', status: 'soon' }
      ]
    })
    const diff = diffCatalogs(version(), next)
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
    const next = version((file) => {
      storage(file).lead = { name: 'Grace' }
      storage(file).members = undefined
      storage(file).status = 'forming'
    })
    const diff = diffCatalogs(version(), next)
    expect(diff.changed.map(({ field, from, to }) => ({ field, from, to }))).toEqual([
      { field: 'status', from: 'active', to: 'forming' },
      { field: 'lead', from: 'Ada', to: 'Grace' },
      { field: 'members', from: 4, to: null }
    ])
  })

  it('reports relations and responsibilities added and removed', () => {
    const next = version((file) => {
      storage(file).relations = [{ team: 'cdn', kind: 'supports' }]
      storage(file).responsibilities = ['Object storage', 'Backups']
    })
    const diff = diffCatalogs(version(), next)
    expect(diff.changed.map(({ field, added, removed }) => ({ field, added, removed }))).toEqual([
      { field: 'responsibilities', added: ['Backups'], removed: [] },
      { field: 'relations', added: ['supports cdn'], removed: ['depends-on api'] }
    ])
  })

  it('keeps a relation whose other team only changed its id', () => {
    const next = version((file) => {
      division(file, 'core').teams![0].id = 'public-api'
      storage(file).relations = [{ team: 'public-api', kind: 'depends-on' }]
    })
    const diff = diffCatalogs(version(), next)
    expect(diff.changed.map((change) => change.field)).toEqual(['id'])
  })

  it('matches the issue’s CLI JSON shape exactly', () => {
    const next = version((file) => {
      storage(file).name = 'Storage Team'
      storage(file).stack = ['Kubernetes']
      cloud(file).teams!.push(makeTeam({ id: 'tools', name: 'Cloud Tools Team' }))
    })
    const diff = diffCatalogs(version(), next)
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
