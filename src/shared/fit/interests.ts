import type { Catalog, CatalogProject, CatalogTeam } from '../catalog/catalog'
import { allTeams } from '../catalog/all-teams'
import { didYouMean } from '../catalog/did-you-mean'
import { escapeRegExp } from '../escape-reg-exp'
import type { TechnologyCategory } from '../catalog/schema'

/**
 * An area of work a candidate can say they care about ("security", "SRE"). The vocabulary below
 * is generic, not written for any one company: which areas a catalog offers, and which teams fit
 * each, is read from the catalog's own words and technology categories.
 */
export interface InterestArea {
  /** Stable kebab-case id, what `--interest` and saved state use. */
  id: string
  label: string
  description: string
  /** Other names a person may type for it (`--interest reliability`). */
  aliases: readonly string[]
  /**
   * Words and phrases that signal the area in a team's name, summary and projects, matched
   * case-insensitively on word boundaries:
   * - `"word"` matches the word and its plural (`"proxy"` also needs `"proxies"` listed);
   * - `"stem*"` matches every word starting with the stem (`"secur*"`: secure, security,
   *   securing), the simple stemming that lets one entry cover a word's forms;
   * - a space or hyphen inside matches a space, a hyphen or nothing (`"front end"`: frontend,
   *   front-end, front end).
   */
  terms: readonly string[]
  /** Registry categories whose technologies (stack, projects, mentions) signal the area. */
  categories: readonly TechnologyCategory[]
}

/**
 * The vocabulary, in the order interests are listed. Terms and aliases are comma-separated (see
 * InterestArea.terms for the syntax). Terms are chosen to be specific: a word common in every
 * engineering text ("production", "data", "distributed" alone) would put every team in every
 * area; where a word is left out on purpose, the comment says why.
 */
const VOCABULARY: readonly (Omit<InterestArea, 'terms' | 'aliases'> & {
  terms: string
  aliases: string
})[] = [
  {
    id: 'security',
    label: 'security',
    description: 'Application and infrastructure security: authentication, access control, audits',
    aliases: 'appsec, infosec, secure',
    // secur*/insecur* cover secure, security, securely; the rest are the field's core activities.
    terms: `secur*, insecur*, vulnerab*, threat model*, authenticat*, authoriz*, authoris*,
      access control*, mfa, 2fa, second factor, zero trust, cryptograph*, encrypt*, audit*,
      compliance, penetration test*, pen test*, supply chain, breach*, attack*`,
    categories: ['security']
  },
  {
    id: 'sre',
    label: 'SRE / reliability',
    description: 'Running production: reliability, incidents, on-call, disaster recovery',
    aliases: 'reliability, site-reliability',
    terms: `sre, site reliability, reliab*, resilien*, robust*, production engineering, on call,
      incident*, disaster recovery, post mortem*, uptime, error budget*, slo, sla`,
    // Monitoring is an SRE practice, so an observability toolset is (weaker) evidence too.
    categories: ['observability']
  },
  {
    id: 'observability',
    label: 'observability',
    description: 'Monitoring, metrics, logs, tracing and alerting',
    aliases: 'monitoring',
    // Not "dashboard": in practice it names admin panels as often as metrics views.
    terms: 'observab*, monitor*, metric*, logging, tracing, alert*, telemetry, instrument*',
    categories: ['observability']
  },
  {
    id: 'frontend',
    label: 'frontend',
    description: 'Web user interfaces and the user experience',
    aliases: 'front-end, web, ui, ux',
    // Not "web application": teams that proxy or host web apps say it as often as those that
    // build them.
    terms: `front end, user interface*, ui, ux, user experience, browser*, css, design system*,
      accessibility, single page app*`,
    categories: ['frontend']
  },
  {
    id: 'desktop',
    label: 'desktop',
    description: 'Desktop applications and remote desktop experiences',
    aliases: 'desktop-apps',
    terms: 'desktop*, native app*, macos, electron',
    categories: []
  },
  {
    id: 'mobile',
    label: 'mobile',
    description: 'Mobile applications for iOS and Android',
    aliases: 'ios, android',
    terms: 'mobile, ios, android, react native',
    categories: []
  },
  {
    id: 'databases',
    label: 'databases / data',
    description: 'Databases, storage, data pipelines and analytics',
    aliases: 'data, database, db',
    // Not "data" alone: "data masking" or "customer data" say nothing about working on data.
    terms: `database*, datastore*, data store*, sql, nosql, storage, data pipeline*,
      data warehous*, etl, analytics`,
    categories: ['data']
  },
  {
    id: 'infrastructure',
    label: 'infrastructure / IaC',
    description: 'Infrastructure as code, provisioning, configuration management, containers',
    aliases: 'infra, iac, devops',
    terms: `infrastructure, infra, iac, provision*, configuration management, devops, container*,
      orchestrat*`,
    categories: ['infrastructure']
  },
  {
    id: 'cloud',
    label: 'cloud',
    description: 'Cloud platforms and hosted, multi-tenant services',
    aliases: 'saas',
    terms: 'cloud, saas, tenant*, multi tenan*, serverless',
    categories: ['cloud']
  },
  {
    id: 'networking',
    label: 'networking',
    description: 'Networks, proxies, routing and wire protocols',
    aliases: 'network, networks',
    terms: `network*, proxy, proxies, routing, load balanc*, nat, firewall*, dns, tcp, tls, vpn,
      cdn, protocol*`,
    // Protocol technologies (SSH, gRPC, HTTP/2) are networking work.
    categories: ['protocol']
  },
  {
    id: 'developer-tooling',
    label: 'developer tooling / CI-CD',
    description: 'Tools, automation and CI/CD that make engineers productive',
    aliases: 'tooling, devtools, ci-cd, ci, cicd, developer-productivity',
    terms: `developer tool*, developer productivity, developer experience, tooling, tools, ci, cd,
      continuous integration, continuous delivery, continuous deployment, build system*,
      automation, bot`,
    categories: ['ci-cd', 'tooling']
  },
  {
    id: 'performance',
    label: 'performance / scaling',
    description: 'Making systems fast and able to grow: scale, latency, throughput',
    aliases: 'scaling, scalability, perf',
    // The forms of "scale" are listed one by one: "scal*" would also match Scala.
    terms: `performance, performant, scale, scaled, scaling, scalab*, latency, throughput,
      optimi*, benchmark*, load test*`,
    categories: []
  },
  {
    id: 'distributed-systems',
    label: 'distributed systems',
    description: 'Clusters, replication, consensus and multi-region systems',
    aliases: 'distributed',
    // Not "distributed" alone: "a distributed environment" usually means a remote team.
    terms: `distributed system*, cluster*, consensus, replicat*, shard*, multi region*,
      fault toleran*, high availability, eventual consistency`,
    categories: []
  },
  {
    id: 'systems',
    label: 'systems / OS internals',
    description: 'Operating systems, kernels, low-level and hardware-facing code',
    aliases: 'kernel, os, low-level',
    terms: `kernel*, linux, operating system*, ebpf, syscall*, system call*, low level, hardware,
      embedded, firmware`,
    categories: []
  },
  {
    id: 'machine-learning',
    label: 'machine learning',
    description: 'Models, training and ML-powered features',
    aliases: 'ml, ai',
    terms: 'machine learning, ml, ai, llm*, deep learning, data science',
    categories: []
  }
]

/** The vocabulary with its lists split: what the rest of the app reads. */
export const INTEREST_AREAS: readonly InterestArea[] = VOCABULARY.map((area) => ({
  ...area,
  aliases: splitList(area.aliases),
  terms: splitList(area.terms)
}))

function splitList(list: string): string[] {
  return list.split(',').map((item) => item.trim())
}

/** An interest this catalog offers: a vocabulary area at least one team has evidence for. */
export interface Interest {
  id: string
  label: string
  description: string
  /** Team ids with any evidence for it, in catalog order. */
  teams: string[]
}

/** Where a technology sits in a team: the same three tiers the ranking weighs. */
export type TechnologyPlace = 'stack' | 'project' | 'mention'

/** One piece of evidence that a team works in an interest area. */
export type InterestEvidence =
  | { source: 'name'; excerpt: string }
  | { source: 'summary'; excerpt: string }
  | {
      source: 'project'
      project: string
      title: string
      status: CatalogProject['status']
      /** The words that matched, from the title when it matched, else from the summary. */
      excerpt: string
      inTitle: boolean
    }
  | { source: 'technology'; technology: string; place: TechnologyPlace }

/** For each team id, for each interest id it has evidence for, that evidence. */
export type InterestEvidenceIndex = ReadonlyMap<string, ReadonlyMap<string, InterestEvidence[]>>

/** One case-insensitive, word-bounded pattern per area, built once from the vocabulary. */
const PATTERNS = new Map(INTEREST_AREAS.map((area) => [area.id, areaPattern(area.terms)]))

function areaPattern(terms: readonly string[]): RegExp {
  const alternatives = terms.map((term) => {
    const stem = term.endsWith('*')
    const words = (stem ? term.slice(0, -1) : term).split(/[\s-]+/).map(escapeRegExp)
    return words.join('[\\s-]?') + (stem ? '[\\p{L}\\p{N}]*' : '(?:e?s)?')
  })
  // Lookarounds instead of \b: \b is ASCII-only and would split "café" or "naïve" mid-word.
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu')
}

/**
 * Every team's evidence for every interest area. Text (name, summary, each project) is searched
 * for the area's terms; technologies count by their registry category, once each, in the
 * strongest place the team has them (stack, then projects, then mentions).
 */
export function interestEvidence(catalog: Catalog): InterestEvidenceIndex {
  const categoryOf = new Map(catalog.technologies.map((t) => [t.name, t.category]))
  const index = new Map<string, Map<string, InterestEvidence[]>>()
  for (const team of allTeams(catalog)) {
    const places = technologyPlaces(team)
    const byInterest = new Map<string, InterestEvidence[]>()
    for (const area of INTEREST_AREAS) {
      const pattern = PATTERNS.get(area.id)!
      const evidence: InterestEvidence[] = []
      const inName = findExcerpt(team.name, pattern)
      if (inName !== undefined) evidence.push({ source: 'name', excerpt: team.name })
      const inSummary = findExcerpt(team.summary, pattern)
      if (inSummary !== undefined) evidence.push({ source: 'summary', excerpt: inSummary })
      for (const project of team.projects) {
        const inTitle = findExcerpt(project.title, pattern)
        const excerpt = inTitle ?? findExcerpt(project.summary ?? '', pattern)
        if (excerpt === undefined) continue
        evidence.push({
          source: 'project',
          project: project.id,
          title: project.title,
          status: project.status,
          excerpt: inTitle === undefined ? excerpt : project.title,
          inTitle: inTitle !== undefined
        })
      }
      for (const [technology, place] of places) {
        const category = categoryOf.get(technology)
        if (category !== undefined && area.categories.includes(category)) {
          evidence.push({ source: 'technology', technology, place })
        }
      }
      if (evidence.length > 0) byInterest.set(area.id, evidence)
    }
    index.set(team.id, byInterest)
  }
  return index
}

/** Each technology the team has, with its strongest place, in stack → projects → mentions order. */
export function technologyPlaces(team: CatalogTeam): Map<string, TechnologyPlace> {
  const places = new Map<string, TechnologyPlace>()
  const add = (name: string, place: TechnologyPlace) => {
    if (!places.has(name)) places.set(name, place)
  }
  for (const name of team.stack) add(name, 'stack')
  for (const project of team.projects) for (const name of project.technologies) add(name, 'project')
  for (const name of team.mentions) add(name, 'mention')
  return places
}

/**
 * The interests this catalog offers, in vocabulary order, each with the teams that have evidence
 * for it; areas no team has are left out, so a picker never offers an empty choice.
 */
export function catalogInterests(
  catalog: Catalog,
  evidence: InterestEvidenceIndex = interestEvidence(catalog)
): Interest[] {
  const teams = allTeams(catalog)
  return INTEREST_AREAS.map((area) => ({
    id: area.id,
    label: area.label,
    description: area.description,
    teams: teams.filter((team) => evidence.get(team.id)?.has(area.id)).map((team) => team.id)
  })).filter((interest) => interest.teams.length > 0)
}

/** The vocabulary entry for an id; undefined for an id the vocabulary does not have. */
export function interestArea(id: string): InterestArea | undefined {
  return INTEREST_AREAS.find((area) => area.id === id)
}

/** A name someone typed (`--interest SRE`), resolved to an interest id this catalog offers. */
export type InterestResolution =
  { ok: true; id: string } | { ok: false; message: string; hint?: string }

/**
 * The id of the offered interest whose id or alias is `input` (case-insensitive). An area the
 * vocabulary knows but no team of this catalog has is reported as such, not as a typo; for
 * anything else the hint suggests the closest offered interest.
 */
export function resolveInterest(offered: readonly Interest[], input: string): InterestResolution {
  const wanted = input.trim()
  if (wanted === '') return { ok: false, message: 'empty interest name' }
  const key = wanted.toLowerCase()
  const area = INTEREST_AREAS.find((a) => [a.id, ...a.aliases].some((s) => s.toLowerCase() === key))
  if (area && offered.some((interest) => interest.id === area.id)) return { ok: true, id: area.id }
  if (area)
    return { ok: false, message: `no team in this catalog matches the interest "${area.id}"` }

  const spellings = INTEREST_AREAS.filter((a) => offered.some((i) => i.id === a.id)).flatMap((a) =>
    [a.id, ...a.aliases].map((spelling) => ({ spelling, id: a.id }))
  )
  const closest = didYouMean(
    wanted,
    spellings.map((s) => s.spelling)
  )
  const owner = spellings.find((s) => s.spelling === closest)
  return {
    ok: false,
    message: `unknown interest "${wanted}"`,
    ...(owner ? { hint: `did you mean "${owner.id}"?` } : {})
  }
}

/** Words an excerpt should neither start nor end with: "on application security" reads worse. */
const STOPWORDS = new Set(
  'a an and or the of on in to for with at by from as is are its it that this which we our'.split(
    ' '
  )
)

/** How many words of context an excerpt keeps around the match. */
const WORDS_BEFORE = 2
const WORDS_AFTER = 5

/**
 * A short quote of `text` around the first match of `pattern` ("application security for the
 * entire product"), kept inside its sentence, or undefined when nothing matches.
 */
function findExcerpt(text: string, pattern: RegExp): string | undefined {
  const match = pattern.exec(text)
  if (!match) return undefined
  const start = match.index
  const end = start + match[0].length
  // A sentence ends at . ; : ! ? followed by a space, so "Drone.io" stays one word.
  const boundary = /[.;:!?](?=\s|$)/g
  let sentenceStart = 0
  let sentenceEnd = text.length
  for (const found of text.matchAll(boundary)) {
    if (found.index < start) sentenceStart = found.index + 1
    else if (found.index >= end) {
      sentenceEnd = found.index
      break
    }
  }
  const words = [...text.slice(sentenceStart, sentenceEnd).matchAll(/\S+/g)].map((w) => ({
    text: w[0],
    from: sentenceStart + w.index,
    to: sentenceStart + w.index + w[0].length
  }))
  const first = words.findIndex((w) => w.to > start)
  const last = words.findLastIndex((w) => w.from < end)
  let from = Math.max(0, first - WORDS_BEFORE)
  let to = Math.min(words.length - 1, last + WORDS_AFTER)
  const bare = (i: number) => words[i].text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
  while (from < first && STOPWORDS.has(bare(from))) from++
  while (to > last && STOPWORDS.has(bare(to))) to--
  return text
    .slice(words[from].from, words[to].to)
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N})]+$/gu, '')
}
