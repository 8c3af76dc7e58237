import { useCallback, useEffect, useRef, type MouseEvent, type ReactNode } from 'react'
import type {
  Catalog,
  CatalogDivision,
  CatalogGroup,
  CatalogProject,
  CatalogTeam
} from '../../../shared/catalog/catalog'
import type { Link } from '../../../shared/catalog/schema'
import { teamGroups } from '../../../shared/org/org-units'
import { relationList, type TeamRelation } from '../../../shared/org/relations'
import { rollUpParts } from '../../../shared/org/roll-up-text'
import { rollUps } from '../../../shared/org/roll-ups'
import { countLabel } from '../../../shared/text'
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
        {(entity.kind === 'division' || entity.kind === 'group' || entity.kind === 'team') &&
          selectedId !== focusId && (
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
          <RollUpLine catalog={catalog} id={entity.division.id} />
          <p>{entity.division.summary}</p>
          <TeamsSection teams={entity.division.teams} />
        </>
      )}
      {entity.kind === 'group' && (
        <>
          <UnitPath division={entity.division} groups={entity.path.slice(0, -1)} />
          <RollUpLine catalog={catalog} id={entity.group.id} />
          <p>{entity.group.summary}</p>
          {entity.group.groups.length > 0 && (
            <Section title={`Groups (${entity.group.groups.length})`}>
              <ul className="details__list">
                {entity.group.groups.map((group) => (
                  <li key={group.id}>
                    <NodeLink id={nodeId.group(group)}>{group.name}</NodeLink>
                  </li>
                ))}
              </ul>
            </Section>
          )}
          {entity.group.teamIds.length > 0 && (
            // The group's teams, in the group's own order.
            <TeamsSection
              teams={entity.group.teamIds.flatMap(
                (id) => entity.division.teams.find((team) => team.id === id) ?? []
              )}
            />
          )}
        </>
      )}
      {entity.kind === 'team' && (
        <>
          <UnitPath division={entity.division} groups={teamGroups(entity.division, entity.team)}>
            {entity.team.groupPath.length === 0 && ' division'}
            {entity.team.status === 'forming' && <span className="badge">forming</span>}
          </UnitPath>
          <TeamPeople team={entity.team} />
          <p>{entity.team.summary}</p>
          {entity.team.responsibilities.length > 0 && (
            <Section title="Responsibilities">
              <ul className="details__bullets" aria-label="Responsibilities">
                {entity.team.responsibilities.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </Section>
          )}
          {entity.team.roles.length > 0 && (
            <Section title={`Roles (${entity.team.roles.length})`}>
              <ul className="details__roles" aria-label="Roles">
                {entity.team.roles.map((role, i) => (
                  <li key={i} className="role">
                    <h4>
                      <ExternalLink url={role.url}>{role.title}</ExternalLink>
                    </h4>
                    <span className={`badge badge--role-${role.status}`}>
                      {role.status === 'open' ? 'open now' : 'opening soon'}
                    </span>
                    {roleWhere(role) && <p className="details__muted">{roleWhere(role)}</p>}
                    <TechnologiesOf item={role} lookup={technology} />
                  </li>
                ))}
              </ul>
            </Section>
          )}
          <TeamTechnologies kind="stack" names={entity.team.stack} lookup={technology} />
          <TeamTechnologies kind="mention" names={entity.team.mentions} lookup={technology} />
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
          <TeamRelations catalog={catalog} team={entity.team} />
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

/** How a team knows a technology: stated in its stack, or only mentioned in its text. */
type TechnologyKind = 'stack' | 'mention'

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
      <TechnologiesOf item={project} lookup={lookup} />
      <Links links={project.links} />
    </div>
  )
}

/** Where a group or team sits: its division, then each group down to it, each a link. */
function UnitPath({
  division,
  groups,
  children
}: {
  division: CatalogDivision
  groups: readonly CatalogGroup[]
  children?: ReactNode
}) {
  return (
    <p className="details__muted">
      <NodeLink id={nodeId.division(division)}>{division.name}</NodeLink>
      {groups.map((group) => (
        <span key={group.id}>
          {' › '}
          <NodeLink id={nodeId.group(group)}>{group.name}</NodeLink>
        </span>
      ))}
      {children}
    </p>
  )
}

/** A division's or group's teams, each a link to its card, with a badge on those forming. */
function TeamsSection({ teams }: { teams: readonly CatalogTeam[] }) {
  return (
    <Section title={`Teams (${teams.length})`}>
      <ul className="details__list">
        {teams.map((team) => (
          <li key={team.id}>
            <NodeLink id={nodeId.team(team)}>{team.name}</NodeLink>
            {team.status === 'forming' && <span className="badge">forming</span>}
          </li>
        ))}
      </ul>
    </Section>
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

/** A team's section of each kind of technology: its heading, and its list's name for screen readers. */
const TECHNOLOGY_WORDS: Record<TechnologyKind, { title: string; label: string }> = {
  stack: { title: 'Stack (stated toolset)', label: 'Team stack' },
  mention: { title: 'Also mentioned', label: 'Mentioned technologies' }
}

/** A team's stated stack, or the technologies its text mentions: a section, when it has any. */
function TeamTechnologies({
  kind,
  names,
  lookup
}: {
  kind: TechnologyKind
  names: readonly string[]
  lookup: Lookup
}) {
  if (names.length === 0) return null
  const { title, label } = TECHNOLOGY_WORDS[kind]
  return (
    <Section title={title}>
      <Chips names={names} kind={kind} label={label} lookup={lookup} />
    </Section>
  )
}

/** The technologies a role asks for or a project uses, when it names any. */
function TechnologiesOf({
  item,
  lookup
}: {
  item: { title: string; technologies: readonly string[] }
  lookup: Lookup
}) {
  if (item.technologies.length === 0) return null
  return (
    <Chips
      names={item.technologies}
      kind="stack"
      label={`Technologies of ${item.title}`}
      lookup={lookup}
    />
  )
}

function Chips({
  names,
  kind,
  label,
  lookup
}: {
  names: readonly string[]
  kind: TechnologyKind
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

/** "5 teams · at least 25 people · 3 open roles": a division's or group's roll-up. */
function RollUpLine({ catalog, id }: { catalog: Catalog; id: string }) {
  const totals = rollUps(catalog).byId.get(id)
  if (!totals) return null
  return (
    <p className="details__rollup" data-testid="details-rollup">
      {[countLabel(totals.teams, 'team'), ...rollUpParts(totals)].join(' · ')}
    </p>
  )
}

/** The team's lead (a link when the catalog gives one) and headcount, when the catalog says. */
function TeamPeople({ team }: { team: CatalogTeam }) {
  if (!team.lead && team.members === undefined) return null
  return (
    <p className="details__people" data-testid="details-people">
      {team.lead && (
        <>
          Lead: <ExternalLink url={team.lead.url}>{team.lead.name}</ExternalLink>
        </>
      )}
      {team.lead && team.members !== undefined && ' · '}
      {team.members !== undefined && countLabel(team.members, 'person', 'people')}
    </p>
  )
}

/** "Senior · Lisbon · remote": where and at what level a role is, from what the catalog says. */
function roleWhere(role: CatalogTeam['roles'][number]): string {
  // "Remote (EU)" already says it: no second "remote".
  const remote = role.remote && !/remote/i.test(role.location ?? '')
  return [role.level, role.location, remote && 'remote'].filter(Boolean).join(' · ')
}

/** How a relation reads from the team named first, and from the other one. */
const RELATION_WORDS: Record<TeamRelation['kind'], { from: string; to: string }> = {
  'depends-on': { from: 'Depends on', to: 'Depended on by' },
  supports: { from: 'Supports', to: 'Supported by' },
  collaborates: { from: 'Collaborates with', to: 'Collaborates with' }
}

/** The team's dotted lines, both ways: each other team is a link that selects it. */
function TeamRelations({ catalog, team }: { catalog: Catalog; team: CatalogTeam }) {
  const mine = relationList(catalog).filter((r) => r.from === team.id || r.to === team.id)
  if (mine.length === 0) return null
  const name = (id: string) => catalog.divisions.flatMap((d) => d.teams).find((t) => t.id === id)
  return (
    <Section title={`Relations (${mine.length})`}>
      <ul className="details__list" aria-label="Relations">
        {mine.map((relation) => {
          const outgoing = relation.from === team.id
          const other = outgoing ? relation.to : relation.from
          const words = RELATION_WORDS[relation.kind]
          return (
            <li key={`${relation.from}>${relation.to}:${relation.kind}`}>
              <span className={`relation-kind relation-kind--${relation.kind}`}>
                {outgoing ? words.from : words.to}
              </span>{' '}
              <NodeLink id={nodeId.team({ id: other })}>{name(other)?.name ?? other}</NodeLink>
            </li>
          )
        })}
      </ul>
    </Section>
  )
}

/** Text that opens `url` in the system browser (through the app's checked path), or plain text. */
function ExternalLink({ url, children }: { url?: string; children: ReactNode }) {
  const api = useApi()
  if (!url) return <>{children}</>
  return (
    <a
      href={url}
      rel="noreferrer"
      onClick={(event) => {
        event.preventDefault()
        void api.openExternal({ url }) // eng-disable OPEN_EXTERNAL_JS_CHECK (our API: main checks)
      }}
    >
      {children} <span aria-hidden="true">↗</span>
    </a>
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
