import type { StateCreator } from 'zustand'
import type { CatalogResult } from '../../../shared/ipc/contract'
import { teamNodeIds } from '../../../shared/tree/org-tree'
import type { LensSlice } from './lens-slice'
import type { SavedViewsSlice } from './saved-views-slice'
import { sourceKey, viewAfterLoad } from './view-after-load'
import type { ViewSlice } from './view-slice'

/** A flow rectangle the camera framed, with the padding and the pane size it was framed for. */
export interface PaneFraming {
  rect: { x: number; y: number; width: number; height: number }
  padding: number
  width: number
  height: number
}

/** What a presentation changes as it goes, kept to be put back; `result` is the catalog then. */
type ViewBeforePresenting = Pick<
  ViewSlice & LensSlice,
  | 'result'
  | 'lens'
  | 'hideNonMatches'
  | 'connect'
  | 'focusId'
  | 'collapsed'
  | 'selectedId'
  | 'view'
  | 'layoutKind'
>

/** Presentation mode: full screen, no chrome, a guided tour. */
export interface PresentationSlice {
  presenting: boolean
  /** The tour stop on screen while presenting. */
  tourIndex: number
  /** Screen blanked (B), as presenters do to pull the room's attention back. */
  blanked: boolean
  /** The view as it was before presenting: put back on leaving (see `setPresenting`). */
  beforePresenting?: ViewBeforePresenting
  /**
   * The technologies selected when the tour reached the stop that lists the open roles: set
   * aside there, so that the chart lights every hiring team the stop counts, and selected again
   * at the next stop.
   */
  hiringSetAside?: string[]
  /**
   * What the camera last framed on request (a tour stop, a saved view's camera), for the pane
   * size it was framed for: framed again when the pane changes size while presenting.
   */
  framed?: PaneFraming

  /**
   * Start or leave presenting. Leaving puts back the view the presentation changed (lens, focus,
   * open teams, selection, layout, main view), as a slideshow returns to its editor, and ends
   * playing the saved views (the next presentation starts with the default tour unless the
   * presenter chooses them again); the presentation puts the camera back itself
   * (Presentation.tsx).
   */
  setPresenting(presenting: boolean): void
  /** Show tour stop `index` (of `stepIds`): expand the team it is, collapse the others. */
  /**
   * `hiring`: the stop lists the open roles, so the chart lights the hiring teams (the lens's
   * "Hiring now"), and stops after it do not; leaving puts the lens back as it was.
   */
  goToStop(index: number, stepIds: readonly string[], options?: { hiring?: boolean }): void
  setBlanked(blanked: boolean): void
  setFramed(framed: PaneFraming | undefined): void
}

type Needs = ViewSlice & LensSlice & SavedViewsSlice & PresentationSlice

export const createPresentationSlice: StateCreator<Needs, [], [], PresentationSlice> = (
  set,
  get
) => ({
  presenting: false,
  tourIndex: 0,
  blanked: false,

  setPresenting: (presenting) => {
    const state = get()
    if (presenting === state.presenting) return
    const common = {
      presenting,
      blanked: false,
      searchOpen: false,
      framed: undefined,
      hiringSetAside: undefined
    }
    if (presenting) {
      const beforePresenting: ViewBeforePresenting = {
        result: state.result,
        lens: state.lens,
        hideNonMatches: state.hideNonMatches,
        connect: state.connect,
        focusId: state.focusId,
        collapsed: state.collapsed,
        selectedId: state.selectedId,
        view: state.view,
        layoutKind: state.layoutKind
      }
      set({ ...common, selectedId: undefined, beforePresenting })
    } else {
      set({
        ...common,
        selectedId: undefined,
        beforePresenting: undefined,
        playingSavedViews: false,
        ...viewAfterPresenting(state.beforePresenting, state.result)
      })
    }
  },
  goToStop: (index, stepIds, options) => {
    const { result, fitRequest, lens, beforePresenting, hiringSetAside } = get()
    const id = stepIds[index]
    if (!id || !result?.ok) return
    const hiringStop = options?.hiring === true
    const hiring = hiringStop || beforePresenting?.lens.hiring === true
    // At the open roles' stop every hiring team is lit, whatever technologies were selected
    // (the lens would light only those that use them): they are set aside, and back after it.
    let technologies = lens.technologies
    let setAside = hiringSetAside
    if (hiringStop && technologies.length > 0) {
      setAside = technologies
      technologies = []
    } else if (!hiringStop && setAside) {
      technologies = setAside
      setAside = undefined
    }
    // A new lens object only when it changes: each one re-derives what the chart lights.
    const lensChange =
      (lens.hiring === true) === hiring && technologies === lens.technologies
        ? {}
        : { lens: { ...lens, hiring, technologies } }
    // One team open at a time: the one being presented, with its projects.
    const collapsed = new Set(teamNodeIds(result.catalog))
    collapsed.delete(id)
    set({
      tourIndex: index,
      // The stop is outlined as the selection (the details panel is hidden while presenting).
      selectedId: id,
      collapsed,
      focusId: undefined,
      view: 'graph',
      fitRequest: { ids: [id === 'company' ? '*' : id], n: (fitRequest?.n ?? 0) + 1 },
      hiringSetAside: setAside,
      ...lensChange
    })
  },
  setBlanked: (blanked) => set({ blanked }),
  setFramed: (framed) => set({ framed })
})

/**
 * The view to put back on leaving a presentation: the one from before it, as far as the catalog
 * on screen still has it. Edited while presenting (live reload), what the edit removed is left
 * out, as after any reload; another file opened meanwhile started fresh, and stays so.
 */
function viewAfterPresenting(
  before: ViewBeforePresenting | undefined,
  result: CatalogResult | undefined
): Partial<ViewSlice & LensSlice> {
  if (!before || !result?.ok) return {}
  const { result: then, ...view } = before
  if (then === result) return view
  if (sourceKey(then) !== sourceKey(result)) return {}
  return { ...view, ...viewAfterLoad({ ...view, result: then }, result) }
}
