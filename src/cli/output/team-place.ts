import type { Catalog } from '../../shared/catalog/catalog'
import { walkUnits } from '../../shared/org/org-units'

/**
 * Where each team sits, as a person reads it: "Product › Growth › Experiments" (its division,
 * then its groups), by team id. For the commands that print teams (match, fit).
 */
export function teamPlaces(catalog: Catalog): ReadonlyMap<string, string> {
  const places = new Map<string, string>()
  for (const unit of walkUnits(catalog)) {
    const place = [unit.division.name, ...unit.path.map((group) => group.name)].join(' › ')
    for (const team of unit.teams) places.set(team.id, place)
  }
  return places
}
