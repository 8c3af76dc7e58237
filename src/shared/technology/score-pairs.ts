import { knownTechnology } from './dictionary/known-technologies'

/** A technology a text says a team uses (its stack or a mention). */
export interface TechnologyPair {
  team: string
  technology: string
}

export interface PairScore {
  expected: number
  found: number
  correct: number
  /** Share of the expected pairs found (1 when none were expected). */
  recall: number
  /** Share of the found pairs that were expected (1 when none were found). */
  precision: number
  /** Share of the found pairs that were not expected: 1 - precision. */
  falseRate: number
  misses: TechnologyPair[]
  falseHits: TechnologyPair[]
}

/**
 * Compares the technology-team pairs found in a text with the ones a person wrote down. Teams
 * compare case-insensitively, technologies by canonical name (so "Golang" is Go).
 */
export function scorePairs(
  expected: Iterable<TechnologyPair>,
  found: Iterable<TechnologyPair>
): PairScore {
  const wanted = uniqueByKey(expected)
  const got = uniqueByKey(found)
  const misses = [...wanted].filter(([key]) => !got.has(key)).map(([, pair]) => pair)
  const falseHits = [...got].filter(([key]) => !wanted.has(key)).map(([, pair]) => pair)
  const correct = got.size - falseHits.length
  const precision = got.size === 0 ? 1 : correct / got.size
  return {
    expected: wanted.size,
    found: got.size,
    correct,
    recall: wanted.size === 0 ? 1 : correct / wanted.size,
    precision,
    falseRate: 1 - precision,
    misses,
    falseHits
  }
}

function uniqueByKey(pairs: Iterable<TechnologyPair>): Map<string, TechnologyPair> {
  const byKey = new Map<string, TechnologyPair>()
  for (const pair of pairs) {
    const technology = knownTechnology(pair.technology)?.name ?? pair.technology.trim()
    const key = `${pair.team.trim().toLowerCase()}\u0000${technology.toLowerCase()}`
    if (!byKey.has(key)) byKey.set(key, { team: pair.team.trim(), technology })
  }
  return byKey
}
