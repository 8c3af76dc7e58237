import type { Catalog } from '../catalog/catalog'
import type { DiffMark } from '../diff/diff-marks'
import type { TreeLayout } from '../layout/layout-tree'
import { walkUnits } from '../org/org-units'
import { relationList } from '../org/relations'
import { rollUpParts } from '../org/roll-up-text'
import { rollUps } from '../org/roll-ups'
import { countLabel } from '../text'

/** What the standalone page's details panel shows for one node: plain data, no markup. */
export interface NodeDetails {
  id: string
  kindLabel: string
  name: string
  status?: string
  summary?: string
  stack?: string[]
  mentions?: string[]
  technologies?: string[]
  projects?: { title: string; status: string; summary?: string }[]
  links?: { label: string; url: string }[]
  /** Catalog version 2: "Lead: Ada · 7 people", or a roll-up's "at least 21 people · 2 open roles". */
  people?: string
  responsibilities?: string[]
  roles?: { title: string; status: string; where?: string; technologies: string[]; url?: string }[]
  /** "Depends on Search", "Supported by Ranking Experiments". */
  relations?: string[]
  /** In a comparison: what changed about the node ("moved from Cloud", "stack: +Go"). */
  changes?: string[]
}

/**
 * Details of every node in the layout, read from the catalog (the layout holds only ids), with
 * what changed about it when the chart is a comparison.
 */
export function* walkLayoutDetails(
  catalog: Catalog,
  layout: TreeLayout,
  marks?: ReadonlyMap<string, DiffMark>
): Generator<NodeDetails> {
  for (const { node } of layout.nodes) {
    const mark = marks?.get(node.id)
    const base = { id: node.id, name: node.label, ...(mark && { changes: mark.notes }) }
    /** A division or a group: its summary, how many teams it holds in all, and its people. */
    const unit = (kindLabel: string, summary: string | undefined, teams: number) => ({
      ...base,
      kindLabel,
      summary,
      status: `${teams} teams`,
      people: peopleOf(catalog, node.ref)
    })
    switch (node.kind) {
      case 'company':
        yield { ...base, kindLabel: 'Company', summary: catalog.company.summary }
        break
      case 'division': {
        const division = catalog.divisions.find((d) => d.id === node.ref)
        yield unit('Division', division?.summary, division?.teams.length ?? 0)
        break
      }
      case 'group': {
        const group = [...walkUnits(catalog)].find(
          (candidate) => candidate.group && candidate.id === node.ref
        )
        yield unit('Group', group?.summary, group?.allTeams.length ?? 0)
        break
      }
      case 'team': {
        const team = catalog.divisions.flatMap((d) => d.teams).find((t) => t.id === node.ref)
        if (!team) break
        yield {
          ...base,
          kindLabel: 'Team',
          status: team.status === 'forming' ? 'Forming: still being defined' : undefined,
          summary: team.summary,
          stack: team.stack,
          mentions: team.mentions,
          projects: team.projects.map((p) => ({
            title: p.title,
            status: p.status,
            summary: p.summary
          })),
          links: team.links,
          people:
            [
              team.lead && `Lead: ${team.lead.name}`,
              team.members !== undefined && countLabel(team.members, 'person', 'people')
            ]
              .filter(Boolean)
              .join(' · ') || undefined,
          responsibilities: team.responsibilities,
          roles: team.roles.map((role) => ({
            title: role.title,
            status: role.status === 'open' ? 'open now' : 'opening soon',
            where:
              [
                role.level,
                role.location,
                role.remote && !/remote/i.test(role.location ?? '') && 'remote'
              ]
                .filter(Boolean)
                .join(' · ') || undefined,
            technologies: role.technologies,
            url: role.url
          })),
          relations: relationWords(catalog, team.id)
        }
        break
      }
      case 'project': {
        const project = catalog.divisions
          .flatMap((d) => d.teams)
          .flatMap((t) => t.projects)
          .find((p) => p.id === node.ref)
        if (!project) break
        yield {
          ...base,
          kindLabel: 'Project',
          status: project.status,
          summary: project.summary,
          technologies: project.technologies,
          links: project.links
        }
        break
      }
    }
  }
}

/** A division's or group's people and roles, when the catalog gives any. */
function peopleOf(catalog: Catalog, id: string): string | undefined {
  const totals = rollUps(catalog).byId.get(id)
  return totals ? rollUpParts(totals).join(' · ') || undefined : undefined
}

const RELATION_WORDS = {
  'depends-on': ['Depends on', 'Depended on by'],
  supports: ['Supports', 'Supported by'],
  collaborates: ['Collaborates with', 'Collaborates with']
} as const

/** The team's relations both ways, in words, as the app's details panel says them. */
function relationWords(catalog: Catalog, teamId: string): string[] {
  const name = (id: string) =>
    catalog.divisions.flatMap((d) => d.teams).find((t) => t.id === id)?.name ?? id
  return relationList(catalog)
    .filter((r) => r.from === teamId || r.to === teamId)
    .map((r) => {
      const outgoing = r.from === teamId
      return `${RELATION_WORDS[r.kind][outgoing ? 0 : 1]} ${name(outgoing ? r.to : r.from)}`
    })
}
