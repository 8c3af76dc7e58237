import type { CatalogTeam } from '../../shared/catalog/catalog'
import { allTeams } from '../../shared/catalog/all-teams'
import { matchLens } from '../../shared/lens/match'
import { Lens } from '../../shared/lens/lens'
import { hiringTeamIds } from '../../shared/org/open-roles'
import { FILE_NOTE } from '../args/catalog-arg'
import { loadCatalogArg } from '../command/load-catalog-arg'
import { defineCommand } from '../command/define-command'
import { listValues } from '../args/list-values'
import { resolveTechnologyArgs } from '../command/technology-args'
import { EXIT_FAILURE } from '../output/io'
import { teamPlaces } from '../output/team-place'

/** The modes the lens schema allows, read from it so the CLI cannot offer a stale list. */
const MODES: readonly string[] = Lens.shape.mode.unwrap().options
const DEFAULT_MODE = Lens.shape.mode.def.defaultValue

/** `orgscope match --tech A,B`: the technology lens, from the command line. */
export const match = defineCommand({
  usage: `match [file] --tech A,B [--mode ${MODES.join('|')}] [--include-mentions] [--hiring] [--json]`,
  summary: 'list the teams and projects that use the given technologies',
  help: ({ usage, summary }) => `Usage: orgscope ${usage}

${summary}.
  --tech A,B            technologies by name or alias, case-insensitive (repeatable)
  --mode ${MODES.join('|').padEnd(14)} teams with any of them or all of them (default ${DEFAULT_MODE})
  --include-mentions    count technologies a team only mentions, not just its stack
  --hiring              only teams with a role open now (alone: every such team)
  --json                print { technologies, mode, includeMentions, teams, projects }
                        (and hiring: true with --hiring)
A technology family (Grafana, with Grafana Cloud in it) matches its members too. Projects match
on their own technologies. Teams inside groups are shown with their division and groups.
${FILE_NOTE}`,
  options: {
    tech: { type: 'string', short: 't', multiple: true },
    mode: { type: 'string' },
    'include-mentions': { type: 'boolean' },
    hiring: { type: 'boolean' },
    json: { type: 'boolean' }
  },
  positionals: { max: 1 },
  async run({ values, positionals }, io, fail) {
    const wanted = listValues(values.tech)
    const hiring = values.hiring === true
    if (wanted.length === 0 && !hiring) {
      return fail('choose technologies with --tech A,B (or teams hiring now with --hiring)')
    }
    const mode = values.mode ?? DEFAULT_MODE
    if (!MODES.includes(mode)) {
      return fail(`--mode must be ${MODES.map((m) => `"${m}"`).join(' or ')}, got "${mode}"`)
    }

    const loaded = await loadCatalogArg(positionals[0], io)
    if (!loaded) return EXIT_FAILURE
    const { catalog } = loaded
    const resolved = resolveTechnologyArgs(catalog, wanted, io, 'match')
    if (!resolved) return EXIT_FAILURE
    // "k8s,Kubernetes" is one technology, selected once, where it first appeared.
    const technologies = [...new Set(resolved)]
    const lens = Lens.parse({ technologies, mode, includeMentions: values['include-mentions'] })
    const found = matchLens(catalog, lens)

    const teams = allTeams(catalog)
    const hiringNow = hiring ? hiringTeamIds(catalog) : undefined
    // Without technologies the lens matches nothing, and --hiring alone lists every hiring team.
    const inLens = (id: string) => !found.active || found.teams.has(id)
    const matchedTeams = teams.filter(
      (team) => inLens(team.id) && (!hiringNow || hiringNow.has(team.id))
    )
    const matchedProjects = found.active
      ? teams
          .filter((team) => !hiringNow || hiringNow.has(team.id))
          .flatMap((team) =>
            team.projects
              .filter((project) => found.projects.has(project.id))
              .map((project) => ({ id: project.id, title: project.title, team: team.id }))
          )
      : []

    if (values.json) {
      io.stdout(
        JSON.stringify(
          {
            technologies: lens.technologies,
            mode: lens.mode,
            includeMentions: lens.includeMentions,
            teams: matchedTeams.map((team) => team.id),
            projects: matchedProjects,
            ...(hiring ? { hiring: true } : {})
          },
          null,
          2
        )
      )
      return 0
    }

    const projectTotal = teams.reduce((sum, team) => sum + team.projects.length, 0)
    const query = [
      ...(lens.technologies.length > 0
        ? [
            `${lens.technologies.join(lens.mode === 'all' ? ' and ' : ' or ')} ` +
              `(${lens.includeMentions ? 'stack and mentions' : 'stack only'})`
          ]
        : []),
      ...(hiring ? ['hiring now'] : [])
    ].join(', ')
    const lines = [
      `${query}: ${matchedTeams.length} of ${teams.length} teams, ` +
        `${matchedProjects.length} of ${projectTotal} projects`
    ]
    if (matchedTeams.length > 0) {
      const where = teamPlaces(catalog)
      const label = (team: CatalogTeam) =>
        team.groupPath.length > 0 ? `${team.name} (${where.get(team.id)})` : team.name
      const idWidth = Math.max(...matchedTeams.map((team) => team.id.length))
      const nameWidth = Math.max(...matchedTeams.map((team) => label(team).length))
      lines.push('', 'Teams:')
      for (const team of matchedTeams) {
        // Its marks: which of the selected technologies this team has, in selection order.
        const marks = (found.marks.get(team.id) ?? []).join(', ')
        lines.push(
          `  ${team.id.padEnd(idWidth)}  ${label(team).padEnd(nameWidth)}  ${marks}`.trimEnd()
        )
      }
    }
    if (matchedProjects.length > 0) {
      const width = Math.max(...matchedProjects.map((project) => project.id.length))
      lines.push('', 'Projects:')
      for (const project of matchedProjects) {
        lines.push(`  ${project.id.padEnd(width)}  ${project.title}`)
      }
    }
    io.stdout(lines.join('\n'))
    return 0
  }
})
