import type { HeadingKind } from './section-headings'

/** A title naming working groups as what the page lists: "Acme Working Groups", "Council WGs". */
const WORKING_GROUPS_TITLE = /\b(?:working groups|wgs|cwgs)\b/iu

/** "Working Groups", "Current Working Groups": on a page titled for them, the heading of their list. */
const LIST_HEADING = /^(?:(?:current|existing|active|our|all)\s+)*(?:working groups|wgs)$/iu

/**
 * "Roadmaps Working Group", "Release WG": one working group, named. Not a blank's or a kind's
 * ("[insert WG name] Working Group" is a placeholder, caught before), nor the page's words
 * ("Starting a Working Group", "Proposing a working group" are instructions: an -ing verb and
 * its object; "Past Working Group" is none).
 */
const NAMED_GROUP =
  /^(?!(?:a|an|the|this|each|every|new|past|former|proposed|other|your|our)\s)(?![a-z]+ing\s+(?:a|an|the|new|your|our|their|up|down|out|off)\s)\S.*\s(?:working group|wg|cwg)$/iu

/**
 * How a heading reads on a page whose title says it lists working groups (Node.js's, a
 * council's, a project's): there the working groups are the page's standing units, each named
 * by its own heading, and the headings that collect them hold its teams. Elsewhere (a company
 * handbook's "Working Groups" section, Kubernetes' time-bounded groups owned by SIGs) a working
 * group stays a section to skip. Returns the heading's kind unchanged when the rule says nothing.
 */
export function workingGroupHeading(
  kind: HeadingKind,
  text: string,
  title: string | undefined
): HeadingKind {
  if (kind !== 'skip' || title === undefined || !WORKING_GROUPS_TITLE.test(title)) return kind
  if (NAMED_GROUP.test(text)) return 'plain'
  return kind
}

/**
 * Whether a heading is the page's list of its working groups ("Current Working Groups" on a
 * page titled for them): its sub-sections, and the units collecting them, are its teams, even
 * one alone.
 */
export function listsWorkingGroups(text: string, title: string | undefined): boolean {
  return title !== undefined && WORKING_GROUPS_TITLE.test(title) && LIST_HEADING.test(text)
}

/**
 * "Governance Stack Working Group" alone on its line, in the page's list of its working groups
 * (listsWorkingGroups): a plain, unlinked name is still one group's, when it says it is one.
 */
export function namesWorkingGroup(text: string): boolean {
  return NAMED_GROUP.test(text.trim())
}

/**
 * "Metrics Working Groups", "2. Context Working Groups" on a page titled for its working groups:
 * one kind of them, the unit holding those listed under it, whatever its first word says alone
 * ("metrics", "operations"). Not the page's whole list ("Current Working Groups") nor its groups
 * in a state ("Inactive Working Groups"), which hold the groups of the unit above.
 */
export function namesKindOfWorkingGroups(text: string, title: string | undefined): boolean {
  return (
    title !== undefined &&
    WORKING_GROUPS_TITLE.test(title) &&
    KIND_OF_GROUPS.test(text) &&
    !LIST_HEADING.test(text) &&
    !GROUPS_IN_A_STATE.test(text)
  )
}

/** "Metrics Working Groups": working groups named by the words before the plural. */
const KIND_OF_GROUPS = /^\S.*\s(?:working groups|wgs)$/iu

/** "Inactive Working Groups", "Completed working groups": the groups of one state. */
const GROUPS_IN_A_STATE =
  /^(?:(?:current|existing|active|inactive|past|former|archived|retired|dormant|proposed|incubating|graduated|completed|closed|concluded|sunset)\s+)+(?:working groups|wgs)$/iu
