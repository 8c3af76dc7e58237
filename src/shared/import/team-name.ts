import { capitalizedWords } from './file-name'
import { headcountOf } from './team-field'
import { unitKey } from './unit-key'

/**
 * A team's name as a reader writes it, from the name its page writes: "Test Governance Group",
 * "Git Team" and "Node Special Interest Group" are "Test Governance", "Git" and "Node";
 * "Identity and Access Management (IAM) Team" drops the acronym of its own words; "Database
 * Operations (formerly the DBRE team)" drops the aside; "Verify:Runner" under the Verify stage is
 * "Runner" (the stage is the unit above). A working, user or steering group keeps its word: that
 * word is what it is, not a suffix. A trailing abbreviation stays when another team beside it
 * has the same name before its own remark in parentheses (`beside`: nameBases of the names its
 * page writes for the teams there, this one's among them): "Platform (EU)" and "Platform (US)"
 * are two teams, not two "Platform". A heading naming its team by its chat channel ("## #checkout")
 * is named as a person says it, "Checkout".
 */
export function teamNameAsRead(
  written: string,
  unitsAbove: readonly string[],
  beside: ReadonlyMap<string, number> = new Map()
): string {
  let name = channelName(written.trim())
  name = withoutStatusRemark(name)
  name = name.replace(ASIDE, '').trim() || name
  name = name.replace(HEADCOUNT, '').trim() || name
  name = dropOwnAcronym(name)
  if (!namedAlikeBeside(name, beside)) {
    name = name.replace(CONTACT, '').trim() || name
    name = name.replace(ABBREVIATION, '').trim() || name
    name = name.replace(LOWER_CASE_REMARK, '').trim() || name
  }
  const staged = STAGED.exec(name)
  if (staged && unitsAbove.some((unit) => unitKey(unit) === unitKey(staged[1]))) {
    name = staged[2].trim()
  }
  const bare = name.replace(SUFFIX, '').trim()
  return bare && !KEPT_GROUP_WORD.test(name) ? bare : name
}

/**
 * "Triage Team [Needs people!]", "Review Team (hiring!)", "Docs [WIP]", "Search (Deprecated)":
 * how the team stands today, in brackets after its name: no word of the name, and no sign of
 * what the heading is (a heading "hiring" is a page of jobs; one whose team is hiring is a
 * team's). Only a remark opening on a status word: "Payments [EU]" says which one, "Team [Name]"
 * is a template's placeholder.
 */
const STATUS_REMARK =
  /(?<=\S)\s*[[(]\s*(?:needs?|looking for|hiring|recruiting|wip|work in progress|deprecated|archived|inactive|retired|beta|alpha|draft|experimental|proposed|planned|paused|on hold|sunset(?:ting)?|tbd|vacant|help wanted|volunteers?\s+(?:wanted|needed))\b[^[\]()\n]{0,60}[\])]\s*$/iu

/** A heading or name without its status remark (STATUS_REMARK); the text as is without one. */
export function withoutStatusRemark(text: string): string {
  return text.replace(STATUS_REMARK, '').trim() || text
}

/** "(formerly …)", "(aka …)", "(previously …)", "(also known as …)" at the end of a name. */
const ASIDE =
  /\s*\((?:formerly|previously|aka|a\.k\.a\.|also known as|née|was)\b(?:[^()]|\([^()]*\))*\)\s*$/iu

/**
 * "Developer Experience (DevEx)", "Site Reliability (SRE)", "Runner (Verify-Runner-BE)": a
 * trailing abbreviation or handle, one word with two capitals or more, is what the team is also
 * called, not part of its name.
 * "BCDevExchange (Website)" and "Cloud (Managed Instances)" keep theirs: it says which one.
 */
const ABBREVIATION = /(?<=\S)\s*\((?=(?:[^()\s]*\p{Lu}){2})[\p{L}\p{N}&.+_/-]{2,40}\)\s*$/u

/**
 * "Deploy (incorporating the night shifts)", "Billing (part of Payments)", "Search (new)": a
 * trailing remark that opens with a lower-case word is a sentence about the team, not a word of
 * its name, which names begin with a capital ("Cloud (Managed Instances)" and "Widgets (jQuery
 * plugins)" keep theirs).
 */
const LOWER_CASE_REMARK = /(?<=\S)\s*\((?=\p{Ll}+[\s,;:.)])(?:[^()]|\([^()]*\))*\)\s*$/u

/**
 * "Logistics (#logistics)", "Translation (@translators)", "Web (`#web`, `#web-help`)", "Core •
 * #core", "Audio | #audio": where to reach the team, a chat channel or a handle in parentheses or
 * after a separator following its name, is no part of it.
 */
const CONTACT =
  /(?<=\S)(?:\s*\(\s*`?[#@][\p{L}\p{N}_./:-]+`?(?:\s*[,;|/]\s*`?[#@][\p{L}\p{N}_./:-]+`?)*\s*\)|\s+[•·|–—-]\s+`?#[\p{L}\p{N}_./:-]+`?)\s*$/u

/** A heading's or a line's text without where to reach the team (CONTACT) at its end. */
export function withoutContact(text: string): string {
  return text.replace(CONTACT, '').trim() || text
}

/** A trailing remark in parentheses, whatever it says. */
const REMARK = /(?<=\S)\s*\([^()]*\)\s*$/u

/**
 * How many of `names` each name before its remark in parentheses is ("Platform" twice for
 * "Platform (EU)" and "Platform (US)"): counted once for a list of teams, not once per team.
 */
export function nameBases(names: Iterable<string>): Map<string, number> {
  const bases = new Map<string, number>()
  for (const name of names) {
    const base = unitKey(name.replace(REMARK, ''))
    bases.set(base, (bases.get(base) ?? 0) + 1)
  }
  return bases
}

/** Whether another team beside it is written with the same name before its remark. */
function namedAlikeBeside(name: string, beside: ReadonlyMap<string, number>): boolean {
  if (!ABBREVIATION.test(name) && !LOWER_CASE_REMARK.test(name) && !CONTACT.test(name)) return false
  return (beside.get(unitKey(name.replace(REMARK, ''))) ?? 0) >= 2
}

/**
 * "Payments (2-3 engineers)", "Search (4 people)", "Data (~5 FTE)": how many people the team has,
 * in parentheses after its name, is no part of it.
 */
const HEADCOUNT =
  /\s*\(\s*(?:~|about |approx\.? |around |up to )?\d+(?:\s*[-–—]\s*\d+|\+)?\s*(?:engineers?|people|persons?|members?|devs?|developers?|FTEs?|headcount|staff|ICs?)\b[^()]*\)\s*$/iu

/**
 * Past this, a bare number in brackets after a name ("Search (7)") is no headcount: a year, an
 * issue or a count of something else.
 */
const MOST_PEOPLE_BARE = 300

/**
 * "Backend Services Team (7)", "Payments (4 engineers)", "Search (~5 people)": a name and how
 * many people the team has, in brackets after it; a bare number counts its people too, when it
 * is a plausible headcount (not "Platform (2024)"). A range ("2-3 engineers") is no one number:
 * the name is still read without it (teamNameAsRead), no headcount given. Undefined when the
 * brackets hold no headcount.
 */
export function namedHeadcount(text: string): { name: string; headcount: number } | undefined {
  const found = /^(.*?\S)\s*\(([^()]*)\)\s*$/u.exec(text.trim())
  if (!found) return undefined
  const inside = found[2].trim()
  const bare = /^\d+$/u.test(inside) ? Number(inside) : undefined
  const headcount =
    bare !== undefined
      ? bare >= 1 && bare <= MOST_PEOPLE_BARE
        ? bare
        : undefined
      : headcountOf(inside)
  return headcount === undefined ? undefined : { name: found[1], headcount }
}

/**
 * "Teams (10 teams, 45 people)", "Squads (9)", "Our engineers (~40)": how many a unit holds, in
 * brackets at the end of a heading, says nothing of what the heading is.
 */
const COUNT_REMARK =
  /(?<=\S)\s*\(\s*(?:(?:about|around|approx\.?|over|~)\s*)?\d[\d,]*\+?(?:\s+\p{L}+)?(?:\s*(?:[,;&]|\band\b)\s*(?:(?:about|around|approx\.?|over|~)\s*)?\d[\d,]*\+?(?:\s+\p{L}+)?)*\s*\)\s*$/iu

/** A heading without the count in brackets at its end (COUNT_REMARK). */
export function withoutCount(text: string): string {
  return text.replace(COUNT_REMARK, '').trim() || text
}

/** "Foo group", "Foo Team", "Foo squad", "Foo Special Interest Group" at the end of a name. */
const SUFFIX = /\s+(?:special interest group|group)$/iu

/** Group words that are the unit's kind, not a suffix: "Batch Working Group". */
const KEPT_GROUP_WORD = /\b(?:working|user|steering|focus|advisory)\s+group$/iu

/** "Stage:Group" with nothing but the group after the colon. */
const STAGED = /^([^:]{2,40}?)\s*:\s*(\S.{0,80})$/u

/** "Identity and Access Management (IAM) Team" → "Identity and Access Management Team". */
function dropOwnAcronym(name: string): string {
  const found = /^(.+?)\s*\(([\p{Lu}\p{N}&]{2,8})\)(.*)$/u.exec(name)
  if (!found) return name
  const initials = found[1]
    .split(/\s+/u)
    .filter((word) => !/^(?:and|of|for|the|&)$/iu.test(word))
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('')
  return initials === found[2].replace(/&/gu, '') ? `${found[1]}${found[3]}`.trim() : name
}

/**
 * The team a chat channel names, as a person says it: "#checkout" is Checkout, "#data-platform"
 * Data Platform, "#team-payments" Payments. Undefined for anything but a channel.
 */
export function channelTeam(text: string | undefined): string | undefined {
  const channel = text !== undefined ? /^#(\p{L}[\p{L}\p{N}_-]{0,80})$/u.exec(text.trim()) : null
  if (!channel) return undefined
  const words = channel[1].split(/[-_]+/u).filter(Boolean)
  const named = words[0]?.toLowerCase() === 'team' && words.length > 1 ? words.slice(1) : words
  return capitalizedWords(named.join(' '))
}

/** A team's name, or the team its chat channel names when the name is a channel (channelTeam). */
export function channelName(name: string): string {
  return channelTeam(name) ?? name
}
