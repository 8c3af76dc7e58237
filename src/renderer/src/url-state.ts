import type { Catalog } from '../../shared/catalog/catalog'
import type { Lens } from '../../shared/lens/lens'
import type { MainView } from '../../shared/persist/settings'
import { MAIN_VIEWS } from '../../shared/persist/setting-values'
import { findEntity } from '../../shared/tree/lookup'

/**
 * The parts of the view worth keeping across a reload, as a URL hash:
 * `#tech=Kubernetes,Go&mode=all&mentions=1&hiring=1&view=matrix&focus=team:cloud-reliability`.
 * A hash survives reload in the browser build and in the app's window alike; reading it back
 * drops whatever the current catalog does not know.
 */
export interface UrlState {
  lens: Lens
  view: MainView
  focusId?: string
}

export function writeUrlState(state: UrlState): string {
  const params = new URLSearchParams()
  if (state.lens.technologies.length) params.set('tech', state.lens.technologies.join(','))
  if (state.lens.mode === 'all') params.set('mode', 'all')
  if (state.lens.includeMentions) params.set('mentions', '1')
  if (state.lens.hiring) params.set('hiring', '1')
  if (state.view !== 'graph') params.set('view', state.view)
  if (state.focusId) params.set('focus', state.focusId)
  const text = params.toString()
  return text ? `#${text}` : ''
}

export function readUrlState(hash: string, catalog: Catalog): UrlState {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  const known = new Set(catalog.technologies.map((t) => t.name))
  const technologies = (params.get('tech') ?? '')
    .split(',')
    .filter((name, i, all) => known.has(name) && all.indexOf(name) === i)
  const focus = params.get('focus') ?? undefined
  return {
    lens: {
      technologies,
      mode: params.get('mode') === 'all' ? 'all' : 'any',
      includeMentions: params.get('mentions') === '1',
      hiring: params.get('hiring') === '1'
    },
    view: MAIN_VIEWS.find((view) => view === params.get('view')) ?? 'graph',
    focusId: focus && findEntity(catalog, focus) ? focus : undefined
  }
}
