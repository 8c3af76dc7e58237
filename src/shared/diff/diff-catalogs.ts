import type { Catalog } from '../catalog/catalog'
import type { CatalogDiff, DiffParent } from './catalog-diff'
import { matchNodes } from './match-nodes'
import { orgNodes, type OrgNode } from './org-nodes'
import { teamChanges } from './team-changes'

/**
 * What changed from `old` to `next`: divisions, groups and teams added, removed, moved (their
 * division or group changed) and renamed, and what changed inside each team. Nodes are paired
 * by id, then by name (see matchNodes), so a renamed team is a rename, a team whose id changed
 * is that team with a changed `id`, and a rename with a move is both. Pure, linear in the size
 * of the two catalogs.
 */
export function diffCatalogs(old: Catalog, next: Catalog): CatalogDiff {
  const oldNodes = orgNodes(old)
  const nextNodes = orgNodes(next)
  const { toOld, toNext } = matchNodes(oldNodes, nextNodes)
  const diff: CatalogDiff = { added: [], removed: [], moved: [], renamed: [], changed: [] }

  const oldTeamIds = new Map<string, string>()
  for (const [before, after] of toNext)
    if (before.kind === 'team') oldTeamIds.set(before.id, after.id)
  const nextTeamId = (oldId: string) => oldTeamIds.get(oldId) ?? oldId

  for (const node of nextNodes) {
    const before = toOld.get(node)
    if (!before) {
      diff.added.push({ kind: node.kind, id: node.id, name: node.name, parent: parentOf(node) })
      continue
    }
    const { kind, id, name } = node
    if (before.name !== name) diff.renamed.push({ kind, id, from: before.name, to: name })
    const stayed = before.parent ? toNext.get(before.parent) : undefined
    if (stayed !== node.parent) {
      diff.moved.push({ kind, id, name, from: parentOf(before), to: parentOf(node) })
    }
    if (before.id !== id) {
      diff.changed.push({
        kind,
        id,
        name,
        field: 'id',
        added: [],
        removed: [],
        from: before.id,
        to: id
      })
    }
    if (before.team && node.team) {
      for (const change of teamChanges(before.team, node.team, nextTeamId)) {
        diff.changed.push({ kind, id, name, ...change })
      }
    }
  }
  for (const node of oldNodes) {
    if (!toNext.has(node)) {
      diff.removed.push({ kind: node.kind, id: node.id, name: node.name, parent: parentOf(node) })
    }
  }
  return diff
}

function parentOf(node: OrgNode): DiffParent {
  const { parent } = node
  if (!parent || parent.kind === 'team') return null
  return { kind: parent.kind, id: parent.id, name: parent.name }
}
