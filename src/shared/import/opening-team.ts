import type { Section } from './guide-sections'
import { plainText, type Position } from './markdown-blocks'

/** "The Acme Kotlin Team will be responsible for", "The Release WG is responsible for". */
const SAYS_RESPONSIBLE =
  /^The\s+((?:\p{Lu}[\p{L}\p{N}.+#-]*\s+){1,5}(?:Team|Squad|Working Group|WG|SIG))\s+(?:will be|is|are)\s+responsible\b/u

/** "The Core subteam shepherds technical RFCs …", "The Payments team owns …". */
const OPENS_ON_TEAM =
  /^The\s+(\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*){0,3}\s+(?:sub-?team|team|squad))\s+(?:is|are|was|shepherds|owns|maintains|builds|runs|leads|makes|works|focuses|handles|reviews|manages|develops|takes)\b/u

/**
 * The team a title-less page is about, where its first paragraph names it as its subject: that
 * name stands for the title the page lacks, and the page's readings compare as for any title.
 * On a page with no heading at all, any sentence with the team as its subject says so ("The Core
 * subteam shepherds …"); under headings that come before all text ("## Summary"), only one saying
 * what the team is responsible for does (a section's text often opens on one of the page's teams).
 * A page opening on anything else ("This page …", "We …") names none.
 */
export function openingTeam(root: Section): { text: string; at: Position } | undefined {
  const pattern = root.children.length === 0 ? OPENS_ON_TEAM : SAYS_RESPONSIBLE
  let section: Section | undefined = root
  while (section) {
    const paragraph = section.blocks.find((block) => block.kind === 'paragraph')
    if (paragraph?.kind === 'paragraph') {
      const text = plainText(paragraph.inline).trim()
      const found = pattern.exec(text) ?? SAYS_RESPONSIBLE.exec(text)
      return found ? { text: found[1], at: paragraph.inline.at } : undefined
    }
    if (section.blocks.some((block) => block.kind !== 'other')) return undefined
    section = section.children[0]
  }
  return undefined
}
