import { useEffect, type KeyboardEvent, type RefObject } from 'react'
import { useReturnFocus } from './useReturnFocus'

/**
 * A modal dialog's focus, as WAI-ARIA's dialog pattern asks: moved in when it opens (to its
 * first control, or to the dialog itself when `start` is 'dialog'), kept in while it is open
 * (Tab and Shift+Tab wrap; focus that lands outside, as on the page's body when a focused control
 * goes away, is sent back in), and given back to what had it when the dialog closes.
 *
 * Returns the dialog's Tab handler: call it from the dialog's onKeyDown.
 */
export function useModalFocus(
  dialog: RefObject<HTMLElement | null>,
  start: 'first-control' | 'dialog' = 'first-control'
): (event: KeyboardEvent) => void {
  const returnFocus = useReturnFocus()
  useEffect(() => {
    const root = dialog.current
    if (start === 'dialog') root?.focus()
    else root?.querySelector<HTMLElement>('input, select, button')?.focus()
    const keepInside = (event: FocusEvent) => {
      const current = dialog.current
      if (current && event.target instanceof Node && !current.contains(event.target)) {
        focusable(current)[0]?.focus()
      }
    }
    document.addEventListener('focusin', keepInside)
    return () => {
      document.removeEventListener('focusin', keepInside)
      returnFocus.restore()
    }
  }, [dialog, start, returnFocus])

  return (event: KeyboardEvent) => {
    if (event.key === 'Tab') wrapTab(event, dialog.current)
  }
}

/** The dialog's controls that can take focus now, in tab order. */
function focusable(root: HTMLElement): HTMLElement[] {
  return [
    ...root.querySelectorAll<HTMLElement>('input, select, button, a[href], [tabindex="0"]')
  ].filter(
    // Of a radio group, only the checked radio is a tab stop.
    (el) => !el.matches(':disabled, input[type="radio"]:not(:checked)')
  )
}

/** Tab from the last control goes to the first, Shift+Tab from the first to the last. */
function wrapTab(event: KeyboardEvent, root: HTMLElement | null): void {
  if (!root) return
  const controls = focusable(root)
  if (controls.length === 0) return
  const first = controls[0]
  const last = controls[controls.length - 1]
  const active = document.activeElement
  if (event.shiftKey && (active === first || active === root)) {
    event.preventDefault()
    last.focus()
  } else if (!event.shiftKey && active === last) {
    event.preventDefault()
    first.focus()
  }
}
