import { INTER_ADVANCES } from './inter-metrics'

const WEIGHTS = Object.keys(INTER_ADVANCES).map(Number)

/**
 * Advances by UTF-16 code (NaN where the table has none), per requested weight. Layout measures
 * text ~10⁵ times for a big catalog; indexing a typed array is several times faster than looking
 * single-character strings up in the generated object. The table holds BMP characters only.
 */
const advancesByWeight = new Map<number, Float64Array>()

/** Inter's advance widths in ems at the weight nearest `weight`, indexed by UTF-16 code. */
export function advancesFor(weight: number): Float64Array {
  let advances = advancesByWeight.get(weight)
  if (!advances) {
    advances = new Float64Array(0x10000).fill(Number.NaN)
    for (const [char, advance] of Object.entries(INTER_ADVANCES[nearestWeight(weight)])) {
      advances[char.charCodeAt(0)] = advance
    }
    advancesByWeight.set(weight, advances)
  }
  return advances
}

function nearestWeight(weight: number): number {
  return WEIGHTS.reduce((best, w) => (Math.abs(w - weight) < Math.abs(best - weight) ? w : best))
}
