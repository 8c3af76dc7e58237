import type { Catalog } from '../catalog/catalog'
import { openRoles, roleIndex, type RoleEntry } from '../org/open-roles'
import { divisionUnit, type OrgUnit } from '../org/org-units'
import { rollUpParts } from '../org/roll-up-text'
import { rollUps } from '../org/roll-ups'
import { countLabel } from '../text'
import { nodeId } from '../tree/org-tree'

/** One stop of a presentation: the node to show and the caption read out beneath it. */
export interface TourStep {
  /** Graph node id (see nodeId); the hiring stop shows the whole chart ("company"). */
  id: string
  kind: 'company' | 'division' | 'group' | 'team' | 'hiring'
  title: string
  caption: string
  /** Where this stop sits: "Core · 3 of 9", for the presenter's orientation. */
  context: string
  /** The hiring stop's roles: every open one, in catalog order. */
  roles?: readonly RoleEntry[]
}

/**
 * The guided tour a hiring manager steps through: the company, then each division followed by
 * its own teams and then each of its groups (a group followed by its teams and groups, depth
 * first: the chart's reading order), and, when any role is open, a last stop listing them.
 */
export function tourSteps(catalog: Catalog): TourStep[] {
  const { company, byId } = rollUps(catalog)
  const steps: TourStep[] = [
    {
      id: nodeId.company(),
      kind: 'company',
      title: catalog.company.name,
      caption: catalog.company.summary,
      context: [
        `${countLabel(catalog.divisions.length, 'division')} · ${countLabel(company.teams, 'team')}`,
        ...rollUpParts(company)
      ].join(' · ')
    }
  ]
  const visit = (unit: OrgUnit, where: string): void => {
    const totals = byId.get(unit.id)!
    steps.push({
      id: unit.kind === 'division' ? nodeId.division(unit) : nodeId.group(unit),
      kind: unit.kind,
      title: unit.name,
      caption: unit.summary,
      context: [
        ...(unit.kind === 'group' ? [where] : []),
        ...(unit.groups.length > 0 ? [countLabel(unit.groups.length, 'group')] : []),
        countLabel(totals.teams, 'team'),
        ...rollUpParts(totals)
      ].join(' · ')
    })
    const here = unit.kind === 'division' ? unit.name : `${where} › ${unit.name}`
    unit.teams.forEach((team, i) => {
      steps.push({
        id: nodeId.team(team),
        kind: 'team',
        title: team.name,
        caption:
          team.status === 'forming'
            ? `${team.summary || 'This team is being defined.'} (forming)`
            : team.summary,
        context: [
          `${here} · ${i + 1} of ${unit.teams.length}`,
          ...rollUpParts(byId.get(team.id)!)
        ].join(' · ')
      })
    })
    for (const group of unit.groups) visit(group, here)
  }
  for (const division of catalog.divisions) visit(divisionUnit(division), division.name)

  const open = openRoles(catalog)
  if (open.length > 0) steps.push(hiringStep(catalog, open))
  return steps
}

function hiringStep(catalog: Catalog, open: RoleEntry[]): TourStep {
  const teams = new Set(open.map((entry) => entry.team.id)).size
  const soon = roleIndex(catalog).length - open.length
  const list = open.map((entry) => `${entry.role.title} (${entry.team.name})`).join(', ')
  return {
    id: nodeId.company(),
    kind: 'hiring',
    title: 'Hiring now',
    caption: `${list}.${soon > 0 ? ` ${countLabel(soon, 'more role')} opening soon.` : ''}`,
    context: `${countLabel(open.length, 'open role')} in ${countLabel(teams, 'team')}`,
    roles: open
  }
}
