import type { GuideEntry } from './guide-entry'
import type { Section } from './guide-sections'
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
}

/**
 * The fewest sibling sections written alike that read as a run of teams (alike-sections.ts);
 * fewer under a heading that lists teams are its teams on that heading's word alone.
 */
export const ALIKE_RUN = 3
