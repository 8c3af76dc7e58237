import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react'
import type { Catalog, CatalogProject } from '../../../shared/catalog/catalog'
import type { Link } from '../../../shared/catalog/schema'
import { CATEGORY_COLORS } from '../../../shared/theme/palette'
import { findEntity } from '../../../shared/tree/lookup'
import { nodeId } from '../../../shared/tree/org-tree'
import { useApi } from '../api'
import { selectTheme, useViewStore } from '../store'

/** Everything the catalog says about the selected node. Esc or × closes it. */
export function DetailsPanel({ catalog }: { catalog: Catalog }) {
  const selectedId = useViewStore((s) => s.selectedId)
  const select = useViewStore((s) => s.select)
  const focus = useViewStore((s) => s.focus)
  const focusId = useViewStore((s) => s.focusId)
  const heading = useRef<HTMLHeadingElement>(null)
  const entity = selectedId ? findEntity(catalog, selectedId) : undefined

  useEffect(() => {
    heading.current?.focus()
  }, [selectedId])
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && select(undefined)
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [select])

  if (!entity) return null
  const title =
    entity.kind === 'company'
      ? entity.catalog.company.name
      : entity.kind === 'division'
        ? entity.division.name
        : entity.kind === 'team'
          ? entity.team.name
          : entity.project.title
  const technology = (name: string) => catalog.technologies.find((t) => t.name === name)

  return (
    <aside className="details" aria-label="Details" data-testid="details-panel">
      <header className="details__header">
        <span className={`details__kind details__kind--${entity.kind}`}>{entity.kind}</span>
        {(entity.kind === 'division' || entity.kind === 'team') && selectedId !== focusId && (
          <button
            type="button"
            className="details__focus"
            onClick={() => focus(selectedId)}
            title="Show only this branch of the chart"
          >
            Focus branch
          </button>
        )}
        <button
          type="button"
          className="details__close"
          aria-label="Close details"
          onClick={() => select(undefined)}
        >
          ×
        </button>
      </header>
      <h2 ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {entity.kind === 'company' && (
        <>
          <p>{entity.catalog.company.summary}</p>
          <Section title="Divisions">
            <ul className="details__list">
              {entity.catalog.divisions.map((division) => (
                <li key={division.id}>
                  <NodeLink id={nodeId.division(division)}>{division.name}</NodeLink> ·{' '}
                  {division.teams.length} teams
                </li>
              ))}
            </ul>
          </Section>
          {entity.catalog.company.source && (
            <p className="details__muted">Source: {entity.catalog.company.source}</p>
          )}
        </>
      )}
      {entity.kind === 'division' && (
        <>
          <p>{entity.division.summary}</p>
          <Section title={`Teams (${entity.division.teams.length})`}>
            <ul className="details__list">
              {entity.division.teams.map((team) => (
                <li key={team.id}>
                  <NodeLink id={nodeId.team(team)}>{team.name}</NodeLink>
                  {team.status === 'forming' && <span className="badge">forming</span>}
                </li>
              ))}
            </ul>
          </Section>
        </>
      )}
      {entity.kind === 'team' && (
        <>
          <p className="details__muted">
            <NodeLink id={nodeId.division(entity.division)}>{entity.division.name}</NodeLink>{' '}
            division
            {entity.team.status === 'forming' && <span className="badge">forming</span>}
          </p>
          <p>{entity.team.summary}</p>
          {entity.team.stack.length > 0 && (
            <Section title="Stack (stated toolset)">
              <Chips
                names={entity.team.stack}
                kind="stack"
                label="Team stack"
                lookup={technology}
              />
            </Section>
          )}
          {entity.team.mentions.length > 0 && (
            <Section title="Also mentioned">
              <Chips
                names={entity.team.mentions}
                kind="mention"
                label="Mentioned technologies"
                lookup={technology}
              />
            </Section>
          )}
          <Section title={`Projects (${entity.team.projects.length})`}>
            {entity.team.projects.length === 0 ? (
              <p className="details__muted">No projects listed yet.</p>
            ) : (
              <ul className="details__projects">
                {entity.team.projects.map((project) => (
                  <li key={project.id}>
                    <ProjectSummary project={project} lookup={technology} />
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Links links={entity.team.links} />
        </>
      )}
      {entity.kind === 'project' && (
        <>
          <p className="details__muted">
            <NodeLink id={nodeId.team(entity.team)}>{entity.team.name}</NodeLink> ·{' '}
            {entity.division.name}
          </p>
          <ProjectSummary project={entity.project} lookup={technology} heading={false} />
        </>
      )}
    </aside>
  )
}

type Lookup = (name: string) => Catalog['technologies'][number] | undefined

function ProjectSummary({
  project,
  lookup,
  heading = true
}: {
  project: CatalogProject
  lookup: Lookup
  heading?: boolean
}) {
  return (
    <div className="project">
      {heading && (
        <h4>
          <NodeLink id={nodeId.project(project)}>{project.title}</NodeLink>
        </h4>
      )}
      <span className={`badge badge--${project.status}`}>{project.status}</span>
      {project.summary && <p>{project.summary}</p>}
      {project.technologies.length > 0 && (
        <Chips
          names={project.technologies}
          kind="stack"
          label={`Technologies of ${project.title}`}
          lookup={lookup}
        />
      )}
      <Links links={project.links} />
    </div>
  )
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="details__section">
      <h3>{title}</h3>
      {children}
    </section>
  )
}

function Chips({
  names,
  kind,
  label,
  lookup
}: {
  names: readonly string[]
  kind: 'stack' | 'mention'
  label: string
  lookup: Lookup
}) {
  const theme = useViewStore(selectTheme)
  return (
    <ul className="details__chips" aria-label={label}>
      {names.map((name) => {
        const technology = lookup(name)
        return (
          <li
            key={name}
            className={`chip chip--static chip--${kind}`}
            title={technology?.description}
            style={{
              ['--chip' as string]: CATEGORY_COLORS[technology?.category ?? 'tooling'][theme]
            }}
          >
            {name}
          </li>
        )
      })}
    </ul>
  )
}

function Links({ links }: { links: readonly Link[] }) {
  const api = useApi()
  if (links.length === 0) return null
  // Links never navigate the app's window: main (or the browser build) opens them outside.
  const open = (event: MouseEvent, url: string) => {
    event.preventDefault()
    void api.openExternal({ url }) // eng-disable OPEN_EXTERNAL_JS_CHECK (our API: main checks)
  }
  return (
    <ul className="details__links">
      {links.map((link) => (
        <li key={link.url + link.label}>
          <a href={link.url} onClick={(event) => open(event, link.url)} rel="noreferrer">
            {link.label} <span aria-hidden="true">↗</span>
          </a>
        </li>
      ))}
    </ul>
  )
}

/** A link to another node of the chart: selects it. */
function NodeLink({ id, children }: { id: string; children: ReactNode }) {
  const select = useViewStore((s) => s.select)
  return (
    <button type="button" className="node-link" onClick={() => select(id)}>
      {children}
    </button>
  )
}
