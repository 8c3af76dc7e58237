import { titleKind } from './section-headings'

// The organization a document's title names ("Acme Engineering Handbook", "Teams at Northwind",
// "Acme Corp — Engineering teams (Q3)"), as a guide's title and a spreadsheet's title row are
// read alike.

/**
 * Whether what a title leaves for the organization can be its name: "Acme", "Bank of America",
 * "BC Public Service". What is left of a sentence-like title ("Teams from Across the BC Public
 * Service Learn to be Digital at the Exchange Lab" leaves "from Across BC Public Service Learn
 * to be Digital at Exchange Lab") is none: it opens with a preposition or an article, or runs
 * past six words.
 */
export function readsAsAName(name: string): boolean {
  const words = name.trim().split(/\s+/u)
  return words.length <= 6 && !LEADING_FUNCTION_WORD.test(words[0])
}

const LEADING_FUNCTION_WORD =
  /^(?:from|at|of|in|across|for|to|with|by|on|about|into|within|and|or|the|a|an)$/u

/** A word of an organization's name: capitalized ("Acme", "Corp.", "AT&T"), or one that joins. */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{N}&.'’-]*|of|and|&|de|du|der|van|von|la|le|the)$/u

/** A word that dates what the title is of: "Q3", "H2", "FY24", "2026". */
const PERIOD_WORD = /^(?:q[1-4]|h[12]|fy(?:19|20)?\d{2}|(?:19|20)\d{2})$/iu

/**
 * The organization a title names on its own, with no text around it to confirm the words (a
 * spreadsheet's title row): the guide's reading of a title (titleKind: "Acme Corp — Engineering
 * teams (Q3)" names Acme Corp, "Teams at Northwind" Northwind), without the period it dates
 * ("Northwind squads Q3"), kept only when every word left is written as a name's ("Team roster"
 * leaves "roster", "Q3 2026 team list" only a period: no name).
 */
export function titleCompany(title: string): string | undefined {
  const kind = titleKind(title, true)
  if (kind.role !== 'company') return legalName(title)
  const words = kind.name.split(/\s+/u).filter((word) => word !== '' && !PERIOD_WORD.test(word))
  const name = words.join(' ')
  const named =
    /^\p{Lu}/u.test(name) &&
    words.every((word) => NAME_WORD.test(word)) &&
    !ONLY_LEGAL_FORM.test(name)
  return named && readsAsAName(name) ? name : undefined
}

/**
 * A company's registered name opening the title, "Acme Widgets Ltd" alone or before what the
 * export is ("Acme Widgets Ltd - Worker Report", "Initech Inc.: headcount"): its legal form says
 * it names a company, whatever the rest of the title says.
 */
function legalName(title: string): string | undefined {
  const found = LEGAL_NAME.exec(title.trim())
  if (!found) return undefined
  const name = found[1].trim()
  const words = name.split(/\s+/u)
  return words.every((word) => NAME_WORD.test(word)) && readsAsAName(name) ? name : undefined
}

/** A company's legal form, the last words of its registered name. */
const LEGAL_FORM = String.raw`(?:Ltd\.?|Limited|Inc\.?|Incorporated|Corp\.?|Corporation|LLC|L\.L\.C\.|GmbH|AG|plc|PLC|S\.A\.|SA|SAS|B\.V\.|BV|N\.V\.|NV|Pty Ltd|Oy|AB|ASA|KK)`

/** A name ending in a legal form, then the end of the title or a dash, colon or bar. */
const LEGAL_NAME = new RegExp(
  String.raw`^(\p{Lu}.*?\s${LEGAL_FORM})(?:\s*$|\s+[-–—|:]\s*\S|:\s*\S)`,
  'u'
)

/** A legal form alone ("Ltd" left of "Team roster Ltd"): the form of a name, no name. */
const ONLY_LEGAL_FORM = new RegExp(`^${LEGAL_FORM}$`, 'u')
