import type {
  Catalog,
  CatalogDivision,
  CatalogGroup,
  CatalogProject,
  CatalogTeam
} from '../catalog/catalog'
import { walkUnits } from '../org/org-units'

export type Entity =
  | { kind: 'company'; catalog: Catalog }
  | { kind: 'division'; division: CatalogDivision }
  /** `path`: the groups from the division down to this one, itself last. */
  | { kind: 'group'; group: CatalogGroup; division: CatalogDivision; path: readonly CatalogGroup[] }
  | { kind: 'team'; team: CatalogTeam; division: CatalogDivision }
  | { kind: 'project'; project: CatalogProject; team: CatalogTeam; division: CatalogDivision }

/**
 * The catalog entry a graph node id (see `nodeId`) stands for, or undefined if it is gone. A
 * team's groups are its `groupPath` (teamGroups in org/org-units.ts gives them as objects).
 */
export function findEntity(catalog: Catalog, id: string): Entity | undefined {
  if (id === 'company') return { kind: 'company', catalog }
  const [kind, ref] = [id.slice(0, id.indexOf(':')), id.slice(id.indexOf(':') + 1)]
  if (kind === 'group') {
    for (const unit of walkUnits(catalog)) {
      if (unit.group && unit.id === ref) {
        return { kind, group: unit.group, division: unit.division, path: unit.path }
      }
    }
    return undefined
  }
  for (const division of catalog.divisions) {
    if (kind === 'division' && division.id === ref) return { kind, division }
    for (const team of division.teams) {
      if (kind === 'team' && team.id === ref) return { kind, team, division }
      const project = kind === 'project' ? team.projects.find((p) => p.id === ref) : undefined
      if (project) return { kind: 'project', project, team, division }
    }
  }
  return undefined
}
