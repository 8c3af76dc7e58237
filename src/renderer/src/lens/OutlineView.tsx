import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { Catalog } from '../../../shared/catalog/catalog'
import { buildOrgTree, type OrgNode } from '../../../shared/tree/org-tree'
import { findEntity } from '../../../shared/tree/lookup'
import { treeKeyAction } from '../../../shared/tree/tree-navigation'
import { useViewStore } from '../store'

/**
 * The org as an accessible outline (a WAI-ARIA tree): the same data and expansion state as the
 * chart, for screen readers and for anyone who prefers reading a list. One tab stop (roving
 * tabindex); arrows move and fold, Enter opens the details.
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
  const root = useMemo(() => buildOrgTree(catalog, collapsed), [catalog, collapsed])
  const [active, setActive] = useState(selectedId ?? root.id)
  const tree = useRef<HTMLUListElement>(null)

  useEffect(() => {
    tree.current?.querySelector<HTMLElement>(`[data-id="${CSS.escape(active)}"]`)?.focus()
  }, [active])

  const onKeyDown = (event: KeyboardEvent) => {
    const action = treeKeyAction(root, active, event.key)
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
          active={active}
          selectedId={selectedId}
          onActivate={(id) => {
            setActive(id)
            select(id)
          }}
        />
      </ul>
    </div>
  )
}

function OutlineItem(props: {
  node: OrgNode
  level: number
  catalog: Catalog
  active: string
  selectedId?: string
  onActivate(id: string): void
}) {
  const { node, level, catalog, active, selectedId, onActivate } = props
  const expandable = node.childCount > 0
  const entity = findEntity(catalog, node.id)
  const detail =
    entity?.kind === 'team'
      ? [
          entity.team.status === 'forming' ? 'forming' : `${entity.team.projects.length} projects`,
          entity.team.stack.length ? `stack: ${entity.team.stack.join(', ')}` : ''
        ]
          .filter(Boolean)
          .join(' · ')
      : entity?.kind === 'division'
        ? `${entity.division.teams.length} teams`
        : entity?.kind === 'project' && entity.project.status !== 'current'
          ? entity.project.status
          : ''
  return (
    <li
      role="treeitem"
      aria-level={level}
      aria-expanded={expandable ? !node.collapsed : undefined}
      aria-selected={node.id === selectedId}
      tabIndex={node.id === active ? 0 : -1}
      data-id={node.id}
      className={`outline__item outline__item--${node.kind}`}
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
