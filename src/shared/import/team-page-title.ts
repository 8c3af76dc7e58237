/**
 * What a team's own page is, after its name and team word: the page itself ("Charter",
 * "README") or one of the team's own operations it describes ("Triage", "Runbooks", "On-call
 * rotation"), or how it works together ("Working Agreement", "Ways of Working", "Norms",
 * "Practices": "Web team practices"). Not onboarding: "Engineering Team Onboarding" is as often
 * a department's page over its teams as one team's, and so is "Engineering Team Practices".
 */
export const OWN_PAGE = String.raw`(?:charter|info|page|overview|readme|handbook|playbook|manual|wiki|guide|home|(?<!\bengineering\s+(?:team|squad)\s+)practices|(?:working\s+)?agreements?|ways\s+of\s+working|norms|rituals|space|hub|(?:issue\s+|bug\s+)?triage|runbooks?|(?:on-?call\s+)?rotation|on-?call)`

/**
 * A one team's page title in the words the rules read it by, "<name> Team <page word>": the
 * same title written as a sentence or with its parts apart, however its writers put it.
 * "About the Data Team", "Meet the Data Team" and "Data Engineering Team at Acme" are the team's
 * (the organization after "at" is the title's to name elsewhere); "Platform Team: Charter",
 * "Platform Team - Home" and "Platform Team | Wiki" are its page with their parts apart, and
 * "Team Charter: Platform" puts the page's words first; "Infra team's working agreement" and
 * "Working agreement of the Infra team" write the team as the page's owner. Any other title
 * comes back as written, trimmed of the punctuation after its last word ("Platform Team!").
 * `keepOrganization`: "… Team at Acme" stays whole.
 */
export function asTeamPageTitle(title: string, { keepOrganization = false } = {}): string {
  let text = title.trim().replace(TRAILING_MARKS, '')
  // "About the Data Team", "Meet our Data Team": the page introduces the team it names.
  const introduced = INTRODUCED_TEAM.exec(text)
  if (introduced) text = introduced[1]
  // "Data Engineering Team at Acme": the team, at its organization (kept for a reader of the
  // title as a whole, which names the organization from it).
  const at = TEAM_AT.exec(text)
  if (at) {
    if (keepOrganization) return text
    text = at[1]
  }
  // "Platform Team: Charter", "Team Charter: Platform": the team's side and the page's side.
  const apart = PARTS_APART.exec(text)
  if (apart) {
    const [, first, second] = apart
    if (TEAM_END.test(first) && onlyPageWords(second)) text = `${first} ${second}`
    else if (onlyPageWords(first) && /^\p{Lu}/u.test(second) && !TEAMS_WORD.test(second)) {
      const team = TEAM_END.test(second) ? second : `${second} Team`
      text = `${team} ${first.replace(/^(?:team|squad)\s*/iu, '')}`.trim()
    }
  }
  // "Infra team's working agreement", "Working agreement of the Infra team".
  const owned = TEAMS_PAGE.exec(text) ?? PAGE_OF_TEAM.exec(text)
  if (owned?.groups) text = owned.groups.team
  return text.replace(TRAILING_MARKS, '').trim()
}

/** Punctuation and separators after a title's last word: "Platform Team!", "Platform Team -". */
const TRAILING_MARKS = /[\s!.:;,|–—\p{Extended_Pictographic}\uFE0F-]+$/u
/** A team's word, perhaps with one word of its page after it, ending a text. */
const TEAM_END = /\b(?:team|squad|crew|pod)(?:\s+\S+)?$/iu
/** A word for several teams: "Teams: Overview" is a list's page, no team's. */
const TEAMS_WORD = /\b(?:teams|squads|crews|pods)\b/iu
const INTRODUCED_TEAM =
  /^(?:[Aa]bout|[Mm]eet|[Ii]ntroducing|[Hh]ello from|[Hh]i from|[Ww]elcome to)\s+(?:the\s+|our\s+)?(\p{Lu}.*\b(?:[Tt]eam|[Ss]quad|[Cc]rew|[Pp]od))$/u
const TEAM_AT =
  /^(\p{Lu}.*\b(?:[Tt]eam|[Ss]quad|[Cc]rew|[Pp]od))\s+(?:at|@)\s+\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,2}$/u
/** A title in two parts, a colon, bar or dash between them. */
const PARTS_APART = /^(.+?)\s*(?::|\||\s[–—-])\s+(.+)$/u
/** What a team's page is besides its own words: its agreements, onboarding, ways of working. */
const TEAM_PAGE_KINDS = String.raw`(?:${OWN_PAGE}|onboarding|documentation|docs|intro(?:duction)?)`
const ONLY_PAGE_WORDS = new RegExp(
  String.raw`^(?:(?:the|our|team|squad|${TEAM_PAGE_KINDS})\b\s*)+$`,
  'iu'
)
/** Whether a part of a title says only what kind of page it is ("Charter", "Team Wiki"). */
function onlyPageWords(part: string): boolean {
  return ONLY_PAGE_WORDS.test(part.trim())
}
const TEAMS_PAGE = new RegExp(
  String.raw`^(?<team>\p{Lu}.*?\b(?:team|squad))['’]s\s+(?:${TEAM_PAGE_KINDS})$`,
  'iu'
)
const PAGE_OF_TEAM = new RegExp(
  String.raw`^(?:${TEAM_PAGE_KINDS})\s+(?:of|for)\s+(?:the\s+)?(?<team>\p{Lu}.*?\b(?:team|squad))$`,
  'iu'
)

/**
 * A title that names only a team's page, no team: "How the team works", "Team working
 * agreement", "Working agreement", and as French, Spanish, Portuguese and German teams title
 * theirs ("Fonctionnement de l'équipe"). The page is one team's; its text says which
 * (teamNamedInText). "How we work" and "Ways of working" may be a whole organization's, and
 * "Team Charter" alone says nothing either way.
 */
export function namesOnlyATeamsPage(title: string): boolean {
  return TEAMS_PAGE_ONLY.test(title.trim().replace(/[\s.:!]+$/u, ''))
}

/**
 * "Team Charter", "Team handbook", "Team page": a kind of team's page, naming no team, which may
 * be a page of several teams as well as one team's (namesOnlyATeamsPage is one team's alone).
 */
export function namesUnnamedTeamsPage(title: string): boolean {
  return UNNAMED_TEAMS_PAGE.test(title.trim().replace(/[\s.:!]+$/u, ''))
}

const UNNAMED_TEAMS_PAGE = new RegExp(
  String.raw`^(?:our\s+|the\s+)?team\s+(?:${TEAM_PAGE_KINDS}|page|handbook|overview)$`,
  'iu'
)

const TEAMS_PAGE_ONLY =
  /^(?:how\s+(?:the|our|this)\s+team\s+works|(?:our\s+|the\s+)?team(?:['’]s)?\s+(?:working\s+agreements?|norms|rituals|ways\s+of\s+working)|(?:our\s+)?working\s+agreements?|fonctionnement\s+de\s+l['’]\s*[ée]quipe|charte\s+(?:de\s+l['’]\s*|d['’]\s*)[ée]quipe|organisation\s+de\s+l['’]\s*[ée]quipe|acuerdos?\s+de\s+trabajo\s+del\s+equipo|funcionamento\s+da\s+equipe|arbeitsweise\s+des\s+teams)$/iu
