import type { Catalog, CatalogGroup, CatalogTeam } from '../catalog/catalog'
import type { DiffNodeKind } from './catalog-diff'

/** A division, group or team of one catalog version, with the unit it sits in. */
export interface OrgNode {
  kind: DiffNodeKind
  id: string
  name: string
  /** The division or group holding it; undefined for a division. */
  parent: OrgNode | undefined
  /** The team itself, for a team. */
  team?: CatalogTeam
}

/**
 * Every division, then every group, then every team of the catalog, each kind in catalog order
 * (depth first): the order the comparison reports in, so its lists read top-down like the tour.
 */
export function orgNodes(catalog: Catalog): OrgNode[] {
  const divisions: OrgNode[] = []
  const groups: OrgNode[] = []
  const teams: OrgNode[] = []
  for (const division of catalog.divisions) {
    const divisionNode: OrgNode = {
      kind: 'division',
      id: division.id,
      name: division.name,
      parent: undefined
    }
    divisions.push(divisionNode)
    const groupNodes = new Map<string, OrgNode>()
    const walk = (list: readonly CatalogGroup[], parent: OrgNode): void => {
      for (const group of list) {
        const node: OrgNode = { kind: 'group', id: group.id, name: group.name, parent }
        groups.push(node)
        groupNodes.set(group.id, node)
        walk(group.groups, node)
      }
    }
    walk(division.groups, divisionNode)
    for (const team of division.teams) {
      const groupId = team.groupPath.at(-1)
      const parent = (groupId !== undefined && groupNodes.get(groupId)) || divisionNode
      teams.push({ kind: 'team', id: team.id, name: team.name, parent, team })
    }
  }
  return [...divisions, ...groups, ...teams]
}
