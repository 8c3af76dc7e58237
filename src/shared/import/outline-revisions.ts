import { escapeRegExp } from '../escape-reg-exp'
import { chartEchoes } from './chart-echoes'
import { holdsTeam, INSIDE_SKIPPED, type GuideEntry } from './guide-entry'
import { nameKey } from './ids'
import { unitKey } from './unit-key'
import { namesStructure } from './section-headings'
import { TEAM_WORD } from './section-assessment'
import { plainText } from './markdown-blocks'
import type { Section } from './guide-sections'

/**
 * A heading named exactly as a team of the page's org chart ("## Runners" below a chart whose
 * leaf is Runners) is that team's section, whatever its text looked like alone: it says what the
 * chart's team is (import-guide.ts builds the team once, at its node, with the section's text).
 * So is a heading named exactly as a team of the page's list ("- Forest: the Filecoin node",
 * then "### Forest"): the list places the team, its section says what it is (import-guide.ts
 * reads the two as one team).
 */
export function claimChartTeamSections(outline: GuideEntry[]): void {
  // Each declared name's key, with how the page declares it (once in a chart or a list).
  const declared = new Map<string, { count: number; drawn: boolean }>()
  const collect = (entries: GuideEntry[]): void => {
    for (const entry of entries) {
      if (
        entry.role === 'team' &&
        (entry.source.kind === 'chart' || entry.source.kind === 'item')
      ) {
        const key = nameKey(entry.label)
        const seen = declared.get(key)
        declared.set(key, {
          count: (seen?.count ?? 0) + 1,
          drawn: entry.source.kind === 'chart'
        })
      }
      collect(entry.children)
    }
  }
  collect(outline)
  const claim = (entries: GuideEntry[]): void => {
    for (const entry of entries) {
      const team = declared.get(nameKey(entry.label))
      if (entry.role === 'skip' && entry.source.kind === 'section' && team?.count === 1) {
        entry.role = entry.inferred = 'team'
        entry.reason = team.drawn
          ? "the section of a team the page's org chart draws"
          : "the section of a team the page's list names"
        entry.sure = true
      }
      claim(entry.children)
    }
  }
  claim(outline)
}

/**
 * A heading about the organization's layout ("## Department structure") over the page's org
 * chart is no unit of its own: the chart's root is the top of what the page draws.
 */
export function liftStructureHeadings(entries: GuideEntry[]): void {
  for (const entry of entries) {
    const isUnit = entry.role === 'division' || entry.role === 'group'
    if (
      isUnit &&
      entry.source.kind === 'section' &&
      namesStructure(entry.label) &&
      entry.children.some(
        (child) =>
          (child.role === 'division' || child.role === 'group') && child.source.kind === 'chart'
      )
    ) {
      entry.role = entry.inferred = 'skip'
      entry.reason = "a heading over the page's org chart: no level of the organization"
    }
    liftStructureHeadings(entry.children)
  }
}

/**
 * An org chart drawn under some sub-heading of a unit's page ("### Developer Experience group
 * structure" under "## Weights"), whose root is the unit itself: its nodes are the unit's
 * teams, and the headings it sits under are no levels of the organization.
 */
export function liftChartOfUnit(unit: GuideEntry): void {
  if (unit.role !== 'division' && unit.role !== 'group') return
  const key = unitKey(unit.label)
  const search = (entries: GuideEntry[], chain: GuideEntry[]): boolean => {
    for (const [i, child] of entries.entries()) {
      const isUnit = child.role === 'division' || child.role === 'group'
      if (!isUnit) continue
      if (child.source.kind === 'chart' && unitKey(child.label) === key) {
        entries.splice(i, 1)
        unit.children.push(...child.children)
        unit.children.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0))
        for (const level of chain) {
          if (!holdsTeam(level.children)) {
            level.role = level.inferred = 'skip'
            level.reason = "held only the chart of the page's own unit"
          }
        }
        return true
      }
      if (child.source.kind === 'section' && search(child.children, [...chain, child])) return true
    }
    return false
  }
  search(unit.children, [])
}

/**
 * "The technical leads group … is a team of senior and lead engineers": a section whose first
 * sentence says what it is, a team, is called one, whatever its heading's word ("Group").
 */
const IS_A_TEAM = /^[^.!?]{0,120}?\b(?:is|are)\s+(?:a|an|the|our)\s+(?:[\p{L}-]+\s+){0,3}?team\b/iu

function saysItIsATeam(section: Section): boolean {
  const paragraph = section.blocks.find((block) => block.kind === 'paragraph')
  if (paragraph?.kind !== 'paragraph') return false
  const text = plainText(paragraph.inline)
  if (IS_A_TEAM.test(text)) return true
  // "## Plugin Core" over "The Acme Plugin Core Team's responsibility is…": its first sentence
  // calls the heading's name a team.
  const name = section.heading ? plainText(section.heading.inline).trim().toLowerCase() : ''
  const first = /^[^.!?]*/u.exec(text)?.[0].toLowerCase() ?? ''
  return (
    name !== '' && new RegExp(String.raw`(?:^|\s)${escapeRegExp(name)}\s+teams?\b`, 'u').test(first)
  )
}

/** How a heading is written: its depth, and whether a bold line stands for it. */
function writtenAs(heading: { depth: number; boldLine?: true }): string {
  return `${heading.depth}${heading.boldLine ? ' bold' : ''}`
}

/**
 * A guide that lists its teams (under a "Teams" heading, in a team table or an org chart) has
 * named them all: a section elsewhere that reads like a team but is not in that list, does not
 * link to its own page and is not called a team is the guide's other content (a process, a
 * planning exercise, a support workflow), and a unit left with no team is none either.
 */
export function keepToTheTeamList(outline: GuideEntry[]): void {
  const listed = new Set<string>()
  const collect = (entries: GuideEntry[]): void => {
    for (const entry of entries) {
      if (entry.source.kind !== 'section' && entry.role === 'team') listed.add(nameKey(entry.label))
      collect(entry.children)
    }
  }
  collect(outline)
  if (listed.size < 2) return
  // Three or more sure teams the list leaves out (a description and a list, what they own,
  // their people: two signs each) are teams the list does not index, not the guide's other content.
  const sureUnlisted = (entries: GuideEntry[]): number =>
    entries.reduce(
      (sum, entry) =>
        sum +
        (entry.role === 'team' &&
        entry.sure &&
        entry.source.kind === 'section' &&
        !listed.has(nameKey(entry.label))
          ? 1
          : 0) +
        sureUnlisted(entry.children),
      0
    )
  if (sureUnlisted(outline) >= 3) return
  const skipAll = (entries: GuideEntry[]): void => {
    for (const entry of entries) {
      entry.role = entry.inferred = 'skip'
      entry.reason = INSIDE_SKIPPED
      skipAll(entry.children)
    }
  }
  /** Whether any team is left at or under these entries. */
  const prune = (entries: GuideEntry[]): boolean => {
    let teams = false
    // "**Platform Teams**" over "- Build: …", "- Run: …" beside "**Security**" over its duties:
    // the list is the teams of the bold line beside, not the page's index; a team written as
    // that unit is (a bold line of its depth) is one of the page's units or teams too.
    const holders = entries.flatMap((entry) =>
      entry.source.kind === 'section' &&
      entry.source.section.heading?.boldLine &&
      (entry.role === 'group' || entry.role === 'division') &&
      entry.children.some((child) => child.role === 'team' && child.source.kind === 'item')
        ? [writtenAs(entry.source.section.heading)]
        : []
    )
    for (const entry of entries) {
      const below = prune(entry.children)
      const heading = entry.source.kind === 'section' ? entry.source.section.heading : undefined
      if (
        entry.role === 'team' &&
        heading &&
        !listed.has(nameKey(entry.label)) &&
        !heading.inline.spans.some((span) => span.href !== undefined) &&
        !TEAM_WORD.test(entry.label) &&
        !(entry.source.kind === 'section' && saysItIsATeam(entry.source.section)) &&
        !holders.includes(writtenAs(heading))
      ) {
        entry.role = entry.inferred = 'skip'
        entry.reason = "not in the guide's own list of teams, and not called a team"
        entry.sure = false
        skipAll(entry.children)
      } else if ((entry.role === 'group' || entry.role === 'division') && heading && !below) {
        entry.role = entry.inferred = 'skip'
        entry.reason = "holds none of the guide's listed teams"
        entry.sure = false
      }
      teams ||= entry.role === 'team' || below
    }
    return teams
  }
  prune(outline)
}

/**
 * A unit that repeats the unit holding it (an org chart's root drawn under the page's own
 * department heading) is that unit: its children move up.
 */
export function mergeEchoes(entries: GuideEntry[], parent: GuideEntry | undefined): GuideEntry[] {
  return entries.flatMap((entry) => {
    const isUnit = entry.role === 'division' || entry.role === 'group'
    const parentIsUnit = parent && (parent.role === 'division' || parent.role === 'group')
    entry.children = mergeEchoes(entry.children, isUnit ? entry : parent)
    if (
      isUnit &&
      parentIsUnit &&
      entry.source.kind !== 'section' &&
      nameKey(entry.label) === nameKey(parent.label)
    ) {
      return entry.children
    }
    return [entry]
  })
}

/**
 * A section whose table or list of teams mostly names teams the page's org chart already draws
 * ("## Stakeholders" under a department's chart) is a second view of the chart, not a unit of
 * its own: its rows that echo a node are that node's team (chart-echoes.ts), and the rows the
 * chart does not draw are teams the page names from elsewhere, under no unit of the page (the
 * corpus's labelling rules: teams of other departments). The heading is kept, skipped, and its
 * teams follow it at its level.
 */
export function unfoldChartRestatements(entries: GuideEntry[]): GuideEntry[] {
  const echoed = new Set([...chartEchoes(entries).values()].flat())
  const unfold = (level: GuideEntry[]): GuideEntry[] =>
    level.flatMap((entry) => {
      entry.children = unfold(entry.children)
      const isUnit = entry.role === 'division' || entry.role === 'group'
      if (!isUnit || entry.source.kind !== 'section') return [entry]
      const stated = entry.children.filter(
        (child) =>
          child.role === 'team' && (child.source.kind === 'row' || child.source.kind === 'item')
      )
      const echoes = stated.filter((child) => echoed.has(child)).length
      if (
        stated.length < 2 ||
        echoes * 2 < stated.length ||
        stated.length !== entry.children.length
      )
        return [entry]
      entry.role = entry.inferred = 'skip'
      entry.reason = "restates teams of the page's org chart: no level of the organization"
      entry.sure = false
      const teams = entry.children
      entry.children = []
      return [entry, ...teams]
    })
  return unfold(entries)
}
