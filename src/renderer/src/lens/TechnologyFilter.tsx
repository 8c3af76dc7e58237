import { useMemo, useState } from 'react'
import type { Catalog } from '../../../shared/catalog/catalog'
import { searchTechnologies } from '../../../shared/lens/resolve-technology'

/**
 * A technology filter's query and what it finds among `usages`: the technologies whose name or
 * alias matches (searchTechnologies), in `usages`' order; all of them while the query is blank.
 */
export function useTechnologyFilter<T extends { name: string }>(
  catalog: Catalog,
  usages: readonly T[]
) {
  const [query, setQuery] = useState('')
  const shown = useMemo(() => {
    if (!query.trim()) return usages
    const found = new Set(searchTechnologies(catalog, query))
    return usages.filter((usage) => found.has(usage.name))
  }, [catalog, query, usages])
  return { query, setQuery, shown }
}

/** The search box over a list of technologies; `label` names it for screen readers. */
export function TechnologyFilter(props: {
  label: string
  query: string
  onChange: (query: string) => void
}) {
  return (
    <input
      type="search"
      className="lens__search field"
      placeholder="Filter (e.g. golang, k8s)"
      aria-label={props.label}
      value={props.query}
      onChange={(event) => props.onChange(event.target.value)}
    />
  )
}
