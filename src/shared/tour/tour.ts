import type { Catalog } from '../catalog/catalog'
import { nodeId } from '../tree/org-tree'

/** One stop of a presentation: the node to show and the caption read out beneath it. */
export interface TourStep {
  /** Graph node id (see nodeId). */
  id: string
  kind: 'company' | 'division' | 'team'
  title: string
  caption: string
  /** Where this stop sits: "Core · 3 of 9", for the presenter's orientation. */
  context: string
}

/**
 * The guided tour a hiring manager steps through: the company, then each division followed by
 * each of its teams, in catalog order.
 */
export function tourSteps(catalog: Catalog): TourStep[] {
  const teamCount = catalog.divisions.reduce((n, d) => n + d.teams.length, 0)
  const steps: TourStep[] = [
    {
      id: nodeId.company(),
      kind: 'company',
      title: catalog.company.name,
      caption: catalog.company.summary,
      context: `${catalog.divisions.length} divisions · ${teamCount} teams`
    }
  ]
  for (const division of catalog.divisions) {
    steps.push({
      id: nodeId.division(division),
      kind: 'division',
      title: division.name,
      caption: division.summary,
      context: `${division.teams.length} teams`
    })
    division.teams.forEach((team, i) => {
      steps.push({
        id: nodeId.team(team),
        kind: 'team',
        title: team.name,
        caption:
          team.status === 'forming'
            ? `${team.summary || 'This team is being defined.'} (forming)`
            : team.summary,
        context: `${division.name} · ${i + 1} of ${division.teams.length}`
      })
    })
  }
  return steps
}
