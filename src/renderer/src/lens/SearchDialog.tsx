import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { searchTechnologies } from '../../../shared/lens/resolve-technology'
import { nodeId } from '../../../shared/tree/org-tree'
import { useAppStore, useCatalog } from '../store/store'
import { useReturnFocus } from '../focus/useReturnFocus'

interface Hit {
  key: string
  kind: 'team' | 'project' | 'division' | 'technology'
  label: string
  detail: string
  run(): void
}

const MAX_HITS = 12

/** Ctrl/Cmd+F: find a team, project or technology; Enter zooms to it (or selects the technology). */
export function SearchDialog() {
  const catalog = useCatalog()
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const input = useRef<HTMLInputElement>(null)
  const { reveal, toggle, setSearchOpen } = useAppStore(
    useShallow((s) => ({
      reveal: s.reveal,
      toggle: s.toggleTechnology,
      setSearchOpen: s.setSearchOpen
    }))
  )
  /** What had focus before the search opened: it gets it back, unless a result takes it. */
  const returnFocus = useReturnFocus()
  const close = () => {
    setSearchOpen(false)
    returnFocus.restore()
  }

  // A modal dialog keeps focus (WAI-ARIA's dialog pattern): the field is its one control, so
  // focus that lands anywhere else while it is open (a click through, a script) comes back.
  useEffect(() => {
    input.current?.focus()
    const keepInside = (event: FocusEvent) => {
      // Closing gives focus back (or to a result's details): that is no escape.
      if (!useAppStore.getState().searchOpen) return
      const field = input.current
      if (
        field &&
        event.target instanceof Node &&
        !field.closest('.search')?.contains(event.target)
      )
        field.focus()
    }
    document.addEventListener('focusin', keepInside)
    return () => document.removeEventListener('focusin', keepInside)
  }, [])

  const hits = useMemo((): Hit[] => {
    const q = query.trim().toLowerCase()
    if (!q) return []
    const found: Hit[] = []
    /** A division, team or project whose name holds the query; choosing it reveals its node. */
    const findNode = (
      kind: Hit['kind'],
      key: string,
      label: string,
      detail: string,
      id: string
    ) => {
      if (label.toLowerCase().includes(q))
        found.push({ key, kind, label, detail, run: () => reveal(id) })
    }
    for (const division of catalog.divisions) {
      const teams = `division · ${division.teams.length} teams`
      findNode('division', division.id, division.name, teams, nodeId.division(division))
      for (const team of division.teams) {
        findNode('team', team.id, team.name, `team · ${division.name}`, nodeId.team(team))
        for (const project of team.projects) {
          const detail = `project · ${team.name}`
          findNode('project', project.id, project.title, detail, nodeId.project(project))
        }
      }
    }
    for (const name of searchTechnologies(catalog, query)) {
      found.push({
        key: `tech:${name}`,
        kind: 'technology',
        label: name,
        detail: 'technology · select in the lens',
        run: () => toggle(name)
      })
    }
    // Names that start with the query first, then the rest in catalog order.
    const starts = (hit: Hit) => (hit.label.toLowerCase().startsWith(q) ? 0 : 1)
    return found.sort((a, b) => starts(a) - starts(b)).slice(0, MAX_HITS)
  }, [catalog, query, reveal, toggle])

  const choose = (hit: Hit | undefined) => {
    if (!hit) return
    const selectedBefore = useAppStore.getState().selectedId
    hit.run()
    if (hit.kind !== 'technology' && useAppStore.getState().selectedId !== selectedBefore) {
      // The chart zooms to the result and opens its details, which take focus; closing them
      // then gives it to the result's node (DetailsPanel).
      setSearchOpen(false)
    } else close()
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, hits.length - 1))
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0))
    else if (event.key === 'Enter') choose(hits[active])
    else if (event.key === 'Escape') close()
    // Tab and Shift+Tab stay in the field, the dialog's one control: the page behind is inert.
    else if (event.key !== 'Tab') return
    event.preventDefault()
  }

  return (
    <div className="search-backdrop" onMouseDown={close}>
      <div
        className="search"
        role="dialog"
        aria-modal="true"
        aria-label="Search the chart"
        onMouseDown={(event) => event.stopPropagation()}
      >
        <input
          ref={input}
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls="search-results"
          aria-activedescendant={hits[active] ? `hit-${hits[active].key}` : undefined}
          placeholder="Search teams, projects, technologies…"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value)
            setActive(0)
          }}
          onKeyDown={onKeyDown}
        />
        <ul id="search-results" role="listbox" aria-label="Results">
          {hits.map((hit, i) => (
            <li
              key={hit.key}
              id={`hit-${hit.key}`}
              role="option"
              aria-selected={i === active}
              onMouseEnter={() => setActive(i)}
              onClick={() => choose(hit)}
            >
              <span className="search__label">{hit.label}</span>
              <span className="search__detail">{hit.detail}</span>
            </li>
          ))}
          {query.trim() && hits.length === 0 && <li className="search__none">No matches</li>}
        </ul>
        <p className="search__help">↑↓ to choose · Enter to go · Esc to close</p>
      </div>
    </div>
  )
}
