import { familyOf, knownTechnology } from '../technology/dictionary/known-technologies'
import type { DictionaryEntry } from '../technology/dictionary/dictionary-format'
import type { Registry } from './registry-checks'
import type { Technology } from './schema'

/** A registry technology once normalized: what the file says, plus what the dictionary knows. */
type NormalizedTechnology = Technology & { icon?: string }

/**
 * Adds what the technology dictionary knows to the registry's technologies, in place:
 * - `icon`, the dictionary's logo id, where it has one;
 * - `family`, for a technology whose line names none, when the dictionary's family for it is in
 *   the registry too (Loki → Grafana, Amazon S3 → AWS; for a name it does not know, the family
 *   its leading words name: Grafana Cloud → Grafana): the family is then a fact of the
 *   registry the file already holds, not a technology the file never named.
 * A family the file states always wins. Families stay one level deep: a technology that is a
 * family (or becomes one) gets none, and a family that has one of its own is not used. Runs
 * after the file's own families are resolved and checked, on a registry without problems.
 */
export function addDictionaryKnowledge(
  technologies: NormalizedTechnology[],
  registry: Registry
): void {
  const members = new Set<string>()
  const families = new Set<string>()
  for (const technology of technologies) {
    if (technology.family === undefined) continue
    members.add(technology.name)
    families.add(technology.family)
  }
  for (const technology of technologies) {
    const known = dictionaryEntry(technology)
    if (known?.icon) technology.icon = known.icon
    if (technology.family !== undefined) continue
    const dictionaryFamily = known ? known.family : unknownNameFamily(technology)
    if (!dictionaryFamily) continue
    const family = registryName(dictionaryFamily, registry)
    if (
      family === undefined ||
      family === technology.name ||
      families.has(technology.name) ||
      members.has(family)
    ) {
      continue
    }
    technology.family = family
    members.add(technology.name)
    families.add(family)
  }
}

/** The dictionary's entry for a registry technology, by its name or else one of its aliases. */
export function dictionaryEntry(technology: {
  name: string
  aliases: readonly string[]
}): DictionaryEntry | undefined {
  for (const spelling of [technology.name, ...technology.aliases]) {
    const known = knownTechnology(spelling)
    if (known) return known
  }
  return undefined
}

/**
 * The family of a technology the dictionary does not know, from the leading words of its name or
 * an alias that name a family ("Grafana Cloud" → Grafana).
 */
function unknownNameFamily(technology: { name: string; aliases: readonly string[] }) {
  for (const spelling of [technology.name, ...technology.aliases]) {
    const family = familyOf(spelling)
    if (family) return family
  }
  return null
}

/** The registry's canonical name for a dictionary technology, by any of its spellings. */
function registryName(name: string, registry: Registry): string | undefined {
  const spellings = [name, ...(knownTechnology(name)?.aliases ?? [])]
  for (const spelling of spellings) {
    const found = registry.canonical.get(spelling.toLowerCase())
    if (found !== undefined) return found
  }
  return undefined
}
