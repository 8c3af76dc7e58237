import { firstCalledTeam } from './called-a-team'
import { holdsTeam, skippedEntry, type GuideEntry } from './guide-entry'
import { nameKey } from './ids'
import { TEAM_WORD } from './section-assessment'
import { namesPeople } from './section-headings'

/** Fewer sibling teams than this say nothing of a page's kind. */
const FEW = 3

/**
 * A tool inventory's reading with its tools left out: a heading (or line) per tool ("## Jira",
 * "## Sentry", each a line and a list, all written alike) reads as teams by its shape, but when
 * most of the siblings are named by technologies the page lists tools, and so are the siblings
 * it names by names no dictionary knows (an internal tool), whatever a line of theirs seemed
 * to say ("Our own feature-flag console" reads as ownership). A sibling the page names a team
 * stays; siblings one of which has its people are teams; a unit left with no team goes too.
 * `namesTechnology` is the import's dictionary, told a label.
 */
export function withoutToolSections(
  entries: GuideEntry[],
  namesTechnology: (label: string) => boolean
): GuideEntry[] {
  const unnamed = new Set(
    entries.filter((entry) => entry.role === 'team' && !TEAM_WORD.test(entry.label))
  )
  const teams = entries.filter((entry) => entry.role === 'team').length
  const tools = [...unnamed].filter((entry) => namesTechnology(entry.label)).length
  // A maintainers file's platforms ("## Windows" over "### Maintainers", "## AIX" over only
  // "### Lieutenant"): one of them with its people says they are all teams, written alike.
  const inventory = tools >= FEW && tools * 2 > teams && ![...unnamed].some(hasPeople)
  return entries.map((entry) => {
    const children = withoutToolSections(entry.children, namesTechnology)
    const kept = { ...entry, children }
    if (inventory && unnamed.has(entry)) return leftOut(kept)
    if (
      (entry.role === 'division' || entry.role === 'group') &&
      holdsTeam(entry.children) &&
      !holdsTeam(children)
    )
      return leftOut(kept)
    return kept
  })
}

/**
 * "### Maintainers", "### Lieutenant" under "## Windows": a platform's people, as a maintainers
 * file writes them; a tool's section names none.
 */
function hasPeople(entry: GuideEntry): boolean {
  return entry.children.some((child) => namesPeople(child.label) || hasPeople(child))
}

function leftOut(entry: GuideEntry): GuideEntry {
  return skippedEntry(
    entry,
    'one of a list of tools, most of them named by technologies: not a team'
  )
}

/**
 * A page titled by a tool ("# Zendesk" over how to get a seat, its macros and integrations),
 * read as one team called after its title: the page is about the tool, and its team is the one
 * its text says looks after it ("The Customer Operations team administers it"), with the title's
 * sections as that team's parts; a page that calls no team one names none. `namesTechnology`
 * is the import's dictionary, told a label the page does not call a team's.
 */
export function withToolTitleTeam(
  entries: GuideEntry[],
  text: string,
  namesTechnology: (label: string) => boolean
): GuideEntry[] {
  const [only] = entries
  if (
    entries.length !== 1 ||
    only.role !== 'team' ||
    only.source.kind !== 'section' ||
    TEAM_WORD.test(only.label) ||
    !namesTechnology(only.label)
  )
    return entries
  const team = firstCalledTeam(text)
  if (team === undefined || nameKey(team) === nameKey(only.label) || namesTechnology(team)) {
    return [
      skippedEntry(only, `the page is about the tool "${only.label}" and calls no team its own`)
    ]
  }
  return [
    {
      ...only,
      label: team,
      reason: `the page is about the tool "${only.label}"; its text names the team "${team}"`
    }
  ]
}
