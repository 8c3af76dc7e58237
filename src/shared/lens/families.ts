import type { Catalog } from '../catalog/catalog'

const memo = new WeakMap<Catalog, ReadonlyMap<string, readonly string[]>>()

/**
 * Each technology family's members (canonical names, registry order), by the family's name:
 * Grafana → [Grafana Cloud, Grafana Loki]. Families are one level deep (the loader refuses a
 * family of a family), so a member is never a family itself. Memoized per catalog.
 */
export function familyMembers(catalog: Catalog): ReadonlyMap<string, readonly string[]> {
  let members = memo.get(catalog)
  if (!members) {
    const found = new Map<string, string[]>()
    for (const technology of catalog.technologies) {
      if (technology.family === undefined) continue
      const list = found.get(technology.family)
      if (list) list.push(technology.name)
      else found.set(technology.family, [technology.name])
    }
    members = found
    memo.set(catalog, members)
  }
  return members
}

/**
 * What selecting each technology selects: itself and, for a family, its members. A member
 * selected on its own stays itself only.
 */
export function expandSelection(
  catalog: Catalog,
  technologies: readonly string[]
): ReadonlyMap<string, readonly string[]> {
  const members = familyMembers(catalog)
  return new Map(technologies.map((name) => [name, [name, ...(members.get(name) ?? [])]]))
}
