import type { Assessment } from './assessment'
import { plainText } from './markdown-blocks'
import { cleanName } from './outline'
import { stageGroup } from './section-headings'
import { SAID_AS_TEAM, WORD_CHARACTER } from './team-own-name'
import { CJK_TEAM, OTHER_TEAM, OTHER_TEAMS } from './team-words'

/**
 * Words that make a heading a unit's name ("Billing Squad", "SIG CLI", "Data Team"), in the other
 * languages team pages are written in too ("Equipo de Pagos", "決済チーム").
 */
const UNIT_WORD = new RegExp(
  String.raw`\b(?:teams?|squads?|groups?|sigs?|wgs?|tribes?|guilds?|pods?|crews?|chapters?|streams?)\b` +
    String.raw`|(?<!\p{L})(?:${OTHER_TEAM}|${OTHER_TEAMS}|zespołów|команд)(?!\p{L})|${CJK_TEAM}`,
  'iu'
)

/** A heading that opens with its kind as a label ("Team: Core", "Squad: Checkout"). */
const KIND_LABEL = /^\s*(?:team|squad)\s*:\s*\S/iu

/**
 * Whether a heading's words, as written, label it a team ("Squad: Checkout"): cleanName drops
 * the label from the name, so the sign is read before it.
 */
export function labelledAsTeam(written: string): boolean {
  return KIND_LABEL.test(written)
}

/**
 * "… team", "… squads", "… group": where the page calls what comes before a team. From the first
 * space of a run only: tried at every space of a long run, `\s+` would walk the rest of the run
 * each time (a paragraph of 100,000 spaces took 12 s).
 */
const CALLED = new RegExp(String.raw`(?<!\s)${SAID_AS_TEAM}`, 'giu')

/**
 * The names a page's text calls a team, lower-cased: the word before each "team", "squad" or
 * "group" ("the Release team" gives "release"), and each of its tails that follows a sign
 * ("Verify:Runner group" gives "verify:runner" and "runner"). One pass over the text, so that
 * asking about every section of a large page stays linear.
 */
export function teamCalls(pageText: string): ReadonlySet<string> {
  const calls = new Set<string>()
  for (const match of pageText.matchAll(CALLED)) {
    const end = match.index
    let start = end
    while (start > 0 && !/\s/u.test(pageText[start - 1])) start--
    const word = pageText.slice(start, end).toLowerCase()
    for (let i = 0; i < word.length; i++) {
      if (i === 0 || !WORD_CHARACTER.test(word[i - 1])) calls.add(word.slice(i))
    }
  }
  return calls
}

/**
 * Whether the page treats a section as a team: its heading carries a unit's word, or the page's
 * text calls it one ("the Release team", "Ingestion squad"). A one-team page's sub-sections with
 * a description and a list ("Top-level Areas of Ownership", "Stack Choices") look like teams
 * but are never called so; a page of several teams names them as teams somewhere. `calls` is
 * teamCalls of the page's text.
 */
export function calledATeam(assessed: Assessment, calls: ReadonlySet<string>): boolean {
  const heading = assessed.section.heading
  if (!heading) return false
  const written = plainText(heading.inline)
  // "Squad: Checkout": the label calls the section by its kind, though its name drops the word.
  if (labelledAsTeam(written)) return true
  const name = cleanName(written)
    .replace(/(?<=\S)\s*\((?:[^()]|\([^()]*\))*\)$/u, '')
    .trim()
  if (!name || UNIT_WORD.test(name)) return true
  // A generated member list under it ("{{< team-by-manager-role … >}}") lists a team's people.
  if (assessed.section.listsMembers) return true
  // "Verify:Runner" is called by its group's name ("the Runner group"), "Packaging Build" by
  // its last word ("the Build team"). Whatever words the page writes before "team", their last
  // one is written so too: the name's last word, looked up alone, says whether it is called.
  const words = (stageGroup(name)?.group ?? name).split(/\s+/u)
  return calls.has(words[words.length - 1].toLowerCase())
}

/** A name the text calls a team where it says so ("The Payments team owns …"). */
export interface CalledTeam {
  /** The name as written ("Payments", "Developer Experience", "iOS"). */
  name: string
  /** Words before the name in its sentence, its determiner aside: few when it is the subject. */
  wordsBefore: number
}

/** " on GitHub", " in Discord": the team named before is a group of accounts on that service. */
const ACCOUNT_GROUP =
  /^\s+(?:on|in)\s+(?:GitHub|GitLab|Gitee|Codeberg|Bitbucket|Discord|Slack|Zulip|Matrix)\b/u

/** "team" or "squad" after a name: "group" also names working and user groups, so not here. */
const NAMED_TEAM = /\s+(?:team|squad)(s?)\b/giu
/** "team", "squad" or "group" after a name, on a page made of groups (statesGroups). */
const NAMED_UNIT = /\s+(?:team|squad|group)(s?)\b/giu
/** Words that open a noun phrase without naming anything: "the", "our". */
const DETERMINER = /^(?:the|our|their|its|a|an|this|that|these|those|each|every|my|your|his|her)$/iu
/**
 * Lower-case words before "team" that say which team without naming it ("the whole team", "a
 * small team", "the engineering team" for the whole department), or that name a role or a kind
 * of team rather than one.
 */
const NOT_A_NAME =
  /^(?:whole|entire|same|other|another|new|small|large|big|great|wider|extended|full|core|own|engineering|tech|technical|development|dev|product|software|leadership|management|support|project|feature|cross-functional|distributed|remote|local|central|dedicated|single|first|second|next|last|following|above|below|current|global|internal|external|open[- ]source|amazing|awesome|growing|entire|hiring|one|two|three|four|five|several|many|few|all|both|any|some|no|such|which|what|whose|'s)$/iu
/** "&", "of", and the lone dash of "Security - Red" join a name's words. */
const CONNECTOR = /^(?:&|and|of|for|\+|[-–—])$/iu
/** Words that open a sentence written with a capital, never part of a name ("While", "Both"). */
const LEAD_IN =
  /^(?:while|whereas|meanwhile|finally|then|today|now|also|and|but|so|both|all|each|every|since|when|after|before|as|if|because|although|though|once|here|there|next|lastly|first|second|third|today|currently|only|just|even)$/iu

/**
 * The names a sentence calls teams, in order: the capitalised words before "team" or "squad"
 * ("the Developer Experience team", "our iOS squad"), or one lower-case word after "the" or
 * "our" ("the data team"); "the Web and Mobile teams" gives both names. A possessive ("Ana's
 * team"), a determiner alone ("our team") or a word that says which team without naming it ("the
 * whole team") names none.
 */
export function teamsCalledIn(
  sentence: string,
  /** The page says it is made of groups: "the Platform group" names one as "team" would. */
  groups = false
): CalledTeam[] {
  const out: CalledTeam[] = []
  for (const match of sentence.matchAll(groups ? NAMED_UNIT : NAMED_TEAM)) {
    // "Team Ops": "Team" opens the name that follows it, it does not end the words before.
    const after = sentence.slice(match.index + match[0].length)
    if (/^\p{Lu}/u.test(match[0].trim()) && /^\s+\p{Lu}/u.test(after)) continue
    // "Invitation to the `staff` team on GitHub": a code host's or chat's group of accounts,
    // what a role is given access to, not a team of the organization.
    if (ACCOUNT_GROUP.test(after)) continue
    const words = sentence.slice(0, match.index).split(/\s+/u).filter(Boolean)
    const plural = match[1] !== ''
    const names = plural ? listedNames(words) : [namedBefore(words, true)]
    for (const found of names) if (found) out.push(found)
  }
  // "Ledger is a small team that …", "Security - Green is a governance-driven team.": the
  // sentence's subject, which the words before "team" only describe.
  if (out.length === 0) {
    const said = IS_A_TEAM.exec(sentence)
    const words = said?.[1].split(/\s+/u).filter(Boolean) ?? []
    const found = said ? namedBefore(words, true) : undefined
    // A name is written with a capital: "Our goal is a stable team" names no team "goal".
    if (found && found.wordsBefore === 0 && /\p{Lu}/u.test(found.name) && !PRONOUN.test(found.name))
      out.push(found)
  }
  return out
}

/**
 * The first team a page's text calls one ("The infrastructure team is responsible for…"), named
 * as a team is ("Infrastructure"); undefined when it calls nothing a team.
 */
export function firstCalledTeam(text: string): string | undefined {
  const [called] = teamsCalledIn(text)
  if (!called) return undefined
  return called.name.charAt(0).toUpperCase() + called.name.slice(1)
}

/**
 * "X is a small team.", "X is a cross-functional team that …": a subject, "is a", at most three
 * words describing it (none a word that leads elsewhere: "a member of the team"), then "team"
 * ending the phrase.
 */
const IS_A_TEAM =
  /^([^,;:]{1,120}?)\s+(?:is|was)\s+(?:a|an)\s+(?:(?!(?:of|on|in|for|with|to|at|the|our|their|its|my|your)\s)[\p{Ll}-]+\s+){0,3}(?:team|squad)(?=\s*(?:[.,;:!?)]|$)|\s+(?:that|which|who|of|with|for|in|at|responsible|focused|based|working|dedicated)\b)/u

/** A subject that names no team: "It is a small team", "Everyone is a …". */
const PRONOUN =
  /^(?:it|he|she|they|we|i|you|this|that|there|everyone|everybody|each|one|which|who)$/iu

/**
 * The name the words end with, and how many words come before it (its determiner aside). Before
 * a singular "team", "and" between capitalised words joins one name ("the Platform and
 * Infrastructure team"); before a plural one it separates names (listedNames).
 */
export function namedBefore(words: string[], joinAnd = false): CalledTeam | undefined {
  let start = words.length
  while (
    start > 0 &&
    (capitalised(words[start - 1]) ||
      (joinAnd &&
        start > 1 &&
        start < words.length &&
        clean(words[start - 1]) === 'and' &&
        capitalised(words[start - 2])))
  )
    start--
  // An inner "of" or "&" joins a name ("Research & Development"), never starts one; nor does a
  // sentence's capitalised first word ("While", "Both").
  while (
    start < words.length &&
    (CONNECTOR.test(clean(words[start])) ||
      LEAD_IN.test(clean(words[start])) ||
      // "Entire team (Red + Blue)": a sentence's first word is capitalised for its place only.
      (start === 0 && NOT_A_NAME.test(clean(words[start]))))
  )
    start++
  let name = words.slice(start).map(clean).join(' ')
  if (name === '') {
    const last = words.length > 0 ? clean(words[words.length - 1]) : ''
    const before = words.length > 1 ? clean(words[words.length - 2]) : ''
    if (!/^[\p{Ll}][\p{Ll}-]*$/u.test(last) || NOT_A_NAME.test(last)) return undefined
    if (!/^(?:the|our)$/iu.test(before)) return undefined
    name = last
    start = words.length - 1
  }
  if (/['’]s$/u.test(name) || DETERMINER.test(name)) return undefined
  let before = start
  if (before > 0 && DETERMINER.test(clean(words[before - 1]))) before--
  return { name, wordsBefore: before }
}

/** "the Web, API and Mobile teams": each name of the list before a plural "teams". */
function listedNames(words: string[]): CalledTeam[] {
  const names: CalledTeam[] = []
  const list = [...words]
  let end = list.length
  while (end > 0) {
    const found = namedBefore(list.slice(0, end))
    if (!found) break
    names.unshift(found)
    // Step back over the name to the "and" or the comma before it.
    end = found.wordsBefore + (DETERMINER.test(clean(list[found.wordsBefore] ?? '')) ? 1 : 0)
    const previous = list[end - 1] ?? ''
    if (/^(?:and|or|&)$/iu.test(clean(previous))) {
      end--
      // "A, B, and C": the comma before "and" ends B.
      if (/,$/u.test(list[end - 1] ?? '')) list[end - 1] = list[end - 1].replace(/,$/u, '')
    } else if (/,$/u.test(previous)) list[end - 1] = previous.replace(/,$/u, '')
    else break
  }
  // The list is one noun phrase: where it starts says whether its teams are the subject.
  const first = names[0]?.wordsBefore ?? 0
  return names.map((called) => ({ ...called, wordsBefore: first }))
}

/** A word written as a name: a capital letter in it ("Payments", "iOS", "DevEx"), or a connector. */
function capitalised(word: string): boolean {
  const text = clean(word)
  if (text === '' || /[,.;:!?]$/u.test(word)) return false
  if (DETERMINER.test(text) && /^\p{Lu}/u.test(text)) return false
  return /\p{Lu}/u.test(text) || (CONNECTOR.test(text) && text !== 'and')
}

/** A word without the quotes and brackets around it (bold and italics are gone from plain text). */
function clean(word: string): string {
  return word.replace(/^[("“'‘*_]+|[)"”'’*_,.;:!?]+$/gu, '')
}
