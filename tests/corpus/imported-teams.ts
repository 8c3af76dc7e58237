import type { Group } from '../../src/shared/catalog/schema'
import type { ImportPlan, OutlineEntry } from '../../src/shared/import/import-plan'
import type { ImportedTeam } from './score-import'

/**
 * The teams of an import plan with the units above them. A division the importer made up (the
 * "Engineering" it puts teams in when the guide names no division) is no unit of the document:
 * it is left out of the path, as the labels never name a unit the text does not.
 */
export function importedTeams(plan: ImportPlan): ImportedTeam[] {
  const unitLines = new Set<number>()
  const collect = (entries: OutlineEntry[]): void => {
    for (const entry of entries) {
      if (entry.role === 'division') unitLines.add(entry.line)
      collect(entry.children)
    }
  }
  collect(plan.outline)
  const teams: ImportedTeam[] = []
  type Unit = { name: string; teams: Group['teams']; groups?: Group[] }
  const walk = (unit: Unit, path: string[]): void => {
    for (const team of unit.teams) {
      teams.push({
        name: team.name,
        path,
        technologies: [
          ...team.stack,
          ...team.mentions,
          ...team.projects.flatMap((project) => project.technologies)
        ]
      })
    }
    for (const group of unit.groups ?? []) walk(group, [...path, group.name])
  }
  plan.catalog.divisions.forEach((division, d) => {
    const at = plan.locate(['divisions', d])
    walk(division, unitLines.has(at.line) ? [division.name] : [])
  })
  return teams
}
