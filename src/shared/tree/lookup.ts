import type { Catalog, CatalogDivision, CatalogProject, CatalogTeam } from '../catalog/catalog'

export type Entity =
  | { kind: 'company'; catalog: Catalog }
  | { kind: 'division'; division: CatalogDivision }
  | { kind: 'team'; team: CatalogTeam; division: CatalogDivision }
  | { kind: 'project'; project: CatalogProject; team: CatalogTeam; division: CatalogDivision }

/** The catalog entry a graph node id (see `nodeId`) stands for, or undefined if it is gone. */
export function findEntity(catalog: Catalog, id: string): Entity | undefined {
  if (id === 'company') return { kind: 'company', catalog }
  const [kind, ref] = [id.slice(0, id.indexOf(':')), id.slice(id.indexOf(':') + 1)]
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
