import { escapeRegExp } from '../escape-reg-exp'
import type { GuideEntry } from './guide-entry'
import type { ReadingKind } from './import-plan'
import { TEAM_WORD } from './section-assessment'
import { CJK_TEAM, OTHER_TEAMS } from './team-words'
import { STACK_PAGE_TITLE } from './opening-team'
import { asTeamPageTitle, namesOnlyATeamsPage, OWN_PAGE } from './team-page-title'
import { doingHeadline, writtenAsHeadline } from './headline'
import {
  headingKind,
  namesBareTeam,
  namesPeople,
  TEAM_AND,
  PROCESS_PAGE,
  TITLE_PAGE_WORDS,
  titleKind
} from './section-headings'

/**
 * What a whole page is, decided by comparing readings of it rather than one heading or list at a
 * time: "one-team" (the title is THE team and every section, list, table and bold line under it
 * is a part of it), "team-list" (a heading level, list or table holds the page's teams) or
 * "units-of-teams" (as team-list, with units above the teams). The local rules (guide-structure)
 * give one reading; the others are built beside it, each is scored by evidence over the whole
 * page, and the best one is used. A close call is a guess (`import --check` fails on it).
 */
export type { ReadingKind }

export interface ReadingCandidate {
  kind: ReadingKind
  outline: GuideEntry[]
}

/** One piece of evidence for or against a reading, in words a user understands. */
export interface Evidence {
  says: string
  weight: number
}

export interface ScoredReading extends ReadingCandidate {
  score: number
  evidence: Evidence[]
}

export interface PageReading {
  chosen: ScoredReading
  /** The other readings, best first. */
  others: ScoredReading[]
  /** The best two readings are within CLOSE of each other: the choice is a guess. */
  close: boolean
  /** The reading was the one asked for (a mapping's `reading`), not the best scored. */
  asked: boolean
  /** One line for the import report: which reading, and why. */
  summary: string
}

/** Scores nearer than this are a close call. */
export const CLOSE = 1

/** What the page's title says it is about. */
export type TitleSays = 'one-team' | 'teams' | 'unit' | 'nothing'

/**
 * "Design System Team Charter", "Web team", "Team Replay": one team, named. "Crews and Pods",
 * "Current SIGs", "Teams", "Departments": a collection of teams. "Platform Engineering
 * Department": a unit. "Team Charter" alone, "Who we are": it names nothing.
 */
export function titleSays(title: string | undefined): TitleSays {
  if (!title) return 'nothing'
  // "Working agreement of the Infra team" is the team's page, whatever its first word reads as.
  // "How the team works", "Team working agreement": one team's page, named by its text.
  if (namesOnlyATeamsPage(title)) return 'one-team'
  const named = asTeamPageTitle(title)
  if (doingHeadline(named)) return 'nothing'
  const text = named
    .replace(/(?<=\S)\s*\((?:[^()]|\([^()]*\))*\)$/u, '')
    .trim()
    .toLowerCase()
  // "Technology choices": one team's (or organization's) stack, its sections kinds of technology.
  if (STACK_PAGE_TITLE.test(text)) return 'one-team'
  if (COLLECTION.test(text)) return 'teams'
  if (UNIT.test(text)) return 'unit'
  // "Meet the Team" names the page of whichever team its sections name.
  if (!namesSomething(text) || namesBareTeam(text)) return 'nothing'
  if (ONE_TEAM.test(text) || CJK_ONE_TEAM.test(text)) return 'one-team'
  return 'nothing'
}

/**
 * What Chinese, Japanese and Korean write after a name for its page: "简介", "介绍" (an
 * introduction), "概述" (an overview), "紹介", "소개". Written against the name, as the team's
 * word is ("后端组简介": the backend group's introduction).
 */
const CJK_PAGE = String.raw`(?:简介|介绍|介紹|概述|概况|概況|紹介|概要|소개)`

/** A name ending on its group's or team's word ("后端组", "デザインチーム", "플랫폼 팀"). */
const CJK_UNIT = String.raw`\p{L}(?:组|組|${CJK_TEAM})\s*`

/** "后端组简介", "デザインチーム", "플랫폼 팀 소개": a title naming one group or team. */
const CJK_ONE_TEAM = new RegExp(String.raw`${CJK_UNIT}${CJK_PAGE}?$`, 'u')

/** "后端组简介": a team's name and its page's word, as "Web Team Charter" is. */
export const CJK_TEAM_PAGE = new RegExp(String.raw`${CJK_UNIT}${CJK_PAGE}$`, 'u')

/**
 * The one team's label when the page is read as about it: the title without the page's own words
 * after the team's name ("Design System Team Charter" is "Design System"); undefined when
 * the title names no team at all ("Team Charter", "Teams", "Crews and Pods").
 */
export function oneTeamLabel(title: string): string | undefined {
  const text = asTeamPageTitle(title)
  if (doingHeadline(text)) return undefined
  const lower = text.toLowerCase()
  // "Platform Sub-department": a unit of teams the page omits, not one team.
  if (COLLECTION.test(lower) || NAMES_UNIT.test(lower)) return undefined
  // "Engineering" alone names the unit the page is about: as one team, it is its name.
  if (!namesSomething(lower.replace(/\bengineering\b/gu, 'unit'))) return undefined
  if (TEAMS_LAYOUT.test(lower) || TEAM_AND.test(lower) || namesBareTeam(lower)) return undefined
  return (
    text
      .replace(new RegExp(String.raw`\s+(?:${OWN_PAGE})$`, 'iu'), '')
      .replace(new RegExp(String.raw`(?<=\S)\s*${CJK_PAGE}$`, 'u'), '')
      .replace(/\s+(?:team|squad)$/iu, '')
      // "OpenLineage Committers" over its people: the one team is the project they commit to,
      // as "team" is no part of a team's name, nor is a role (tests/corpus/README.md, Teams).
      .replace(/(?<=\S)\s+(?:committers|maintainers|core developers|reviewers)$/iu, '')
      .trim() || text
  )
}

/**
 * The organization whose people a title naming one team names ("The Jekyll Team": Jekyll): its
 * text calls two or more other teams by the same name and a word of their own ("the Jekyll
 * Core Team", "the Jekyll Plugin Core Team"), so the name is the organization's and the page
 * lists its teams. Undefined for any other title.
 */
export function organizationOfTeamsTitle(title: string, text: string): string | undefined {
  if (titleSays(title) !== 'one-team') return undefined
  const name = oneTeamLabel(title)
    ?.replace(/^the\s+/iu, '')
    .trim()
  if (!name || !/^\p{Lu}/u.test(name)) return undefined
  const named = new RegExp(
    String.raw`(?<![\p{L}\p{N}])${escapeRegExp(name)}(?:'s|’s)?((?:\s+\p{Lu}[\p{L}\p{N}-]*){1,3})\s+Teams?\b`,
    'gu'
  )
  const others = new Set<string>()
  for (const found of text.matchAll(named)) others.add(found[1].trim().toLowerCase())
  return others.size >= 2 ? name : undefined
}

/**
 * The unit whose page on a code host a title names ("Welcome to SSEC's GitHub Organization",
 * "Tidewater Lab on GitLab": "SSEC", "Tidewater Lab"); undefined for any other title. On a page
 * where nothing else reads as a team, the unit is its one team and its sections (its projects,
 * its ways of working) are the unit's own.
 */
export function codeHostUnit(title: string): string | undefined {
  const text = title.trim()
  const unit = text.replace(CODE_HOST_PAGE, '').trim()
  return unit !== text && unit && namesSomething(unit.toLowerCase()) ? unit : undefined
}

/** "'s GitHub Organization", " on GitLab": a code host's page of the unit before it. */
const CODE_HOST_PAGE =
  /(?:(?:'|’)s\s+|\s+on\s+)(?:github|gitlab|codeberg|gitee|bitbucket)(?:\s+(?:organi[sz]ation|org|profile|page|account))?$/iu

/** Whether a lower-cased title names something besides the page ("Team structure" does not). */
function namesSomething(lower: string): boolean {
  return (
    lower
      .replace(PAGE_WORDS, ' ')
      .replace(TITLE_PAGE_WORDS, ' ')
      .replace(/[\s:–—&,-]+/gu, ' ')
      .trim() !== ''
  )
}

const NAMES_UNIT = /\b(?:org|organi[sz]ation|(?:sub[- ]?)?department|dept|(?:sub[- ]?)?division)$/u
const COLLECTION = new RegExp(
  String.raw`\b(?:teams|squads|crews|pods|tribes|guilds|chapters|departments|divisions|sigs|wgs|working groups|special interest groups|(?:sub-?)?groups)\b|(?<![\p{L}\p{N}_])(?:${OTHER_TEAMS})(?![\p{L}\p{N}_])`,
  'u'
)
const UNIT = /\b(?:department|dept|division|org|organi[sz]ation|engineering)$/u
/**
 * "Team Structure and Guidance", "Team setup": a title about how the teams are laid out, not a
 * team named "Structure" as "Team Replay" names one.
 */
const LAYOUT_WORDS = String.raw`(?:structure|organi[sz]ation|topolog(?:y|ies)|setup|layout|composition|guidance|guidelines|model|responsibilit(?:y|ies))\b`
const TEAMS_LAYOUT = new RegExp(String.raw`^(?:team|squad)s?\s+${LAYOUT_WORDS}`, 'u')
const ONE_TEAM = new RegExp(
  String.raw`(?:\bteam|\bsquad|\bcrew|\bpod|\bsig)(?:\s+${OWN_PAGE})?$|\bcharter$|^(?:team|squad)\s+(?!${LAYOUT_WORDS}|(?:&|and|\+)\s)\S`,
  'u'
)
const PAGE_WORDS = new RegExp(
  String.raw`\b(?:team|squad|crew|pod|sig|${OWN_PAGE}|the|our|about|members|people)\b`,
  'gu'
)

/**
 * The sections a team's own page has, named as a charter or README names them: its north star,
 * mission, who it is, how it works. Read as teams, they are a one-team page's parts.
 */
const PAGE_PART =
  /^(?:north star|why we(?:'|’)?re here|who we are|how we work|using this space|what we (?:do|work on)|about (?:us|the team)|(?:our |team )?(?:goals?|mission|vision)(?: statement)?|product (?:suite|portfolio|line)|the (?:context|solution)|problem statements?)\b/iu

/** Whether a team a reading makes is named as a page's section, a process or people, not a team. */
export function namedAsPart(label: string): boolean {
  const text = label.replace(/[*_`:]/gu, '').trim()
  return (
    PAGE_PART.test(text) ||
    headingKind(text) !== 'plain' ||
    namesPeople(text) ||
    (writtenAsHeadline(label) && !TEAM_WORD.test(text))
  )
}

/** A team an outline makes, with the key of the entry above it and how many units hold it. */
export interface ReadTeam {
  team: GuideEntry
  parent: string
  units: number
}

/** The teams an outline makes, in outline order. */
export function readingTeams(outline: GuideEntry[]): ReadTeam[] {
  const out: ReadTeam[] = []
  const walk = (entries: GuideEntry[], parent: string, units: number): void => {
    for (const entry of entries) {
      if (entry.role === 'team') out.push({ team: entry, parent, units })
      const isUnit = entry.role === 'division' || entry.role === 'group'
      walk(entry.children, entry.key, units + (isUnit ? 1 : 0))
    }
  }
  walk(outline, '', 0)
  return out
}

/**
 * What kind of reading an outline is: one team with no unit above it, units with teams in
 * them, or a list of teams.
 */
export function readingKindOf(outline: GuideEntry[]): ReadingKind {
  const teams = readingTeams(outline)
  if (teams.length === 1 && teams[0].units === 0) return 'one-team'
  return teams.some((read) => read.units > 0) ? 'units-of-teams' : 'team-list'
}

/**
 * Sibling consistency: the share of the reading's teams written the same way as most of them
 * (the same parent, the same kind of source: headings, list items, table rows). A page's real
 * teams are written alike; sections mistaken for teams rarely are.
 */
export function siblingsAlike(teams: ReadTeam[]): number {
  if (teams.length === 0) return 0
  const shapes = new Map<string, number>()
  for (const { team, parent } of teams) {
    const shape = `${parent}|${team.source.kind}`
    shapes.set(shape, (shapes.get(shape) ?? 0) + 1)
  }
  return Math.max(...shapes.values()) / teams.length
}

/** The share of teams read as sure (a description, stack, members or ownership, or named a team). */
export function sureShare(teams: { team: GuideEntry }[]): number {
  if (teams.length === 0) return 0
  return teams.filter(({ team }) => team.sure).length / teams.length
}

/** The share of teams whose names read as a page's sections, process or people. */
export function partNamedShare(teams: { team: GuideEntry }[]): number {
  if (teams.length === 0) return 0
  return teams.filter(({ team }) => namedAsPart(team.label)).length / teams.length
}

/**
 * A title of the page's words about a process ("Lanternfish's Governance Model", "Release
 * Process Notes"), naming no team (titleKind's PROCESS_PAGE). Wider than process-page.ts's
 * namesProcessPage (a title that is only a process: "Incident response"), whose sections are the
 * process's steps; this one only says the page is no team's when nothing on it reads as a team
 * (making it a process page too left dev teams out: a community handbook's six).
 */
function titleOfProcessWords(title: string | undefined): boolean {
  return title !== undefined && titleKind(title, false).reason === PROCESS_PAGE
}

/** The share of teams the page calls teams ("the Red team", a heading "Blue team"). */
export function calledShare(teams: { team: GuideEntry }[], calls: ReadonlySet<string>): number {
  if (teams.length === 0) return 0
  const called = teams.filter(({ team }) => {
    const label = team.label.toLowerCase()
    const last = label.split(/\s+/u).pop() ?? ''
    return TEAM_WORD.test(label) || calls.has(last) || calls.has(label)
  })
  return called.length / teams.length
}

/** Facts about the whole page the evidence is read from. */
export interface PageFacts {
  /** The page's title (heading or front matter), cleaned. */
  title?: string
  /** teamCalls of the page's text. */
  calls: ReadonlySet<string>
  /** Whether the page's writers name the one team they write as (opening-team.ts, writersTeam). */
  writers?: boolean
}

const pct = (share: number): string => `${Math.round(share * 100)}%`

/**
 * Scores each reading by evidence over the whole page. `contrast` is the teams the other
 * readings make: a one-team reading is judged by what it declines to read as teams.
 */
export function scoreReading(
  candidate: ReadingCandidate,
  contrast: ReadTeam[],
  facts: PageFacts
): ScoredReading {
  const evidence: Evidence[] = []
  const title = titleSays(facts.title)
  if (candidate.kind === 'one-team') {
    if (title === 'one-team') evidence.push({ says: 'the title names one team', weight: 2 })
    if (title === 'teams') evidence.push({ says: 'the title names teams', weight: -2 })
    if (title === 'unit') evidence.push({ says: 'the title names a unit', weight: -1 })
    if (facts.writers) evidence.push({ says: 'its writers name the team they write as', weight: 3 })
    if (contrast.length === 0 && titleOfProcessWords(facts.title)) {
      // "Gatsby's Governance Model" over its levels, roles and votes: a page of process that
      // reads as no team is no team's page either.
      return {
        ...candidate,
        score: -Infinity,
        evidence: [{ says: 'the title names a page of process, and no team', weight: -Infinity }]
      }
    }
    if (contrast.length === 0) {
      evidence.push({ says: 'nothing else on the page reads as a team', weight: 3 })
    } else {
      const parts = partNamedShare(contrast)
      if (parts > 0)
        evidence.push({
          says: `${pct(parts)} of the other readings' teams are named as sections, process or people`,
          weight: 2 * parts
        })
      const alike =
        (siblingsAlike(contrast) * sureShare(contrast) * Math.min(contrast.length, 4)) / 4
      if (alike > 0)
        evidence.push({
          says: `the page holds ${contrast.length} sure teams written alike`,
          weight: -2 * alike
        })
      const called = calledShare(contrast, facts.calls)
      if (called > 0)
        evidence.push({ says: 'the page calls other sections teams', weight: -called })
    }
  } else {
    const teams = readingTeams(candidate.outline)
    if (teams.length === 0)
      return { ...candidate, score: -Infinity, evidence: [{ says: 'no team', weight: -Infinity }] }
    if (title === 'teams') evidence.push({ says: 'the title names teams', weight: 2 })
    if (title === 'unit' && candidate.kind === 'units-of-teams')
      evidence.push({ says: 'the title names a unit', weight: 1 })
    if (title === 'one-team') evidence.push({ says: 'the title names one team', weight: -2 })
    const alike = (siblingsAlike(teams) * Math.min(teams.length, 4)) / 4
    evidence.push({
      says: `${teams.length} teams, ${pct(siblingsAlike(teams))} written alike`,
      weight: 2 * alike
    })
    const sure = sureShare(teams)
    if (sure > 0) evidence.push({ says: `${pct(sure)} read as sure teams`, weight: sure })
    const parts = partNamedShare(teams)
    if (parts > 0)
      evidence.push({
        says: `${pct(parts)} named as sections, process or people`,
        weight: -2 * parts
      })
    const called = calledShare(teams, facts.calls)
    if (called > 0)
      evidence.push({ says: `${pct(called)} called teams by the page`, weight: called })
  }
  const score = evidence.reduce((sum, item) => sum + item.weight, 0)
  return { ...candidate, score, evidence }
}

const DESCRIBE: Record<ReadingKind, string> = {
  'one-team': "one team's page",
  'team-list': 'a list of teams',
  'units-of-teams': 'units holding teams'
}

/**
 * Picks the reading the whole page supports best. The first candidate is the local rules'
 * reading, kept on a tie. With one candidate there is nothing to compare, and no close call.
 * `asked` (a mapping's choice) wins when the page can be read that way (a candidate of that
 * kind with a team): the best of that kind, no guess then.
 */
export function choosePageReading(
  candidates: ReadingCandidate[],
  facts: PageFacts,
  asked?: ReadingKind
): PageReading {
  const scored = candidates.map((candidate) =>
    scoreReading(
      candidate,
      candidates
        .filter((other) => other !== candidate && other.kind !== 'one-team')
        .flatMap((other) => readingTeams(other.outline)),
      facts
    )
  )
  // A reading that finds no team (scored -Infinity) is no reading of the page: never taken
  // because a mapping asks for its kind, which would leave the import with nothing.
  const wanted = (reading: ScoredReading) =>
    Number(reading.kind === asked && Number.isFinite(reading.score))
  const order = scored
    .map((reading, index) => ({ reading, index }))
    .sort(
      (a, b) =>
        wanted(b.reading) - wanted(a.reading) ||
        b.reading.score - a.reading.score ||
        a.index - b.index
    )
    .map(({ reading }) => reading)
  const [chosen, ...others] = order
  const byAsking = wanted(chosen) === 1
  const close = !byAsking && others.length > 0 && chosen.score - others[0].score < CLOSE
  const why = chosen.evidence
    .filter((item) => item.weight > 0)
    .map((item) => item.says)
    .join(', ')
  // The next reading of another kind: two readings of one kind (the local rules' and the
  // sections written alike) would say "units holding teams; next: units holding teams".
  const next = others.find((other) => other.kind !== chosen.kind)
  const against = next ? `; next: ${DESCRIBE[next.kind]} (${formatScore(next.score)})` : ''
  const summary = byAsking
    ? `read as ${DESCRIBE[chosen.kind]}, as the mapping asks (${formatScore(chosen.score)})${against}`
    : `read as ${DESCRIBE[chosen.kind]} (${formatScore(chosen.score)}${why ? `: ${why}` : ''})${against}${close ? ': a close call' : ''}`
  return { chosen, others, close, asked: byAsking, summary }
}

function formatScore(score: number): string {
  return Number.isFinite(score) ? score.toFixed(1) : 'no team'
}
