import { useReactFlow } from '@xyflow/react'
import { useShallow } from 'zustand/react/shallow'
import { useApi } from '../api'
import { LAYOUT_KINDS } from '../../../shared/layout/layout-tree'
import { useViewStore } from '../store'

const THEME_LABEL = { system: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' }
const THEME_TEXT = { system: '◐ Auto', light: '☀ Light', dark: '☾ Dark' }
const LAYOUT_LABEL = {
  compact: 'Layout: columns',
  horizontal: 'Layout: left to right',
  vertical: 'Layout: top down'
}
const LAYOUT_TEXT = { compact: '▥ Columns', horizontal: '⇢ Tree', vertical: '⇣ Tree' }

export function Toolbar() {
  const api = useApi()
  const { fitView } = useReactFlow()
  const { result, layoutKind, theme, view, lensOpen } = useViewStore(
    useShallow((s) => ({
      result: s.result,
      layoutKind: s.layoutKind,
      theme: s.theme,
      view: s.view,
      lensOpen: s.lensOpen
    }))
  )
  const actions = useViewStore(
    useShallow((s) => ({
      setResult: s.setResult,
      expandAll: s.expandAll,
      collapseAll: s.collapseAll,
      setLayoutKind: s.setLayoutKind,
      cycleTheme: s.cycleTheme,
      setView: s.setView,
      setLensOpen: s.setLensOpen,
      setSearchOpen: s.setSearchOpen
    }))
  )
  const { setResult, expandAll, collapseAll, setLayoutKind, cycleTheme } = actions
  const loaded = result?.ok === true
  const graph = loaded && view === 'graph'

  const open = async () => {
    const opened = await api.openCatalog()
    if (!('canceled' in opened)) setResult(opened)
  }
  const catalogName = result?.ok ? result.catalog.company.name : undefined

  return (
    <header className="toolbar" role="toolbar" aria-label="Chart controls">
      <div className="toolbar__brand">
        <span className="toolbar__logo" aria-hidden="true">
          ◆
        </span>
        <span className="toolbar__app">OrgScope</span>
        {catalogName && (
          <span className="toolbar__catalog" title={result?.source?.path}>
            {catalogName}
            <span className="toolbar__file">{result?.source?.name}</span>
          </span>
        )}
      </div>
      {loaded && (
        <div role="radiogroup" aria-label="View" className="segmented toolbar__views">
          {(['graph', 'matrix'] as const).map((v) => (
            <button
              key={v}
              type="button"
              role="radio"
              aria-checked={view === v}
              onClick={() => actions.setView(v)}
            >
              {v === 'graph' ? 'Chart' : 'Matrix'}
            </button>
          ))}
        </div>
      )}
      <div className="toolbar__actions">
        <button
          type="button"
          onClick={() => actions.setSearchOpen(true)}
          disabled={!loaded}
          aria-keyshortcuts="Control+F"
          title="Search teams, projects and technologies (Ctrl/Cmd+F)"
        >
          ⌕ Search
        </button>
        <button
          type="button"
          aria-pressed={lensOpen}
          onClick={() => actions.setLensOpen(!lensOpen)}
          disabled={!loaded}
          title="Show or hide the technology lens"
        >
          Technologies
        </button>
        <span className="toolbar__sep" aria-hidden="true" />
        <button type="button" onClick={expandAll} disabled={!graph} title="Show every project">
          Expand all
        </button>
        <button type="button" onClick={collapseAll} disabled={!graph} title="Hide all projects">
          Collapse all
        </button>
        <button
          type="button"
          onClick={() => void fitView({ padding: 0.08, duration: 200 })}
          disabled={!graph}
          aria-label="Fit chart to window"
        >
          Fit
        </button>
        <button
          type="button"
          disabled={!graph}
          onClick={() =>
            setLayoutKind(
              LAYOUT_KINDS[(LAYOUT_KINDS.indexOf(layoutKind) + 1) % LAYOUT_KINDS.length]
            )
          }
          aria-label={LAYOUT_LABEL[layoutKind]}
          title="Switch layout: columns, left to right, top down"
        >
          {LAYOUT_TEXT[layoutKind]}
        </button>
        <button
          type="button"
          onClick={cycleTheme}
          aria-label={THEME_LABEL[theme]}
          title="Switch theme: system, light, dark"
        >
          {THEME_TEXT[theme]}
        </button>
        <span className="toolbar__sep" aria-hidden="true" />
        <button
          type="button"
          onClick={() => void open()}
          title="Open a catalog file (YAML or JSON)"
        >
          Open…
        </button>
      </div>
    </header>
  )
}
