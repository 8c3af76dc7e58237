/**
 * Lists of bold labels or links that look like a list of teams, each a name and a line after it,
 * but are something else: conditions ("**IF** … **THEN** …") or products a page compares
 * ("**Name:** Name provides video calls"). Told from the lines alone, not the heading above them.
 */

interface NamedLine {
  name: string
  description: string
}

/** What a product, not a team, is called when a line defines it. */
const PRODUCT_NOUN = String.raw`(?:tool|platform|service|app|application|software|suite|product|system|plugin|extension|client|editor|solution)s?`

/**
 * "Name provides video calls …", "Name is the conferencing app …", "a browser-based meeting
 * service …": the line defines its label as a product (its own name, or an article, then up to
 * six words and the kind of product), or says what the product provides.
 */
const DEFINES_PRODUCT = new RegExp(
  String.raw`^(?:(?:\S+\s+){1,4}?(?:is|are)\s+)?(?:an?|the)\s+(?:[\p{L}\p{N}/-]+\s+){0,6}?${PRODUCT_NOUN}\b` +
    String.raw`|^(?:\S+\s+){1,4}?(?:provides|offers|lets you|allows you)\b`,
  'iu'
)

/** Words that say a line is about people: a product's definition never has them. */
const PEOPLE_WORDS = /\b(?:teams?|squads?|groups?|we|our|us|people|engineers|staff)\b/iu

/** The first clause of a line: what it defines its label as, before any further detail. */
function firstClause(text: string): string {
  return text.split(/[.;:]\s|,\s(?:and|but|which|with)\s/u)[0]
}

function definesProduct(line: NamedLine): boolean {
  const clause = firstClause(line.description)
  return DEFINES_PRODUCT.test(clause) && !PEOPLE_WORDS.test(clause)
}

/**
 * Whether a list's lines name no teams: a label written on two of its lines (team names in one
 * list differ; "IF" and "Step" recur), or most of its described lines, two at least, defining
 * their label as a product.
 */
export function namesNoTeams(lines: readonly NamedLine[]): boolean {
  const names = lines.map((line) => line.name.trim().toLowerCase())
  if (new Set(names).size < names.length) return true
  const described = lines.filter((line) => line.description !== '')
  const products = described.filter(definesProduct).length
  return products >= 2 && products * 2 > described.length
}
