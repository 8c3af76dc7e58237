/**
 * Edit distance, case-insensitive, with two swapped neighbours one edit (optimal string
 * alignment: "Kafak" is one from "Kafka", as people mistype it): small enough to live here,
 * next to its only users.
 */
function distance(a: string, b: string): number {
  const s = a.toLowerCase()
  const t = b.toLowerCase()
  let before: number[] = []
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j)
  for (let i = 1; i <= s.length; i++) {
    const current = [i]
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        current[j] = Math.min(current[j], before[j - 2] + 1)
    }
    before = previous
    previous = current
  }
  return previous[t.length]
}

/**
 * The candidate closest to `input`, if it is close enough to be a plausible typo
 * (at most a third of the input's length, and never more than 3 edits).
 */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.min(3, Math.max(1, Math.floor(input.length / 3)))
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    // The distance is at least the difference in length: skip the O(n·m) table when that is
    // already too far (a 4 MB unknown technology name took 11 s against the bundled registry).
    if (Math.abs(candidate.length - input.length) > limit) continue
    const d = distance(input, candidate)
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return bestDistance <= limit ? best : undefined
}
