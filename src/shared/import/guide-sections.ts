import { plainText, type Block, type Position } from './markdown-blocks'
import { cleanName, type HeadingBlock } from './outline'

/** A heading and what is under it up to the next heading of the same or a shallower depth. */
export interface Section {
  heading?: HeadingBlock
  /** The front matter's title, when it stands for a heading the document lacks. */
  title?: { text: string; at: Position }
  blocks: Block[]
  children: Section[]
  /** Its own text (before its first sub-heading) holds a generated member list (memberListLines). */
  listsMembers?: boolean
}

/** Sections by heading depth: each heading opens a section inside the last shallower one. */
export function readSections(blocks: Block[]): Section {
  const root: Section = { blocks: [], children: [] }
  const open: { depth: number; section: Section }[] = [{ depth: 0, section: root }]
  const title = oneTeamTitle(blocks)
  for (const block of blocks.slice(0, blocks.length - footerLength(blocks))) {
    if (block.kind !== 'heading') {
      open[open.length - 1].section.blocks.push(block)
      continue
    }
    // A one-team page has one title: a later H1 ("# Community", the team's name again) is a
    // section of it, so the title sits above every other heading.
    const depth = block === title ? TITLE_DEPTH : block.depth
    while (open.length > 1 && open[open.length - 1].depth >= depth) open.pop()
    const section: Section = { heading: block, blocks: [], children: [] }
    open[open.length - 1].section.children.push(section)
    open.push({ depth, section })
  }
  return root
}

/** Above an H1 and below the page itself. */
const TITLE_DEPTH = 0.5

/** A title naming one team or group ("Web team", "SIG Apps", "Docs Working Group Charter"). */
const ONE_UNIT_TITLE = /\b(?:team|squad|crew|pod|sig|special interest group|working group|wg)\b/iu

/**
 * The title of a page whose later H1s are its sections: the H1 that opens it, when another H1
 * follows, and it names one team or group ("# Community", the team's name again, follows) or
 * is written otherwise than they are (underlined with "=====" over "# Client-side",
 * "# Server-side": the writer set the title apart). A page whose text starts before its first
 * H1 (its title in front matter) is written in H1 sections, and a guide opening on
 * "# Platform" is written in H1 divisions: their H1s stay siblings.
 */
function oneTeamTitle(blocks: Block[]): HeadingBlock | undefined {
  const start = blocks.findIndex((block) => block.kind !== 'other')
  const first = blocks[start]
  if (first?.kind !== 'heading' || first.depth !== 1) return undefined
  const laterH1s = blocks
    .slice(start + 1)
    .filter((block): block is HeadingBlock => block.kind === 'heading' && block.depth === 1)
  if (laterH1s.length === 0) return undefined
  const setApart = first.setext === true && laterH1s.every((heading) => !heading.setext)
  return ONE_UNIT_TITLE.test(plainText(first.inline)) || setApart ? first : undefined
}

/** A page's footer is at most this many paragraphs. */
const MAX_FOOTER_PARAGRAPHS = 3

/**
 * How many blocks at the page's end are its footer: a rule after the last heading, then only
 * a few paragraphs ("This document is an adaptation of the Acme project's charter"). They say
 * where the page comes from, not what the last section's team does.
 */
function footerLength(blocks: Block[]): number {
  let start = blocks.length
  while (start > 0 && blocks[start - 1].kind === 'paragraph') start--
  const paragraphs = blocks.length - start
  const rule = blocks[start - 1]
  if (paragraphs === 0 || paragraphs > MAX_FOOTER_PARAGRAPHS) return 0
  if (rule?.kind !== 'other' || rule.what !== 'rule') return 0
  return paragraphs + 1
}

/**
 * Marks the sections whose own text, from their heading to the next heading, holds one of
 * `lines` (a generated member list, blanked from the blocks with every other template tag).
 */
export function markMemberLists(root: Section, lines: ReadonlySet<number>): void {
  if (lines.size === 0) return
  const inOrder: Section[] = []
  const collect = (section: Section): void => {
    if (section.heading) inOrder.push(section)
    section.children.forEach(collect)
  }
  collect(root)
  inOrder.forEach((section, i) => {
    const from = section.heading!.inline.at.line
    const to = inOrder[i + 1]?.heading!.inline.at.line ?? Infinity
    for (const line of lines) if (line > from && line < to) section.listsMembers = true
  })
}

/** A section's heading as plain, cleaned text ("" for the page's top, which has none). */
export function headingText(section: Section): string {
  return section.heading ? cleanName(plainText(section.heading.inline)) : ''
}
