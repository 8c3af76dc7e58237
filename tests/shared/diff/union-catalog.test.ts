import { describe, expect, it } from 'vitest'
import { Catalog } from '../../../src/shared/catalog/catalog'
import { diffCatalogs } from '../../../src/shared/diff/diff-catalogs'
import { diffMarks } from '../../../src/shared/diff/diff-marks'
import { unionCatalog } from '../../../src/shared/diff/union-catalog'
import { makeCatalog, makeTeam } from '../../fixtures/catalog'

const OLD = makeCatalog({
  schemaVersion: 2,
  divisions: [
    {
      id: 'cloud',
      name: 'Cloud',
      teams: [makeTeam({ id: 'storage', name: 'Storage', stack: ['Go', 'React'] })],
      groups: [{ id: 'edge', name: 'Edge', teams: [makeTeam({ id: 'cdn', name: 'CDN' })] }]
    },
    { id: 'core', name: 'Core', teams: [makeTeam({ id: 'api', name: 'API' })] }
  ]
})
const NEXT = makeCatalog({
  schemaVersion: 2,
  divisions: [
    {
      id: 'cloud',
      name: 'Cloud',
      teams: [makeTeam({ id: 'tools', name: 'Cloud Tools Team' })],
      groups: [
        {
          id: 'data',
          name: 'Data',
          teams: [makeTeam({ id: 'storage', name: 'Storage', stack: ['Go', 'Kubernetes'] })]
        }
      ]
    }
  ]
})

describe('unionCatalog', () => {
  const diff = diffCatalogs(OLD, NEXT)
  const union = unionCatalog(OLD, NEXT, diff)

  it('puts what the newer version lost back where it was, in the normalized order', () => {
    expect(Catalog.parse(union)).toEqual(union)
    expect(union.divisions.map((d) => d.id)).toEqual(['cloud', 'core'])
    const cloud = union.divisions[0]
    expect(cloud.teams.map((t) => [t.id, t.groupPath])).toEqual([
      ['tools', []],
      ['storage', ['data']],
      ['cdn', ['edge']]
    ])
    expect(cloud.groups.map((g) => [g.id, g.teamIds])).toEqual([
      ['data', ['storage']],
      ['edge', ['cdn']]
    ])
    expect(union.divisions[1].teams.map((t) => t.id)).toEqual(['api'])
  })

  it('keeps a team as it is now: a dropped technology is in its marks, not its stack', () => {
    const storage = union.divisions[0].teams.find((t) => t.id === 'storage')!
    expect(storage.stack).toEqual(['Go', 'Kubernetes'])
    expect(diffMarks(diff).get('team:storage')?.stackRemoved).toEqual(['React'])
  })

  it('marks each node by chart id: added, removed, moved with where from, stack +/−', () => {
    const marks = diffMarks(diff)
    expect(marks.get('team:tools')?.status).toBe('added')
    expect(marks.get('team:cdn')?.status).toBe('removed')
    expect(marks.get('division:core')?.status).toBe('removed')
    expect(marks.get('team:storage')).toEqual({
      status: 'moved',
      notes: ['moved from Cloud', 'stack: +Kubernetes −React'],
      stackAdded: ['Kubernetes'],
      stackRemoved: ['React']
    })
    expect(marks.has('division:cloud')).toBe(false)
  })
})
