import { closingDoubleQuote } from './closing-quote'
import { MAX_KEY_NAMES, MAX_NESTING } from './parse-tree'

/**
 * JSON text to data with JSON.parse, the fastest way there is (a 3 MB catalog in ~20 ms), but
 * without positions: undefined when JSON.parse refuses the text, when it breaks a limit of the
 * positioned parse (MAX_NESTING, MAX_KEY_NAMES), or when it quietly kept the last of two equal
 * keys of one object (YAML, and so the positioned parse, reports those). The loader then reads
 * the text with positions instead (parseSource), which says what and where.
 */
export function parseJson(text: string): { data: unknown } | undefined {
  const parsed = parseJsonCounting(text)
  return parsed && readsEveryKey(parsed.data, parsed.keys) ? { data: parsed.data } : undefined
}

/**
 * JSON.parse's data and how many keys the text has: undefined when JSON.parse refuses the text or
 * it nests past MAX_NESTING. Whether a key was repeated (`keys` then exceeds the keys in the data)
 * and how many names the keys have is the caller's to check: readsEveryKey walks the data for
 * it, the loader counts the keys as it validates.
 */
export function parseJsonCounting(text: string): { data: unknown; keys: number } | undefined {
  // Read before JSON.parse: it builds any depth (2 million nested arrays, 4 MB, took 0.5 s and
  // 240 MB to build and throw away), and counting keys recurses.
  const shape = jsonShape(text)
  if (shape.depth > MAX_NESTING) return undefined
  try {
    return { data: JSON.parse(text), keys: shape.keys }
  } catch {
    return undefined
  }
}

/**
 * Whether data JSON.parse read from text with `keys` keys holds them all (none repeated in one
 * object) under at most MAX_KEY_NAMES names.
 */
export function readsEveryKey(data: unknown, keys: number): boolean {
  const names = new Set<string>()
  return countKeys(data, names) === keys && names.size <= MAX_KEY_NAMES
}

/**
 * Keys in parsed data (fewer than in the text means a key was repeated in one object), and
 * their names, until there are more than MAX_KEY_NAMES.
 */
function countKeys(value: unknown, names: Set<string>): number {
  if (Array.isArray(value)) {
    let count = 0
    for (const item of value) count += countKeys(item, names)
    return count
  }
  if (value !== null && typeof value === 'object') {
    let count = 0
    for (const key in value) {
      if (names.size <= MAX_KEY_NAMES) names.add(key)
      count += 1 + countKeys((value as Record<string, unknown>)[key], names)
    }
    return count
  }
  return 0
}

/**
 * In JSON text, how deep brackets nest and how many keys there are (each key is the one place a
 * colon appears outside a string). Meaningful for valid JSON; for anything else JSON.parse
 * decides.
 */
function jsonShape(text: string): { depth: number; keys: number } {
  const QUOTE = 0x22
  const COLON = 0x3a
  let keys = 0
  let depth = 0
  let deepest = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === QUOTE) {
      // Past the string at once (indexOf is many times faster than a loop over its characters):
      // to the next quote that no backslash escapes. Unterminated: JSON.parse refuses it.
      i = closingDoubleQuote(text, i + 1)
      if (i < 0) break
    } else if (c === COLON) {
      keys++
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > deepest) deepest = depth
    } else if (c === 0x5d || c === 0x7d) {
      depth--
    }
  }
  return { depth: deepest, keys }
}
