import { FORMAT_FILE, type ExportFormat } from './options'

/**
 * The name a save dialog suggests: catalog, filter and date, so a folder of exports sorts and
 * reads well: "teleport-org-chart-go-kubernetes-2026-03-04.png".
 */
export function defaultFileName(
  catalogName: string,
  technologies: readonly string[],
  date: string,
  format: ExportFormat
): string {
  const parts = [
    slug(catalogName) || 'org',
    'org-chart',
    ...technologies.slice(0, 4).map(slug),
    date
  ]
  if (technologies.length > 4) parts.splice(-1, 0, `and-${technologies.length - 4}-more`)
  return `${parts.filter(Boolean).join('-')}.${FORMAT_FILE[format].extension}`
}

/** Lowercase ASCII letters and digits joined by single hyphens: safe on every file system. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\+/g, 'plus')
    .replace(/#/g, 'sharp')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}
