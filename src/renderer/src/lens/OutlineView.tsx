import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { Catalog } from '../../../shared/catalog/catalog'
import { countLabel } from '../../../shared/layout/node-box'
import { matchLens, type LensMatch } from '../../../shared/lens/match'
import { selectionColor } from '../../../shared/theme/palette'
import { walk, type OrgNode } from '../../../shared/tree/org-tree'
import { findEntity } from '../../../shared/tree/lookup'
import { treeKeyAction } from '../../../shared/tree/tree-navigation'
import { viewTree } from '../../../shared/tree/view-tree'
import { effectiveLens, useViewStore } from '../store'

/** What the outline needs of the technology lens, the same match the chart draws. */
interface OutlineLens {
  match: LensMatch
  technologies: readonly string[]
  /** Ids of the hidden descriptions said of a matching and of a dimmed item. */
  hitId: string
  missId: string
}

/**
 * The org as an accessible outline (a WAI-ARIA tree): the same data, expansion state and
 * technology lens as the chart, for screen readers and for anyone who prefers reading a list.
 * One tab stop (roving tabindex); arrows move and fold, Enter opens the details.
 */
export function OutlineView({ catalog }: { catalog: Catalog }) {
  const { collapsed, selectedId, select, toggleCollapsed } = useViewStore(
    useShallow((s) => ({
      collapsed: s.collapsed,
      selectedId: s.selectedId,
      select: s.select,
      toggleCollapsed: s.toggleCollapsed
    }))
  )
  const { lens, preview, hideNonMatches } = useViewStore(
    useShallow((s) => ({ lens: s.lens, preview: s.preview, hideNonMatches: s.hideNonMatches }))
  )
  // As in OrgGraph: the selection plus the technology under the pointer, matched the same way,
  // and "hide non-matching" prunes the same tree.
  const drawn = useMemo(() => effectiveLens(lens, preview), [lens, preview])
  const match = useMemo(() => matchLens(catalog, drawn), [catalog, drawn])
  const hide = hideNonMatches && match.active ? match : undefined
  const root = useMemo(
    () => viewTree(catalog, { collapsed, hideNonMatches: hide }),
    [catalog, collapsed, hide]
  )
  const [active, setActive] = useState(selectedId ?? root.id)
  // The item that holds the tab stop: the active one, unless hiding non-matches removed it.
  const current = useMemo(
    () => ([...walk(root)].some((node) => node.id === active) ? active : root.id),
    [root, active]
  )
  const tree = useRef<HTMLUListElement>(null)
  const hitId = useId()
  const missId = useId()
  const lensView: OutlineLens | undefined = match.active
    ? { match, technologies: drawn.technologies, hitId, missId }
    : undefined

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
          catalog={catalog}
          active={current}
          selectedId={selectedId}
          lens={lensView}
          onActivate={(id) => {
            setActive(id)
            select(id)
          }}
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

function OutlineItem(props: {
  node: OrgNode
  level: number
  catalog: Catalog
  active: string
  selectedId?: string
  lens?: OutlineLens
  onActivate(id: string): void
}) {
  const { node, level, catalog, active, selectedId, lens, onActivate } = props
  const expandable = node.childCount > 0
  const entity = findEntity(catalog, node.id)
  const detail =
    entity?.kind === 'team'
      ? [
          entity.team.status === 'forming'
            ? 'forming'
            : countLabel(entity.team.projects.length, 'project'),
          entity.team.stack.length ? `stack: ${entity.team.stack.join(', ')}` : ''
        ]
          .filter(Boolean)
          .join(' · ')
      : entity?.kind === 'division'
        ? countLabel(entity.division.teams.length, 'team')
        : entity?.kind === 'project' && entity.project.status !== 'current'
          ? entity.project.status
          : ''
  // Teams and projects are what the lens matches; the company and divisions are only context.
  const hit =
    !lens || (node.kind !== 'team' && node.kind !== 'project')
      ? undefined
      : node.kind === 'team'
        ? lens.match.teams.has(node.ref)
        : lens.match.projects.has(node.ref)
  const marks = (node.kind === 'team' && lens?.match.marks.get(node.ref)) || []
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
            {hit && <span className="outline__match">✓ match</span>}
            {marks.map((name) => (
              <span
                key={name}
                className="outline__mark"
                title={name}
                style={{ background: selectionColor(lens?.technologies.indexOf(name) ?? 0) }}
              />
            ))}
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
}
