import {
  memo,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent
} from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { Catalog } from '../../../shared/catalog/catalog'
import { countLabel } from '../../../shared/text'
import { nodeId, walk, type OrgNode } from '../../../shared/tree/org-tree'
import { treeKeyAction } from '../../../shared/tree/tree-navigation'
import { MarkDots } from '../graph/MarkDots'
import { useVisibleTree } from '../graph/useVisibleTree'
import { NO_LENS, useNodeLens } from '../store/derived-lens'
import { useAppStore, useCatalog } from '../store/store'

/**
 * While the lens is on: the ids of the hidden descriptions said of a matching and of a dimmed
 * item. Each row reads its own match and marks from the derived lens (useNodeLens), the same
 * the chart draws.
 */
interface OutlineLens {
  hitId: string
  missId: string
}

/**
 * The org as an accessible outline (a WAI-ARIA tree): the same data, expansion state and
 * technology lens as the chart, for screen readers and for anyone who prefers reading a list.
 * One tab stop (roving tabindex); arrows move and fold, Enter opens the details.
 */
export function OutlineView() {
  const catalog = useCatalog()
  const { selectedId, select, toggleCollapsed } = useAppStore(
    useShallow((s) => ({
      selectedId: s.selectedId,
      select: s.select,
      toggleCollapsed: s.toggleCollapsed
    }))
  )
  // The chart's pipeline (useVisibleTree): the same lens match and the same pruned tree.
  const { lens: drawn, tree: root } = useVisibleTree({ focus: false })
  const lensActive = drawn.match.active
  const details = useMemo(() => rowDetails(catalog), [catalog])
  const [active, setActive] = useState(selectedId ?? root.id)
  // The item that holds the tab stop: the active one, unless hiding non-matches removed it.
  const current = useMemo(
    () => ([...walk(root)].some((node) => node.id === active) ? active : root.id),
    [root, active]
  )
  const tree = useRef<HTMLUListElement>(null)
  const hitId = useId()
  const missId = useId()
  // Stable while the lens stays on: a lens change redraws only the rows whose match changed.
  const lensView = useMemo(
    (): OutlineLens | undefined => (lensActive ? { hitId, missId } : undefined),
    [lensActive, hitId, missId]
  )
  const onActivate = useCallback(
    (id: string) => {
      setActive(id)
      select(id)
    },
    [select]
  )

  useEffect(() => {
    tree.current?.querySelector<HTMLElement>(`[data-id="${CSS.escape(active)}"]`)?.focus()
  }, [active])

  const onKeyDown = (event: KeyboardEvent) => {
    const action = treeKeyAction(root, current, event.key)
    if (action.kind === 'none') return
    event.preventDefault()
    event.stopPropagation()
    if (action.kind === 'move') setActive(action.id)
    else if (action.kind === 'toggle') toggleCollapsed(action.id)
    else select(action.id)
  }

  return (
    <div className="outline">
      <ul ref={tree} role="tree" aria-label="Organization outline" onKeyDown={onKeyDown}>
        <OutlineItem
          node={root}
          level={1}
          details={details}
          active={current}
          selectedId={selectedId}
          lens={lensView}
          onActivate={onActivate}
        />
      </ul>
      <span id={hitId} hidden>
        Matches the selected technologies
      </span>
      <span id={missId} hidden>
        Does not match the selected technologies
      </span>
    </div>
  )
}

/**
 * Each row's detail text (project count and stack, team count, project status), by node id:
 * worked out once per catalog, in one pass, rather than a catalog search per row per render.
 */
function rowDetails(catalog: Catalog): ReadonlyMap<string, string> {
  const details = new Map<string, string>()
  // First one wins, as findEntity would find it, should a catalog repeat an id.
  const add = (id: string, detail: string) => {
    if (!details.has(id)) details.set(id, detail)
  }
  for (const division of catalog.divisions) {
    add(nodeId.division(division), countLabel(division.teams.length, 'team'))
    for (const team of division.teams) {
      add(
        nodeId.team(team),
        [
          team.status === 'forming' ? 'forming' : countLabel(team.projects.length, 'project'),
          team.stack.length ? `stack: ${team.stack.join(', ')}` : ''
        ]
          .filter(Boolean)
          .join(' · ')
      )
      for (const project of team.projects) {
        add(nodeId.project(project), project.status !== 'current' ? project.status : '')
      }
    }
  }
  return details
}

interface OutlineItemProps {
  node: OrgNode
  level: number
  details: ReadonlyMap<string, string>
  active: string
  selectedId?: string
  lens?: OutlineLens
  onActivate(id: string): void
}

/**
 * Memoized: a row redraws only when its subtree, the tab stop or the selection does, or its own
 * lens state (useNodeLens). The function is named apart from the component: under the same
 * name, the rows it nests would call this function itself (a named function expression sees
 * its own name), not the memoized component, and redraw with their parent every time.
 */
const OutlineItem = memo(function OutlineRow(props: OutlineItemProps) {
  const { node, level, details, active, selectedId, lens, onActivate } = props
  const expandable = node.childCount > 0
  const detail = details.get(node.id) ?? ''
  const nodeLens = useNodeLens(node.id)
  // Teams and projects are what the lens matches; the company and divisions are only context.
  const hit = !lens || (node.kind !== 'team' && node.kind !== 'project') ? undefined : nodeLens.hit
  const marks = lens ? nodeLens.marks : NO_LENS.marks
  const lensClass = hit === undefined ? '' : hit ? ' outline__item--hit' : ' outline__item--dim'
  return (
    <li
      role="treeitem"
      aria-level={level}
      aria-expanded={expandable ? !node.collapsed : undefined}
      aria-selected={node.id === selectedId}
      aria-describedby={hit === undefined ? undefined : hit ? lens?.hitId : lens?.missId}
      tabIndex={node.id === active ? 0 : -1}
      data-id={node.id}
      data-match={hit}
      className={`outline__item outline__item--${node.kind}${lensClass}`}
      onClick={(event) => {
        event.stopPropagation()
        onActivate(node.id)
      }}
    >
      <span className="outline__row">
        <span className="outline__caret" aria-hidden="true">
          {expandable ? (node.collapsed ? '▸' : '▾') : ''}
        </span>
        <span className="outline__label">{node.label}</span>
        {/* Said by aria-describedby; shown as the chart shows it: a mark per technology. */}
        {(hit || marks.length > 0) && (
          <span className="outline__lens" aria-hidden="true">
            {hit && <span className="tag outline__match">✓ match</span>}
            <MarkDots marks={marks} className="outline__mark" />
          </span>
        )}
        {detail && <span className="outline__detail">{detail}</span>}
      </span>
      {node.children.length > 0 && (
        <ul role="group">
          {node.children.map((child) => (
            <OutlineItem key={child.id} {...props} node={child} level={level + 1} />
          ))}
        </ul>
      )}
    </li>
  )
})
