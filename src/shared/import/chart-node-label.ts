import { isPersonName } from './person-line'

// A chart node's label, as a text tree, a nested list or a mermaid flowchart writes it: the
// unit's name, then what it says beside the name ("Web team — React", "Search (Lead: Ana)").

/** A node's name: the label with a trailing note ("Payments — checkout", "Search (Ana)") set aside. */
export function nodeName(label: string): string {
  const name = bareName(label)
  return titledUnit(name) ?? name
}

/** The label's words before its note, as written (a leader's title stays a title). */
function bareName(label: string): string {
  // Spaces made one first, so no pattern below walks a long run of them from each of its spaces.
  return label
    .replace(/\s+/gu, ' ')
    .replace(/\([^()]*\) ?$/u, '')
    .replace(/ (?:[—–]|-{1,2}|#|\/\/) .*$/u, '')
    .replace(/ ?\([^()]*\) ?$/u, '')
    .replace(/:(?: .*)?$/u, '')
    .replace(/\([^()]*\) ?$/u, '')
    .trim()
}

/**
 * A node written as a leader's title ("CTO: Jane Park", "VP Engineering, Platform: Bob Stone",
 * "Head of Data — Ana Ruiz"): the unit the title leads. "VP Engineering, Platform" and "VP of
 * Platform Engineering" lead Platform and Platform Engineering; a title alone ("CTO", "VP
 * Engineering") leads engineering as a whole, as do a chief product and technology officer's
 * ("CPTO") and a chief digital officer's ("CDO"), whom public agencies name.
 */
const LEADER_TITLE =
  /^(?:(?:senior|sr\.?|executive|group|associate)\s+)?(?:cto|cio|cpo|ciso|cpto|ctpo|cdo|chief (?:technology|digital|information|product (?:and|&) technology) officer|(?:s?vp|evp|vice president)(?:\s+of)?(?:\s+engineering)?|(?:engineering\s+)?director(?:\s+of)?(?:\s+engineering)?|head(?:\s+of)?(?:\s+engineering)?)(?:\s*[,/–—-]\s*|\s+of\s+|\s+|$)/iu

function titledUnit(name: string): string | undefined {
  const found = LEADER_TITLE.exec(name)
  if (!found) return undefined
  const unit = name.slice(found[0].length).trim()
  return unit || 'Engineering'
}

/**
 * What a node's label says beside its name, a piece each: "(Lead: Carla Diaz) — AWS, Terraform"
 * after "Infrastructure team" is "Lead: Carla Diaz" and "AWS, Terraform"; the person after a
 * leader's title is the unit's lead ("Lead: Jane Park" for "CTO: Jane Park"). Empty when the
 * label is the name alone.
 */
export function nodeNote(label: string): string[] {
  const text = label.replace(/\s+/gu, ' ').trim()
  const name = bareName(text)
  const rest = text
    .slice(text.indexOf(name) + name.length)
    .replace(/^\s*(?:[—–:]|-{1,2})\s*/u, '')
    .trim()
  if (!rest) return []
  // "CTO: Jane Park": the title's holder leads the unit.
  if (titledUnit(name) !== undefined && isPersonName(rest)) return [`Lead: ${rest}`]
  return rest
    .split(/\s*[()]\s*(?:(?:[—–]|-{1,2})\s*)?|\s+(?:[—–]|-{1,2})\s+/u)
    .map((piece) => piece.trim())
    .filter(Boolean)
}
