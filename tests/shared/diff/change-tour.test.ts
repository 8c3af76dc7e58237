import { describe, expect, it } from 'vitest'
import type { CatalogDiff } from '../../../src/shared/diff/catalog-diff'
import { changeTourSteps } from '../../../src/shared/diff/change-tour'

const CLOUD = { kind: 'division', id: 'cloud', name: 'Cloud' } as const
const CORE = { kind: 'division', id: 'core', name: 'Core' } as const
const change = (field: string, more: Partial<CatalogDiff['changed'][number]>) => ({
  kind: 'team' as const,
  id: 'reliability',
  name: 'Cloud Reliability Team',
  field,
  added: [],
  removed: [],
  from: null,
  to: null,
  ...more
})

const DIFF: CatalogDiff = {
  added: [
    { kind: 'team', id: 'cloud-tools', name: 'Cloud Tools Team', parent: CLOUD },
    { kind: 'division', id: 'data', name: 'Data', parent: null }
  ],
  removed: [{ kind: 'team', id: 'legacy', name: 'Legacy Portal', parent: CORE }],
  moved: [{ kind: 'team', id: 'tools', name: 'Internal Tools', from: CLOUD, to: CORE }],
  renamed: [{ kind: 'team', id: 'tools', from: 'Tools', to: 'Internal Tools' }],
  changed: [
    change('stack', { added: ['Kubernetes'], removed: ['Puppet', 'Salt'] }),
    change('lead', { from: 'Ada', to: 'Grace' })
  ]
}

describe('changeTourSteps', () => {
  const steps = changeTourSteps(DIFF, 'v1.0')

  it('sums up first, then divisions, then teams, then stacks, with captions that read as news', () => {
    expect(steps.map((s) => [s.id, s.caption])).toEqual([
      ['company', '2 added, 1 removed, 1 moved, 1 renamed and 2 changed.'],
      ['division:data', 'Data division formed.'],
      ['team:cloud-tools', 'Cloud Tools Team formed under Cloud.'],
      ['team:legacy', 'Legacy Portal closed (it was under Core).'],
      ['team:tools', 'Internal Tools moved from Cloud to Core. Tools is now Internal Tools.'],
      ['team:reliability', 'Lead: Ada → Grace.'],
      [
        'team:reliability',
        'Cloud Reliability Team now states Kubernetes, and no longer Puppet and Salt.'
      ]
    ])
    expect(steps[0].title).toBe('What changed since v1.0')
    expect(steps[1]).toMatchObject({ kind: 'division', title: 'Data', context: 'Divisions' })
    expect(steps.map((s) => s.context).slice(2)).toEqual([
      'Teams',
      'Teams',
      'Teams',
      'Teams',
      'Stacks'
    ])
  })

  it('says so when nothing changed', () => {
    const none = changeTourSteps(
      { added: [], removed: [], moved: [], renamed: [], changed: [] },
      'x'
    )
    expect(none).toHaveLength(1)
    expect(none[0].caption).toBe('Nothing: both versions hold the same organization.')
  })
})
