import { titleKind, type TitleKind } from './section-headings'

// "# Team Topology for Payments" over "how the Payments area is organised", "# Org structure of
// the Data Platform group": the name a title's page words leave is an area of an organization,
// not the organization, when the title or the text puts an area's word after it.

/** A word after a name that makes it a part of an organization: "the Payments area". */
const AREA_WORD = String.raw`(?:area|domain|tribe|pillar|vertical|org|department|division)`

/**
 * A name the title ends with an area's word: "Data Platform group", "Growth Area", "Payments
 * domain". A capitalized "Group" is left to the name ("Acme Group" is a company's).
 */
const AREA_END = new RegExp(
  String.raw`^(\p{Lu}.*?)\s+(?:${AREA_WORD}|group|Area|Domain|Tribe|Pillar|Vertical)$`,
  'u'
)

/**
 * The division a title names where it reads as naming the organization ("Team Topology for
 * Payments" leaves "Payments") but the title or the text writes that name as an area's: the
 * teams under it are the area's, and the organization is named elsewhere or not at all.
 * The title must tie its page words to the name ("for", "of"), unless the name ends in the
 * area's word. Undefined for a title that names no organization, or one the page writes only as
 * a name.
 */
export function titleArea(title: string, text: string): TitleKind | undefined {
  const kind = titleKind(title, true)
  if (kind.role !== 'company') return undefined
  const name = kind.name.replace(/^the\s+/iu, '').trim()
  const ended = AREA_END.exec(name)
  if (ended)
    return {
      role: 'division',
      name: ended[1].trim(),
      reason: 'the title names an area of the organization',
      sure: true
    }
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
  // Only a title that ties its page words to the name ("… for Payments", "… of the Payments"):
  // "AI Engineering" over "the AI department" names the department with its own word.
  const tied = new RegExp(String.raw`\s(?:for|of|in|within)\s+(?:the\s+)?${escaped}$`, 'iu')
  if (!tied.test(title.trim())) return undefined
  const written = new RegExp(String.raw`(?<![\p{L}\p{N}])${escaped}\s+${AREA_WORD}\b`, 'u')
  if (!written.test(text)) return undefined
  return {
    role: 'division',
    name,
    reason: `the title names an area of the organization (the text writes "${name}" as one)`,
    sure: true
  }
}
