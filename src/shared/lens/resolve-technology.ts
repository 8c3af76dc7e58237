import type { Catalog } from '../catalog/catalog'
import { didYouMean } from '../catalog/did-you-mean'

/** A name someone typed (CLI flag, URL hash, search box), resolved to a registry entry or not. */
export type TechnologyResolution =
  { ok: true; name: string } | { ok: false; message: string; hint?: string }

type Registry = Catalog['technologies']

/** Every way to write a technology: its canonical name first, then its aliases. */
function spellings(technology: Registry[number]): string[] {
  return [technology.name, ...technology.aliases]
}

/**
 * The canonical name for `input`, matched case-insensitively against every name and alias in the
 * registry ("golang" → "Go"), the same rule the loader applies to the catalog file. When nothing
 * matches, the hint suggests the closest name or alias as its canonical name, so a typo of an
 * alias ("Golan") still points at the entry the user meant.
 */
export function resolveTechnology(
  catalog: Pick<Catalog, 'technologies'>,
  input: string
): TechnologyResolution {
  const wanted = input.trim()
  if (wanted === '') return { ok: false, message: 'empty technology name' }
  const key = wanted.toLowerCase()
  const found = catalog.technologies.find((technology) =>
    spellings(technology).some((spelling) => spelling.toLowerCase() === key)
  )
  if (found) return { ok: true, name: found.name }

  const closest = didYouMean(wanted, catalog.technologies.flatMap(spellings))
  const owner =
    closest === undefined
      ? undefined
      : catalog.technologies.find((technology) => spellings(technology).includes(closest))
  return {
    ok: false,
    message: `unknown technology "${wanted}"`,
    ...(owner ? { hint: `did you mean "${owner.name}"?` } : {})
  }
}

/**
 * Canonical names whose name or any alias contains `query`, case-insensitively: what the lens
 * search box lists ("golang" finds Go, "k8s" finds Kubernetes). Exact matches come first, then
 * prefix matches, then matches inside a word; registry order within each group, so results do not
 * jump around as the user types. An empty query lists everything.
 */
export function searchTechnologies(
  catalog: Pick<Catalog, 'technologies'>,
  query: string
): string[] {
  const wanted = query.trim().toLowerCase()
  if (wanted === '') return catalog.technologies.map((technology) => technology.name)

  const rank = (spelling: string): number => {
    const text = spelling.toLowerCase()
    if (text === wanted) return 0
    if (text.startsWith(wanted)) return 1
    return text.includes(wanted) ? 2 : Infinity
  }
  return catalog.technologies
    .map((technology, order) => ({
      name: technology.name,
      order,
      rank: Math.min(...spellings(technology).map(rank))
    }))
    .filter((hit) => hit.rank !== Infinity)
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map((hit) => hit.name)
}
