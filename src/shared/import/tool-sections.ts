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
 * to say ("Our own feature-flag console" reads as ownership). A heading that links to the
 * site its name is ("## [Calendly](https://calendly.com/)") names a product as a tool list
 * does, known to the dictionary or not (a page of the company's apps: payroll, calendars). A sibling the page names a team
 * stays; siblings one of which has its people are teams; a unit left with no team goes too.
 * `namesTechnology` is the import's dictionary, told a label.
 */
export function withoutToolSections(
  entries: GuideEntry[],
  namesTechnology: (label: string) => boolean
): GuideEntry[] {
  // A tool with sections of its own ("## Google Workspace" over "### Email addresses") reads as
  // a group holding them: it is one of the list too.
  const teamOrGroup = (entry: GuideEntry) => entry.role === 'team' || entry.role === 'group'
  const unnamed = new Set(
    entries.filter((entry) => teamOrGroup(entry) && !TEAM_WORD.test(entry.label))
  )
  const teams = entries.filter(teamOrGroup).length
  const tools = [...unnamed].filter(
    (entry) => namesTechnology(entry.label) || namedBySite(entry)
  ).length
  // A maintainers file's platforms ("## Windows" over "### Maintainers", "## AIX" over only
  // "### Lieutenant"): one of them with its people says they are all teams, written alike.
  const inventory = tools >= FEW && tools * 2 > teams && ![...unnamed].some(hasPeople)
  return entries.map((entry) => {
    const children = withoutToolSections(entry.children, namesTechnology)
    const kept = { ...entry, children }
    if (inventory && unnamed.has(entry)) {
      return leftOut({
        ...entry,
        children: entry.children.map((child) => partOfTool(child, entry))
      })
    }
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
 * A heading that is one link to the site its words name: "[Calendly](https://calendly.com/)",
 * "[Google Ads](https://ads.google.com/)", "[Read the Docs](https://readthedocs.org/)",
 * "[1Password](https://acme.1password.com/)". A team's heading links to a page about it, on
 * its organization's site or repository, whose host is not the team's own name.
 */
function namedBySite(entry: GuideEntry): boolean {
  if (entry.source.kind !== 'section') return false
  const spans = entry.source.section.heading?.inline.spans.filter((span) => span.text.trim())
  if (spans?.length !== 1 || spans[0].href === undefined) return false
  let host: string
  try {
    host = new URL(spans[0].href).hostname
  } catch {
    return false
  }
  const name = squashed(spans[0].text)
  const parts = host.replace(/^www\./u, '').split('.')
  const names = parts.slice(0, -1)
  return (
    name.length >= MIN_SITE_NAME &&
    (names.includes(name) ||
      squashed(names.join('')) === name ||
      squashed([...names].reverse().join('')) === name ||
      squashed(parts.join('')) === name)
  )
}

/** Shorter names meet a host by chance ("ai", "go"). */
const MIN_SITE_NAME = 3

function squashed(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
}

/**
 * "### Maintainers", "### Lieutenant" under "## Windows": a platform's people, as a maintainers
 * file writes them; a tool's section names none.
 */
function hasPeople(entry: GuideEntry): boolean {
  return entry.children.some((child) => namesPeople(child.label) || hasPeople(child))
}

/** A section under a tool's ("### Email addresses" under "## Google Workspace"): the tool's too. */
function partOfTool(entry: GuideEntry, tool: GuideEntry): GuideEntry {
  return skippedEntry(
    { ...entry, children: entry.children.map((child) => partOfTool(child, tool)) },
    `part of the tool "${tool.label}": not a team`
  )
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
