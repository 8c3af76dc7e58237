/**
 * What a list's lead-in says its items are, when it says they are something other than teams:
 * "we established important guiding principles to keep in mind:", "we have 4 types of missions
 * we can launch:", "Some lessons we learned:". The sentence ends on its colon, names a kind of
 * thing no team is (principles, missions, steps, lessons…, or the document's own sections: "Main
 * sections:"), not of teams: the items are
 * those things, however each is written (a bold label and a description, as teams are).
 */
const OTHER_KIND =
  /\b(?:(?:guiding\s+)?principles|values|tenets|missions|kinds|types|steps|phases|rules|practices|lessons|learnings|takeaways|tips|goals|objectives|benefits|dimensions|criteria|questions|reasons|expectations|guidelines|sections|chapters|contents)\b/iu

/**
 * "the kinds of teams we have:", "our squads and their missions:": the items are teams, of a
 * kind or with their missions. A word of teams only before the kind ("Within a tribe, we have
 * 3 kinds of quests:") says where the kinds are, not what the items are.
 */
const TEAMS_OF_A_KIND =
  /\b(?:kinds|types|sorts)\s+of\s+(?:[\p{L}-]+\s+){0,2}?(?:teams|squads|groups|pods|crews|tribes|units|departments)\b|\b(?:teams|squads|groups|pods|crews|tribes|units|departments)\s+(?:and|with)\s+(?:their|its)\b/iu

/** Whether a paragraph before a list introduces items of another kind than teams (OTHER_KIND). */
export function introducesOtherKind(text: string): boolean {
  const trimmed = text.trim()
  if (!trimmed.endsWith(':')) return false
  // The sentence the colon ends: what came before it is about something else.
  const sentence = trimmed.split(/(?<=[.!?])\s+/u).pop() ?? trimmed
  return OTHER_KIND.test(sentence) && !TEAMS_OF_A_KIND.test(sentence)
}
