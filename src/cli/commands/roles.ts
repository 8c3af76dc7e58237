import { loadCatalogFile } from '../../node/catalog/load-file'
import { formatDiagnostic } from '../../shared/catalog/diagnostic'
import { resolveTechnology } from '../../shared/lens/resolve-technology'
import { roleIndex, rolesWithTechnologies, type RoleEntry } from '../../shared/org/open-roles'
import { catalogArg, FILE_NOTE } from '../args/catalog-arg'
import { listValues } from '../args/list-values'
import { parseCommandArgs } from '../args/parse-command-args'
import { EXIT_FAILURE, type Io } from '../output/io'
import { table } from '../output/table'
import { usageError } from '../output/usage-error'

export const ROLES_USAGE = 'roles [file] [--tech A,B] [--json]'
export const ROLES_SUMMARY = 'list the open and upcoming roles, with their teams and technologies'

const OPTIONS = {
  tech: { type: 'string', short: 't', multiple: true },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' }
} as const

const HELP = `Usage: orgscope ${ROLES_USAGE}

${ROLES_SUMMARY}, in catalog order.
  --tech A,B     only roles that work with any of these technologies (by name or alias,
                 repeatable); a technology family stands for its members too
  --json         print [{ team, division, group, title, level, location, remote, url,
                 technologies, status }]: team and division by id, group as the names of the
                 team's groups from the division down; absent fields are null
status is "open" (hiring now) or "soon". ${FILE_NOTE}`

/** `orgscope roles [--tech A,B]`: the roles a catalog lists, for a candidate or a recruiter. */
export async function roles(args: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs(args, OPTIONS)
  if (!parsed.ok) return usageError(io, 'roles', parsed.message, ROLES_USAGE)
  const { values, positionals } = parsed.value
  if (values.help) {
    io.stdout(HELP)
    return 0
  }
  if (positionals.length > 1) {
    return usageError(io, 'roles', `expected one file, got ${positionals.length}`, ROLES_USAGE)
  }
  const result = await loadCatalogFile(catalogArg(positionals[0]))
  if (!result.ok) {
    io.stderr(result.errors.map(formatDiagnostic).join('\n'))
    return EXIT_FAILURE
  }
  const catalog = result.value
  const technologies: string[] = []
  let failed = false
  for (const name of listValues(values.tech)) {
    const resolved = resolveTechnology(catalog, name)
    if (resolved.ok) technologies.push(resolved.name)
    else {
      failed = true
      const hint = resolved.hint ?? 'run "orgscope techs" to list them'
      io.stderr(`orgscope roles: ${resolved.message} (${hint})`)
    }
  }
  if (failed) return EXIT_FAILURE
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
        [rows[i].title, rows[i].level && `(${rows[i].level})`].filter(Boolean).join(' '),
        rows[i].status,
        place(rows[i]),
        rows[i].technologies.join(', '),
        `${entry.team.name} (${[entry.division.name, ...rows[i].group].join(' › ')})`
      ])
    )
  )
  return 0
}

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

/** "Berlin", "Remote", "Berlin or remote": where the role is, for the table. */
function place(row: ReturnType<typeof roleRow>): string {
  if (!row.remote) return row.location ?? ''
  if (!row.location) return 'Remote'
  // "Remote (EU)" already says it.
  return /remote/i.test(row.location) ? row.location : `${row.location} or remote`
}
