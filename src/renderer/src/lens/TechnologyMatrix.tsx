import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { Catalog, CatalogTeam } from '../../../shared/catalog/catalog'
import { technologyIndex } from '../../../shared/lens/technology-index'
import { roleIndex } from '../../../shared/org/open-roles'
import { nodeId } from '../../../shared/tree/org-tree'
import { useLensView } from '../store/derived-lens'
import { TechnologyLogo } from '../technology/TechnologyLogo'
import { compactCount } from './compact-count'
import { useAppStore, useCatalog } from '../store/store'

/**
 * Team × technology matrix: teams as rows grouped by division, technologies as columns ordered
 * by how many teams share them, so a shared technology reads as a full column. ● stated stack,
 * ○ mentioned. A column header selects the technology; a row header shows the team in the graph.
 */
export function TechnologyMatrix() {
  const catalog = useCatalog()
  const { match, colorOf } = useLensView()
  const { toggle, reveal } = useAppStore(
    useShallow((s) => ({ toggle: s.toggleTechnology, reveal: s.reveal }))
  )
  // Roles' technologies count too: a technology only a role asks for still gets its column.
  const columns = useMemo(
    () =>
      technologyIndex(catalog).filter(
        (usage) => usage.teams.length > 0 || hiringFor(catalog).has(usage.name)
      ),
    [catalog]
  )
  const roles = useMemo(() => roleIndex(catalog).length > 0, [catalog])

  return (
    <div className="matrix" data-testid="technology-matrix">
      <table>
        <caption className="visually-hidden">
          Teams and the technologies they use. Filled: stated stack. Hollow: mentioned. Ringed in
          green: a role open now asks for it.
        </caption>
        <thead>
          <tr>
            <th scope="col" className="matrix__corner">
              <span>Team</span>
            </th>
            {roles && (
              <th scope="col" className="matrix__col matrix__roles">
                <span className="matrix__label">Open roles</span>
              </th>
            )}
            {columns.map((usage) => {
              const color = colorOf(usage.name)
              return (
                <th key={usage.name} scope="col" className="matrix__col">
                  <button
                    type="button"
                    aria-pressed={color !== undefined}
                    onClick={() => toggle(usage.name)}
                    title={`${usage.name}: ${usage.teams.length} teams (${usage.stackTeams.length} stated)`}
                    style={color ? { color } : undefined}
                  >
                    <span className="matrix__label">
                      <TechnologyLogo name={usage.name} />
                      {usage.name}
                    </span>
                    <span className="matrix__count">{compactCount(usage.teams.length)}</span>
                  </button>
                </th>
              )
            })}
          </tr>
        </thead>
        {catalog.divisions.map((division) => (
          <tbody key={division.id}>
            <tr className="matrix__division">
              <th scope="rowgroup" colSpan={columns.length + (roles ? 2 : 1)}>
                {division.name}
              </th>
            </tr>
            {division.teams.map((team) => (
              <tr
                key={team.id}
                className={match.active && !match.teams.has(team.id) ? 'is-dim' : undefined}
                data-team={team.id}
              >
                <th scope="row">
                  <button type="button" onClick={() => reveal(nodeId.team(team))}>
                    {team.name}
                  </button>
                </th>
                {roles && <RolesCell roles={team.roles} />}
                {columns.map((usage) => {
                  const inStack = team.stack.includes(usage.name)
                  const mentioned = team.mentions.includes(usage.name)
                  const color = colorOf(usage.name)
                  const wanted = team.roles.some(
                    (role) => role.status === 'open' && role.technologies.includes(usage.name)
                  )
                  return (
                    <td
                      key={usage.name}
                      className={color ? 'is-selected' : undefined}
                      style={color ? { ['--col' as string]: color } : undefined}
                    >
                      {inStack ? (
                        <span
                          className="cell cell--stack"
                          role="img"
                          aria-label={`${usage.name}: stack`}
                        />
                      ) : mentioned ? (
                        <span
                          className="cell cell--mention"
                          role="img"
                          aria-label={`${usage.name}: mentioned`}
                        />
                      ) : null}
                      {wanted && (
                        // A role open now asks for it: a hiring-green ring around the cell.
                        <span
                          className="cell cell--hiring"
                          role="img"
                          aria-label={`${usage.name}: hiring for it`}
                        />
                      )}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  )
}

/** "2 open · 1 soon", with the roles' titles in a tooltip. */
function RolesCell({ roles }: { roles: CatalogTeam['roles'] }) {
  const open = roles.filter((role) => role.status === 'open').length
  const soon = roles.length - open
  const text = [open > 0 && `${open} open`, soon > 0 && `${soon} soon`].filter(Boolean).join(' · ')
  return (
    <td className="matrix__roles-cell" title={roles.map((role) => role.title).join('\n')}>
      {text}
    </td>
  )
}

const wantedMemo = new WeakMap<Catalog, ReadonlySet<string>>()

/** The technologies open roles ask for, once per catalog. */
function hiringFor(catalog: Catalog): ReadonlySet<string> {
  let found = wantedMemo.get(catalog)
  if (!found) {
    found = new Set(roleIndex(catalog).flatMap((entry) => entry.role.technologies))
    wantedMemo.set(catalog, found)
  }
  return found
}
