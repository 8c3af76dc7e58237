import type { Catalog } from '../../shared/catalog/catalog'
import { allTeams } from '../../shared/catalog/all-teams'
import {
  catalogInterests,
  interestArea,
  interestEvidence,
  resolveInterest,
  type Interest
} from '../../shared/fit/interests'
import { rankTeams, type TeamFit } from '../../shared/fit/rank'
import { FILE_NOTE } from '../args/catalog-arg'
import { loadCatalogArg } from '../command/load-catalog-arg'
import { defineCommand } from '../command/define-command'
import { listValues } from '../args/list-values'
import { resolveTechnologyArgs } from '../command/technology-args'
import { EXIT_FAILURE } from '../output/io'
import { table } from '../output/table'
import { teamPlaces } from '../output/team-place'

/** `orgscope fit --tech A,B --interest x`: candidate fit ranking, from the command line. */
export const fit = defineCommand({
  usage: 'fit [file] --tech A,B [--interest a,b] [--hiring] [--json] | --list-interests',
  summary: "rank teams by how well they fit a candidate's technologies and interests",
  help: ({ summary }) => `Usage: orgscope fit [file] --tech A,B [--interest a,b] [--hiring] [--json]
       orgscope fit --list-interests [file] [--json]

${summary}, best first, with the reasons.
  --tech A,B            technologies by name or alias, case-insensitive (repeatable)
  --interest a,b        interest ids or aliases, e.g. security, sre (repeatable)
  --hiring              only teams with a role open now
  --list-interests      list the interests this catalog offers, with their teams
  --json                print [{ team, score, reasons }] (or the interests) as JSON
Give --tech, --interest or both. Scores are 0-100: the share of what a team fitting every
technology and interest would get. A stated stack counts more than a project, a project more
than a mention; a technology a team hires for counts as much as a project, and its roles come
first among the reasons ("hiring Senior Backend Engineer — Go matches you"). ${FILE_NOTE}`,
  options: {
    tech: { type: 'string', short: 't', multiple: true },
    interest: { type: 'string', short: 'i', multiple: true },
    'list-interests': { type: 'boolean' },
    hiring: { type: 'boolean' },
    json: { type: 'boolean' }
  },
  positionals: { max: 1 },
  async run({ values, positionals }, io, fail) {
    const listing = values['list-interests'] === true
    const wantedTechs = listValues(values.tech)
    const wantedInterests = listValues(values.interest)
    if (listing && (wantedTechs.length > 0 || wantedInterests.length > 0)) {
      return fail('--list-interests takes no --tech or --interest')
    }
    if (!listing && wantedTechs.length === 0 && wantedInterests.length === 0) {
      return fail('choose technologies with --tech A,B, interests with --interest a,b, or both')
    }

    const loaded = await loadCatalogArg(positionals[0], io)
    if (!loaded) return EXIT_FAILURE
    const { catalog } = loaded
    // Computed once: both the interest list and the ranking read it.
    const evidence = interestEvidence(catalog)
    const offered = catalogInterests(catalog, evidence)
    if (listing) {
      io.stdout(values.json ? JSON.stringify(offered, null, 2) : interestTable(offered))
      return 0
    }

    // Unknown technologies are reported first, then unknown interests: one run shows every mistake.
    const technologies = resolveTechnologyArgs(catalog, wantedTechs, io, 'fit')
    const problems: string[] = []
    const interests: string[] = []
    for (const name of wantedInterests) {
      const resolved = resolveInterest(offered, name)
      if (resolved.ok) interests.push(resolved.id)
      else
        problems.push(resolved.hint ? `${resolved.message} (${resolved.hint})` : resolved.message)
    }
    if (!technologies || problems.length > 0) {
      for (const problem of problems) io.stderr(`orgscope fit: ${problem}`)
      if (problems.length > 0) {
        io.stderr(`Interests in this catalog: ${offered.map((i) => i.id).join(', ')}`)
      }
      return EXIT_FAILURE
    }

    const fits = rankTeams(
      catalog,
      { technologies, interests, onlyHiring: values.hiring === true },
      evidence
    )
    if (values.json) {
      const rows = fits.map(({ team, score, reasons }) => ({ team, score, reasons }))
      io.stdout(JSON.stringify(rows, null, 2))
      return 0
    }
    io.stdout(fitReport(catalog, fits, technologies, interests, values.hiring === true))
    return 0
  }
})

/** "Go, Kubernetes and an interest in security": the query, as the heading says it. */
function describeQuery(technologies: string[], interests: string[]): string {
  const labels = [...new Set(interests)].map((id) => interestArea(id)?.label ?? id)
  const parts = [
    ...(technologies.length > 0 ? [[...new Set(technologies)].join(', ')] : []),
    ...(labels.length > 0 ? [`an interest in ${labels.join(', ')}`] : [])
  ]
  return parts.join(' and ')
}

/** Ranked teams, best first, each with its reasons indented beneath it. */
function fitReport(
  catalog: Catalog,
  fits: TeamFit[],
  technologies: string[],
  interests: string[],
  onlyHiring: boolean
): string {
  const total = allTeams(catalog).length
  const among = onlyHiring ? ` (only teams hiring now)` : ''
  const heading = `Teams for ${describeQuery(technologies, interests)}${among}: ${fits.length} of ${total} fit`
  if (fits.length === 0) return heading
  const where = teamPlaces(catalog)
  const rankWidth = String(fits.length).length
  const lines = [heading]
  fits.forEach((fit, i) => {
    const rank = `${String(i + 1).padStart(rankWidth)}.`
    const score = String(fit.score).padStart(3)
    lines.push('', `${rank} ${score}  ${fit.name} (${fit.team}, ${where.get(fit.team)})`)
    const indent = ' '.repeat(rank.length + 6)
    for (const reason of fit.reasons) lines.push(`${indent}- ${reason.text}`)
  })
  return lines.join('\n')
}

function interestTable(interests: Interest[]): string {
  return table(
    ['left', 'left', 'right', 'left'],
    ['INTEREST', 'LABEL', 'TEAMS', 'TEAM IDS'],
    ...interests.map((i) => [i.id, i.label, String(i.teams.length), i.teams.join(', ')])
  )
}
