import { useRef } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { MainView, ThemePreference } from '../../../shared/persist/settings'
import { MAIN_VIEWS } from '../../../shared/persist/setting-values'
import { relationList } from '../../../shared/org/relations'
import { IMPORT_EXTENSIONS } from '../../../shared/sources/import-extensions'
import { useApi } from '../api/api'
import { useAppStore } from '../store/store'
import { CompareButton } from '../compare/CompareButton'
import { Segmented } from '../controls/Segmented'
import { ToolbarExtras } from './ToolbarExtras'

const VIEW_LABEL: Record<MainView, string> = {
  graph: 'Chart',
  matrix: 'Matrix',
  outline: 'Outline'
}
const THEME_LABEL: Record<ThemePreference, string> = {
  system: 'Theme: system',
  light: 'Theme: light',
  dark: 'Theme: dark'
}
const THEME_TEXT: Record<ThemePreference, string> = { system: '◐', light: '☀', dark: '☾' }

export function Toolbar() {
  const api = useApi()
  const { result, theme, view, lensOpen, showRelations } = useAppStore(
    useShallow((s) => ({
      result: s.result,
      theme: s.theme,
      view: s.view,
      lensOpen: s.lensOpen,
      showRelations: s.showRelations
    }))
  )
  const actions = useAppStore(
    useShallow((s) => ({
      setOpened: s.setOpened,
      cycleTheme: s.cycleTheme,
      setView: s.setView,
      setLensOpen: s.setLensOpen,
      setSearchOpen: s.setSearchOpen,
      setPresenting: s.setPresenting,
      setShowRelations: s.setShowRelations
    }))
  )
  const { setOpened, cycleTheme } = actions
  const loaded = result?.ok === true

  const open = async () => setOpened(await api.openCatalog())
  const catalogName = result?.ok ? result.catalog.company.name : undefined
  const importInput = useRef<HTMLInputElement>(null)
  const relations = result?.ok ? relationList(result.catalog).length : 0

  return (
    <div className="toolbar" role="toolbar" aria-label="Chart controls">
      <div className="toolbar__brand">
        <span className="toolbar__logo" aria-hidden="true">
          ◆
        </span>
        <span className="toolbar__app">OrgScope</span>
        {catalogName && (
          // One line, cut with an ellipsis: a long name must not push the buttons to a second
          // row. The tooltip has all of it.
          <span
            className="toolbar__catalog"
            title={[catalogName, result?.source?.path].filter(Boolean).join('\n')}
          >
            {catalogName}
            <span className="toolbar__file">{result?.source?.name}</span>
          </span>
        )}
      </div>
      {loaded && (
        <Segmented
          label="View"
          className="toolbar__views"
          options={MAIN_VIEWS}
          value={view}
          onChange={actions.setView}
          text={(v) => VIEW_LABEL[v]}
        />
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
          onClick={() => actions.setPresenting(true)}
          disabled={!loaded}
          aria-keyshortcuts="F5"
          title="Present the org full screen: arrow keys step through divisions and teams (F5)"
        >
          ▶ Present
        </button>
        {relations > 0 && view === 'graph' && (
          // Only for a catalog that has relations: a version 1 chart keeps its toolbar.
          <button
            type="button"
            aria-pressed={showRelations}
            onClick={() => actions.setShowRelations(!showRelations)}
            title={`Show or hide the ${relations} relations between teams (dashed lines)`}
          >
            Relations
          </button>
        )}
        <ToolbarExtras disabled={!loaded} />
        <CompareButton disabled={!loaded} />
        <button
          type="button"
          aria-pressed={lensOpen}
          onClick={() => actions.setLensOpen(!lensOpen)}
          disabled={!loaded}
          aria-label="Side panel"
          title="Show or hide the side panel: technology lens and find your team"
        >
          {/* A sign, like the theme's: the toolbar keeps room for the catalog's name. */}
          <span aria-hidden="true">◧</span>
        </button>
        <span className="toolbar__sep" aria-hidden="true" />
        <button
          type="button"
          onClick={cycleTheme}
          aria-label={THEME_LABEL[theme]}
          title="Switch theme: system, light, dark"
        >
          {THEME_TEXT[theme]}
        </button>
        <button
          type="button"
          onClick={() => void open()}
          title="Open a catalog file (YAML or JSON)"
        >
          Open…
        </button>
        <button
          type="button"
          onClick={() => importInput.current?.click()}
          title="Import a team guide (.md), a spreadsheet (.csv, .tsv) or Backstage entity files (.yaml): preview the chart and choose what each heading, column or group becomes"
        >
          Import…
        </button>
        <input
          ref={importInput}
          type="file"
          multiple
          hidden
          aria-label="Files to import"
          accept={IMPORT_EXTENSIONS.join(',')}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])]
            // Cleared, so choosing the same file again opens the preview again.
            event.target.value = ''
            useAppStore.getState().showImportPreview(files)
          }}
        />
        <button
          type="button"
          onClick={() => useAppStore.getState().showExportDialog()}
          disabled={!result?.ok}
          title="Export the chart as PNG, SVG, PDF or a web page (Ctrl/Cmd+E)"
          aria-keyshortcuts="Control+E Meta+E"
        >
          Export…
        </button>
      </div>
    </div>
  )
}
