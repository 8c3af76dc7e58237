import { memo } from 'react'
import type { Catalog } from '../../../shared/catalog/catalog'
import { selectCatalog, useAppStore } from '../store/store'
import { useLogoPath } from './logo-store'
import './technology-logo.css'

/**
 * A technology's logo (simple-icons, single-colour), drawn in the current text colour so it
 * follows the theme, the category colour and the lens colour of whatever holds it. Give the
 * logo id (`icon`, as the chart's chips have it) or the technology's canonical `name`. Nothing is
 * drawn until the logo has loaded, or for a technology without one; where the layout keeps room
 * for it (the chart's chips), the room stays, so nothing moves when it arrives.
 */
export const TechnologyLogo = memo(function TechnologyLogo({
  icon,
  name,
  size = 11
}: {
  icon?: string
  name?: string
  size?: number
}) {
  const byName = useTechnologyIcon(icon === undefined ? name : undefined)
  const id = icon ?? byName
  const path = useLogoPath(id)
  if (id === undefined) return null
  return (
    <svg
      className="technology-logo"
      viewBox="0 0 24 24"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
      data-logo={id}
    >
      {path !== undefined && <path d={path} fill="currentColor" />}
    </svg>
  )
})

const iconsByCatalog = new WeakMap<Catalog, ReadonlyMap<string, string>>()

/** The logo id of a technology of the catalog on screen, by canonical name. */
function useTechnologyIcon(name: string | undefined): string | undefined {
  const catalog = useAppStore(selectCatalog)
  if (name === undefined || !catalog) return undefined
  let icons = iconsByCatalog.get(catalog)
  if (!icons) {
    icons = new Map(catalog.technologies.flatMap((t) => (t.icon ? [[t.name, t.icon]] : [])))
    iconsByCatalog.set(catalog, icons)
  }
  return icons.get(name)
}
