import type { ListItem, Span } from './markdown-blocks'

/** Only markup or separators between a label and its value ("**Captain**: …", "**Lead:** …"). */
const SEPARATOR = /^[\s:,;/|&–—-]*$/u
/** A bare address or an account handle written as text: a value, never a description. */
const BARE_VALUE = /^(?:https?:\/\/\S+|@[\p{L}\p{N}_-]+|and)$/iu

/**
 * "- **Coordination**: https://github.com/org/project" over "- **Captain**: [Ana](…)": a team's
 * fields, each a bold label ending in a colon, then its value alone — an address, a handle or
 * links (to a person, a board). A team line's text after its name says what the team does; a
 * field's value is only where or who, so a list of such lines is the section's own details,
 * never its teams.
 */
export function fieldLabelList(items: readonly ListItem[]): boolean {
  return (
    items.length >= 2 &&
    items.every((item) => fieldLine(item.inline.spans) || recordLine(item.inline.spans))
  )
}

/**
 * "* Authors: Ana Ruiz, Bo Chen", "* Created: 2019-04-18", "- **Status**: Accepted": the
 * document's own record (who wrote it, when, where it stands), as an RFC or a decision record
 * opens on, bold or not: never the teams it speaks of, even under a title that names teams.
 */
export function documentRecordList(items: readonly ListItem[]): boolean {
  return items.length >= 2 && items.every((item) => recordLine(item.inline.spans))
}

function recordLine(spans: readonly Span[]): boolean {
  return DOCUMENT_FIELD.test(spans.map((span) => span.text).join(''))
}

const DOCUMENT_FIELD =
  /^\s*(?:authors?|author\(s\)|created(?: on| at)?|updated|last (?:modified|updated|edited|reviewed)|modified|published|date|status|version|start date|feature name|rfc(?: pr| number)?|pull request|tracking issue|discussion|reviewers?|shepherds?|deciders|supersedes|superseded by)\s*:\s*\S/iu

function fieldLine(spans: readonly Span[]): boolean {
  const shown = spans.filter((span) => span.text.trim() !== '')
  const label = shown[0]
  if (!label?.strong || label.href !== undefined) return false
  const rest = shown.slice(1)
  // The colon closes the label, inside the bold ("**Lead:**") or right after it ("**Lead**:").
  const colon = /:\s*$/u.test(label.text) || /^\s*:/u.test(rest[0]?.text ?? '')
  if (!colon) return false
  const values = rest.filter((span) => !SEPARATOR.test(span.text) || span.href !== undefined)
  return (
    values.length > 0 &&
    values.every(
      (span) =>
        span.href !== undefined ||
        span.text
          .replace(/^[\s:]+/u, '')
          .trim()
          .split(/[\s,;]+/u)
          .every((word) => word === '' || BARE_VALUE.test(word))
    )
  )
}
