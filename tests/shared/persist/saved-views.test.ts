import { describe, expect, it } from 'vitest'
import {
  MAX_SAVED_VIEWS,
  SavedView,
  SavedViewsFile,
  savedViewsText,
  type SavedViewInput
} from '../../../src/shared/persist/saved-views'
import { pruneViews } from '../../../src/shared/persist/prune-views'
import { newViewId } from '../../../src/shared/persist/new-view-id'
import { parseStoredJson } from '../../../src/shared/persist/stored-json'
import { makeCatalog, makeDivision, makeTeam } from '../../fixtures/catalog'

function makeView(overrides: Partial<SavedViewInput> = {}): SavedView {
  return SavedView.parse({ id: 'v-1', name: 'Platform stack', ...overrides })
}

const catalog = makeCatalog({
  divisions: [
    makeDivision({
      id: 'engineering',
      teams: [makeTeam({ id: 'platform' }), makeTeam({ id: 'web', name: 'Web' })]
    })
  ]
})

describe('saved views file', () => {
  it('fills defaults: no technologies, any, no mentions, nothing open, compact layout', () => {
    expect(makeView()).toEqual({
      id: 'v-1',
      name: 'Platform stack',
      lens: { technologies: [], mode: 'any', includeMentions: false },
      hideNonMatches: false,
      expanded: [],
      layoutKind: 'compact'
    })
  })

  it('round-trips through its text: technologies by name, nodes by id, the camera as a rectangle', () => {
    const views = [
      makeView({
        caption: 'Where Go runs',
        lens: { technologies: ['Go', 'Kubernetes'], mode: 'all' },
        focusId: 'division:engineering',
        expanded: ['team:platform'],
        camera: { x: -10, y: 20, width: 800, height: 500 }
      }),
      makeView({ id: 'v-2', name: 'Everything' })
    ]
    const parsed = parseStoredJson(SavedViewsFile, savedViewsText(views, 'Acme'))
    expect(parsed).toEqual({ ok: true, value: { schemaVersion: 1, catalog: 'Acme', views } })
  })

  it('trims names and refuses an empty one', () => {
    expect(makeView({ name: '  Cloud  ' }).name).toBe('Cloud')
    expect(SavedView.safeParse({ id: 'v-1', name: '   ' }).success).toBe(false)
  })

  it('refuses repeated ids, unknown fields, a zero-size camera and too many views', () => {
    const file = (views: unknown[]) => SavedViewsFile.safeParse({ schemaVersion: 1, views })
    expect(file([makeView(), makeView()]).success).toBe(false)
    expect(file([{ ...makeView(), script: 'alert(1)' }]).success).toBe(false)
    expect(file([{ ...makeView(), camera: { x: 0, y: 0, width: 0, height: 10 } }]).success).toBe(
      false
    )
    const many = Array.from({ length: MAX_SAVED_VIEWS + 1 }, (_, i) => makeView({ id: `v-${i}` }))
    expect(file(many).success).toBe(false)
  })

  it('refuses a file from another version, saying why', () => {
    const parsed = parseStoredJson(SavedViewsFile, JSON.stringify({ schemaVersion: 2, views: [] }))
    expect(parsed).toMatchObject({ ok: false, reason: expect.stringContaining('schemaVersion') })
  })
})

describe('pruneViews', () => {
  it('keeps a view whose technologies, focus and teams the catalog has, unchanged', () => {
    const view = makeView({
      lens: { technologies: ['Go'] },
      focusId: 'team:web',
      expanded: ['team:platform']
    })
    expect(pruneViews([view], catalog)).toEqual({ views: [view], notices: [] })
  })

  it('drops technologies, a focus and open teams the catalog no longer has, with a notice naming them', () => {
    const view = makeView({
      name: 'Old plan',
      lens: { technologies: ['Go', 'Terraform'] },
      focusId: 'team:removed',
      expanded: ['team:platform', 'team:gone']
    })
    const { views, notices } = pruneViews([view], catalog)
    expect(views[0].lens.technologies).toEqual(['Go'])
    expect(views[0]).not.toHaveProperty('focusId')
    expect(views[0].expanded).toEqual(['team:platform'])
    expect(notices).toEqual([
      '“Old plan”: dropped Terraform, focus on team:removed, team:gone (not in this catalog)'
    ])
  })

  it('finds a technology through an alias, as its canonical name, once', () => {
    const view = makeView({ lens: { technologies: ['golang', 'Go', 'k8s'] } })
    expect(pruneViews([view], catalog).views[0].lens.technologies).toEqual(['Go', 'Kubernetes'])
  })
})

describe('newViewId', () => {
  it('is unique among the existing views, even when the random source repeats', () => {
    const existing = [{ id: newViewId([], () => 0.5) }]
    const next = newViewId(existing, () => 0.5)
    expect(next).not.toBe(existing[0].id)
    expect(SavedView.safeParse({ id: next, name: 'x' }).success).toBe(true)
  })
})
