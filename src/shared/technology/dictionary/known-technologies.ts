import { DICTIONARY_DATA } from './dictionary-data'
import { decodeDictionary, type DictionaryEntry } from './dictionary-format'

let entries: readonly DictionaryEntry[] | undefined
let bySpelling: Map<string, DictionaryEntry> | undefined

/**
 * Every technology the dictionary knows (built from public data sets, see
 * scripts/technology/generate-dictionary.ts), decoded on first use.
 */
export function knownTechnologies(): readonly DictionaryEntry[] {
  return (entries ??= Object.freeze(decodeDictionary(DICTIONARY_DATA)))
}

/** The dictionary entry a spelling (name or alias, any case) belongs to. */
export function knownTechnology(spelling: string): DictionaryEntry | undefined {
  if (!bySpelling) {
    bySpelling = new Map()
    for (const entry of knownTechnologies()) {
      for (const text of [entry.name, ...entry.aliases]) {
        const key = text.toLowerCase()
        if (!bySpelling.has(key)) bySpelling.set(key, entry)
      }
    }
  }
  return bySpelling.get(spelling.trim().toLowerCase())
}

/**
 * The family a technology belongs to: the dictionary's, or, for a name it does not know, the
 * longest leading words that name a family or a technology with members ("Grafana Cloud" →
 * Grafana). Null when it belongs to none.
 */
export function familyOf(name: string): string | null {
  const known = knownTechnology(name)
  if (known) return known.family
  const words = name.trim().split(/\s+/u)
  for (let length = words.length - 1; length >= 1; length--) {
    const head = knownTechnology(words.slice(0, length).join(' '))
    if (head && isFamily(head.name)) return head.family ?? head.name
  }
  return null
}

let families: Set<string> | undefined

function isFamily(name: string): boolean {
  families ??= new Set(
    knownTechnologies()
      .map((entry) => entry.family)
      .filter((family): family is string => family !== null)
  )
  return families.has(name)
}
