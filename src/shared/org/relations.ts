import type { Catalog } from '../catalog/catalog'
import { allTeams } from '../catalog/all-teams'
import type { Relation } from '../catalog/schema'

/** One dotted line between two teams, by team id. */
export interface TeamRelation {
  /** The team that names the relation. */
  from: string
  to: string
  kind: Relation['kind']
  /**
   * Both teams name it ("collaborates" written on each side): one line, drawn without an arrow.
   * Directed kinds (depends-on, supports) are never merged: A depends on B and B supports A say
   * two things.
   */
  mutual: boolean
}

const memo = new WeakMap<Catalog, readonly TeamRelation[]>()

/**
 * Every relation of the catalog once, in catalog order of the team that names it first: the
 * dashed edges a chart draws and an export lists. Memoized per catalog.
 */
export function relationList(catalog: Catalog): readonly TeamRelation[] {
  let found = memo.get(catalog)
  if (!found) {
    const list: TeamRelation[] = []
    const collaboration = new Map<string, TeamRelation>()
    for (const team of allTeams(catalog)) {
      for (const { team: to, kind } of team.relations) {
        if (kind === 'collaborates') {
          const other = collaboration.get(`${to}\u0000${team.id}`)
          if (other) {
            other.mutual = true
            continue
          }
        }
        const relation: TeamRelation = { from: team.id, to, kind, mutual: false }
        if (kind === 'collaborates') collaboration.set(`${team.id}\u0000${to}`, relation)
        list.push(relation)
      }
    }
    found = list
    memo.set(catalog, found)
  }
  return found
}
