import type { GuideEntry } from './guide-entry'
import { headingText, type Section } from './guide-sections'
import type { HeadingKind } from './section-headings'

/** What a section reads as from what it holds, before its place in the outline decides its role. */
export interface Assessment {
  /** team: reads as one team; container: holds teams; part: a sub-section of a team. */
  kind: 'team' | 'container' | 'weak' | 'empty' | 'skip' | 'part' | 'transparent'
  heading: HeadingKind
  reason: string
  sure: boolean
  /** Teams and units read from its lists, tables and charts. */
  found: GuideEntry[]
  children: Assessment[]
  section: Section
  /** How many signs of a team it shows (see teamSignals). */
  signals?: number
  /** The name it goes by when its heading says more than the name ("rust-url Maintainers"). */
  named?: string
  /**
   * A team even under another team's heading: a heading naming its team by handle
   * ("## @acme/developers" under "# @acme/admins") is a peer, not a part of the team above.
   */
  standsAlone?: boolean
  /** Read as a team for being written as its sibling sections are (alike-sections.ts). */
  alike?: boolean
  /**
   * One of sections written from one template (alike-sections.ts: their sub-headings recur from
   * one to the next): units of one kind, which the heading over them holds.
   */
  templated?: boolean
  /** Read as a team for standing under a heading that lists teams ("## Teams in Platform"). */
  listed?: boolean
  /** No level: its text divides the page's own unit into the teams below ("we break down…"). */
  dividesOwnUnit?: boolean
}

/**
 * A section named by a part's word ("Tools") whose blocks are written as those of a sibling that
 * is one of a run of teams (`inRun`): a paragraph alone, as "Docs" and "Framework" are. Never a
 * section about the page itself ("Overview", "Contact").
 */
export function partWrittenAsRun(
  child: Assessment,
  siblings: Assessment[],
  inRun: (sibling: Assessment) => boolean
): boolean {
  if (child.section.heading === undefined || child.heading !== 'part') return false
  if (child.children.length > 0 || PAGE_SECTION.test(headingText(child.section))) return false
  const shape = blockKinds(child)
  return (
    shape.includes('paragraph') &&
    siblings.some((sibling) => sibling !== child && inRun(sibling) && blockKinds(sibling) === shape)
  )
}

/** What a page says about itself or how it works, never a team: "Overview", "Contact", "FAQ". */
const PAGE_SECTION =
  /^(?:overview|introduction|about|summary|contact|faq|glossary|process|how we work|goals?|mission|vision|values|history|resources|links|see also)$/iu

/** The kinds of a section's blocks in order ("paragraph list"). */
function blockKinds(assessed: Assessment): string {
  return assessed.section.blocks.map((block) => block.kind).join(' ')
}
