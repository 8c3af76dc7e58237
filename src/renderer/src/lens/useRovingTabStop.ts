import { useCallback, useEffect, useState, type FocusEvent, type KeyboardEvent } from 'react'

const NEXT = new Set(['ArrowDown', 'ArrowRight'])
const PREVIOUS = new Set(['ArrowUp', 'ArrowLeft'])
/** Marks the control that holds the Tab stop. */
const STOP = 'data-tab-stop'

/**
 * Makes a long run of controls one Tab stop (a roving tabindex, as WAI-ARIA composite widgets
 * do): Tab enters at the control last used, arrow keys (and Home / End) move between them,
 * Space and Enter act as usual. Without it, every technology in the lens is a Tab stop: ~100 on
 * a 300-team catalog, between the toolbar and the chart.
 *
 * The tab stop lives on the DOM (an attribute and the tabindex, set after each render) rather
 * than in props, so moving through a list of memoized rows re-renders none of them. Returns
 * `attach`, a callback ref for the element that contains the controls, and its handlers;
 * `selector` picks the controls inside it.
 */
export function useRovingTabStop(selector: string) {
  const [container, setContainer] = useState<HTMLElement | null>(null)

  const items = useCallback(
    () => [...(container?.querySelectorAll<HTMLElement>(selector) ?? [])],
    [container, selector]
  )
  /** Gives the Tab stop to `stop`, or keeps it where it is (the first control at first). */
  const update = useCallback(
    (stop?: HTMLElement) => {
      const all = items()
      const holder = stop ?? all.find((item) => item.hasAttribute(STOP)) ?? all[0]
      for (const item of all) {
        item.tabIndex = item === holder ? 0 : -1
        item.toggleAttribute(STOP, item === holder)
      }
    },
    [items]
  )

  // After every render of the owner: rows may have come or gone (a filter, a new catalog).
  useEffect(() => update())

  const onFocus = (event: FocusEvent) => {
    const target = event.target as HTMLElement
    if (target.matches(selector) && !target.hasAttribute(STOP)) update(target)
  }
  const onKeyDown = (event: KeyboardEvent) => {
    const all = items()
    const index = all.indexOf(event.target as HTMLElement)
    if (index < 0) return
    const next = NEXT.has(event.key)
      ? Math.min(index + 1, all.length - 1)
      : PREVIOUS.has(event.key)
        ? Math.max(index - 1, 0)
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? all.length - 1
            : undefined
    if (next === undefined) return
    event.preventDefault()
    all[next].focus()
  }
  return { attach: setContainer, onFocus, onKeyDown }
}
