import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { useApi } from '../api/api'
import { useAppStore } from '../store/store'
import { VIEWS_BUTTON_ID } from '../present/views-button-id'
import { printChart } from '../print/print-chart'
import { resetView } from '../settings/remembered-state'

/**
 * Toolbar entries for presenters: the saved views panel, and a "More" menu with Print / PDF
 * and Reset view (in the app they are also in the File and View menus).
 */
export function ToolbarExtras({ disabled }: { disabled: boolean }) {
  const open = useAppStore((s) => s.viewsPanelOpen)
  return (
    <>
      <button
        id={VIEWS_BUTTON_ID}
        type="button"
        aria-expanded={open}
        aria-haspopup="dialog"
        onClick={() => useAppStore.getState().setViewsPanelOpen(!open)}
        disabled={disabled}
        title="Save views as presentation steps, reorder them, play them"
      >
        Views
      </button>
      <MoreMenu disabled={disabled} />
    </>
  )
}

/** A menu button (WAI-ARIA menu pattern): arrows move, Enter activates, Esc closes. */
function MoreMenu({ disabled }: { disabled: boolean }) {
  const api = useApi()
  const [open, setOpen] = useState(false)
  const menuId = useId()
  const buttonRef = useRef<HTMLButtonElement>(null)
  const menuRef = useRef<HTMLUListElement>(null)

  const items = [
    {
      label: 'Print / PDF…',
      shortcut: 'Ctrl+P',
      run: () => void printChart(api)
    },
    { label: 'Reset view', shortcut: undefined, run: resetView }
  ]

  useEffect(() => {
    if (!open) return
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus()
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) {
        setOpen(false)
      }
    }
    document.addEventListener('pointerdown', onPointer)
    return () => document.removeEventListener('pointerdown', onPointer)
  }, [open])

  const close = (returnFocus: boolean) => {
    setOpen(false)
    if (returnFocus) buttonRef.current?.focus()
  }

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const entries = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])]
    const index = entries.indexOf(document.activeElement as HTMLElement)
    const focusAt = (i: number) => entries[(i + entries.length) % entries.length]?.focus()
    if (event.key === 'ArrowDown') focusAt(index + 1)
    else if (event.key === 'ArrowUp') focusAt(index - 1)
    else if (event.key === 'Home') focusAt(0)
    else if (event.key === 'End') focusAt(entries.length - 1)
    else if (event.key === 'Escape') close(true)
    else if (event.key === 'Tab') close(false)
    else return
    if (event.key !== 'Tab') event.preventDefault()
  }

  return (
    <span className="toolbar__more">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label="More actions"
        title="More: print, reset view"
        disabled={disabled}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault()
            setOpen(true)
          }
        }}
      >
        ⋯
      </button>
      {open && (
        <ul
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label="More actions"
          className="toolbar__menu"
          onKeyDown={onMenuKeyDown}
        >
          {items.map((item) => (
            <li key={item.label} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => {
                  close(true)
                  item.run()
                }}
                aria-keyshortcuts={item.shortcut === 'Ctrl+P' ? 'Control+P Meta+P' : undefined}
              >
                <span>{item.label}</span>
                {item.shortcut && <kbd>{item.shortcut}</kbd>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </span>
  )
}
