// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'
import type { Catalog } from '../../../src/shared/catalog/catalog'
import { selectionColor } from '../../../src/shared/theme/palette'
import {
  selectDrawnLens,
  selectLensView,
  type LensView
} from '../../../src/renderer/src/store/derived-lens'
import { useAppStore } from '../../../src/renderer/src/store/store'
import { makeOrgCatalog } from '../../fixtures/org-catalog'
import { makeThreeTeamCatalog } from '../../fixtures/three-team-catalog'

// makeThreeTeamCatalog:
//   product/api: stack Go, mentions Kubernetes; projects api/1 [Go], api/2 [Kubernetes, Go]
//   product/web: stack React;                   projects web/1 [React], web/2 [Go]
//   infra/ops:   stack Kubernetes, Go;          projects ops/1 [], ops/2 [Kubernetes, Go]
const SOURCE = { path: '/work/acme.yaml', name: 'acme.yaml', bundled: false }

function show(catalog: Catalog = makeThreeTeamCatalog()): Catalog {
  useAppStore.getState().setResult({ ok: true, catalog, source: SOURCE })
  return catalog
}

const state = () => useAppStore.getState()
const selected = () => selectLensView(state())
const drawn = () => selectDrawnLens(state())
/** The nodes a view touches, as `id: hit marks…`, sorted: what a reader of the view sees. */
const touched = (view: LensView) =>
  [...view.nodes]
    .map(
      ([id, node]) =>
        `${id}: ${[node.hit ? 'hit' : '-', ...node.marks.map((m) => m.name)].join(' ')}`
    )
    .sort()

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true)
})

describe('the derived lens', () => {
  it('matches nothing and dims nothing while no technology is selected', () => {
    show()
    expect(selected().match.active).toBe(false)
    expect(selected().counts).toEqual({ matching: 0, teams: 3 })
    expect(selected().nodes.size).toBe(0)
  })

  it('marks matching teams and projects by node id, and counts the matching teams', () => {
    show()
    state().toggleTechnology('Kubernetes')
    expect(touched(selected())).toEqual([
      'project:api/2: hit',
      'project:ops/2: hit',
      'team:ops: hit Kubernetes'
    ])
    expect(selected().counts).toEqual({ matching: 1, teams: 3 })
    expect(selected().nodes.get('team:ops')?.marks).toEqual([
      { name: 'Kubernetes', color: selectionColor(0) }
    ])
  })

  it('counts mentions when asked, and gives a team without a match its marks', () => {
    show()
    state().toggleTechnology('Kubernetes')
    state().setLens({ includeMentions: true })
    expect(touched(selected())).toContain('team:api: hit Kubernetes')
    state().setLens({ includeMentions: false, mode: 'all' })
    state().toggleTechnology('Go')
    // api has Go but not Kubernetes: marked, not matched. Marks follow the selection order.
    expect(touched(selected())).toEqual([
      'project:api/2: hit',
      'project:ops/2: hit',
      'team:api: - Go',
      'team:ops: hit Kubernetes Go'
    ])
    expect(selected().colorOf('Kubernetes')).toBe(selectionColor(0))
    expect(selected().colorOf('Go')).toBe(selectionColor(1))
    expect(selected().colorOf('React')).toBeUndefined()
  })

  it('is worked out once per change of the lens or the catalog, not per read or other change', () => {
    show()
    state().toggleTechnology('Go')
    const first = selected()
    expect(selected()).toBe(first)
    state().setSearchOpen(true)
    state().pushNotice('warning', 'something happened')
    state().select('team:web')
    expect(selected()).toBe(first)
    state().toggleTechnology('React')
    expect(selected()).not.toBe(first)
    // A live reload brings a new catalog object: matched again.
    const again = selected()
    show()
    expect(selected()).not.toBe(again)
    expect(touched(selected())).toEqual(touched(again))
  })

  it('keeps the entry of a node whose state did not change, so that node does not redraw', () => {
    show()
    state().toggleTechnology('React')
    const before = selected().nodes
    state().toggleTechnology('Kubernetes')
    const after = selected().nodes
    // Web (React only) is unchanged; ops gains a match and a mark.
    expect(after.get('team:web')).toBe(before.get('team:web'))
    expect(after.get('project:web/1')).toBe(before.get('project:web/1'))
    expect(after.get('team:ops')).not.toBe(before.get('team:ops'))
    expect(before.get('team:ops')).toBeUndefined()
  })

  it('draws the technology under the pointer without selecting it', () => {
    show()
    state().toggleTechnology('React')
    const base = selected()
    expect(drawn()).toBe(base)
    state().setPreview('Kubernetes')
    expect(selected()).toBe(base)
    expect(selected().counts.matching).toBe(1)
    expect(drawn().counts.matching).toBe(2)
    expect(drawn().lens.technologies).toEqual(['React', 'Kubernetes'])
    expect(drawn().nodes.get('team:ops')?.marks).toEqual([
      { name: 'Kubernetes', color: selectionColor(1) }
    ])
    // What the preview does not touch keeps the selection's entries.
    expect(drawn().nodes.get('team:web')).toBe(base.nodes.get('team:web'))
    expect(drawn()).toBe(drawn())
    state().setPreview(undefined)
    expect(drawn()).toBe(base)
  })

  it('draws the selection alone when the previewed technology is already selected', () => {
    show()
    state().toggleTechnology('Go')
    state().setPreview('Go')
    expect(drawn()).toBe(selected())
  })

  it('is an empty view, touching no node, before a catalog loads', () => {
    state().toggleTechnology('Go')
    expect(selected().match.active).toBe(false)
    expect(drawn().nodes.size).toBe(0)
    expect(drawn().counts.teams).toBe(0)
  })
})

describe('the derived lens with "Hiring now"', () => {
  it('lights the hiring teams, which have no marks, and counts them; Clear all turns it off', () => {
    show(makeOrgCatalog())
    state().setLens({ hiring: true })
    expect(selected().counts).toEqual({ matching: 2, teams: 6 })
    expect(touched(selected()).filter((line) => line.startsWith('team:'))).toEqual([
      'team:activation: hit',
      'team:infra: hit'
    ])
    state().clearLens()
    expect(selected().match.active).toBe(false)
  })
})

describe('the derived lens with a family selected', () => {
  it('lights the member chips a team has in the family’s colour, beside its mark', () => {
    show(makeOrgCatalog())
    state().toggleTechnology('Grafana')
    // Billing states Grafana Cloud, a member of the Grafana family.
    const billing = selected().nodes.get('team:billing')!
    expect(billing.hit).toBe(true)
    expect(billing.marks).toEqual([{ name: 'Grafana', color: selectionColor(0) }])
    expect(billing.via).toEqual([{ name: 'Grafana Cloud', color: selectionColor(0) }])
    // ab-testing states Grafana itself: no member chip to light.
    expect(selected().nodes.get('team:ab-testing')!.via).toBeUndefined()
  })
})
