import { Document, isScalar, visit } from 'yaml'
import { z } from 'zod'
import type { CatalogFile, Team } from '../catalog/schema'
import { countLabel } from '../text'
import { createRandom, type Random } from './random'
import { CORE_TECHNOLOGIES } from '../technology/core-technologies'
import { addPeople, addRelations, addRoles, groupTeams, MAX_GROUP_DEPTH } from './synthetic-org'
import {
  DIVISION_NAMES,
  PROJECT_OBJECTS,
  PROJECT_VERBS,
  TEAM_DOMAINS,
  TEAM_ROLES
} from './vocabulary'

/** What a catalog file may hold (defaults make fields optional): what the generator writes. */
export type CatalogFileInput = z.input<typeof CatalogFile>
type TeamInput = z.input<typeof Team>
type ProjectInput = NonNullable<TeamInput['projects']>[number]
type TechnologyInput = (typeof CORE_TECHNOLOGIES)[number]

export const MAX_DIVISIONS = DIVISION_NAMES.length
/** Far beyond what the loader accepts (5 MB is roughly 7,500 teams), but bounded in memory. */
export const MAX_SYNTHETIC_TEAMS = 100_000
export const MIN_TECHNOLOGIES_PER_TEAM = 3
export const MAX_TECHNOLOGIES_PER_TEAM = 12

/**
 * Zipf exponent for technology popularity: weight 1/rank^s. Near 1 the most used technology
 * ends up in most teams while the median one is in a few percent of them, which is what makes
 * "shared by N teams" worth a lens.
 */
const ZIPF_EXPONENT = 1
const FORMING_SHARE = 0.06
const ALIAS_SHARE = 0.1
const LINK_SHARE = 0.2

// Messages name no field: zod's issue path does, and the CLI prints it as the flag (--teams).
const whole = () => z.number({ error: 'must be a number' }).int('must be a whole number')

export const SyntheticCatalogOptions = z
  .object({
    teams: whole()
      .min(1, 'must be at least 1')
      .max(MAX_SYNTHETIC_TEAMS, `must be at most ${MAX_SYNTHETIC_TEAMS}`),
    seed: whole().default(1),
    /** Default: one per 25 teams, at least 2 (when there are 2 teams), at most MAX_DIVISIONS. */
    divisions: whole()
      .min(1, 'must be at least 1')
      .max(MAX_DIVISIONS, `must be at most ${MAX_DIVISIONS}`)
      .optional(),
    /** Levels of groups each division's teams are split into (schemaVersion 2); 0: none. */
    groupDepth: whole()
      .min(0, 'must be at least 0')
      .max(MAX_GROUP_DEPTH, `must be at most ${MAX_GROUP_DEPTH}`)
      .default(0),
    /** A lead and a headcount on every team (schemaVersion 2). */
    people: z.boolean().default(false),
    /** Open and upcoming roles on about a fifth of the teams (schemaVersion 2). */
    roles: z.boolean().default(false),
    /** A relation to another team from about one team in seven (schemaVersion 2). */
    relations: z.boolean().default(false)
  })
  .refine((options) => options.divisions === undefined || options.divisions <= options.teams, {
    path: ['divisions'],
    message: 'must be at most the number of teams (each division needs a team)'
  })
export type SyntheticCatalogOptions = z.input<typeof SyntheticCatalogOptions>

/**
 * A seeded synthetic catalog of `teams` teams, for benchmarks and scale tests: the same options
 * give the same catalog on every machine. Each team gets 1–6 projects and 3–12 technologies drawn
 * from a Zipf-like popularity (a seeded ranking of a fixed ~100-entry registry), split into stack
 * and mentions; some references use aliases and some teams are still forming, so the catalog
 * exercises the same paths a real one does. Throws on invalid options: callers parse user input
 * with SyntheticCatalogOptions first.
 */
export function syntheticCatalogFile(options: SyntheticCatalogOptions): CatalogFileInput {
  const parsed = SyntheticCatalogOptions.parse(options)
  const { teams: teamCount, seed, divisions: divisionsGiven } = parsed
  const divisionCount =
    divisionsGiven ?? Math.min(teamCount, MAX_DIVISIONS, Math.max(2, Math.ceil(teamCount / 25)))
  const random = createRandom(seed)
  const draw = zipfSampler(random.shuffle(CORE_TECHNOLOGIES), random)
  const ids = new Set<string>()

  const divisionNames = DIVISION_NAMES.slice(0, divisionCount)
  const divisionIds = divisionNames.map((name) => uniqueId(name, ids))
  const sizes = divisionSizes(teamCount, divisionCount, random)
  const teamNames = teamNameSequence(random)

  let made = 0
  const divisionTeams = divisionNames.map((_, d) =>
    Array.from({ length: sizes[d] }, () => makeTeam(teamNames(made++), ids, draw, random))
  )
  // Version 2's extras draw from a stream of their own, after every team is made: the same
  // options without them give the same catalog as before they existed.
  const org = createRandom(seed ^ ORG_STREAM)
  const v2 = parsed.groupDepth > 0 || parsed.people || parsed.roles || parsed.relations
  const everyTeam = divisionTeams.flat()
  if (parsed.people) addPeople(everyTeam, org)
  if (parsed.roles) addRoles(everyTeam, org)
  if (parsed.relations) addRelations(everyTeam, org)
  const divisions = divisionNames.map((name, d) => {
    const teams = divisionTeams[d]
    const summary = `The ${name} division: ${countLabel(teams.length, 'team')}.`
    const base = { id: divisionIds[d], name, summary }
    return parsed.groupDepth > 0
      ? { ...base, groups: groupTeams(teams, parsed.groupDepth, name, ids, uniqueId, org) }
      : { ...base, teams }
  })

  return {
    schemaVersion: v2 ? 2 : 1,
    company: {
      name: 'Synthetic Co.',
      summary: `A synthetic engineering organization of ${teamCount} teams in ${divisionCount} divisions, for scale tests and benchmarks.`,
      source: `orgscope synth ${synthArguments(parsed)}`
    },
    technologies: CORE_TECHNOLOGIES.map((technology) => ({ ...technology })),
    divisions
  }
}

/** Seeds version 2's extras apart from the teams (any odd constant would do). */
const ORG_STREAM = 0x9e3779b9

/** The synth command line that makes this catalog, for the catalog's `source`. */
function synthArguments(options: z.output<typeof SyntheticCatalogOptions>): string {
  return [
    `--teams ${options.teams} --seed ${options.seed}`,
    options.divisions === undefined ? '' : `--divisions ${options.divisions}`,
    options.groupDepth > 0 ? `--group-depth ${options.groupDepth}` : '',
    options.people ? '--people' : '',
    options.roles ? '--roles' : '',
    options.relations ? '--relations' : ''
  ]
    .filter(Boolean)
    .join(' ')
}

/**
 * The same catalog as YAML, written the way a person would: lists of names on one line (as in
 * data/teleport.yaml), which also keeps 5,000 teams well under the loader's size limit.
 */
export function syntheticCatalogYaml(options: SyntheticCatalogOptions): string {
  const file = syntheticCatalogFile(options)
  const doc = new Document(file)
  visit(doc, {
    Seq(_, seq) {
      if (seq.items.every((item) => isScalar(item))) seq.flow = true
    }
  })
  doc.commentBefore = [
    ` Synthetic OrgScope catalog, generated by \`${file.company.source}\`.`,
    ' Regenerate it rather than edit it: the same options always give the same file.'
  ].join('\n')
  return doc.toString({ lineWidth: 100, flowCollectionPadding: false })
}

interface TeamName {
  name: string
  domain: string
  role: (typeof TEAM_ROLES)[number]
}

/** Team names in a seeded order: every domain × role pair once, then again numbered "… 2". */
function teamNameSequence(random: Random): (index: number) => TeamName {
  const pairs = random.shuffle(
    TEAM_DOMAINS.flatMap((domain) => TEAM_ROLES.map((role) => ({ domain, role })))
  )
  return (index) => {
    const { domain, role } = pairs[index % pairs.length]
    const round = Math.floor(index / pairs.length)
    const name = `${domain} ${role.name}${round === 0 ? '' : ` ${round + 1}`}`
    return { name, domain, role }
  }
}

function makeTeam(
  { name, domain, role }: TeamName,
  ids: Set<string>,
  draw: (count: number) => TechnologyInput[],
  random: Random
): TeamInput {
  const id = uniqueId(name, ids)
  const forming = random.chance(FORMING_SHARE)
  const technologies = draw(random.int(MIN_TECHNOLOGIES_PER_TEAM, MAX_TECHNOLOGIES_PER_TEAM))
  const stackCount = random.int(Math.ceil(technologies.length / 2), technologies.length)
  // Now and then written as an alias ("Golang"), as real catalogs do: the loader must resolve it.
  const spell = (technology: TechnologyInput): string =>
    technology.aliases?.length && random.chance(ALIAS_SHARE)
      ? random.pick(technology.aliases)
      : technology.name
  const subject = domain.toLowerCase()
  const projectCount = random.int(1, 6)
  const titles = new Set<string>()
  const projects = Array.from({ length: projectCount }, () =>
    makeProject(subject, technologies, forming, titles, random)
  )
  return {
    id,
    name,
    status: forming ? 'forming' : 'active',
    summary: forming
      ? `Being defined: will own ${role.owns} for ${subject}.`
      : `Owns ${role.owns} for ${subject}.`,
    stack: technologies.slice(0, stackCount).map(spell),
    mentions: technologies.slice(stackCount).map(spell),
    projects,
    ...(random.chance(LINK_SHARE)
      ? { links: [{ label: 'Team page', url: `https://example.com/teams/${id}` }] }
      : {})
  }
}

function makeProject(
  subject: string,
  technologies: TechnologyInput[],
  forming: boolean,
  titles: Set<string>,
  random: Random
): ProjectInput {
  let title = ''
  let uses: string[] = []
  // A few tries for a title new to this team; with 300 combinations a clash is rare.
  for (let attempt = 0; attempt < 5 && (title === '' || titles.has(title)); attempt++) {
    const object = random.pick(PROJECT_OBJECTS)
    if (random.chance(0.35)) {
      const technology = random.pick(technologies).name
      title = random.chance(0.5)
        ? `Adopt ${technology} for the ${object}`
        : `Move the ${object} to ${technology}`
      uses = [technology]
    } else {
      title = `${random.pick(PROJECT_VERBS)} the ${subject} ${object}`
      uses = random.chance(0.5)
        ? random
            .shuffle(technologies)
            .slice(0, random.int(1, 2))
            .map((technology) => technology.name)
        : []
    }
  }
  if (titles.has(title)) title = `${title} (phase ${titles.size + 1})`
  titles.add(title)
  const status = forming
    ? 'planned'
    : random.pick(['current', 'current', 'current', 'recent', 'planned'] as const)
  return { title, status, ...(uses.length > 0 ? { technologies: uses } : {}) }
}

/**
 * Draws `count` distinct technologies, each with probability proportional to 1/rank^s in the
 * given popularity order (rejecting repeats, cheap since count ≤ 12 out of ~100).
 */
function zipfSampler(
  byPopularity: TechnologyInput[],
  random: Random
): (count: number) => TechnologyInput[] {
  const cumulative: number[] = []
  let total = 0
  byPopularity.forEach((_, rank) => {
    total += 1 / (rank + 1) ** ZIPF_EXPONENT
    cumulative.push(total)
  })
  const one = (): number => {
    const target = random.next() * total
    let low = 0
    let high = cumulative.length - 1
    while (low < high) {
      const middle = (low + high) >> 1
      if (cumulative[middle] > target) high = middle
      else low = middle + 1
    }
    return low
  }
  return (count) => {
    const chosen = new Set<number>()
    while (chosen.size < count) chosen.add(one())
    return [...chosen].map((rank) => byPopularity[rank])
  }
}

/** Teams per division: at least one each, the rest spread by seeded weights so sizes vary. */
function divisionSizes(teams: number, divisions: number, random: Random): number[] {
  const weights = Array.from({ length: divisions }, () => 0.5 + random.next())
  const sum = weights.reduce((a, b) => a + b, 0)
  const spare = teams - divisions
  const exact = weights.map((weight) => (spare * weight) / sum)
  const sizes = exact.map((share) => 1 + Math.floor(share))
  // Largest remainders take the teams that rounding down left over.
  const left = teams - sizes.reduce((a, b) => a + b, 0)
  exact
    .map((share, d) => ({ d, remainder: share - Math.floor(share) }))
    .sort((a, b) => b.remainder - a.remainder || a.d - b.d)
    .slice(0, left)
    .forEach(({ d }) => sizes[d]++)
  return sizes
}

/** A kebab-case id for `name`, numbered when taken: ids are unique across divisions and teams. */
function uniqueId(name: string, taken: Set<string>): string {
  const base = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  taken.add(id)
  return id
}
