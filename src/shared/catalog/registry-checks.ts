import { addDictionaryFamilies } from './dictionary-knowledge'
import { didYouMean } from './did-you-mean'
import type { Problems } from './problems'
import { additionHint, registryAddition, type RegistryEntry } from './registry-addition'
import type { Technology } from './schema'
import type { DataPath, SourceDocument } from './source'
import { quoted, type Report } from './zod-issues'

/** The technology registry as the checks read it: each spelling, lower-cased, to its name. */
export interface Registry {
  canonical: ReadonlyMap<string, string>
  /** Canonical names in file order, for "known: Go, Kubernetes, …" hints. */
  names: readonly string[]
  /** The catalog's file: a hint that shows what to add names it, in the file's language. */
  file: string
  /**
   * Families the registry lacks that two or more of its technologies name (addDictionaryFamilies):
   * the normalized registry lists them, marked implied. Team references do not resolve to them:
   * a team that names one still needs the line the hint shows.
   */
  implied: readonly RegistryEntry[]
}

/**
 * Checks the registry (no name or alias claimed twice) and resolves each technology's family to
 * its canonical name, in place, the file's first and then the technology dictionary's. Families
 * are one level deep: a family that has a family of its own is refused rather than flattened,
 * because flattening would silently move the member to another family than the one its line
 * names (and selecting the middle one would no longer light it).
 */
export function checkRegistry(
  technologies: Technology[],
  problems: Problems,
  report: Report,
  locate: SourceDocument['locate'],
  file = ''
): Registry {
  const canonical = new Map<string, string>()
  const claimedAt = new Map<string, DataPath>()
  technologies.forEach((technology, t) => {
    const spellings: [string, DataPath][] = [
      [technology.name, ['technologies', t, 'name']],
      ...technology.aliases.map((alias, a): [string, DataPath] => [
        alias,
        ['technologies', t, 'aliases', a]
      ])
    ]
    for (const [spelling, path] of spellings) {
      const key = spelling.toLowerCase()
      const owner = canonical.get(key)
      // Compare registry entries, not names: two entries both named "Go" are a clash too.
      if (owner !== undefined && claimedAt.get(key)?.[1] !== t) {
        problems.add(() => {
          const first = locate(claimedAt.get(key) ?? [])
          return report(
            path,
            `"${quoted(spelling)}" is already a name or alias of technology "${quoted(owner)}" (line ${first.line})`,
            'a name or alias may belong to one technology only; remove one of them'
          )
        })
      } else if (owner === undefined) {
        canonical.set(key, technology.name)
        claimedAt.set(key, path)
      }
    }
  })
  const names = technologies.map((technology) => technology.name)
  const registry = { canonical, names, file, implied: [] as RegistryEntry[] }
  registry.implied = resolveFamilies(technologies, registry, problems, report)
  return registry
}

/** The families, resolved in place; returns the implied ones (Registry['implied']). */
function resolveFamilies(
  technologies: Technology[],
  registry: Registry,
  problems: Problems,
  report: Report
): RegistryEntry[] {
  const familyOf = new Map<string, string>()
  const written: number[] = []
  // Written families the registry lacks and the dictionary knows, by the dictionary's name: a
  // family once another technology names it too (addDictionaryFamilies), else unknown.
  const unlisted = new Map<number, string>()
  const unknown = (t: number) => {
    const technology = technologies[t]
    problems.add(() =>
      report(
        ['technologies', t, 'family'],
        `unknown family "${quoted(technology.family!)}" of technology "${quoted(technology.name)}"`,
        unknownHint(technology.family!, registry)
      )
    )
  }
  technologies.forEach((technology, t) => {
    if (technology.family === undefined) return
    const at: DataPath = ['technologies', t, 'family']
    const family = registry.canonical.get(technology.family.toLowerCase())
    if (family === undefined) {
      const addition = registryAddition(technology.family, registry.canonical)
      if (addition?.kind !== 'entry') return unknown(t)
      unlisted.set(t, addition.entry.name)
      familyOf.set(technology.name, addition.entry.name)
    } else if (family === technology.name) {
      problems.add(() =>
        report(
          at,
          `technology "${quoted(technology.name)}" names itself as its family`,
          'remove "family", or name the technology it belongs to (Grafana Cloud → Grafana)'
        )
      )
    } else {
      technology.family = family
      familyOf.set(technology.name, family)
      written.push(t)
    }
  })
  for (const t of written) {
    const technology = technologies[t]
    const family = technology.family!
    const grandparent = familyOf.get(family)
    if (grandparent === undefined) continue
    problems.add(() =>
      report(
        ['technologies', t, 'family'],
        `family "${quoted(family)}" of technology "${quoted(technology.name)}" has a family of its own ("${quoted(grandparent)}"); families are one level deep`,
        `name "${quoted(grandparent)}" as the family of "${quoted(technology.name)}", or remove the family of "${quoted(family)}"`
      )
    )
  }
  const { implied, alone } = addDictionaryFamilies(technologies, registry.canonical, unlisted)
  for (const t of alone) unknown(t)
  return implied
}

/**
 * How to fix a technology reference the registry does not have: the line to add when the
 * technology dictionary knows the name (its exact spelling is stronger evidence than a
 * resemblance), else the registry's closest name, else where the registry is.
 */
export function unknownHint(name: string, registry: Registry): string {
  const addition = registryAddition(name, registry.canonical)
  if (addition) return additionHint(addition, registry.file)
  // Compare with every spelling (aliases too: "Golan" finds Go); suggest the canonical name.
  const closest = didYouMean(name, registry.canonical.keys())
  const suggestion = closest === undefined ? undefined : registry.canonical.get(closest)
  const { names } = registry
  return suggestion
    ? `did you mean "${suggestion}"?`
    : `add it to the technologies list at the top of the file (known: ${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''})`
}
