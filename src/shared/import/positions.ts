import type { DataPath, SourceDocument } from '../catalog/source'
import type { Position } from '../catalog/line-index'

/** The key an importer records a catalog part's source position under: its data path. */
export function positionKey(path: DataPath): string {
  return path.map(String).join('/')
}

/**
 * `locate` for an imported catalog: a part's own recorded position, else its nearest recorded
 * ancestor's (a team's summary is where the team is), else the top of the source.
 */
export function locateIn(positions: ReadonlyMap<string, Position>): SourceDocument['locate'] {
  return (path) => {
    for (let length = path.length; length > 0; length--) {
      const found = positions.get(positionKey(path.slice(0, length)))
      if (found) return found
    }
    return { line: 1, column: 1 }
  }
}
