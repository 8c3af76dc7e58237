import { familyOf, knownTechnology } from '../technology/dictionary/known-technologies'
import type { DictionaryEntry } from '../technology/dictionary/dictionary-format'
import { registryAddition, type RegistryEntry } from './registry-addition'
import type { Technology } from './schema'

/** A registry technology once normalized: what the file says, plus what the dictionary knows. */
type NormalizedTechnology = Technology & { icon?: string; implied?: true }

/**
 * Adds what the technology dictionary knows to the registry's technologies, in place, once the
 * checks have passed: the families the registry lacks that two or more of its technologies name
 * (`implied`, the registry's: see addDictionaryFamilies), appended and marked `implied`; then
 * `icon`, the dictionary's logo id, on every technology it has one for.
 */
export function addDictionaryKnowledge(
  technologies: NormalizedTechnology[],
  implied: readonly RegistryEntry[]
): void {
  for (const entry of implied) {
    technologies.push({ ...entry, aliases: [...entry.aliases], implied: true })
  }
  for (const technology of technologies) {
    const icon = dictionaryEntry(technology)?.icon
    if (icon) technology.icon = icon
  }
}

/** What addDictionaryFamilies settled beyond the registry. */
export interface UnlistedFamilies {
  /**
   * The families the registry lacks that two or more technologies now name: each the entry
   * `validate --fix` would add for it, in the order their first member comes in the registry.
   */
  implied: RegistryEntry[]
  /**
   * Technologies (by index) whose written family the registry lacks and no other technology
   * names: the family stays unknown, as a one-member family would light nothing new.
   */
  alone: number[]
}

/**
 * Gives each technology whose line names no family the dictionary's, in place, and settles the
 * families the registry lacks.
 * - A family in the registry, as before: Loki → Grafana, Amazon S3 → AWS (for a name the
 *   dictionary does not know, the family its leading words name: Grafana Cloud → Grafana).
 * - A family the registry lacks but the dictionary knows, named by two or more technologies
 *   (`unlisted`: the written ones, by index, with the dictionary's name for the family; plus
 *   the technologies the dictionary puts in it): Amazon EKS, Amazon S3 and AWS Lambda → AWS.
 *   Four teams on AWS services are four teams on AWS, whether or not a line says "AWS"; the
 *   family is implied, and the file stays as written. Named by one technology only, it is not:
 *   the dictionary's family is left out, and a written one stays unknown (`alone`).
 * A family the file states always wins, and the registry's families come before implied ones.
 * Families stay one level deep: a technology that is a family (or becomes one) gets none, and a
 * family that has one of its own is not used. Runs once the file's own families are resolved.
 */
export function addDictionaryFamilies(
  technologies: Technology[],
  canonical: ReadonlyMap<string, string>,
  unlisted: ReadonlyMap<number, string>
): UnlistedFamilies {
  const members = new Set<string>()
  const families = new Set<string>()
  technologies.forEach((technology, t) => {
    if (technology.family === undefined) return
    members.add(technology.name)
    if (!unlisted.has(t)) families.add(technology.family)
  })
  /** Technologies the dictionary puts in a family the registry lacks, with its name. */
  const outside = new Map<number, string>()
  technologies.forEach((technology, t) => {
    if (technology.family !== undefined) return
    const known = dictionaryEntry(technology)
    const dictionaryFamily = known ? known.family : unknownNameFamily(technology)
    if (!dictionaryFamily) return
    const family = registryName(dictionaryFamily, canonical)
    if (family === undefined) {
      const addition = registryAddition(dictionaryFamily, canonical)
      if (addition?.kind === 'entry') outside.set(t, addition.entry.name)
      return
    }
    if (family === technology.name || families.has(technology.name) || members.has(family)) {
      return
    }
    technology.family = family
    members.add(technology.name)
    families.add(family)
  })

  const named = new Map<string, number[]>()
  technologies.forEach((technology, t) => {
    // A family of the registry's stays one rather than join an implied family.
    const family = unlisted.get(t) ?? (families.has(technology.name) ? undefined : outside.get(t))
    if (family === undefined) return
    const list = named.get(family)
    if (list) list.push(t)
    else named.set(family, [t])
  })
  const implied: RegistryEntry[] = []
  const alone: number[] = []
  for (const [family, list] of named) {
    if (list.length < 2) {
      alone.push(...list.filter((t) => unlisted.has(t)))
      continue
    }
    for (const t of list) technologies[t].family = family
    const addition = registryAddition(family, canonical)
    if (addition?.kind === 'entry') implied.push(addition.entry)
  }
  return { implied, alone }
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
function registryName(name: string, canonical: ReadonlyMap<string, string>): string | undefined {
  const spellings = [name, ...(knownTechnology(name)?.aliases ?? [])]
  for (const spelling of spellings) {
    const found = canonical.get(spelling.toLowerCase())
    if (found !== undefined) return found
  }
  return undefined
}
