import type { Assessment } from './assessment'
import { plainText } from './markdown-blocks'
import { cleanName } from './outline'
import { STANDING } from './people-areas'

/** A title that is only a word for the page's people: "Members", "Maintainers", "Our team". */
const PEOPLE_TITLE =
  /^(?:(?:our|the|current|project)\s+)?(?:members|people|maintainers|committers|contributors|team(?:\s+members)?)$/iu

/** Whether a title is only a word for the page's people ("Maintainers", "Our team"). */
export function titleNamesPeople(title: string): boolean {
  return PEOPLE_TITLE.test(title.trim())
}

/** People who no longer serve: "Emeritus Maintainers", "Former members", "Past committers". */
const FORMER = /\b(?:emeritus|former|past|alumni|retired|inactive)\b/iu

/**
 * The name of the one team a people-only page titled "Members" is about: its first section of
 * people still serving ("## Project Maintainers", not "## Emeritus Maintainers"), which names
 * the group the title only counts. Undefined for any other title, or when no section names it.
 */
export function peopleTitleTeam(title: string, body: Assessment): string | undefined {
  if (!PEOPLE_TITLE.test(title.trim())) return undefined
  for (const child of body.children) {
    if (!child.section.heading) continue
    const text = cleanName(plainText(child.section.heading.inline))
    if (STANDING.test(text) && !FORMER.test(text)) return text
  }
  return undefined
}
