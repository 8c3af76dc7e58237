import type { OrgNode } from './org-nodes'

/** Which node of the older version each node of the newer one is, both ways. */
export interface NodeMatch {
  toOld: Map<OrgNode, OrgNode>
  toNext: Map<OrgNode, OrgNode>
}

/**
 * Pairs the nodes of two versions: by kind and id first, then, among those left on both sides,
 * by kind and name (a team whose id was changed is still that team). A name shared by several
 * nodes left on one side pairs nothing: guessing which is which would invent a history.
 */
export function matchNodes(old: readonly OrgNode[], next: readonly OrgNode[]): NodeMatch {
  const toOld = new Map<OrgNode, OrgNode>()
  const toNext = new Map<OrgNode, OrgNode>()
  // One map per kind, keyed by the id itself: no key string built per node.
  const oldById = { division: new Map<string, OrgNode>(), group: new Map(), team: new Map() }
  for (const node of old) oldById[node.kind].set(node.id, node)
  const unmatchedNext: OrgNode[] = []
  for (const node of next) {
    const found = oldById[node.kind].get(node.id)
    if (found) {
      toOld.set(node, found)
      toNext.set(found, node)
    } else unmatchedNext.push(node)
  }
  if (unmatchedNext.length === 0) return { toOld, toNext }
  const oldByName = uniqueByName(old.filter((node) => !toNext.has(node)))
  const nextByName = uniqueByName(unmatchedNext)
  for (const [key, node] of nextByName) {
    const found = node && oldByName.get(key)
    if (found) {
      toOld.set(node, found)
      toNext.set(found, node)
    }
  }
  return { toOld, toNext }
}

/** Nodes by kind and name (case and spacing ignored); null where the name is not unique. */
function uniqueByName(nodes: readonly OrgNode[]): Map<string, OrgNode | null> {
  const byName = new Map<string, OrgNode | null>()
  for (const node of nodes) {
    const key = `${node.kind}:${node.name.trim().replace(/\s+/g, ' ').toLowerCase()}`
    byName.set(key, byName.has(key) ? null : node)
  }
  return byName
}
