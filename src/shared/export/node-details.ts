import type { Catalog } from '../catalog/catalog'
import type { TreeLayout } from '../layout/layout-tree'
import { walkUnits } from '../org/org-units'

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
}

/** Details of every node in the layout, read from the catalog (the layout holds only ids). */
export function* walkLayoutDetails(catalog: Catalog, layout: TreeLayout): Generator<NodeDetails> {
  for (const { node } of layout.nodes) {
    const base = { id: node.id, name: node.label }
    switch (node.kind) {
      case 'company':
        yield { ...base, kindLabel: 'Company', summary: catalog.company.summary }
        break
      case 'division': {
        const division = catalog.divisions.find((d) => d.id === node.ref)
        yield {
          ...base,
          kindLabel: 'Division',
          summary: division?.summary,
          status: `${division?.teams.length ?? 0} teams`
        }
        break
      }
      case 'group': {
        const unit = [...walkUnits(catalog)].find(
          (candidate) => candidate.group && candidate.id === node.ref
        )
        yield {
          ...base,
          kindLabel: 'Group',
          summary: unit?.summary,
          status: `${unit?.allTeams.length ?? 0} teams`
        }
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
          links: team.links
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
