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
