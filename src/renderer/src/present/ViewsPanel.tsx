import './views.css'
import { useReactFlow, useStoreApi } from '@xyflow/react'
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import type { Catalog } from '../../../shared/catalog/catalog'
import {
  MAX_SAVED_VIEWS,
  VIEW_CAPTION_MAX,
  VIEW_NAME_MAX,
  type SavedView
} from '../../../shared/persist/saved-views'
import { countLabel } from '../../../shared/text'
import { useAppStore, useCatalog } from '../store/store'
import { describeLens, focusName } from './describe-view'
import { applySavedView, captureView } from './saved-view-state'
import { VIEWS_BUTTON_ID } from './views-button-id'

type RowAction = 'show' | 'rename' | 'up' | 'down' | 'delete'

/**
 * Saved views: save what is on screen (technologies, focus, open teams, camera) as a named step
 * with an optional caption; rename, reorder (buttons, or Alt+↑/↓ on a row), delete; play them
 * as the presentation. A non-modal dialog: the chart stays usable behind it, so a presenter can
 * set up a view and save it without closing the panel.
 */
export function ViewsPanel() {
  const catalog = useCatalog()
  const views = useAppStore((s) => s.savedViews)
  const location = useAppStore((s) => s.savedViewsLocation)
  const path = useAppStore((s) => s.savedViewsPath)
  const { getViewport } = useReactFlow()
  const store = useStoreApi()
  const titleId = useId()
  const nameRef = useRef<HTMLInputElement>(null)
  const listRef = useRef<HTMLOListElement>(null)
  const [name, setName] = useState('')
  const [caption, setCaption] = useState('')
  const [editing, setEditing] = useState<string>()
  const [announcement, setAnnouncement] = useState('')
  /** Where focus goes once the list has re-rendered after a move, rename or delete. */
  const focusNext = useRef<{ id?: string; action?: RowAction } | undefined>(undefined)

  const close = () => {
    useAppStore.getState().setViewsPanelOpen(false)
    document.getElementById(VIEWS_BUTTON_ID)?.focus()
  }

  useEffect(() => nameRef.current?.focus(), [])

  useEffect(() => {
    const target = focusNext.current
    if (!target) return
    focusNext.current = undefined
    if (!target.id) {
      nameRef.current?.focus()
      return
    }
    const row = listRef.current?.querySelector<HTMLElement>(
      `[data-view-id="${CSS.escape(target.id)}"]`
    )
    const wanted = row?.querySelector<HTMLButtonElement>(`[data-action="${target.action}"]`)
    // A move button that just became disabled (top or bottom reached): its partner instead.
    const partner = row?.querySelector<HTMLButtonElement>(
      `[data-action="${target.action === 'up' ? 'down' : 'up'}"]`
    )
    const show = row?.querySelector<HTMLButtonElement>('[data-action="show"]')
    const enabled = [
      wanted,
      target.action === 'up' || target.action === 'down' ? partner : null,
      show
    ]
    enabled.find((button) => button && !button.disabled)?.focus()
  }, [views, editing])

  const defaultName = `View ${views.length + 1}`
  const full = views.length >= MAX_SAVED_VIEWS

  const save = (event: FormEvent) => {
    event.preventDefault()
    if (full) return
    const view = captureView(catalog, name.trim() || defaultName, caption, views, {
      getViewport,
      store
    })
    useAppStore.getState().addSavedView(view)
    setName('')
    setCaption('')
    setAnnouncement(`Saved “${view.name}” as view ${views.length + 1}.`)
  }

  const move = (view: SavedView, delta: number, action: RowAction) => {
    const index = views.findIndex((v) => v.id === view.id)
    const to = index + delta
    if (to < 0 || to >= views.length) return
    useAppStore.getState().moveSavedView(view.id, delta)
    focusNext.current = { id: view.id, action }
    setAnnouncement(`Moved “${view.name}” to position ${to + 1} of ${views.length}.`)
  }

  const remove = (view: SavedView) => {
    const index = views.findIndex((v) => v.id === view.id)
    const neighbour = views[index + 1] ?? views[index - 1]
    useAppStore.getState().removeSavedView(view.id)
    focusNext.current = { id: neighbour?.id, action: 'delete' }
    setAnnouncement(`Deleted “${view.name}”.`)
  }

  const play = () => {
    useAppStore.getState().setPlayingSavedViews(true)
    useAppStore.getState().setViewsPanelOpen(false)
    useAppStore.getState().setPresenting(true)
  }

  const onRowKeyDown = (event: KeyboardEvent<HTMLLIElement>, view: SavedView) => {
    if (!event.altKey || editing) return
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return
    event.preventDefault()
    const up = event.key === 'ArrowUp'
    // Focus stays on the control that had it, in the row's new place.
    const focused = (document.activeElement as HTMLElement | null)?.dataset.action as
      RowAction | undefined
    move(view, up ? -1 : 1, focused ?? (up ? 'up' : 'down'))
  }

  return (
    <section
      className="views-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !editing) {
          event.stopPropagation()
          close()
        }
      }}
    >
      <header className="views-panel__header">
        <h2 id={titleId}>Saved views</h2>
        <button
          type="button"
          className="views-panel__close"
          onClick={close}
          aria-label="Close saved views"
          title="Close (Esc)"
        >
          ×
        </button>
      </header>

      <form className="views-panel__form" onSubmit={save}>
        <label>
          <span>Name</span>
          <input
            ref={nameRef}
            className="field"
            value={name}
            maxLength={VIEW_NAME_MAX}
            placeholder={defaultName}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <label>
          <span>Caption (optional)</span>
          <textarea
            className="field"
            value={caption}
            rows={2}
            maxLength={VIEW_CAPTION_MAX}
            placeholder="What to say at this step"
            onChange={(event) => setCaption(event.target.value)}
          />
        </label>
        <p className="views-panel__hint">
          Saves the highlighted technologies, the focused branch, the open teams and the camera.
        </p>
        <button type="submit" className="views-panel__primary" disabled={full}>
          Save current view
        </button>
      </form>

      {views.length === 0 ? (
        <p className="views-panel__empty">No saved views yet for this catalog.</p>
      ) : (
        <ol ref={listRef} className="views-list" aria-label="Saved views">
          {views.map((view, index) => (
            <li
              key={view.id}
              className="views-list__item"
              data-view-id={view.id}
              onKeyDown={(event) => onRowKeyDown(event, view)}
            >
              {editing === view.id ? (
                <RenameForm
                  view={view}
                  onDone={(name) => {
                    if (name !== undefined && name.trim() && name.trim() !== view.name) {
                      useAppStore.getState().renameSavedView(view.id, name)
                      setAnnouncement(`Renamed to “${name.trim()}”.`)
                    }
                    focusNext.current = { id: view.id, action: 'rename' }
                    setEditing(undefined)
                  }}
                />
              ) : (
                <>
                  <span className="views-list__number" aria-hidden="true">
                    {index + 1}
                  </span>
                  <div className="views-list__text">
                    <span className="views-list__name">{view.name}</span>
                    {view.caption && <span className="views-list__caption">{view.caption}</span>}
                    <span className="views-list__summary">{summary(view, catalog)}</span>
                  </div>
                  <div className="views-list__actions" role="group" aria-label={view.name}>
                    <button
                      type="button"
                      data-action="show"
                      onClick={() => applySavedView(view, catalog)}
                      aria-label={`Show ${view.name}`}
                    >
                      Show
                    </button>
                    <button
                      type="button"
                      data-action="rename"
                      onClick={() => setEditing(view.id)}
                      aria-label={`Rename ${view.name}`}
                    >
                      Rename
                    </button>
                    <MoveButton
                      direction="up"
                      name={view.name}
                      disabled={index === 0}
                      onMove={() => move(view, -1, 'up')}
                    />
                    <MoveButton
                      direction="down"
                      name={view.name}
                      disabled={index === views.length - 1}
                      onMove={() => move(view, 1, 'down')}
                    />
                    <button
                      type="button"
                      data-action="delete"
                      className="views-list__delete"
                      onClick={() => remove(view)}
                      aria-label={`Delete ${view.name}`}
                    >
                      Delete
                    </button>
                  </div>
                </>
              )}
            </li>
          ))}
        </ol>
      )}

      <footer className="views-panel__footer">
        <button
          type="button"
          className="views-panel__primary"
          onClick={play}
          disabled={views.length === 0}
        >
          ▶ Play saved views
        </button>
        <p className="views-panel__where">{whereStored(location, path)}</p>
      </footer>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </section>
  )
}

const MOVES = {
  up: { key: 'ArrowUp', arrow: '↑' },
  down: { key: 'ArrowDown', arrow: '↓' }
} as const

/** Moves a saved view one place up or down the list (Alt+↑/↓ on its row does the same). */
function MoveButton({
  direction,
  name,
  disabled,
  onMove
}: {
  direction: keyof typeof MOVES
  name: string
  disabled: boolean
  onMove(): void
}) {
  const { key, arrow } = MOVES[direction]
  return (
    <button
      type="button"
      data-action={direction}
      disabled={disabled}
      onClick={onMove}
      aria-label={`Move ${name} ${direction}`}
      aria-keyshortcuts={`Alt+${key}`}
      title={`Move ${direction} (Alt+${arrow})`}
    >
      {arrow}
    </button>
  )
}

function RenameForm({
  view,
  onDone
}: {
  view: SavedView
  onDone: (name: string | undefined) => void
}) {
  const [value, setValue] = useState(view.name)
  const inputRef = useRef<HTMLInputElement>(null)
  useEffect(() => {
    inputRef.current?.focus()
    inputRef.current?.select()
  }, [])
  return (
    <form
      className="views-list__rename"
      onSubmit={(event) => {
        event.preventDefault()
        onDone(value)
      }}
    >
      <input
        ref={inputRef}
        className="field"
        value={value}
        maxLength={VIEW_NAME_MAX}
        aria-label={`New name for ${view.name}`}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            // Cancels the rename only, not the whole panel.
            event.stopPropagation()
            onDone(undefined)
          }
        }}
      />
      <button type="submit">Save</button>
      <button type="button" onClick={() => onDone(undefined)}>
        Cancel
      </button>
    </form>
  )
}

function summary(view: SavedView, catalog: Catalog): string {
  const parts = [
    describeLens(view.lens) || 'No highlight',
    focusName(catalog, view.focusId) && `focus: ${focusName(catalog, view.focusId)}`,
    view.expanded.length > 0 && `${countLabel(view.expanded.length, 'team')} open`,
    view.camera ? 'saved camera' : 'fits the chart'
  ]
  return parts.filter(Boolean).join(' · ')
}

function whereStored(location: string | undefined, path: string | undefined): string {
  const file = path?.split(/[\\/]/).pop()
  switch (location) {
    case 'sidecar':
      return `Stored beside the catalog, in ${file}: it travels with the catalog file.`
    case 'app-data':
      return `Stored in OrgScope’s data folder (${file}).`
    case 'browser':
      return 'Stored in this browser.'
    default:
      return ''
  }
}
