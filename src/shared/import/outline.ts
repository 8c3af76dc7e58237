import { codePointName } from '../catalog/name-text'
import { plainText, type Block, type Inline, type Span } from './markdown-blocks'

export type HeadingBlock = Extract<Block, { kind: 'heading' }>

/** A run of blocks, opened by a sub-heading ("The toolset we use:") or by the section itself. */
export interface Part {
  heading?: HeadingBlock
  blocks: Block[]
}

export function headingText(heading: HeadingBlock): string {
  return plainText(heading.inline)
}

/**
 * Characters the loader refuses in a name (controls, line separators, bidirectional embeddings,
 * overrides and isolates: see name-text.ts), which a heading can carry invisibly.
 */
export const REFUSED_IN_NAMES = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu

/**
 * The note that says which refused characters (REFUSED_IN_NAMES, tabs and line breaks aside) a
 * name lost, from `where` ('the heading "Payments"', 'the cell "Payments"'); undefined when it
 * lost none. One wording for every importer.
 */
export function droppedCharactersNote(text: string, where: string): string | undefined {
  const dropped = [...new Set(text.match(REFUSED_IN_NAMES) ?? [])].filter(
    (c) => !/[\t\n\r]/u.test(c)
  )
  if (dropped.length === 0) return undefined
  const names = dropped.map((c) => codePointName(c.codePointAt(0)!)).join(', ')
  return `dropped ${names} from ${where}: a name may not hold control or bidirectional characters`
}

/**
 * A heading's or label's text as a name: refused characters dropped, one line, no trailing
 * colon, no heading id (`{#platform}`, kramdown's and Hugo's) and no "Team:" label before it.
 */
/** " | acme.org", " · www.acme.dev": a domain alone after a bar or a dot, ending the text. */
const SITE_AFTER_BAR = /(?<=\S)\s+[|·•]\s+(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/?$/iu

export function cleanName(text: string): string {
  const cleaned = text
    .replace(REFUSED_IN_NAMES, '')
    .replace(/\s+/gu, ' ')
    .replace(/\s*\{#[\w:.-]*\}\s*$/u, '')
    .replace(/^(?:team|squad)\s*:\s*(?=\S)/iu, '')
    .replace(/\s*:$/u, '')
    // "Acme Standards Body | acme.org": the site's address after a bar, no word of the name.
    .replace(SITE_AFTER_BAR, '')
    // "Ledger MS¹" over "¹Micro Service": a footnote's marker, no letter of the name.
    .replace(/(?<=[\p{L}\p{N}])[¹²³⁴⁵⁶⁷⁸⁹⁰]+$/u, '')
    .trim()
  return withoutPictographs(cleaned).replace(NUMBERED, '')
}

/**
 * A name without the emoji before or after its words ("👋 Team", "Search 🔍"): a page's
 * decoration, not part of the name. A name of emoji alone is kept as written. Walked from both
 * ends a character at a time (a pattern anchored at the end is tried from every position), without
 * splitting the whole text into characters (a heading can be a megabyte long).
 */
export function withoutPictographs(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && DECORATION.test(codePointAfter(text, start))) {
    start += codePointAfter(text, start).length
  }
  while (end > start && DECORATION.test(codePointBefore(text, end))) {
    end -= codePointBefore(text, end).length
  }
  return start === end ? text : text.slice(start, end)
}

/** The character (one code point, one or two UTF-16 units) that starts at `at`. */
function codePointAfter(text: string, at: number): string {
  return String.fromCodePoint(text.codePointAt(at)!)
}

/** The character (one code point, one or two UTF-16 units) that ends at `at`. */
function codePointBefore(text: string, at: number): string {
  const from = at >= 2 ? at - 2 : at - 1
  return String.fromCodePoint(text.codePointAt(from)!).length === at - from
    ? text.slice(from, at)
    : text.slice(at - 1, at)
}

/** Whether a text is only emoji and spaces ("🔐 ", "🛠️"): an icon before a line's label. */
export function isPictographsOnly(text: string): boolean {
  return (
    /\p{Extended_Pictographic}/u.test(text) && Array.from(text).every((c) => DECORATION.test(c))
  )
}

/** An emoji's characters (pictograph, skin tone, joiner, variation selector, keycap) or a space. */
const DECORATION = /^(?:[\p{Extended_Pictographic}\p{Emoji_Modifier}\s]|\u200d|\ufe0f|\u20e3)$/u

/**
 * A heading's number ("1. Payments", "2) Search", "3.1. Mobile", "3.1 Mobile"): its place in the
 * page, not part of its name. A number the name begins with stays ("3D Printing", "2024 Roadmap").
 */
const NUMBERED = /^\d{1,3}(?:\.\d{1,3})*[.)]\s+(?=\S)|^\d{1,3}(?:\.\d{1,3})+\s+(?=\p{L})/u

/**
 * A title written as a breadcrumb, "[Engineering Playbook](../README.md) / InfraSec": the page is
 * its last crumb, the links before it the pages above. A title without linked crumbs before a
 * separator ("CI / CD") is its whole text.
 */
export function titleName(inline: Inline): string {
  const text = plainText(inline)
  const spans = inline.spans.filter((span) => span.text.trim() !== '')
  const crumbs = text.split(/\s+[/>»›]\s+/u)
  if (crumbs.length < 2) return text
  const linked = spans.filter((span) => span.href !== undefined).map((span) => span.text.trim())
  const above = crumbs.slice(0, -1).map((crumb) => crumb.trim())
  return above.every((crumb) => linked.includes(crumb)) ? crumbs[crumbs.length - 1] : text
}

/**
 * A heading's or table cell's name: its text, or its link's text when a remark in parentheses
 * follows the link ("[Delivery](…) (and Delivery Tiger Team)", "[Search](…) (formerly Discovery)",
 * "[Runner](…) (`@alice`, `@bob`)" name Delivery, Search and Runner: the link is the unit's page).
 */
/**
 * "**Booking** Face to face appointment booking.": a table cell that opens on a bold name and
 * goes on to say, in words of its own, what it names: the name and the words after it.
 */
export function boldNamedCell(inline: Inline): { label: string; rest: Span[] } | undefined {
  const spans = inline.spans.filter((span) => span.text.trim() !== '')
  const [first, ...rest] = spans
  if (!first?.strong || first.href !== undefined || rest.length === 0) return undefined
  if (rest.some((span) => span.strong)) return undefined
  const after = plainText(rest).trim()
  if (!/^\p{L}/u.test(after) || after.split(/\s+/u).length < 2) return undefined
  const label = cleanName(first.text)
  return label ? { label, rest } : undefined
}

export function linkedName(inline: Inline): { label: string; aside?: string } {
  const spans = inline.spans.filter((span) => span.text.trim() !== '')
  const [link, ...rest] = spans
  const after = plainText(rest).trim()
  if (link?.href !== undefined && rest.length > 0 && /^\([^()]+\)$/u.test(after)) {
    const label = cleanName(link.text)
    if (label) return { label, aside: after }
  }
  return { label: cleanName(plainText(inline)) }
}
