import type { Catalog } from '../../../shared/catalog/catalog'
import type { Lens } from '../../../shared/lens/lens'
import { findEntity } from '../../../shared/tree/lookup'

/**
 * "Kubernetes, Terraform (all)" — the highlighted technologies, in words; "hiring now" first
 * when only hiring teams are lit; "" when nothing is.
 */
export function describeLens(
  lens: Pick<Lens, 'technologies' | 'mode' | 'includeMentions' | 'hiring'>
): string {
  if (lens.technologies.length === 0) return lens.hiring ? 'hiring now' : ''
  if (lens.hiring) return `hiring now: ${describeLens({ ...lens, hiring: false })}`
  const mode = lens.technologies.length > 1 && lens.mode === 'all' ? ' (all)' : ''
  const mentions = lens.includeMentions ? ', mentions included' : ''
  return `${lens.technologies.join(', ')}${mode}${mentions}`
}

/** The name of the division or team a view is focused on ("Cloud", "Desktop Access"). */
export function focusName(catalog: Catalog, focusId: string | undefined): string | undefined {
  if (!focusId) return undefined
  const entity = findEntity(catalog, focusId)
  switch (entity?.kind) {
    case 'division':
      return entity.division.name
    case 'team':
      return entity.team.name
    case 'project':
      return entity.project.title
    default:
      return undefined
  }
}
