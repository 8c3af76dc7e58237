import { organizationKey } from './linked-organization'
import { plainText, type Block } from './markdown-blocks'
import { slugHeading, teamHandleOwners } from './team-handle'

// The project a page keeps, as its own words name it: for guide-company.ts, which weighs these
// clues against the others (front matter, title, --company, links, the file's name).

/**
 * A project's name as a maintainers file writes it: capitalized ("Phalcon", "OP-TEE"), or with a
 * capital inside ("vLLM"), then up to two more capitalized words ("Swift Xcode Playground").
 */
const NAME = String.raw`(?:\p{Lu}|\p{Ll}+\p{Lu})[\p{L}\p{N}+#-]*(?:\.[\p{L}\p{N}-]+)*(?:\s+\p{Lu}[\p{L}\p{N}+#-]*){0,2}?`

/**
 * The sentences a maintainers file opens with: "patches for a particular part of Phalcon",
 * "the current committers of the vLLM project", "here is the NUT MAINTAINERS file", "areas of
 * the Terminal code". They name the project the file's areas belong to.
 */
const PROJECT_PHRASES = [
  new RegExp(
    String.raw`\b(?:patches|changes|code)\s+(?:for|to|in)\s+(?:a\s+|any\s+)?(?:particular\s+)?parts?\s+of\s+(?:the\s+)?(${NAME})(?![\p{L}\p{N}'’])`,
    'u'
  ),
  new RegExp(
    String.raw`\bthe\s+(${NAME})\s+(?:MAINTAINERS|CODE_OWNERS|OWNERS|CODEOWNERS)\s+file\b`,
    'u'
  ),
  // Only where the file's people or areas are "of the X project": a team's page may mention
  // "the Git project" it contributes to, which is not its organization.
  new RegExp(
    String.raw`\b(?:[Mm]aintainers|[Cc]ommitters|[Oo]wners|[Rr]eviewers|areas|parts?)\s+(?:[\p{L}-]+\s+){0,3}?(?:of|in|for)\s+the\s+(${NAME})\s+(?:(?:GitHub|GitLab)\s+)?(?:project|code\s?base|code(?![\w-])|source tree|repository)\b`,
    'u'
  )
]

/**
 * How much of a page's text opens it: a maintainers file names its project there, while a team's
 * page may name the projects it contributes to further down ("upstream work on the Git project").
 */
const OPENING = 600

/** The project a maintainers file's opening sentences name, with the words that name it. */
export function projectPhrase(text: string): { name: string; words: string } | undefined {
  const opening = text.slice(0, OPENING)
  for (const phrase of PROJECT_PHRASES) {
    const found = phrase.exec(opening)
    if (found) return { name: found[1], words: found[0] }
  }
  return undefined
}

/**
 * "The Acme maintainers are:", "committers of the Acme project", "the Acme Project's governance":
 * a maintainers or governance page names the project it keeps as the one its people and its
 * project belong to. The name is one word carrying a capital ("vLLM", "OpenLineage") or two
 * capitalised words ("Apache Mesos"), so "the open source project" names nothing.
 */
export function ownProject(text: string): RegExpExecArray | null {
  for (const found of text.matchAll(OWN_PROJECT)) {
    // The subject's form ("The Acme project has…") gives its name in the second group; callers
    // read the name from the first.
    if (found[1] === undefined) found[1] = found[2]
    const words = found[1].split(/\s+/u)
    if (
      words.length === 1 ? /\p{Lu}/u.test(words[0]) : words.every((word) => /^\p{Lu}/u.test(word))
    )
      return found as RegExpExecArray
  }
  return null
}

/**
 * "conda-forge is an all-volunteer organization", "Acme is a non-profit foundation": a sentence
 * or a clause opening with a name and saying what kind of organization it is names the page's own
 * organization, however the name is written (projects write theirs in lower case). A pronoun
 * or a determiner opening the sentence ("It is a community project") names nothing.
 */
export function describedOrganization(text: string): { name: string; sentence: string } | null {
  for (const found of text.matchAll(DESCRIBED)) {
    if (!NOT_A_NAME.test(found[2].split(/\s+/u)[0])) return { name: found[2], sentence: found[1] }
  }
  return null
}

/**
 * The start of a sentence or clause is matched, not looked behind for: a look-behind of `\s+`
 * tried at every space of a long run walks back over the run each time (a paragraph of 100,000
 * spaces took 12 s). A name's words are on one line: a title over the sentence ("Acme", then
 * "Acme is a logistics company") is not part of the name.
 */
const DESCRIBED =
  /(?:^|[.!?,;:]\s|\n)\s*(([\p{L}\p{N}][\p{L}\p{N}.&-]*(?:[^\S\n]+\p{Lu}[\p{L}\p{N}.&-]*){0,2})\s+is\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:organi[sz]ation|company|foundation|non-?profit|community|collective|consortium)\b)/gu

const NOT_A_NAME =
  /^(?:it|this|that|which|there|here|he|she|they|we|who|what|everyone|everything|each|every|our|their|its|the|a|an|one|membership|governance)$/iu

/**
 * "The staff of the Foundation for Public Code", "employees of Acme Widgets": the organization
 * whose people a sentence names, in its words (capitalized, joined by "of", "for", "and").
 */
const STAFF_OF =
  /\b(?:staff|employees|personnel)\s+(?:of|at|within)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+(?:(?:of|for|and|&)\s+)?\p{Lu}[\p{L}\p{N}&'’-]*){1,5})/u

/**
 * The organization a page names by its staff ("The staff of the Foundation for Public Code
 * Vereniging carry out…"), two words or more: one word alone is left to the prose reading, which
 * weighs it against the page's other names.
 */
export function staffOrganization(text: string): { name: string; sentence: string } | null {
  const found = STAFF_OF.exec(text)
  return found ? { name: found[1], sentence: found[0] } : null
}

// "The Acme project has a team-based governance": a sentence opening on the project as its
// subject names the page's own (the lower-case word is only tied to the name there; "work on the
// Git project" further down names one the teams contribute to).
const OWN_PROJECT =
  /(?:\b[Tt]he\s+((?:\p{Lu}[\p{L}\p{N}.&-]*\s+)?[\p{L}\p{N}][\p{L}\p{N}.&-]*)(?:['’]s)?\s+(?:Project|maintainers|committers)\b|(?:^|[.!?]\s+)The\s+(\p{Lu}[\p{L}\p{N}.&-]*)\s+project\s+(?:has|is|was|uses|follows)\b)/gmu

/**
 * The organization a page's repository-style headings share ("# @kroxylicious/admins", "##
 * @kroxylicious/developers"): two or more headings, all of one owner, name it.
 */
export function headingsOwner(blocks: Block[]): string | undefined {
  const owners = new Set<string>()
  let count = 0
  for (const block of blocks) {
    if (block.kind !== 'heading') continue
    const found = slugHeading(plainText(block.inline))
    if (!found) continue
    owners.add(found.owner)
    count++
  }
  return count >= 2 && owners.size === 1 ? [...owners][0] : undefined
}

/**
 * The organization every code-host team handle in the text belongs to ("@acme/growth" on a
 * team's page): undefined when the text writes none, or handles of more than one owner.
 */
export function textHandlesOwner(text: string): string | undefined {
  const owners = teamHandleOwners(text)
  return new Set(owners.map((owner) => owner.toLowerCase())).size === 1 ? owners[0] : undefined
}

/**
 * A key (organizationKey) spelled as the page's text spells it with a capital ("PostHog" for
 * "posthog", "vLLM" for "vllm"); undefined when the text never writes it so.
 */
export function spelledAsWritten(key: string, text: string): string | undefined {
  const counts = new Map<string, number>()
  for (const [word] of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu)) {
    if (organizationKey(word) !== key || !/\p{Lu}/u.test(word)) continue
    counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]
}

/** Mail providers anyone has an address at: their domain names no organization. */
const MAIL_PROVIDERS = new Set([
  'gmail',
  'googlemail',
  'yahoo',
  'hotmail',
  'outlook',
  'live',
  'icloud',
  'me',
  'proton',
  'protonmail',
  'fastmail',
  'gmx',
  'example',
  'users'
])

/**
 * The organization most of a page's e-mail addresses belong to ("ana@acme.com",
 * "bo@mail.acme.com"), as a key (organizationKey): at least two addresses of it, more than half
 * of those the page writes; undefined for addresses at mail providers (gmail.com) or at many
 * places.
 */
export function mailOrganizationKey(text: string): string | undefined {
  const counts = new Map<string, number>()
  let total = 0
  for (const [, domain] of text.matchAll(/[\p{L}\p{N}._%+-]@((?:[\p{L}\p{N}-]+\.)+\p{L}{2,})/gu)) {
    total++
    const labels = domain.toLowerCase().split('.')
    const name = labels[labels.length - 2]
    if (MAIL_PROVIDERS.has(name)) continue
    const key = organizationKey(name)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1])
  return best && best[1] >= 2 && best[1] * 2 > total ? best[0] : undefined
}
