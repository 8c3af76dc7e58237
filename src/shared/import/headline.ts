/**
 * A post's or an essay's headline, not a name: "Goal 1: Optimizing for reusability", "Being
 * pragmatic and moving quickly", "The road ahead" (numbered steps and goals; a gerund or an
 * article over words in lower case, as a sentence is written, four and three words or more).
 */
const HEADLINE =
  /^(?:(?:goal|step|part|phase|chapter|lesson|principle|tip|takeaway)\s*#?\d+\b|\p{Lu}\p{Ll}+ing(?:\s+[\p{Ll}\d][\p{L}\d'’-]*){3,}$|(?:the|a|an|our|why|what|how|when|where)(?:\s+[\p{Ll}\d][\p{L}\d'’-]*){2,}$)/u

/**
 * A word in -ing that names a line of work, as a team's name opens ("Billing and invoicing
 * platform", "Marketing data and analytics"), not a gerund opening a sentence ("Being
 * pragmatic"). Words a post's headline opens on as often ("Testing", "Learning") are left out.
 */
const WORK_NOUN =
  /^(?:accounting|advertising|banking|billing|booking|clearing|engineering|forecasting|hosting|invoicing|lending|manufacturing|marketing|merchandising|messaging|networking|onboarding|packaging|pricing|publishing|purchasing|recruiting|routing|scheduling|shipping|sourcing|streaming|ticketing|tooling|trading|underwriting)\b/iu

/** Whether a heading is written as a headline is (its words, not whether they name a team). */
export function writtenAsHeadline(label: string): boolean {
  if (WORK_NOUN.test(label.trim())) return false
  return HEADLINE.test(
    label
      .trim()
      .replace(/^(?:the|a|an|our|why|what|how|when|where)\b/iu, (word) => word.toLowerCase())
  )
}

/**
 * A post's title saying what was done to the teams ("Growing our engineering team", "Building &
 * scaling Engineering team", "Scaling product teams"), or what its writers did ("We start a new
 * chapter"): a headline, naming no team and no organization. A verb in -ing with a word in lower
 * case after it, or two of them joined, and a word for teams or the organization; a line of work
 * opening a name ("Billing team", "Learning Platform team") is no verb, and two of them joined
 * as names are ("Building and Packaging") name a group.
 */
const DOING =
  /^\p{Lu}\p{Ll}+ing(?:\s+(?!and\b|or\b)(?:\p{Ll}[\p{L}'’-]*)\s+\S|\s*(?:&|and)\s*\p{Ll}+ing\s+\S)/u
const TEAMS_OR_ORG =
  /\b(?:teams?|squads?|tribes?|chapters?|engineering|org|organi[sz]ation|department|company)\b/iu
const WE_SAY = /^(?:We|I)(?:['’](?:re|ve|m|ll|d))?\s+\p{Ll}/u

/** Whether a page's title is a post's headline of what was done (DOING, WE_SAY). */
export function doingHeadline(title: string): boolean {
  const text = title.trim()
  if (WORK_NOUN.test(text)) return false
  return (DOING.test(text) && TEAMS_OR_ORG.test(text)) || WE_SAY.test(text)
}
