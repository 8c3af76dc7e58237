/** An account handle: "@njhill", "@robertgshaw2-redhat" (not the "@example.com" of an address). */
export const HANDLE = /(?<![\w.])@[\p{L}\p{N}][\p{L}\p{N}_-]*(?![\p{L}\p{N}_-]*\.[\p{L}])/u
const HANDLES = new RegExp(HANDLE.source, 'gu')
/** An e-mail address: "ana@example.com". */
export const EMAIL_ADDRESS = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u
const EMAIL = new RegExp(EMAIL_ADDRESS.source, 'gu')
const ASIDE = /\([^()]*\)/gu
/** Name particles written in lower case: "Joris Van den Bossche", "Elliott Sales de Andrade". */
const PARTICLE = /^(?:de|da|di|del|den|der|van|von|le|la|du|bin|al|y)$/u
const MAX_NAME_WORDS = 5

/**
 * A maintainers file's line about one person: a name with their account handle or e-mail
 * address ("Ana Diaz (Lead) - @anad (ana@example.com)", "Bo Lind [@bolind](https://github.com/bolind)",
 * "@cymoss"). Its words name a person, never a project or a technology ("Brandon Jenkins" is no
 * Jenkins).
 */
export function isHandleLine(text: string): boolean {
  const line = text.trim()
  if (!HANDLE.test(line) && !line.match(EMAIL)) return false
  const words = line
    .replace(EMAIL, ' ')
    .replace(HANDLES, ' ')
    .replace(ASIDE, ' ')
    .split(/[\s[\]()<>:,;|/–—-]+/u)
    .filter((word) => /\p{L}/u.test(word))
  return (
    words.length <= MAX_NAME_WORDS &&
    words.every((word) => /^\p{Lu}/u.test(word) || PARTICLE.test(word))
  )
}

/**
 * A paragraph of people, one after another ("Chris Giblin, IBM <cgi@example.com> (@cgiblin)
 * Sean Rooney, IBM <sro@example.com> (@srooney)"): each person ends with their handle or
 * address, so the paragraph splits after it. Undefined when any piece is not a person.
 */
export function peopleInParagraph(text: string): string[] | undefined {
  const people = text
    .trim()
    .split(/(?<=[)>]|@[\p{L}\p{N}.-]+\.[\p{L}]+)\s+(?=\p{Lu})/u)
    .filter(Boolean)
  return people.length > 0 && people.every(isHandleLine) ? people : undefined
}
