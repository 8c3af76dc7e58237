import { useCallback, useEffect, useEffectEvent, useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { Catalog } from '../../../shared/catalog/catalog'
import { technologyIndex } from '../../../shared/lens/technology-index'
import { selectionColor, textColorOn } from '../../../shared/theme/palette'
import { tourSteps } from '../../../shared/tour/tour'
import { useViewStore } from '../store'
import { applySavedView } from './saved-view-state'
import { useSavedViews } from './views-store'

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter', 'n'])
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p'])
/** B (and "." — what most remote clickers send for their blank button) blanks the screen. */
const BLANK_KEYS = new Set(['b', 'B', '.'])

/**
 * Presentation mode: full screen, no chrome, a guided tour of the org. Arrow keys and
 * PageUp/PageDown (remote clickers) step Company → each division → each of its teams, the
 * camera following; 1–9 toggle the most shared technologies; B blanks the screen; Esc leaves.
 * When the presenter chose "Play saved views", the steps are their saved views instead, each
 * applied whole (technologies, focus, open teams, camera), captioned with its name and caption.
 */
export function Presentation({ catalog }: { catalog: Catalog }) {
  const playing = useSavedViews((s) => s.playing)
  const savedViews = useSavedViews((s) => s.views)
  const saved = playing && savedViews.length > 0
  const steps = useMemo(
    () =>
      saved
        ? savedViews.map((view, i) => ({
            id: view.id,
            title: view.name,
            caption: view.caption ?? '',
            context: `Saved view ${i + 1} of ${savedViews.length}`
          }))
        : tourSteps(catalog),
    [saved, savedViews, catalog]
  )
  const stepIds = useMemo(() => steps.map((step) => step.id), [steps])
  /** Shows step `index`: a saved view, or a stop of the default tour. */
  const go = useCallback(
    (index: number) => {
      if (saved) applySavedView(savedViews[index], catalog, index)
      else useViewStore.getState().goToStop(index, stepIds)
    },
    [saved, savedViews, catalog, stepIds]
  )
  // The first step once, on entering: not again when the steps are rebuilt mid-presentation.
  const start = useEffectEvent(() => go(0))
  // Entering full screen resizes the chart: frame the step on screen again, for the new size.
  const reframe = useEffectEvent(() => go(useViewStore.getState().tourIndex))
  const shared = useMemo(
    () =>
      technologyIndex(catalog)
        .filter((usage) => usage.teams.length > 0)
        .slice(0, 9),
    [catalog]
  )
  const { tourIndex, blanked, technologies } = useViewStore(
    useShallow((s) => ({
      tourIndex: s.tourIndex,
      blanked: s.blanked,
      technologies: s.lens.technologies
    }))
  )

  useEffect(() => {
    const { setPresenting } = useViewStore.getState()
    start()
    // Full screen through the Fullscreen API: the same in the browser and in the app's window.
    void document.documentElement.requestFullscreen?.().catch(() => undefined)
    const onFullscreenChange = () => {
      // Esc in full screen is taken by the browser to leave it: leave presenting with it.
      if (!document.fullscreenElement) setPresenting(false)
      else reframe()
    }
    document.addEventListener('fullscreenchange', onFullscreenChange)
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreenChange)
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined)
    }
  }, [])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const state = useViewStore.getState()
      if (event.ctrlKey || event.metaKey || event.altKey) return
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
    // Capture phase: the tour owns the keyboard while presenting.
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [go, stepIds, shared])

  const step = steps[tourIndex] ?? steps[0]
  return (
    <>
      <div className="caption" role="region" aria-label="Presentation" aria-live="polite">
        <div className="caption__context">
          {step.context} · {tourIndex + 1}/{steps.length}
        </div>
        <h2 className="caption__title">{step.title}</h2>
        {step.caption && <p className="caption__text">{step.caption}</p>}
        <ol className="caption__keys" aria-label="Technologies on number keys">
          {shared.map((usage, i) => {
            const selected = technologies.indexOf(usage.name)
            const color = selected >= 0 ? selectionColor(selected) : undefined
            return (
              <li
                key={usage.name}
                className={selected >= 0 ? 'is-on' : undefined}
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
