import type { Catalog, CatalogProject, CatalogRole, CatalogTeam } from '../catalog/catalog'
import {
  interestArea,
  interestEvidence,
  technologyPlaces,
  type InterestEvidence,
  type InterestEvidenceIndex,
  type TechnologyPlace
} from './interests'

/** What a candidate brings: canonical technology names and interest ids, most important first. */
export interface FitQuery {
  technologies: readonly string[]
  interests: readonly string[]
  /** Only teams with a role open now (status "open"). */
  onlyHiring?: boolean
}

/** Why a team fits, one fact per reason, each with the sentence a person reads. */
export type Reason = (
  | { kind: 'stack'; technology: string }
  | { kind: 'mention'; technology: string }
  | { kind: 'project'; project: string; title: string; technology: string }
  | { kind: 'project'; project: string; title: string; interest: string; evidence: string }
  | {
      kind: 'interest'
      interest: string
      /** Matched in the team's name or summary, or through the category of its technologies. */
      source: 'name' | 'summary' | TechnologyPlace
      evidence: string
    }
  | {
      kind: 'role'
      title: string
      status: CatalogRole['status']
      /** The role's technologies that are in the query, in the role's order ([] for none). */
      technologies: string[]
      url?: string
    }
  | { kind: 'forming' }
) & { text: string }

export interface TeamFit {
  team: string
  name: string
  /** The division's id. */
  division: string
  /** Ids of the team's groups, from the division down ([] directly under it). */
  groupPath: readonly string[]
  /** Whether the team has a role open now. */
  hiring: boolean
  /** 0–100: the share of the points this query could give any team. */
  score: number
  reasons: Reason[]
}

/*
 * Weights. A query is scored out of the points a perfect team would get: 3 per technology plus
 * 3 per interest, so a team that states every technology in its stack and is fully evidenced in
 * every interest scores 100, and adding a term to the query never inflates other scores.
 *
 * Technologies count once each, in the strongest place the team has them: a stated stack (3) is
 * what the team says it works with every day; a project listing it (2) is concrete work that uses
 * it, but not necessarily the team's toolset, and so is a role the team hires for with it (2:
 * the team will need it, whether or not its stack says so yet); a mention in its text (1) may
 * only be a product the team supports.
 *
 * Interests are weighted by how strongly the catalog says the team works in the area. Evidence is
 * summed and capped at FULL_EVIDENCE, which is "the team is named for it (3) and its summary says
 * so (2)"; a team reaches it as well through its summary plus several projects. Technology
 * categories add at most TECHNOLOGY_EVIDENCE_CAP: a toolset says what a team uses, its text what
 * it is about (a Grafana-using app team is not an SRE team).
 */
const TECHNOLOGY_POINTS: Record<TechnologyPlace, number> = { stack: 3, project: 2, mention: 1 }
const ROLE_POINTS = 2
const INTEREST_POINTS = 3
const EVIDENCE_STRENGTH = { name: 3, summary: 2, project: 1 } as const
const TECHNOLOGY_EVIDENCE: Record<TechnologyPlace, number> = {
  stack: 1,
  project: 0.5,
  mention: 0.5
}
const TECHNOLOGY_EVIDENCE_CAP = 2
const FULL_EVIDENCE = 5

/**
 * Teams ranked by how well they fit the candidate, best first, with the reasons. Teams that
 * match nothing are left out; equal scores keep catalog order, so the ranking is deterministic.
 * Names are trusted to be canonical (resolve them at the edge); a technology or interest the
 * catalog does not have simply matches no team, and still counts in the maximum.
 */
export function rankTeams(
  catalog: Catalog,
  query: FitQuery,
  evidence: InterestEvidenceIndex = interestEvidence(catalog)
): TeamFit[] {
  const technologies = [...new Set(query.technologies)]
  const interests = [...new Set(query.interests)]
  const maximum = technologies.length * TECHNOLOGY_POINTS.stack + interests.length * INTEREST_POINTS
  if (maximum === 0) return []

  const teams = catalog.divisions.flatMap((division) =>
    division.teams.map((team) => ({ team, division: division.id }))
  )
  return teams
    .map(({ team, division }, order) => {
      const reasons: Reason[] = []
      let points = 0
      const places = technologyPlaces(team)
      const hiredFor = new Set(team.roles.flatMap((role) => role.technologies))
      for (const technology of technologies) {
        const place = places.get(technology)
        const forRole = hiredFor.has(technology) ? ROLE_POINTS : 0
        if (place === undefined && forRole === 0) continue
        points += Math.max(place === undefined ? 0 : TECHNOLOGY_POINTS[place], forRole)
        reasons.push(...technologyReasons(team, technology))
      }
      const byInterest = evidence.get(team.id)
      for (const interest of interests) {
        const found = byInterest?.get(interest) ?? []
        if (found.length === 0) continue
        points += (INTEREST_POINTS * strength(found)) / FULL_EVIDENCE
        reasons.push(...interestReasons(interest, found))
      }
      // Roles first: what a candidate can apply for is the most useful thing to read.
      if (points > 0) reasons.unshift(...roleReasons(team, technologies))
      if (points > 0 && team.status === 'forming') {
        reasons.unshift({ kind: 'forming', text: 'the team is still being formed and defined' })
      }
      // A sliver of evidence still shows as 1, so "omitted" and "score 0" mean the same thing.
      const score = points === 0 ? 0 : Math.max(1, Math.round((100 * points) / maximum))
      const hiring = team.roles.some((role) => role.status === 'open')
      const fit: TeamFit = {
        team: team.id,
        name: team.name,
        division,
        groupPath: team.groupPath,
        hiring,
        score,
        reasons
      }
      return { fit, points, order }
    })
    .filter((entry) => entry.points > 0 && (!query.onlyHiring || entry.fit.hiring))
    .sort((a, b) => b.fit.score - a.fit.score || b.points - a.points || a.order - b.order)
    .map((entry) => entry.fit)
}

/** How strongly one team's evidence says it works in an area, 0..FULL_EVIDENCE. */
function strength(evidence: readonly InterestEvidence[]): number {
  let text = 0
  let technology = 0
  for (const item of evidence) {
    if (item.source === 'technology') technology += TECHNOLOGY_EVIDENCE[item.place]
    else text += EVIDENCE_STRENGTH[item.source]
  }
  return Math.min(FULL_EVIDENCE, text + Math.min(TECHNOLOGY_EVIDENCE_CAP, technology))
}

function technologyReasons(team: CatalogTeam, technology: string): Reason[] {
  const reasons: Reason[] = []
  if (team.stack.includes(technology)) {
    reasons.push({
      kind: 'stack',
      technology,
      text: `${technology} is in the team's stated stack`
    })
  } else if (team.mentions.includes(technology)) {
    reasons.push({
      kind: 'mention',
      technology,
      text: `the team's description mentions ${technology}, though not as its stated stack`
    })
  }
  for (const project of team.projects) {
    if (!project.technologies.includes(technology)) continue
    reasons.push({
      kind: 'project',
      project: project.id,
      title: project.title,
      technology,
      text: `${worksOn(project.status)} '${project.title}', which uses ${technology}`
    })
  }
  return reasons
}

/**
 * "hiring Senior Backend Engineer — Go, Kubernetes match you": each role of a team that fits,
 * open ones first, those that need the candidate's technologies before the others.
 */
function roleReasons(team: CatalogTeam, technologies: readonly string[]): Reason[] {
  const wanted = new Set(technologies)
  return team.roles
    .map((role, order) => ({
      role,
      order,
      matching: role.technologies.filter((name) => wanted.has(name))
    }))
    .sort(
      (a, b) =>
        Number(a.role.status === 'soon') - Number(b.role.status === 'soon') ||
        Number(b.matching.length > 0) - Number(a.matching.length > 0) ||
        a.order - b.order
    )
    .map(({ role, matching }) => {
      const verb = role.status === 'open' ? 'hiring' : 'soon hiring'
      const match =
        matching.length === 0
          ? ''
          : ` — ${listOf(matching)} ${matching.length === 1 ? 'matches' : 'match'} you`
      return {
        kind: 'role' as const,
        title: role.title,
        status: role.status,
        technologies: matching,
        ...(role.url ? { url: role.url } : {}),
        text: `${matching.length === 0 ? `also ${verb}` : verb} ${role.title}${match}`
      }
    })
}

function interestReasons(interest: string, evidence: readonly InterestEvidence[]): Reason[] {
  const label = interestArea(interest)?.label ?? interest
  const yourInterest = `your interest in ${label}`
  const reasons: Reason[] = []
  const technologies = new Map<TechnologyPlace, string[]>()
  for (const item of evidence) {
    switch (item.source) {
      case 'name':
        reasons.push({
          kind: 'interest',
          interest,
          source: 'name',
          evidence: item.excerpt,
          text: `its name, '${item.excerpt}', matches ${yourInterest}`
        })
        break
      case 'summary':
        reasons.push({
          kind: 'interest',
          interest,
          source: 'summary',
          evidence: item.excerpt,
          text: `matches ${yourInterest}: '${item.excerpt}'`
        })
        break
      case 'project': {
        // The quote is only worth repeating when it comes from the summary, not the title.
        const quote = item.inTitle ? '' : ` ('${item.excerpt}')`
        reasons.push({
          kind: 'project',
          project: item.project,
          title: item.title,
          interest,
          evidence: item.excerpt,
          text: `${worksOn(item.status)} '${item.title}'${quote}, which matches ${yourInterest}`
        })
        break
      }
      case 'technology':
        technologies.set(item.place, [...(technologies.get(item.place) ?? []), item.technology])
        break
    }
  }
  for (const [place, names] of technologies) {
    const list = listOf(names)
    const where = {
      stack: `${list} ${names.length === 1 ? 'is' : 'are'} in the team's stated stack`,
      project: `its projects use ${list}`,
      mention: `the team's description mentions ${list}`
    }[place]
    reasons.push({
      kind: 'interest',
      interest,
      source: place,
      evidence: names.join(', '),
      text: `matches ${yourInterest}: ${where}`
    })
  }
  return reasons
}

function worksOn(status: CatalogProject['status']): string {
  return { current: 'works on', recent: 'recently worked on', planned: 'plans to work on' }[status]
}

/** "A", "A and B", "A, B and C". */
function listOf(names: readonly string[]): string {
  return names.length <= 1
    ? names.join('')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}
