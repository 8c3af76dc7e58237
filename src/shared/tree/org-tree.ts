import type {
  Catalog,
  CatalogDivision,
  CatalogGroup,
  CatalogProject,
  CatalogTeam
} from '../catalog/catalog'
import { divisionUnit, type OrgUnit } from '../org/org-units'

export type OrgNodeKind = 'company' | 'division' | 'group' | 'team' | 'project'

/**
 * One node of the Company → division → (groups →) team → project tree. It carries the ids it
 * stands for, not copies of catalog data: views look the data up in the one normalized catalog.
 */
export interface OrgNode {
  /**
   * Graph-wide unique id: "company", "division:core", "group:growth", "team:cloud-reliability",
   * "project:cloud-reliability/2".
   */
  id: string
  kind: OrgNodeKind
  label: string
  /** The catalog id behind the node (division, group, team or project id). */
  ref: string
  /** Visible children (none when collapsed). */
  children: OrgNode[]
  /** How many children the node has in the catalog, whether shown or not. */
  childCount: number
  collapsed: boolean
  /**
   * How many of the teams under it (a team: of its projects) the lens hides, where "hide
   * non-matching" is on and its branch is open: its subtitle says so (viewTree).
   */
  hidden?: number
}

export const nodeId = {
  company: (): string => 'company',
  division: (division: Pick<CatalogDivision, 'id'>): string => `division:${division.id}`,
  group: (group: Pick<CatalogGroup, 'id'>): string => `group:${group.id}`,
  team: (team: Pick<CatalogTeam, 'id'>): string => `team:${team.id}`,
  project: (project: Pick<CatalogProject, 'id'>): string => `project:${project.id}`
}

/**
 * Builds the visible tree: children of a collapsed node are left out. A division or group lists
 * its own teams first, then its groups (the order of the normalized catalog's teams).
 */
export function buildOrgTree(catalog: Catalog, collapsed: ReadonlySet<string>): OrgNode {
  const node = (
    id: string,
    kind: OrgNodeKind,
    label: string,
    ref: string,
    children: () => OrgNode[],
    childCount: number
  ): OrgNode => {
    const isCollapsed = childCount > 0 && collapsed.has(id)
    return {
      id,
      kind,
      label,
      ref,
      children: isCollapsed ? [] : children(),
      childCount,
      collapsed: isCollapsed
    }
  }
  const teamNode = (team: CatalogTeam): OrgNode =>
    node(
      nodeId.team(team),
      'team',
      team.name,
      team.id,
      () =>
        team.projects.map((project) =>
          node(nodeId.project(project), 'project', project.title, project.id, () => [], 0)
        ),
      team.projects.length
    )
  const unitNode = (unit: OrgUnit): OrgNode =>
    node(
      unit.kind === 'division' ? nodeId.division(unit) : nodeId.group(unit),
      unit.kind,
      unit.name,
      unit.id,
      () => [...unit.teams.map(teamNode), ...unit.groups.map(unitNode)],
      unit.teams.length + unit.groups.length
    )
  return node(
    nodeId.company(),
    'company',
    catalog.company.name,
    '',
    () => catalog.divisions.map((division) => unitNode(divisionUnit(division))),
    catalog.divisions.length
  )
}

/** Ids of every team node: the default collapsed set, so the first view is the org at a glance. */
export function teamNodeIds(catalog: Catalog): string[] {
  return catalog.divisions.flatMap((division) => division.teams.map((team) => nodeId.team(team)))
}

/** Depth-first walk, parents before children. */
export function* walk(node: OrgNode): Generator<OrgNode> {
  yield node
  for (const child of node.children) yield* walk(child)
}

/**
 * Keeps the nodes `keep` accepts plus their ancestors (so a match is never shown floating
 * without its team and division); the root always stays.
 */
export function pruneTree(root: OrgNode, keep: (node: OrgNode) => boolean): OrgNode {
  const prune = (node: OrgNode): OrgNode | undefined => {
    const children = node.children.map(prune).filter((c): c is OrgNode => c !== undefined)
    return children.length > 0 || keep(node) ? { ...node, children } : undefined
  }
  return prune(root) ?? { ...root, children: [] }
}

/** Only the branch through `focusId`: its ancestors and everything below it. */
export function focusBranch(root: OrgNode, focusId: string): OrgNode {
  const inBranch = new Set<string>()
  const mark = (node: OrgNode): void => {
    inBranch.add(node.id)
    node.children.forEach(mark)
  }
  const find = (node: OrgNode): boolean => {
    if (node.id === focusId) {
      mark(node)
      return true
    }
    return node.children.some(find)
  }
  if (!find(root)) return root
  return pruneTree(root, (node) => inBranch.has(node.id))
}

/** The path of nodes from the root down to `id` (empty when it is not in the tree). */
export function pathTo(root: OrgNode, id: string): OrgNode[] {
  if (root.id === id) return [root]
  for (const child of root.children) {
    const path = pathTo(child, id)
    if (path.length > 0) return [root, ...path]
  }
  return []
}
