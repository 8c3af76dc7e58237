import { roleIndex, rolesWithTechnologies, type RoleEntry } from '../../shared/org/open-roles'
import { FILE_NOTE } from '../args/catalog-arg'
import { loadCatalogArg } from '../command/load-catalog-arg'
import { defineCommand } from '../command/define-command'
import { listValues } from '../args/list-values'
import { resolveTechnologyArgs } from '../command/technology-args'
import { EXIT_FAILURE } from '../output/io'
import { table } from '../output/table'

/** `orgscope roles [--tech A,B]`: the roles a catalog lists, for a candidate or a recruiter. */
export const roles = defineCommand({
  usage: 'roles [file] [--tech A,B] [--json]',
  summary: 'list the open and upcoming roles, with their teams and technologies',
  help: ({ usage, summary }) => `Usage: orgscope ${usage}

${summary}, in catalog order.
  --tech A,B     only roles that work with any of these technologies (by name or alias,
                 repeatable); a technology family stands for its members too
  --json         print [{ team, division, group, title, level, location, remote, url,
                 technologies, status }]: team and division by id, group as the names of the
                 team's groups from the division down; absent fields are null
status is "open" (hiring now) or "soon". ${FILE_NOTE}`,
  options: { tech: { type: 'string', short: 't', multiple: true }, json: { type: 'boolean' } },
  positionals: { max: 1 },
  async run({ values, positionals }, io) {
    const loaded = await loadCatalogArg(positionals[0], io)
    if (!loaded) return EXIT_FAILURE
    const { catalog } = loaded
    const technologies = resolveTechnologyArgs(catalog, listValues(values.tech), io, 'roles')
    if (!technologies) return EXIT_FAILURE
    const found =
      technologies.length > 0 ? rolesWithTechnologies(catalog, technologies) : roleIndex(catalog)
    const rows = found.map(roleRow)
    if (values.json) {
      io.stdout(JSON.stringify(rows, null, 2))
      return 0
    }
    if (rows.length === 0) {
      io.stdout(
        technologies.length > 0
          ? `no role works with ${technologies.join(' or ')}`
          : 'this catalog lists no roles'
      )
      return 0
    }
    io.stdout(
      table(
        ['left', 'left', 'left', 'left', 'left'],
        ['ROLE', 'STATUS', 'LOCATION', 'TECHNOLOGIES', 'TEAM'],
        ...found.map((entry, i) => [
          titleWithLevel(rows[i]),
          rows[i].status,
          place(rows[i]),
          rows[i].technologies.join(', '),
          `${entry.team.name} (${[entry.division.name, ...rows[i].group].join(' › ')})`
        ])
      )
    )
    return 0
  }
})

function roleRow({ role, team, division, groups }: RoleEntry) {
  return {
    team: team.id,
    division: division.id,
    group: groups.map((group) => group.name),
    title: role.title,
    level: role.level ?? null,
    location: role.location ?? null,
    remote: role.remote ?? null,
    url: role.url ?? null,
    technologies: role.technologies,
    status: role.status
  }
}

/** "Backend Engineer (Senior)"; "Senior Android Engineer" when the title already says the level. */
function titleWithLevel({ title, level }: ReturnType<typeof roleRow>): string {
  if (!level || title.toLowerCase().includes(level.toLowerCase())) return title
  return `${title} (${level})`
}

/** "Berlin", "Remote", "Berlin or remote": where the role is, for the table. */
function place(row: ReturnType<typeof roleRow>): string {
  if (!row.remote) return row.location ?? ''
  if (!row.location) return 'Remote'
  // "Remote (EU)" already says it.
  return /remote/i.test(row.location) ? row.location : `${row.location} or remote`
}
