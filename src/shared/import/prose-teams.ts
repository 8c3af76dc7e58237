import { namedBefore, teamsCalledIn } from './called-a-team'
import { entry, KeyMaker, type GuideEntry } from './guide-entry'
import type { Section } from './guide-sections'
import { plainText, type Block, type Inline, type ListItem, type Position } from './markdown-blocks'

type Called = ReturnType<typeof teamsCalledIn>[number]

/** A team the text names, with what it says of it and the stacks written after its name. */
interface ProseTeam {
  name: string
  at: Position
  blocks: Block[]
  stack: { pieces: string[]; at: Position }[]
}

/** Fewer teams than this named in the text are a mention, not a tour of the teams. */
const FEW = 3

/** A name is its sentence's subject when at most this many words come before it ("Finally, the"). */
const SUBJECT_WORDS = 2

/** A sentence whose subject is a person ("We work with the Data team"): the team is no subject. */
const PERSON_SUBJECT = /^(?:we|i|you|they|he|she|us)\b/iu

/**
 * A paragraph that opens by speaking for everyone ("We hire…", "All our services…", "Across
 * teams…") is about the company again: what follows is no longer the last team's.
 */
const SPEAKS_FOR_ALL =
  /^(?:we|we['’](?:re|ve)|us|all|across|every|everyone|company-wide|overall)\b/iu

/**
 * A page on which at least this share of the sentences name a team is about its teams
 * ("Sentry tickets are handled by the Providers team"): every name it calls a team is one of
 * them, wherever the name stands in its sentence.
 */
const ABOUT_TEAMS = 1 / 3

/**
 * A parenthesis of short comma-separated names: "(Go, Kafka, Postgres)", "(React, Redux, and
 * Sass)". Each piece at most four words and forty characters, at least two of them.
 */
const PAREN = /(?<!\s)\s*\(([^()]{2,400})\)/gu

/**
 * How much of a sentence around a parenthesis is read for the name before it and the word of
 * teams after it: enough for any name and a few more names with their parentheses, and bounded,
 * so a paragraph of thousands of them is read in time linear in its length (read whole, 32,000
 * took 199 s).
 */
const NAME_WINDOW = 200
const AFTER_WINDOW = 4000
const PAREN_PIECE = /^[^\s,]+(?:\s+[^\s,]+){0,3}$/u

/** A word of teams: a sentence that says it may name teams with their stacks. */
const TEAM_WORD = /\b(?:teams?|squads?)\b/iu

/** Whether a text has a word of teams ("Our teams:", "the Payments squad"). */
export function mentionsTeams(text: string): boolean {
  return TEAM_WORD.test(text)
}

/**
 * The section's heading, when the first sentence under it calls the first of its words a team
 * ("## Releasing and System Health" over "The releasing team provides:"): the team's full name.
 */
function headingNamed(heading: string | undefined, called: string): string | undefined {
  if (heading === undefined) return undefined
  const name = heading.trim()
  const short = called.trim().toLowerCase()
  const lower = name.toLowerCase()
  return lower !== short && lower.startsWith(`${short} `) ? name : undefined
}

/** Sentence ends: a stop, then space, then what can open a sentence. */
const SENTENCE_END = /(?<=[.!?])\s+(?=[\p{Lu}\p{N}"“'‘(*_])/u

/**
 * The page read with the teams its text names, each the subject of its own sentences ("The
 * Payments team owns checkout. They write Kotlin…", "Our Search team runs Elasticsearch"): an
 * engineering blog post or a "how we're organized" page that has no heading, list or table per
 * team. Each team is built from the text that speaks of it, from its sentence up to the next
 * team's sentence or the next heading, lists after it included ("Their stack:" over a list).
 * The intro, text under headings before any team, and paragraphs that speak for everyone stay
 * with no team, so their technologies are assigned to none. Three or more distinct names, or
 * none: a page naming two teams in passing is not a list of teams. A candidate reading
 * (page-reading.ts weighs it against the others), never a decision.
 *
 * One pass over the page's blocks, each sentence split once: no pass over the text per team.
 */
export function teamsNamedInText(
  root: Section,
  /** The page's title: a page titled by one of the teams it names is that team's page. */
  title?: string,
  /** The page says it is made of groups (statesGroups): a name it calls a group is a unit. */
  groups = false
): GuideEntry[] | undefined {
  const teams = new Map<string, ProseTeam>()
  /** Every name a sentence calls a team, subject or not, each with the sentences naming it. */
  const named = new Map<string, ProseTeam>()
  let sentences = 0
  let naming = 0
  /**
   * Counts the sentence, and keeps it for each team it names (see ABOUT_TEAMS); returns the
   * names it calls teams, read once for subjectsOf too.
   */
  const note = (sentence: string, inline: Inline, at: Position): Called[] => {
    sentences++
    const called = withLinkedTeams(sentence, inline, teamsCalledIn(sentence, groups))
    if (called.length > 0) naming++
    for (const { name } of called) {
      const key = teamKey(name)
      let team = named.get(key)
      if (!team) {
        team = { name, at, blocks: [], stack: [] }
        named.set(key, team)
      }
      team.blocks.push(paragraph(sentence, inline))
    }
    return called
  }
  let current: { blocks: Block[] }[] = []
  const open = (name: string, at: Position): ProseTeam => {
    const key = teamKey(name)
    let team = teams.get(key)
    if (!team) {
      team = { name, at, blocks: [], stack: [] }
      teams.set(key, team)
    }
    return team
  }
  /** The heading of the section being read, while its first sentence is read. */
  let opening: string | undefined
  /** The teams a sentence is about, found or opened; none when no team is its subject. */
  const subjectsOf = (sentence: string, called: Called[], at: Position): { blocks: Block[] }[] => {
    if (PERSON_SUBJECT.test(sentence)) return []
    return called
      .filter((called) => called.wordsBefore <= SUBJECT_WORDS)
      .map((called) => open(headingNamed(opening, called.name) ?? called.name, at))
  }
  /** Whether the paragraphs read are a run of teams a line introduced ("our three teams:"). */
  let listing = false
  const visit = (section: Section): void => {
    current = []
    listing = false
    opening = section.heading ? plainText(section.heading.inline) : undefined
    for (const block of section.blocks) {
      if (block.kind === 'paragraph') {
        const text = plainText(block.inline)
        if (SPEAKS_FOR_ALL.test(text)) current = []
        const said = text.split(SENTENCE_END)
        let opensWithStack = false
        for (const [i, written] of said.entries()) {
          const { sentence, stacks } = namedStacks(written, listing && i === 0)
          if (i === 0 && stacks.some((stack) => stack.wordsBefore === 0)) opensWithStack = true
          const called = note(sentence, block.inline, block.inline.at)
          const subjects = subjectsOf(sentence, called, block.inline.at)
          for (const stack of stacks) {
            const team = open(stack.name, block.inline.at)
            team.stack.push({ pieces: stack.pieces, at: block.inline.at })
            if (stack.wordsBefore <= SUBJECT_WORDS && !PERSON_SUBJECT.test(sentence))
              subjects.push(team)
          }
          opening = undefined
          if (subjects.length > 0) current = [...new Set(subjects)]
          for (const team of current) team.blocks.push(paragraph(sentence, block.inline))
        }
        listing = (/:\s*$/u.test(text) && TEAM_WORD.test(text)) || (listing && opensWithStack)
      } else if (block.kind === 'list') {
        readList(block)
      }
    }
    for (const child of section.children) visit(child)
  }
  /**
   * A bullet per team ("- The Payments team owns checkout") opens its team as a sentence does;
   * the items after it, and a list after a team's paragraph ("Their stack:"), are that team's.
   */
  const readList = (list: Extract<Block, { kind: 'list' }>): void => {
    let run: ListItem[] = []
    const flush = (): void => {
      if (run.length > 0)
        for (const team of current) team.blocks.push({ kind: 'list', items: run, at: list.at })
      run = []
    }
    for (const item of list.items) {
      const text = plainText(item.inline)
      const said = text.split(SENTENCE_END)
      const called = said.map((sentence) => note(sentence, item.inline, item.at))
      const subjects = subjectsOf(said[0], called[0], item.at)
      if (subjects.length === 0) {
        run.push(item)
        continue
      }
      flush()
      current = subjects
      for (const team of current) {
        team.blocks.push(paragraph(text, item.inline))
        for (const detail of item.details) team.blocks.push({ kind: 'paragraph', inline: detail })
      }
    }
    flush()
  }
  visit(root)
  // Too few teams are the subjects of their sentences, but the page names teams in a good share
  // of them ("handled by the Providers team", "members from the Platform team"): it is about
  // its teams, and each name it calls a team is one, with the sentences that name it.
  const found = teams.size < FEW && naming >= sentences * ABOUT_TEAMS ? named : teams
  mergeLongerNames(found)
  if (found.size < FEW) return undefined
  const titled = title
    ?.replace(/\s+(?:team|squad)$/iu, '')
    .trim()
    .toLowerCase()
  if (titled && found.has(teamKey(titled))) return undefined
  const keys = new KeyMaker()
  return [...found.values()].map((team) => {
    const made = entry(
      team.name,
      'team',
      team.at,
      `the text calls "${team.name}" a team and says what it does`,
      true,
      team.stack.length > 0
        ? { kind: 'text', blocks: team.blocks, stack: team.stack }
        : { kind: 'text', blocks: team.blocks }
    )
    made.key = keys.make('', team.name)
    return made
  })
}

/**
 * "the Search (Go, Elasticsearch, Kafka) team", "three teams: Web (React, Sass), Mobile (Kotlin,
 * Swift) and …": a name written with a parenthesis of short names after it is a team given with
 * its stack. The sentence is read without those parentheses (so "the Search team" is called as
 * one), and each parenthesis goes to the name before it, not to the sentence's subject.
 */
function namedStacks(
  written: string,
  /** Whether the sentence opens a paragraph of a run that a line about teams introduced. */
  inRun: boolean
): {
  sentence: string
  stacks: { name: string; pieces: string[]; wordsBefore: number }[]
} {
  if (!written.includes('(')) return { sentence: written, stacks: [] }
  const stacks: { name: string; pieces: string[]; wordsBefore: number }[] = []
  // "the following teams help …: Web (…), Mobile (…)": a colon after a word of teams, earlier.
  const teamWord = TEAM_WORD.exec(written)
  const introduced = teamWord ? written.indexOf(':', teamWord.index + teamWord[0].length) : -1
  const sentence = written.replace(PAREN, (whole: string, list: string, index: number) => {
    const pieces = list
      .split(/\s*,\s*|\s+and\s+/u)
      .map((piece) => piece.replace(/^and\s+/iu, '').trim())
      .filter(Boolean)
    if (
      pieces.length < 2 ||
      !pieces.every((piece) => PAREN_PIECE.test(piece) && piece.length <= 40)
    )
      return whole
    const from = Math.max(0, index - NAME_WINDOW)
    const words = written.slice(from, index).split(/\s+/u).filter(Boolean)
    if (from > 0) words.shift() // a word the window cut
    const found = namedBefore(words)
    if (!found) return whole
    // A name far into a long sentence is no word near its start.
    const wordsBefore = from > 0 ? found.wordsBefore + NAME_WINDOW : found.wordsBefore
    const end = index + whole.length
    const team =
      /\s(?:team|squad)$/iu.test(found.name) ||
      calledTeamsAfter(written.slice(end, end + AFTER_WINDOW)) ||
      (introduced !== -1 && introduced < index) ||
      (inRun && wordsBefore === 0)
    if (!team) return whole
    const name = found.name.replace(/\s+(?:team|squad)$/iu, '')
    if (name === '' || !/\p{Lu}/u.test(name)) return whole
    stacks.push({ name, pieces, wordsBefore })
    return ''
  })
  return { sentence, stacks }
}

/**
 * Whether the words after a name's parenthesis call it a team: "(…) team", "(…) and Mobile (…)
 * teams" (only names, their parentheses and joining words before the word), "(…), a team that".
 * "Our teams use Kubernetes (EKS, GKE)" calls Kubernetes nothing.
 */
function calledTeamsAfter(after: string): boolean {
  if (APPOSITIVE_TEAM.test(after)) return true
  const rest = after.replace(/\([^()]*\)/gu, ' ')
  const word = /\b(?:team|squad)s?\b/iu.exec(rest)
  if (!word) return false
  const between = rest
    .slice(0, word.index)
    .split(/[\s,]+/u)
    .map((piece) => piece.replace(/^[_*"“'‘]+|[_*"”'’.;:!?]+$/gu, ''))
    .filter(Boolean)
  return (
    between.length <= 8 &&
    between.every((piece) => /^\p{Lu}/u.test(piece) || /^(?:and|or|&|[-–—])$/iu.test(piece))
  )
}

/** ", a team that …", "— the team behind …": an apposition calling the name before it a team. */
const APPOSITIVE_TEAM =
  /^\s*[,—–-]\s*(?:a|an|the|our|one)\s+(?:[\p{L}-]+\s+){0,3}?(?:team|squad)\b/iu

/**
 * "18F Infrastructure team" beside "the Infrastructure team": the longer name is the same team
 * with its organisation's name before it, so its text joins the shorter name's.
 */
function mergeLongerNames(teams: Map<string, { blocks: Block[] }>): void {
  for (const [key, team] of teams) {
    const words = key.split(' ')
    for (let i = 1; i < words.length; i++) {
      const shorter = teams.get(words.slice(i).join(' '))
      if (shorter) {
        shorter.blocks.push(...team.blocks)
        teams.delete(key)
        break
      }
    }
  }
}

function paragraph(text: string, inline: Inline): Block {
  return { kind: 'paragraph', inline: { spans: [{ text, at: inline.at }], at: inline.at } }
}

/** One key for a team however its name joins words: "Platform & Infrastructure", "… and …". */
function teamKey(name: string): string {
  return name.toLowerCase().replace(/\s*&\s*/gu, ' and ')
}

/**
 * A team page's address: a path segment "teams" (or "team") then the team's own segment
 * ("https://nixos.org/community/teams/rfc-steering-committee/", "/handbook/teams/payments").
 */
const TEAM_PAGE_ADDRESS = /\/teams?\/[^/?#\s]+/iu

/**
 * The teams a sentence calls so, and the names it links to a team's page ("The [RFC Steering
 * Committee](…/community/teams/rfc-steering-committee/) controls this repository"): the page's
 * own site says they are teams, whatever word the sentence uses for them.
 */
function withLinkedTeams(sentence: string, inline: Inline, called: Called[]): Called[] {
  const out = [...called]
  for (const span of inline.spans) {
    if (span.href === undefined || !TEAM_PAGE_ADDRESS.test(span.href)) continue
    const name = span.text.trim()
    // A name, not an address or a sentence: a few words with a capital or a team word.
    if (!name || name.split(/\s+/u).length > 6 || /[/:]/u.test(name)) continue
    const at = sentence.indexOf(name)
    if (at < 0 || out.some((found) => found.name.toLowerCase() === name.toLowerCase())) continue
    const stripped = name.replace(/\s+(?:team|squad)$/iu, '')
    if (out.some((found) => found.name.toLowerCase() === stripped.toLowerCase())) continue
    const before = sentence
      .slice(0, at)
      .split(/\s+/u)
      .filter(Boolean)
      .filter((word, i) => !(i === 0 && /^(?:the|our|a|an)$/iu.test(word)))
    out.push({ name: stripped || name, wordsBefore: before.length })
  }
  return out
}
