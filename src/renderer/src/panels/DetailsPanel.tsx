import { useCallback, useEffect, useRef, type MouseEvent, type ReactNode } from 'react'
import type { Catalog, CatalogProject } from '../../../shared/catalog/catalog'
import type { Link } from '../../../shared/catalog/schema'
import { CATEGORY_COLORS } from '../../../shared/theme/palette'
import { findEntity } from '../../../shared/tree/lookup'
import { nodeId } from '../../../shared/tree/org-tree'
import { useApi } from '../api/api'
import { DiffNotes } from '../compare/DiffNotes'
import { chartNodeElement } from '../graph/chart-node-element'
import { TechnologyLogo } from '../technology/TechnologyLogo'
import { selectTheme, useAppStore, useCatalog } from '../store/store'

/** Everything the catalog says about the selected node. Esc or × closes it. */
export function DetailsPanel() {
  const catalog = useCatalog()
  const selectedId = useAppStore((s) => s.selectedId)
  const select = useAppStore((s) => s.select)
  const focus = useAppStore((s) => s.focus)
  const focusId = useAppStore((s) => s.focusId)
  const heading = useRef<HTMLHeadingElement>(null)
  const panel = useRef<HTMLElement>(null)
  /** What had focus when the panel opened (a node, an outline item, a matrix row…). */
  const opener = useRef<HTMLElement | null>(null)
  const entity = selectedId ? findEntity(catalog, selectedId) : undefined

  useEffect(() => {
    if (!selectedId) {
      opener.current = null
      return
    }
    // Only on opening: a link inside the panel that selects another node keeps the opener.
    const active = document.activeElement
    if (!opener.current && active instanceof HTMLElement && !panel.current?.contains(active)) {
      opener.current = active === document.body ? null : active
    }
    heading.current?.focus()
  }, [selectedId])

  /** Closes the panel; if it had the keyboard focus, gives it back instead of dropping it. */
  const close = useCallback(() => {
    const active = document.activeElement
    const hadFocus = !active || active === document.body || panel.current?.contains(active)
    const target = hadFocus ? returnTarget(opener.current, selectedId) : null
    select(undefined)
    target?.focus()
  }, [select, selectedId])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // A dialog (search, saved views…) that handled Esc closes itself, not the details too.
      if (event.key === 'Escape' && !event.defaultPrevented && selectedId) close()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [close, selectedId])

  if (!entity) return null
  const title =
    entity.kind === 'company'
      ? entity.catalog.company.name
      : entity.kind === 'division'
        ? entity.division.name
        : entity.kind === 'group'
          ? entity.group.name
          : entity.kind === 'team'
            ? entity.team.name
            : entity.project.title
  const technology = (name: string) => catalog.technologies.find((t) => t.name === name)

  return (
    <aside ref={panel} className="details" aria-label="Details" data-testid="details-panel">
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
        <button type="button" className="details__close" aria-label="Close details" onClick={close}>
          ×
        </button>
      </header>
      <h2 ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {selectedId && <DiffNotes id={selectedId} />}
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

/**
 * Where focus goes when the panel closes. Opened from the chart (or from nothing: search, a
 * link): the chart node now selected, which is where the chart shows the reader to be, even
 * after following a link in the panel. Opened from another control (an outline item, a matrix
 * row, a "find your team" result): back to it. Failing both, the node, in the chart or outline.
 */
function returnTarget(opener: HTMLElement | null, selectedId: string | undefined) {
  const opened = opener?.isConnected ? opener : null
  if (opened && !opened.classList.contains('react-flow__node')) return opened
  if (!selectedId) return opened
  return (
    chartNodeElement(selectedId) ??
    opened ??
    document.querySelector<HTMLElement>(`[role="treeitem"][data-id="${CSS.escape(selectedId)}"]`)
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
  const theme = useAppStore(selectTheme)
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
            <TechnologyLogo name={name} />
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
  const select = useAppStore((s) => s.select)
  return (
    <button type="button" className="node-link" onClick={() => select(id)}>
      {children}
    </button>
  )
}
