import type { Assessment } from './assessment'
import { plainText } from './markdown-blocks'
import { cleanName } from './outline'
import { stageGroup } from './section-headings'
import { SAID_AS_TEAM, WORD_CHARACTER } from './team-own-name'

/** Words that make a heading a unit's name ("Billing Squad", "SIG CLI", "Data Team"). */
const UNIT_WORD =
  /\b(?:teams?|squads?|groups?|sigs?|wgs?|tribes?|guilds?|pods?|crews?|chapters?|streams?)\b/iu

/** "… team", "… squads", "… group": where the page calls what comes before a team. */
const CALLED = new RegExp(SAID_AS_TEAM, 'giu')

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
  const name = cleanName(plainText(heading.inline))
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
