import { DomUtils, parseDocument } from 'htmlparser2'

/** A heading an HTML block of a markdown page shows, and where its text is. */
export interface HtmlHeading {
  /** hN's level; undefined for a card's or panel's header, which is one below its section's. */
  depth?: number
  text: string
  /** The line in the block (0: its first) and the column (1-based) its text starts at. */
  offset: number
  column: number
}

/**
 * A heading written in HTML inside a markdown page, alone on its line: `<h3>Backend</h3>`, the
 * same inside a disclosure's summary (`<summary><h2>Incubating Projects</h2></summary>`), or a
 * card's or panel's header (`<div class="card-header bg-primary">Backend</div>`: a site's grid of
 * working groups, a card each, its header the group's name). markdown-it keeps such lines as
 * HTML, so without this the sections under them have no heading at all. Only plain text inside
 * (no other tag), at most MAX_TEXT characters.
 */
export function htmlHeadings(html: string): HtmlHeading[] {
  const headings: HtmlHeading[] = []
  html.split('\n').forEach((line, offset) => {
    const found = HEADING_LINE.exec(line)
    if (!found) return
    const [, tag, attributes, inner] = found
    const level = /^h([1-6])$/iu.exec(tag)
    if (!level && !HEADER_CLASS.test(attributes)) return
    const text = DomUtils.textContent(parseDocument(inner)).replace(/\s+/gu, ' ').trim()
    if (!text) return
    headings.push({
      ...(level && { depth: Number(level[1]) }),
      text,
      offset,
      column: line.indexOf(inner) + 1 + (inner.length - inner.trimStart().length)
    })
  })
  return headings
}

const MAX_TEXT = 120

/** One element alone on a line, perhaps inside `<summary>`: its tag, attributes and text. */
const HEADING_LINE = new RegExp(
  String.raw`^\s*(?:<summary\b[^<>]*>\s*)?<(h[1-6]|div|span|p|header|strong)\b([^<>]*)>([^<>]{1,${MAX_TEXT}})</\1>\s*(?:</summary>\s*)?$`,
  'iu'
)

/** The class Bootstrap-like sites give a card's or panel's header: "card-header", "panel-title". */
const HEADER_CLASS =
  /\bclass\s*=\s*["'][^"']*\b(?:card|panel|box|tile)-(?:header|heading|title)\b/iu
