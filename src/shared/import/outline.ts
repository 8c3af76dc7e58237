import { plainText, type Block, type Inline } from './markdown-blocks'

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
 * A heading's or label's text as a name: refused characters dropped, one line, no trailing
 * colon, no heading id (`{#platform}`, kramdown's and Hugo's) and no "Team:" label before it.
 */
export function cleanName(text: string): string {
  return text
    .replace(REFUSED_IN_NAMES, '')
    .replace(/\s+/gu, ' ')
    .replace(/\s*\{#[\w:.-]*\}\s*$/u, '')
    .replace(/^(?:team|squad)\s*:\s*(?=\S)/iu, '')
    .replace(/\s*:$/u, '')
    .trim()
}

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
