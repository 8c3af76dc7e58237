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

/**
 * "- [Copy reviews](/practices/content/copy-reviews): A checklist for reviewing written content",
 * "- [Stand ups](…): How to run stand-ups": a list of links to documents, each described as one
 * (how to do something, guidelines or standards for something), as a handbook's index lists its
 * pages. At least half its linked lines described so (two at least, or its one linked line):
 * the list is the page's documents, never its teams (a team's line says what the team does or
 * owns).
 */
export function documentIndexList(items: readonly ListItem[]): boolean {
  let linked = 0
  let documents = 0
  for (const item of items) {
    const shown = item.inline.spans.filter((span) => span.text.trim() !== '')
    if (shown[0]?.href === undefined) continue
    linked++
    const description = shown
      .slice(1)
      .map((span) => span.text)
      .join('')
      .replace(/^[\s:–—-]+/u, '')
      .trim()
    if (DOCUMENT_DESCRIPTION.test(description)) documents++
  }
  return documents >= 2 ? documents * 2 >= linked : documents === 1 && linked === 1
}

/**
 * A document's description: what it tells the reader how, when or why to do ("How to run
 * stand-ups", "When to include…"), or the guidance it gives and for what ("Guidelines for
 * choosing…", "Code style standards for HTML", "A checklist for reviewing…", "Methods and
 * principles for deploying…"). A team's word before the guidance ("The team that maintains
 * patterns for our UI") makes it a team's line.
 */
const DOCUMENT_DESCRIPTION =
  /^(?:(?:how|when|what|where|why|which)\s+(?:to|we)\b|(?:(?:a|an|the|our|some|basic|common|general)\s+)?(?!(?:[\p{L}-]+\s+){0,2}?(?:team|squad|group)s?\b)(?:[\p{L}-]+\s+){0,2}?(?:guidelines?|guides?|recommendations?|standards?|principles|patterns|philosophy|rules|conventions|instructions|tips|steps|checklist|methods|practices|polic(?:y|ies)|procedures?|templates?|structure|way)\s+(?:for|to|on|of|when|used)\b)/iu
