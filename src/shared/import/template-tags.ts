/**
 * Hugo shortcodes (`{{< tabs >}}`, `{{% alert %}}`), Liquid tags (`{% include x %}`,
 * `{{ page.title }}`) and ERB or EJS tags (Middleman's `<%= current_page.data.title %>`) on one line, at most 500 characters: bounded, so a guide full of unclosed
 * `{{<` stays linear.
 */
const TEMPLATE_TAG =
  /\{\{[<%][^\n]{0,500}?[%>]\}\}|\{%[^\n]{0,500}?%\}|\{\{[^\n{}]{0,500}?\}\}|<%[^\n]{0,500}?%>/gu

/**
 * A static-site page's text with its template tags taken out: they are markup for the site
 * generator, not words of the guide. Line breaks are kept, so every line number still holds
 * (not spaces in their place: four of them at a line's start would make it a code block).
 */
export function blankTemplateTags(text: string): string {
  const cards = text.includes('{{')
    ? text.replace(PERSON_SHORTCODE, personCard).replace(LINK_SHORTCODE, linkShortcode)
    : text
  return cards.replace(FILLED_HEADING, '').replace(TEMPLATE_TAG, '')
}

/**
 * A shortcode given an address and the words it shows, '{{< link_target_blank
 * href="https://…" title="DKatalis" >}}' ('url=', 'text=', 'label=' too): a link, read as the
 * markdown link it renders, not blanked with the site's other markup (its words are the page's:
 * a team's name, the company's). Bounded, one line; in a sentence or a list item's name only.
 */
const LINK_SHORTCODE = /\{\{[<%]\s*[\w/-]{1,80}(\s[^\n{}]{0,1000}?)\s*\/?[%>]\}\}/gu
const LINK_ADDRESS = /\b(?:href|url|link)\s*=\s*"(https?:\/\/[^"\s]{1,500})"/u
const LINK_WORDS = /\b(?:title|text|label)\s*=\s*"([^"]{1,200})"/u

function linkShortcode(tag: string, attributes: string, offset: number, text: string): string {
  // Alone on its line it is a card the site lays out ("{{< team/product-item title=… url=… >}}"),
  // not a link in a sentence or a list item's name. A few characters either side are read
  // only: a line of thousands of tags stays linear.
  const from = Math.max(0, offset - 24)
  const before = (from === 0 ? '\n' : '') + text.slice(from, offset)
  const after = text.slice(offset + tag.length, offset + tag.length + 24)
  if (/\n[ \t]*(?:[-*+]|\d+[.)])?[ \t]*$/u.test(before) && /^[ \t]*(?:\r?\n|$)/u.test(after))
    return tag
  const href = LINK_ADDRESS.exec(attributes)?.[1]
  const words = LINK_WORDS.exec(attributes)?.[1]
    ?.replace(/[[\]`]/gu, '')
    .trim()
  return href && words ? `[${words}](${href})` : tag
}

/**
 * A Hugo shortcode showing one person: '{{< team/github-profile name="Ada" role="Lead" >}}',
 * '{{< person name="…" title="…" >}}' (its last path segment names a member, person, profile,
 * maintainer, contributor or staff card). Kept, as the JSX card MDX pages write for the same
 * thing ('<Profile name="…" role="…" />'), so it is read as the line of a list of people
 * (markdown-blocks.ts) rather than blanked with the site's other markup. Bounded, one line.
 */
const PERSON_SHORTCODE =
  /\{\{[<%]\s*(?:[\w-]{1,60}\/){0,4}([\w-]{1,80})(\s[^\n]{0,2000}?)?\s*\/?[%>]\}\}/gu

/** A shortcode's name for one person's card ("github-profile", "team-member"; not "members"). */
const PERSON_CARD_NAME = /(?:member|person|profile|maintainer|contributor|staff)(?:[-_][\w-]*)?$/iu

function personCard(tag: string, name: string, attributes: string | undefined): string {
  if (!PERSON_CARD_NAME.test(name)) return tag
  return `<Profile${(attributes ?? '').replace(/[<>]/gu, ' ')} />`
}

/**
 * A section heading the site fills in ("## {{ team.name }}" in a loop over the site's data): it
 * names nothing in the page as written, so the line goes, heading marks and all (an empty
 * heading would read as an unnamed team). A title ("# <%= current_page.data.title %>") stays a
 * heading: it is where the page's sections begin. A tag here holds no brace or percent sign, so a
 * line of many tags is matched one way only (linear, however many).
 */
const FILLED_HEADING =
  /^[ \t]{0,3}#{2,6}[ \t]+(?:(?:\{\{[^\n{}]{0,200}\}\}|\{%[^\n{}%]{0,200}%\}|<%[^\n%]{0,200}%>)[ \t]*)+$/gmu

/**
 * A handbook shortcode that renders a team's member list from the company's people data
 * (GitLab's `{{< team-by-manager-slug "x" >}}`, `team-by-manager-role`, `team-by-departments`).
 */
const MEMBER_LIST_TAG = /\{\{[<%]\s*team-by-[\w-]+\b[^\n]{0,500}?[%>]\}\}/u

/** The 1-based lines holding a generated member list, read before template tags are blanked. */
export function memberListLines(text: string): Set<number> {
  const lines = new Set<number>()
  // Most guides hold none: no split into lines for them (a 10 MB guide has 300,000).
  if (!text.includes('team-by-')) return lines
  text.split(/\r\n|\r|\n/u).forEach((line, i) => {
    if (MEMBER_LIST_TAG.test(line)) lines.add(i + 1)
  })
  return lines
}
