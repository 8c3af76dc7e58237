// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { CatalogResult } from '../../../src/shared/ipc/contract'
import { EMPTY_LENS } from '../../../src/shared/lens/match'
import {
  sourceKey,
  viewAfterLoad,
  type LoadView
} from '../../../src/renderer/src/store/view-after-load'
import { makeCatalog, makeDivision, makeTeam } from '../../fixtures/catalog'

type Loaded = Extract<CatalogResult, { ok: true }>

const A = { path: '/work/a.yaml', name: 'a.yaml', bundled: false }
const B = { path: '/work/b.yaml', name: 'b.yaml', bundled: false }

/** A loaded catalog from `source` whose one division has these team ids (each with a project). */
function loaded(source: typeof A, teams: string[], technologies?: string[]): Loaded {
  const catalog = makeCatalog({
    ...(technologies && {
      technologies: technologies.map((name) => ({ name, category: 'language' as const }))
    }),
    divisions: [
      makeDivision({
        teams: teams.map((id) =>
          makeTeam({ id, name: id, projects: [{ title: `${id} work`, status: 'current' }] })
        )
      })
    ]
  })
  return { ok: true, catalog, source }
}

function shown(result: CatalogResult | undefined, view: Partial<LoadView> = {}) {
  return {
    result,
    collapsed: new Set<string>(),
    lens: { ...EMPTY_LENS, technologies: ['Go', 'Kubernetes'] },
    ...view
  }
}

describe('viewAfterLoad', () => {
  it('keeps selection, focus, collapsed nodes and the lens on a reload of the same file', () => {
    const before = loaded(A, ['platform', 'web'])
    const view = viewAfterLoad(
      shown(before, {
        selectedId: 'team:web',
        focusId: 'division:engineering',
        collapsed: new Set(['team:platform'])
      }),
      loaded(A, ['platform', 'web'])
    )

    expect(view).toEqual({
      selectedId: 'team:web',
      focusId: 'division:engineering',
      collapsed: new Set(['team:platform']),
      lens: { ...EMPTY_LENS, technologies: ['Go', 'Kubernetes'] },
      preview: undefined
    })
  })

  it('drops what the edit removed, and collapses the teams it added', () => {
    const before = loaded(A, ['platform', 'web'])
    const view = viewAfterLoad(
      shown(before, {
        selectedId: 'team:web',
        focusId: 'team:web',
        collapsed: new Set(['team:platform', 'team:web']),
        preview: 'Kubernetes'
      }),
      loaded(A, ['platform', 'data'], ['Go', 'Rust'])
    )

    expect(view.selectedId).toBeUndefined()
    expect(view.focusId).toBeUndefined()
    expect(view.collapsed).toEqual(new Set(['team:platform', 'team:data']))
    expect(view.lens.technologies).toEqual(['Go'])
    expect(view.preview).toBeUndefined()
  })

  it('starts fresh for another file: nothing selected, every team collapsed', () => {
    const before = loaded(A, ['platform'])
    const view = viewAfterLoad(
      shown(before, { selectedId: 'team:platform', focusId: 'team:platform' }),
      loaded(B, ['platform', 'web'])
    )

    expect(view.selectedId).toBeUndefined()
    expect(view.focusId).toBeUndefined()
    expect(view.collapsed).toEqual(new Set(['team:platform', 'team:web']))
    expect(view.lens.technologies).toEqual(['Go', 'Kubernetes'])
  })

  it('starts fresh when the file on screen had failed to load (no view to keep)', () => {
    const failed: CatalogResult = { ok: false, errors: [], source: A }
    const view = viewAfterLoad(shown(failed, { selectedId: 'team:web' }), loaded(A, ['web']))

    expect(view.selectedId).toBeUndefined()
    expect(view.collapsed).toEqual(new Set(['team:web']))
  })

  it('tells the bundled catalog apart from a file of the same path', () => {
    expect(sourceKey(loaded(A, ['web']))).not.toBe(
      sourceKey(loaded({ ...A, bundled: true }, ['web']))
    )
    expect(sourceKey(undefined)).toBe('')
  })
})
