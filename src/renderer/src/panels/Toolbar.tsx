import { useReactFlow } from '@xyflow/react'
import { useShallow } from 'zustand/react/shallow'
import { useApi } from '../api'
import { LAYOUT_KINDS } from '../../../shared/layout/layout-tree'
import { useViewStore } from '../store'

const THEME_LABEL = { system: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' }
const LAYOUT_LABEL = {
  compact: 'Layout: columns',
  horizontal: 'Layout: left to right',
  vertical: 'Layout: top down'
}

export function Toolbar() {
  const api = useApi()
  const { fitView } = useReactFlow()
  const { result, layoutKind, theme } = useViewStore(
    useShallow((s) => ({ result: s.result, layoutKind: s.layoutKind, theme: s.theme }))
  )
  const { setResult, expandAll, collapseAll, setLayoutKind, cycleTheme } = useViewStore(
    useShallow((s) => ({
      setResult: s.setResult,
      expandAll: s.expandAll,
      collapseAll: s.collapseAll,
      setLayoutKind: s.setLayoutKind,
      cycleTheme: s.cycleTheme
    }))
  )

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
      <div className="toolbar__actions">
        <button
          type="button"
          onClick={() => void open()}
          title="Open a catalog file (YAML or JSON)"
        >
          Open…
        </button>
        <span className="toolbar__sep" aria-hidden="true" />
        <button type="button" onClick={expandAll} disabled={!result?.ok}>
          Expand all
        </button>
        <button type="button" onClick={collapseAll} disabled={!result?.ok}>
          Collapse all
        </button>
        <button
          type="button"
          onClick={() => void fitView({ padding: 0.08, duration: 200 })}
          disabled={!result?.ok}
          aria-label="Fit chart to window"
        >
          Fit
        </button>
        <button
          type="button"
          onClick={() =>
            setLayoutKind(
              LAYOUT_KINDS[(LAYOUT_KINDS.indexOf(layoutKind) + 1) % LAYOUT_KINDS.length]
            )
          }
          title="Switch layout: columns, left to right, top down"
        >
          {LAYOUT_LABEL[layoutKind]}
        </button>
        <button type="button" onClick={cycleTheme} title="Switch theme: system, light, dark">
          {THEME_LABEL[theme]}
        </button>
      </div>
    </header>
  )
}
