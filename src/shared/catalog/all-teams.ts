import type { Catalog, CatalogTeam } from './catalog'

/** Every team of the catalog, in catalog order. */
export function allTeams(catalog: Catalog): CatalogTeam[] {
  return catalog.divisions.flatMap((division) => division.teams)
}
