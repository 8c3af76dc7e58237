import { useReactFlow, useStoreApi } from '@xyflow/react'
import { useCallback, useEffect, useEffectEvent, useMemo, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import {
  lensTeamCount,
  rankByLensCount,
  technologyIndex,
  type TechnologyUsage
} from '../../../shared/lens/technology-index'
import { textColorOn } from '../../../shared/theme/palette'
import { changeTourSteps } from '../../../shared/diff/change-tour'
import { tourSteps, type TourStep } from '../../../shared/tour/tour'
import { afterPendingFit } from '../graph/after-pending-fit'
import { useLensView } from '../store/derived-lens'
import { useAppStore, useCatalog } from '../store/store'
import { teamOfProject } from '../store/view-slice'
import { sourceKey } from '../store/view-after-load'
import { applySavedView } from './saved-view-state'
import { useReturnFocus } from '../focus/useReturnFocus'
import { CHART_FIT } from '../graph/chart-fit'

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter', 'n'])
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p'])
/** B (and "." — what most remote clickers send for their blank button) blanks the screen. */
const BLANK_KEYS = new Set(['b', 'B', '.'])
/** Where keys are typed or chosen: they belong to the field, not to the tour. */
const EDITABLE = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])'
/** Search, export, saved views… (a native <dialog> too, should one appear). */
const DIALOG = '[role="dialog"], [role="alertdialog"], [aria-modal="true"], dialog[open]'

/** The last presentation's way out of full screen, while it is under way. */
let leavingFullscreen: Promise<void> | undefined

/**
 * Presentation mode: full screen, no chrome, a guided tour of the org. Arrow keys and
 * PageUp/PageDown (remote clickers) step Company → each division → each of its teams, the
 * camera following; 1–9 toggle the most shared technologies; B blanks the screen; Esc leaves.
 * When the presenter chose "Play saved views", the steps are their saved views instead, each
 * applied whole (technologies, focus, open teams, camera), captioned with its name and caption.
 *
 * A dialog opened meanwhile (Ctrl+F to find a team someone asks about, Ctrl+E) has the keys
 * while it is open; the tour waits. Leaving puts back the view from before: the store puts back
 * the lens, focus and open teams, this puts back the camera.
 */
export function Presentation() {
  const catalog = useCatalog()
  // Leaving gives focus back to what had it (the Present button, or the control F5 was pressed
  // on), as closing a dialog does: the keyboard user goes on where they were.
  const returnFocus = useReturnFocus()
  useEffect(
    () => () => {
      returnFocus.restore()
    },
    [returnFocus]
  )
  const playing = useAppStore((s) => s.playingSavedViews)
  const savedViews = useAppStore((s) => s.savedViews)
  const saved = playing && savedViews.length > 0
  const comparison = useAppStore((s) => s.comparison)
  const steps = useMemo(
    (): Pick<TourStep, 'id' | 'title' | 'caption' | 'context' | 'roles'>[] =>
      saved
        ? savedViews.map((view, i) => ({
            id: view.id,
            title: view.name,
            caption: view.caption ?? '',
            context: `Saved view ${i + 1} of ${savedViews.length}`
          }))
        : comparison
          ? // Comparing two versions: the tour steps through what changed.
            changeTourSteps(comparison.diff, comparison.label)
          : tourSteps(catalog),
    [saved, savedViews, catalog, comparison]
  )
  const stepIds = useMemo(() => steps.map((step) => step.id), [steps])
  /** Shows step `index`: a saved view, or a stop of the default tour. */
  const go = useCallback(
    (index: number) => {
      if (saved) applySavedView(savedViews[index], catalog, index)
      else {
        useAppStore
          .getState()
          .goToStop(index, stepIds, { hiring: steps[index]?.roles !== undefined })
      }
    },
    [saved, savedViews, catalog, stepIds, steps]
  )
  // The first step once, on entering: not again when the steps are rebuilt mid-presentation.
  // (Full screen and window resizes frame the step again by themselves: pane-framing.ts.)
  const start = useEffectEvent(() => go(0))
  const includeMentions = useAppStore((s) => s.lens.includeMentions)
  const shared = useMemo(
    () => numberKeyTechnologies(technologyIndex(catalog), includeMentions),
    [catalog, includeMentions]
  )
  const { tourIndex, blanked } = useAppStore(
    useShallow((s) => ({ tourIndex: s.tourIndex, blanked: s.blanked }))
  )
  const { colorOf } = useLensView()

  useCameraBack()

  useEffect(() => {
    const { setPresenting } = useAppStore.getState()
    start()
    const keyboard = keyboardLock()
    let live = true
    // Full screen through the Fullscreen API: the same in the browser and in the app's window.
    // Escape locked (Chromium's Keyboard Lock) so that it reaches the page: the first Esc closes
    // a dialog opened during the talk instead of leaving full screen under it. Holding Esc still
    // leaves full screen, as the browser tells the presenter.
    // After the last presentation's full screen has ended (F5 right after Esc): asked for while
    // that exit is under way, Chromium may grant it at once, and the exit then ends this one.
    void Promise.resolve(leavingFullscreen)
      .then(() => (live ? document.documentElement.requestFullscreen?.() : undefined))
      .then(() => {
        if (live) return keyboard?.lock(['Escape'])
        // Left before full screen came (Esc right after F5): do not stay in it.
        if (!useAppStore.getState().presenting && document.fullscreenElement) {
          return document.exitFullscreen()
        }
      })
      .catch(() => undefined)
    let entered = false
    const onFullscreenChange = () => {
      if (document.fullscreenElement) entered = true
      // Full screen left some other way (held Esc, the window manager): leave presenting with
      // it. Not when the last presentation's full screen ends after this one began (F5 right
      // after Esc): that change is not this presentation's.
      else if (entered) setPresenting(false)
    }
    document.addEventListener('fullscreenchange', onFullscreenChange)
    return () => {
      live = false
      document.removeEventListener('fullscreenchange', onFullscreenChange)
      keyboard?.unlock()
      if (document.fullscreenElement) {
        const leaving = document.exitFullscreen().catch(() => undefined)
        leavingFullscreen = leaving
        void leaving.then(() => {
          if (leavingFullscreen === leaving) leavingFullscreen = undefined
        })
      }
    }
  }, [])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const state = useAppStore.getState()
      if (event.ctrlKey || event.metaKey || event.altKey) return
      if (keysBelongElsewhere(event)) return
      if (event.key === 'Escape') state.setPresenting(false)
      else if (BLANK_KEYS.has(event.key)) state.setBlanked(!state.blanked)
      else if (state.blanked) state.setBlanked(false)
      else if (NEXT_KEYS.has(event.key)) go(Math.min(state.tourIndex + 1, stepIds.length - 1))
      else if (PREVIOUS_KEYS.has(event.key)) go(Math.max(state.tourIndex - 1, 0))
      else if (event.key === 'Home') go(0)
      else if (event.key === 'End') go(stepIds.length - 1)
      else if (/^[1-9]$/.test(event.key)) {
        const usage = shared[Number(event.key) - 1]
        if (!usage) return
        state.toggleTechnology(usage.name)
      } else return
      event.preventDefault()
      // Keep these keys from also moving focus or scrolling underneath.
      event.stopPropagation()
    }
    // Capture phase: the tour owns the keyboard while presenting (a dialog aside).
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [go, stepIds, shared])

  // Search during the talk (someone asks about a team): going to a team, division or project
  // goes to that stop of the tour, so the caption tells about what is on screen.
  useEffect(
    () =>
      useAppStore.subscribe((state, previous) => {
        const request = state.zoomRequest
        if (saved || !request || request === previous.zoomRequest) return
        const index = stepIds.indexOf(teamOfProject(request.id) ?? request.id)
        if (index < 0) return
        go(index)
        // A project: its team's stop, with the project outlined.
        if (stepIds[index] !== request.id) useAppStore.getState().select(request.id)
      }),
    [saved, stepIds, go]
  )

  const step = steps[tourIndex] ?? steps[0]
  return (
    <>
      <div className="caption" role="region" aria-label="Presentation" aria-live="polite">
        <div className="caption__context">
          {step.context} · {tourIndex + 1}/{steps.length}
        </div>
        <h2 className="caption__title">{step.title}</h2>
        {step.roles ? (
          // The open roles themselves, one a line, rather than a sentence that runs on.
          <ul className="caption__roles" aria-label="Open roles">
            {step.roles.map((entry, i) => (
              <li key={i}>
                <strong>{entry.role.title}</strong> · {entry.team.name}
                {entry.role.location && ` · ${entry.role.location}`}
                {entry.role.technologies.length > 0 && (
                  <span className="caption__role-tech">
                    {' '}
                    — {entry.role.technologies.join(', ')}
                  </span>
                )}
              </li>
            ))}
          </ul>
        ) : (
          step.caption && <p className="caption__text">{step.caption}</p>
        )}
        <ol className="caption__keys" aria-label="Technologies on number keys">
          {shared.map((usage, i) => {
            const color = colorOf(usage.name)
            return (
              <li
                key={usage.name}
                className={color ? 'is-on' : undefined}
                style={color ? { background: color, color: textColorOn(color) } : undefined}
              >
                <kbd>{i + 1}</kbd> {usage.name}
              </li>
            )
          })}
        </ol>
      </div>
      {blanked && <div className="blank" data-testid="blank-screen" aria-label="Screen blanked" />}
    </>
  )
}

/**
 * The technologies on the number keys: the nine used by the most teams, counted as the lens
 * counts them (the stated stack, plus mentions when "Include mentioned" is on) and in the lens
 * panel's order, so that each key highlights at least one team.
 */
function numberKeyTechnologies(
  index: readonly TechnologyUsage[],
  includeMentions: boolean
): TechnologyUsage[] {
  return rankByLensCount(index, includeMentions)
    .filter((usage) => lensTeamCount(usage, includeMentions) > 0)
    .slice(0, 9)
}

/** Whether a key belongs to a dialog open over the presentation or to a field with focus. */
function keysBelongElsewhere(event: KeyboardEvent): boolean {
  const target = event.target
  if (target instanceof HTMLElement && (target.isContentEditable || target.closest(EDITABLE)))
    return true
  return [...document.querySelectorAll(DIALOG)].some((dialog) => dialog.checkVisibility())
}

/**
 * Puts the camera back where it was before presenting, once the presentation ends: at once, and
 * again after the chart's own fit if the view put back (a focused branch) makes it fit itself.
 * Not if the chart was not on screen (the matrix), or another file was opened meanwhile.
 */
function useCameraBack(): void {
  const { getViewport, setViewport, fitView } = useReactFlow()
  const store = useStoreApi()
  const [before] = useState(() => {
    const { view, result } = useAppStore.getState()
    return { camera: view === 'graph' ? getViewport() : undefined, source: sourceKey(result) }
  })
  useEffect(
    () => () => {
      const { camera, source } = before
      const shown = () => {
        const { presenting, view, result } = useAppStore.getState()
        return !presenting && view === 'graph' && sourceKey(result) === source
      }
      if (!camera || !shown()) return
      void setViewport(camera)
      void afterPendingFit(store, fitView, CHART_FIT).then(() => {
        if (shown()) void setViewport(camera)
      })
    },
    [before, store, setViewport, fitView]
  )
}

/** Chromium's Keyboard Lock API (the app and the browser build): not in TypeScript's DOM types. */
interface KeyboardLock {
  lock(keys: string[]): Promise<void>
  unlock(): void
}

function keyboardLock(): KeyboardLock | undefined {
  return (navigator as Navigator & { keyboard?: KeyboardLock }).keyboard
}
