import { walk, type OrgNode } from './org-tree'

/** What a key does on a focused node of the tree, as in the WAI-ARIA tree view pattern. */
export type TreeKeyAction =
  | { kind: 'move'; id: string }
  | { kind: 'toggle'; id: string }
  | { kind: 'open'; id: string }
  | { kind: 'none' }

/**
 * Arrow-key navigation over the visible tree, the same for the graph and the outline:
 * Down/Up go to the next/previous visible node (depth first, as read top to bottom), Right
 * expands a collapsed node or enters its first child, Left collapses an open team or goes to
 * the parent, Home/End go to the first/last node, Enter and Space open the details.
 */
export function treeKeyAction(root: OrgNode, currentId: string, key: string): TreeKeyAction {
  const order = [...walk(root)]
  const index = order.findIndex((node) => node.id === currentId)
  if (index < 0) return order.length > 0 ? { kind: 'move', id: order[0].id } : { kind: 'none' }
  const node = order[index]
  const parent = order.find((candidate) => candidate.children.includes(node))
  switch (key) {
    case 'ArrowDown':
      return index + 1 < order.length ? { kind: 'move', id: order[index + 1].id } : { kind: 'none' }
    case 'ArrowUp':
      return index > 0 ? { kind: 'move', id: order[index - 1].id } : { kind: 'none' }
    case 'ArrowRight':
      if (node.collapsed) return { kind: 'toggle', id: node.id }
      return node.children.length > 0 ? { kind: 'move', id: node.children[0].id } : { kind: 'none' }
    case 'ArrowLeft':
      // Divisions, groups and teams fold; the company stays open so the chart never goes empty.
      if (node.children.length > 0 && node.kind !== 'company')
        return { kind: 'toggle', id: node.id }
      return parent ? { kind: 'move', id: parent.id } : { kind: 'none' }
    case 'Home':
      return { kind: 'move', id: order[0].id }
    case 'End':
      return { kind: 'move', id: order[order.length - 1].id }
    case 'Enter':
    case ' ':
      return { kind: 'open', id: node.id }
    default:
      return { kind: 'none' }
  }
}
