import { ROLE_WORDS } from './person-line'
import { labelledAsTeam } from './called-a-team'
import { partWrittenAsRun, type Assessment } from './assessment'
import { fieldCard, fieldLines } from './team-field'
import { unitKey } from './unit-key'
import type { GuideEntry } from './guide-entry'
import { slugHeading } from './team-handle'
import { carriesText, dividesOwnUnit, foundIn, introducesSubSections } from './found-entries'
import { headingText, type Section } from './guide-sections'
import { plainText, type Block, type ListItem, type Span } from './markdown-blocks'
import { cleanName } from './outline'
import { ledGroupName } from './led-group-line'
import {
  AREA_MAINTAINERS,
  namesItsAreasProject,
  namesPeopleOfSomething,
  STANDING,
  withPeopleAreas
} from './people-areas'
import { isPersonName, PERSON_LINE } from './person-line'
import { ENDS_WITH_JOB, ONE_JOB } from './job-title'
import { doingHeadline, writtenAsHeadline } from './headline'
import {
  headingKind,
  headsAreaList,
  headsProjectList,
  INSTRUCTIONS,
  namesOfficer,
  namesPeople,
  namesProposalBody,
  PLACEHOLDER,
  TEAM_CONTACTS,
  TITLE_PAGE_WORDS,
  type HeadingKind
} from './section-headings'
import { isPeopleTable, workingGroupColumns } from './team-table'
import { fieldOf } from './column-fields'
import { CJK_TEAM, OTHER_TEAM, OTHER_TEAMS } from './team-words'
import {
  listsWorkingGroups,
  namesKindOfWorkingGroups,
  namesWorkingGroup,
  workingGroupHeading
} from './working-group-page'
import { asTeamPageTitle } from './team-page-title'
import { documentIndexList } from './field-label-list'

/** "WG leads", "Team leads", "SIG Chairs": a heading of the people of the teams it lists. */
const PEOPLE_OF_TEAMS =
  /^(?:[\p{L}\p{N}.'’-]+\s+){0,2}(?:leads|chairs|leadership|maintainers|owners)$/iu

/**
 * "Roles and Responsibilities", "Project roles", "Other Roles": a governance page's heading over
 * the roles its people hold and the teams and bodies they sit in. It names kinds of people, no
 * level of the organization: the teams under it belong to the unit above, as under "Team members".
 */
const ROLES =
  /^(?:(?:key|project|community|contributor|governance|team|other|additional|special|more)\s+)?roles(?:\s+(?:and|&)\s+(?:responsibilities|duties|permissions|teams))?$/iu

/**
 * "Areas of expertise", "Project areas": over sections that are teams (an area and the people
 * who own it), the list of the areas, as "Teams" is a list of teams, not a level above them.
 */
const AREAS = /^(?:[\p{L}-]+\s+)?areas(?:\s+of\s+[\p{L} ]{3,30})?$/iu

/**
 * A maintainers file's heading over its whole list of areas: "Maintainers List", "Code owners",
 * "Component Maintainers" over a heading per component and its maintainers.
 */
const MAINTAINERS_LIST =
  /^(?:(?:the|all|current|full)\s+)?(?:list\s+of\s+)?(?:(?:component|area|module|subsystem|package|library|project)\s+)?(?:maintainers|(?:code\s*)?owners|committers|reviewers|subsystems|components)(?:\s+list)?$/iu

/** Words in a team's own text that say it is a team: what it owns, builds or maintains. */
const TEAM_TEXT =
  /\b(?:the team|our team|this team|team is|team's|we own|owns?|owned by|responsible for|maintain(?:s|ing)?|we build|builds?|is building|works? on|working on|focus(?:es)? on|in charge of|our mission)\b|担当|负责|負責|담당/iu
/**
 * "Tools", "Developer tooling": a team's heading over what it works with, or the name of the team
 * that builds them; over a list of its people, the team.
 */
const TOOLS_HEADING = /^(?:(?:internal|developer|dev|engineering)\s+)?(?:tools|tooling)$/iu

/**
 * A heading that names a team as one: "Payments team", "SIG Apps", "Data squad", and the word in
 * the other languages team pages are written in ("Equipo de Pagos", "決済チーム"; Chinese,
 * Japanese and Korean write it against the name, with no space). "Team member" speaks of
 * people ("Non-team-member email addresses", "Team member onboarding"), not of a team.
 */
export const TEAM_WORD = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:team|squad|pod|crew|sig|tribe|chapter|${OTHER_TEAM})(?![\p{L}\p{N}_]|[-\s]members?(?![\p{L}\p{N}_]))|${CJK_TEAM}`,
  'iu'
)

/**
 * Whether a page's top level has a members section of its own: a "Members"/"Team Members"
 * heading with no sub-section, a team list or a table of teams in it (a generated member list,
 * or people). A department's "All Team Members" with a heading per team is not one.
 */
export function listsOwnMembers(body: Assessment): boolean {
  return body.children.some((child) => {
    const heading = child.section.heading
    if (!heading || child.children.length > 0 || child.found.length > 0) return false
    return OWN_MEMBERS.test(cleanName(plainText(heading.inline)))
  })
}

const OWN_MEMBERS = /^(?:(?:our|the|current)\s+)?(?:team\s+)?members$/iu

/**
 * Whether a section's heading names the page's own subject ("About the Web team" on the Web
 * team's page): the page's section about itself, not one more team beside it.
 */
export function namesTitle(assessed: Assessment, titleText: string): boolean {
  const heading = assessed.section.heading
  if (!heading || !titleText.trim()) return false
  const words = (text: string): string =>
    ` ${text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()} `
  return words(cleanName(plainText(heading.inline))).includes(words(titleText))
}

/** The first heading, when it is alone at the top and every other heading is deeper. */
export function findTitle(root: Section): Section | undefined {
  if (root.children.length !== 1) return peopleTitle(root)
  // A heading after the page's opening text and lists (a maintainers file's list of people,
  // then "## Areas of expertise") is one of its sections, not its title.
  if (root.blocks.some((block) => block.kind === 'list')) return undefined
  const [first] = root.children
  // "# Summary" over the whole guide introduces it; it names nothing.
  // "# About the Data Team" is the team's page, as "# Data Team" is (asTeamPageTitle).
  const kind = first.heading
    ? headingKind(asTeamPageTitle(cleanName(plainText(first.heading.inline))))
    : 'plain'
  if (kind === 'summary' || kind === 'container') return undefined
  return first.children.length > 0 || first.blocks.length > 0 ? first : undefined
}

/**
 * "# Acme Maintainers" over the areas, then "# Emeritus Maintainers" or "# Governance": the first
 * top-level heading names the project's people and no other top-level heading names the people
 * of something else, so it is the page's title though headings of its own level follow it
 * (titleKind reads "Acme" as the company, and the areas stay the page's). Beside "# Platform
 * Maintainers" it is one of a maintainers file's categories instead.
 */
function peopleTitle(root: Section): Section | undefined {
  if (root.blocks.some((block) => block.kind === 'list')) return undefined
  const [first] = root.children
  if (!first || !projectsPeople(root).has(first)) return undefined
  return first.children.length > 0 || first.blocks.length > 0 ? first : undefined
}

/**
 * The top-level headings that name the project's people: the one top-level heading that names
 * the people of something ("# Acme Maintainers" after "# Overview", before "# Emeritus
 * Maintainers"), or several naming the same thing ("# Acme Maintainers", "# Acme Reviewers").
 * A maintainers file writes its categories at least twice, each named otherwise ("# Module
 * Maintainers", "# Platform Maintainers").
 */
function projectsPeople(root: Section): Set<Section> {
  const people = root.children.filter(
    (child) => child.heading?.depth === 1 && namesPeopleOfSomething(headingText(child))
  )
  const named = new Set(
    people.map((child) =>
      headingText(child)
        .replace(/\s+(?:code\s+)?\S+$/iu, '')
        .toLowerCase()
    )
  )
  return named.size === 1 ? new Set(people) : new Set()
}

/** The page's title section and its heading's text, read once for every section assessed. */
interface PageTitle {
  section?: Section
  text?: string
  /** The project the title names before its page words ("Acme" of "Acme Maintainers"). */
  project?: string
  /** The page's top-level headings of its project's people (projectsPeople). */
  people: ReadonlySet<Section>
  /** The front matter's title, when no heading is the page's title: it heads the root. */
  front?: string
}

export function assess(section: Section, title?: Section, front?: string): Assessment {
  const text = title?.heading ? cleanName(plainText(title.heading.inline)) : undefined
  const project = text
    ?.replace(TITLE_PAGE_WORDS, ' ')
    .replace(/[\s:–—&,-]+/gu, ' ')
    .trim()
  return assessUnder(section, {
    section: title,
    text,
    project: project || undefined,
    people: projectsPeople(section),
    ...(title === undefined && front !== undefined ? { front } : {})
  })
}

/**
 * "Acme Components" under "# Acme Maintainers": the project's own name before words that head
 * a list of areas is one more word of the list (headsAreaList), not a unit's name.
 */
function ownListOrKind(text: string, project: string | undefined): HeadingKind {
  const kind = headingKind(text)
  if (kind !== 'plain' || !project) return kind
  const lead = `${project.toLowerCase()} `
  return text.toLowerCase().startsWith(lead) && headsAreaList(text.slice(lead.length))
    ? 'container'
    : kind
}

/** Why a maintainers file's category of areas is a unit (assessUnder; withLoneCategoryAsList). */
const MAINTAINERS_CATEGORY = "a maintainers file's category: it holds the areas under it"

/**
 * "## Component Maintainers" over a heading per component, beside no other category: the page's
 * list of its areas under the generic word for them (MAINTAINERS_LIST), not a level of them.
 * Categories sort areas when there are several ("Module Maintainers" beside "Platform
 * Maintainers"), or when one names a kind of area ("SDK Maintainers" beside "Core Maintainers").
 */
function withLoneCategoryAsList(children: Assessment[]): Assessment[] {
  const categories = children.filter((child) => child.reason === MAINTAINERS_CATEGORY)
  if (categories.length !== 1 || !MAINTAINERS_LIST.test(headingText(categories[0].section)))
    return children
  return children.map((child) =>
    child === categories[0]
      ? {
          ...child,
          kind: 'transparent',
          reason: "the page's one list of areas: its areas belong to the unit above"
        }
      : child
  )
}

/** Why a section over "We break down the team into…" is no level (see assessUnder). */
const DIVIDES_OWN_UNIT = "divides the page's own unit into its teams: they belong to the unit above"

function assessUnder(section: Section, title: PageTitle): Assessment {
  const text = headingText(section)
  // A title's words describe the page ("… Handbook"), not what the section is.
  const heading: HeadingKind =
    section.heading && section !== title.section
      ? workingGroupHeading(ownListOrKind(text, title.project), text, title.text)
      : 'plain'
  let children = withLoneCategoryAsList(
    withIntroducedTeams(
      section,
      withPartsWrittenAsTeams(
        withTeamsOverSubTeams(
          withRecurringFieldLabels(
            withSkippedTeamsAlike(
              withDepartmentsAlike(
                withFieldLineTeams(
                  withPeopleAreas(
                    section.children.map((child) => assessUnder(child, title)),
                    (heading) => describeSkip(heading) === PROCESS_SKIP
                  )
                )
              )
            )
          )
        )
      )
    )
  )
  // "Our team is split into…" under "## Platform" and again under "## Product": each section's
  // own unit divided, a level each; only one section so dividing the page's unit is no level.
  if (children.filter((child) => child.dividesOwnUnit).length > 1)
    children = children.map((child) =>
      child.dividesOwnUnit
        ? { ...child, kind: 'container', reason: 'holds teams', dividesOwnUnit: false }
        : child
    )
  // Under a "Working Groups" heading, the page's own working groups listed by name: a table of
  // them (workingGroupColumns: named rows, no column of teams they answer to), or a list of
  // linked or bold names ("[API WG](wg-api)"), each a team. Kubernetes' table of time-bounded
  // groups, each with its "Stakeholder SIGs", and plain lines of prose stay skipped.
  // "WG leads" over a table of the groups and their leads: the rows still name the groups.
  // "Core Maintainers" over a table of the code host's teams ("@acme/core-maintainers"): the
  // people are those teams (team-handle.ts); the section's other tables and lists stay unread.
  const byHandle = heading === 'skip' && !/\bworking groups?\b/iu.test(text) && namesPeople(text)
  const found =
    heading !== 'skip' || PEOPLE_OF_TEAMS.test(text)
      ? foundIn(section, heading)
      : /\bworking groups?\b/iu.test(text)
        ? foundIn(section, 'container', workingGroupColumns).filter(
            (entry) =>
              entry.source.kind === 'row' ||
              (entry.source.kind === 'item' &&
                namesList(text) &&
                (namedByLinkOrBold(entry.source.item) ||
                  namedWithLeads(entry.source.item) ||
                  (listsWorkingGroups(text, title.text) && namedPlainly(entry.source.item))))
          )
        : byHandle
          ? foundIn(section, heading, () => undefined)
          : // "Join an existing squad" over "| Squad | Description |": the table it asks the
            // reader to choose from is the page's list of squads; its prose stays unread.
            joinsATeam(text)
            ? foundIn(section, 'container').filter((entry) => entry.source.kind === 'row')
            : []
  // One object shape for every assessment: spreading a base object per section made reading
  // 20,000 headings take most of a second.
  const made = (
    kind: Assessment['kind'],
    reason: string,
    sure: boolean,
    signals = 0
  ): Assessment => ({
    kind,
    heading,
    reason,
    sure,
    found,
    children,
    section,
    signals
  })

  // "Executive" over "CEO" and "CTO": a heading whose every sub-section is an officer's title
  // names the officers together, not a team they make up.
  if (
    section.heading &&
    children.length > 0 &&
    children.every((child) => namesOfficer(headingText(child.section)))
  ) {
    return made('skip', "its sub-sections are officers' titles: people, not a team", true)
  }
  // "C-level" over "**CTO** – answers for the technical strategy…" and "**COO** – …": paragraphs
  // each opening on a role's title in bold and saying what it answers for define roles, not a
  // team they make up. A heading that calls itself a team ("Engineering team" over its roles)
  // is still the team.
  if (
    section.heading &&
    children.length === 0 &&
    !/\b(?:team|squad)s?\b/iu.test(text) &&
    definesRoles(section.blocks)
  ) {
    return made('skip', 'its paragraphs each define a role: people, not a team', true)
  }
  // "# @acme/admins" over its people: the code host's team, named by its handle.
  const handle = section.heading ? slugHeading(text) : undefined
  if (handle?.team) {
    return {
      ...made(
        'team',
        `a heading naming a team by its handle "@${handle.owner}/${handle.name}"`,
        true,
        2
      ),
      named: handle.name,
      standsAlone: true
    }
  }
  if (heading === 'skip') {
    // Its words say "not a team", but its sub-sections are teams: a heading of people over the
    // teams ("All Team Members"), or the list of the document's own units ("Current Working
    // Groups" with a charter per group). Its teams belong to the unit above, as under "Teams".
    if (found.length > 0 && byHandle) {
      return made(
        'transparent',
        "a heading of people over the code host's teams its table names: they belong to the unit above",
        true
      )
    }
    if (
      namesKindOfWorkingGroups(text, title.text) &&
      (found.length >= 2 ||
        children.some((child) => child.kind === 'team' || child.kind === 'transparent'))
    )
      return made('container', "a kind of the page's working groups: it holds those under it", true)
    if (found.length >= 2) {
      return made(
        'transparent',
        'the list or table of the working groups: each group named is a team',
        true
      )
    }
    // The page's list of its working groups ("Working Groups" on a page titled for them): each
    // sub-section under it is one group, however little its charter summary says and whatever
    // words its name holds ("Media Strategy"); a sub-heading collecting groups stays a unit.
    if (listsWorkingGroups(text, title.text) && children.some((child) => child.section.heading)) {
      return {
        ...made('transparent', "the list of the page's working groups: each section is one", true),
        children: children.map((child) =>
          child.section.heading && !['team', 'container', 'transparent'].includes(child.kind)
            ? { ...child, kind: 'team', reason: 'a working group of the list above', sure: true }
            : child
        )
      }
    }
    const teams = children.filter((child) => child.kind === 'team')
    // "Default gems Maintainers" over "Libraries" and "Extensions", each holding its areas: a
    // category whose sub-categories hold the areas.
    // "Acme Maintainers" over "Acme CLI" and "Acme Server", or the page's one top-level heading
    // of people ("# Acme Maintainers" between "# Overview" and "# Emeritus Maintainers"), names
    // the project's people, no category.
    const category =
      AREA_MAINTAINERS.test(text) &&
      !STANDING.test(text) &&
      !title.people.has(section) &&
      !namesItsAreasProject(text, children)
    const holdsTeams = namesPeople(text)
      ? children.filter((child) => ['team', 'weak', 'transparent'].includes(child.kind)).length >=
          2 ||
        (category && children.some((child) => child.kind === 'container'))
      : listsWorkingGroups(text, title.text)
        ? children.some((child) => ['team', 'container', 'transparent'].includes(child.kind))
        : (teams.filter((child) => child.sure).length >= 2 && teams.length * 2 > children.length) ||
          // "### Working Groups" over eleven sections, each a group with its people: every
          // section under it reads as a team, three or more, however few look sure alone.
          (teams.length >= 3 && teams.length === children.length) ||
          // "Open positions" over "### Payments" and "### Mobile", each a list of job titles:
          // the teams hiring, whatever little else each says.
          (OPENINGS.test(text) &&
            teams.length > 0 &&
            teams.every((child) => listsOpenings(child.section)))
    // "Module Maintainers", "Platform Maintainers" over a section per area: a maintainers
    // file's category of areas, a unit holding them, not a heading of people ("Core
    // Maintainers", "Emeritus Maintainers" name people by their standing, not a category).
    if (holdsTeams && category) return made('container', MAINTAINERS_CATEGORY, true)
    if (holdsTeams) {
      return made(
        'transparent',
        `${skipReason(text).replace(/, not a team$/u, '')}, but its sections are teams: they belong to the unit above`,
        true
      )
    }
    // "### Onboarding" over "**Description:** …", "**Tech Stack:**" and "**Primary
    // Responsibilities:**" like its sibling teams: a team written as one, whatever its name says.
    if (labelsTeamFields(section.blocks)) {
      return made('team', "a team: its text is labelled with a team's fields", true)
    }
    // "### CLI Maintainers" over "Team which has full maintainer access to the CLI repository"
    // and its people: a code host's team of people, named for what they may do.
    if (children.length === 0 && opensAsTeam(section.blocks)) {
      return made('team', 'a team: its text opens by calling it one', true)
    }
    return made('skip', skipReason(text), true)
  }
  // "# Teams" over "## Payments" and "## Search", a sentence each: a heading that lists teams
  // makes the plainly named sections under it its teams, however little each says (when the
  // heading holds no list or table of teams). So does a title that names the page's teams
  // ("# Kestrel teams", read as plain because it also names the organization; or the front
  // matter's "title: Kestrel teams" over the page's sections).
  const front = section.heading === undefined ? title.front : undefined
  const listsTeams = heading === 'container' || section === title.section
  if (
    found.length === 0 &&
    ((listsTeams && namesItsTeams(text)) || (front !== undefined && namesItsTeams(front)))
  ) {
    children = withListedSections(children)
  }
  // A sub-section whose teams belong to the unit above ("### Working Groups" with its table)
  // makes this section hold them.
  const holdsUnits =
    found.length > 0 ||
    children.some(
      (child) => child.kind === 'container' || child.kind === 'team' || child.kind === 'transparent'
    )
  // "Subprojects" with a heading per subproject: those are the unit's projects, however much
  // each says about itself (a description, owners, a contact), not teams.
  if (heading === 'part' && headsProjectList(text)) {
    return made('part', "the unit's projects: its sub-sections are projects, not teams", true)
  }
  // "### Security Team" over a table whose one row is "Security Team | @acme/security": the
  // row names the section's own team again, not a team inside it.
  if (
    found.length === 1 &&
    children.length === 0 &&
    unitKey(found[0].label) === unitKey(headingText(section))
  ) {
    return {
      ...made('team', 'a team: the one row of its table names it again', true, 2),
      found: []
    }
  }
  // "### AI Team" over "- **Team Lead**: …" and "- **Members**: …", its "#### Service
  // Ownership" bold lines naming services: a section called a team that names its lead is that
  // team; what its sub-sections and lists name is its work, unless a sub-section is called a team.
  if (
    holdsUnits &&
    heading === 'plain' &&
    section.heading !== undefined &&
    TEAM_WORD.test(text) &&
    namesItsLead(section) &&
    found.every((entry) => !TEAM_WORD.test(entry.label)) &&
    !children.some(
      (child) =>
        (child.kind === 'team' || child.kind === 'container') && standsAsTeam(child.section)
    )
  )
    return {
      ...made(
        'team',
        'a team: named a team, with its lead; its sub-sections are its work',
        true,
        2
      ),
      found: [],
      children: children.map(asWork)
    }
  if (holdsUnits) {
    // "## Platform Team Organization" under the front matter's "title: Platform Team Organization":
    // the page's own unit named again over its teams, no level below it.
    const pageTitle = title.front ?? title.text
    if (
      section.heading &&
      section !== title.section &&
      pageTitle !== undefined &&
      unitKey(text) === unitKey(pageTitle)
    )
      return made('transparent', "names the page's own unit again: its teams belong to it", true)
    if (
      heading === 'container' ||
      heading === 'summary' ||
      joinsATeam(text) ||
      AREAS.test(text) ||
      MAINTAINERS_LIST.test(text)
    )
      return made('transparent', 'holds the team list: its teams belong to the unit above', true)
    // "## Execution" over "We break down the team into the following areas:": the page's unit,
    // called by its kind, divided into its teams; the heading is no level of its own.
    if (heading === 'plain' && dividesOwnUnit(section))
      return { ...made('transparent', DIVIDES_OWN_UNIT, true), dividesOwnUnit: true }
    // "Team Roles" over "### IPFS Project Lead", "### IPFS BDFL": each section a role, named by
    // its role's word; people, not teams.
    if (ROLES.test(text) && children.every((child) => namedAsRole(child)))
      return {
        ...made('skip', 'a heading of roles over its roles: people, not teams', true),
        children: children.map((child) => ({
          ...child,
          kind: 'skip',
          reason: 'a role under a heading of roles'
        }))
      }
    // "Team members" with a heading per team, "Mission" with each team's charter: a part's
    // name is no level of the organization; its teams belong to the unit above.
    if ((heading === 'part' && namesPeople(text)) || PEOPLE_OF_TEAMS.test(text) || ROLES.test(text))
      return made(
        'transparent',
        'a heading of people over the teams: they belong to the unit above',
        true
      )
    // "Responsibilities" over "Internal Customer Support" and its bold-label lines, "Tools"
    // over "Nix" and its linked lines, "Deliverables" over a heading per deliverable: what a
    // part's sub-sections and lists name is the unit's own work, not teams. (A table or a chart
    // of teams under it still names teams, and so do sub-sections called teams or that list their own
    // people: a project's committers make it a team of the page.)
    if (
      heading === 'part' &&
      !drawsOrTablesTeams(found, children) &&
      !children.some((child) => child.kind === 'team' && standsAsTeam(child.section))
    )
      return {
        ...made('part', "a sub-section: its lists and sub-sections are the unit's work", true),
        found: [],
        children: children.map(asWork)
      }
    // "## Ownership" over "| Checkout flow | Payments team |": a part's word over a map of who
    // owns what names no level of the organization; the owners belong to the unit above.
    if (
      heading === 'part' &&
      found.length > 0 &&
      found.every((entry) => entry.source.kind === 'row' && entry.source.columns.ownersAreTeams)
    )
      return made('transparent', 'a map of who owns what: its teams belong to the unit above', true)
    // "## Harbor Digital" over "**Ana Ruiz**, Director" and its other people, then "### The
    // Design System Core Team" and its own: a unit with people of its own and one team under it
    // is a team itself, the one under it beside it (a division of one team is no division).
    if (
      heading === 'plain' &&
      found.length === 0 &&
      children.filter((child) => child.kind === 'team').length === 1 &&
      children.every((child) => child.kind === 'team' || child.kind === 'skip') &&
      listsOwnPeople(section)
    )
      return {
        ...made('team', 'a team: lists its own people, beside the one team under it', true, 2),
        children: children.map((child) =>
          child.kind === 'team' ? { ...child, standsAlone: true } : child
        )
      }
    return made('container', 'holds teams', true)
  }
  // "## Tools" over "- Lead: Dmitri Volkov": the team that builds the tools, beside the others.
  if (heading === 'part' && TOOLS_HEADING.test(text) && listsPeople(section)) {
    return made('team', 'a team: lists its people', false, 1)
  }
  if (heading === 'part' || heading === 'summary') {
    return made('part', 'a sub-section: part of the team or unit above', true)
  }
  // "## Design" over "| Name | Role |" and its designers: a discipline's people, no proposal's body.
  if (heading === 'container' && namesProposalBody(text) && listsPeople(section))
    return made('team', 'a team: lists its people', false, 1)
  if (heading === 'container') return made('skip', 'a list heading with no team in it', false)
  if (!TEAM_WORD.test(text) && describesRole(children)) {
    return made('skip', 'describes a role (what it may do, how one is chosen), not a team', true)
  }
  const signals = teamSignals(section, text, children)
  if (signals.length > 0) {
    return made('team', `a team: ${signals.join(', ')}`, signals.length > 1, signals.length)
  }
  const hasContent = section.blocks.some((block) => block.kind !== 'other') || children.length > 0
  return hasContent
    ? made('weak', 'text with nothing a team has (no lists, people or ownership)', false)
    : made('empty', 'a heading with nothing under it', false)
}

/**
 * A role's sections: "### Admin" over "#### Privileges", "#### Responsibilities" and "####
 * Nomination", as a governance page describes each rung of its ladder. Every sub-section is one
 * of them, and one at least is what only a role has (privileges, a nomination, eligibility): a
 * team's "Responsibilities" beside "Members" stays a team's.
 */
function describesRole(children: readonly Assessment[]): boolean {
  const labels = children.map((child) => headingText(child.section))
  return (
    labels.length >= 2 &&
    labels.every((label) => ROLE_PART.test(label)) &&
    labels.some((label) => ROLE_ONLY_PART.test(label))
  )
}

const ROLE_ONLY_PART =
  /^(?:privileges|permissions|rights|nominations?(?: process)?|eligibility|election|selection|term(?: of office)?|how to become (?:a|an|one)\b.*|becoming (?:a|an)\b.*|stepping down|leaving\b.*)$/iu
const ROLE_PART = new RegExp(
  `${ROLE_ONLY_PART.source}|^(?:responsibilities|duties|expectations|requirements|qualifications|recognized contributions)$`,
  'iu'
)

/** "Join an existing squad", "Pick a team": the reader asked to choose one of the page's teams. */
function joinsATeam(text: string): boolean {
  return INSTRUCTIONS.test(text) && /\b(?:teams?|squads?|pods?|crews?)$/iu.test(text)
}

/** A heading that names the groups, not a question or a task about them ("How to join a WG?"). */
function namesList(text: string): boolean {
  return !text.endsWith('?') && !INSTRUCTIONS.test(text)
}

/**
 * "Governance Stack Working Group", unlinked, its pages nested under it: a plain name that says
 * it is one working group ("[Starting a Working Group](#…)" links to the page's own section).
 */
function namedPlainly(item: ListItem): boolean {
  return (
    item.inline.spans.every((span) => span.href === undefined) &&
    namesWorkingGroup(plainText(item.inline))
  )
}

/** "Documentation (Co-Leads: …)": a group's plain name with its leads (led-group-line.ts). */
function namedWithLeads(item: ListItem): boolean {
  return ledGroupName(plainText(item.inline)) !== undefined
}

/** Whether a list item opens with a linked or bold name, as a list of named groups is written. */
function namedByLinkOrBold(item: ListItem): boolean {
  const first = item.inline.spans.find(carriesText)
  // "[Starting a WG](#starting-a-wg)": a link to a section of the page is its contents list.
  if (first?.href?.startsWith('#')) return false
  return first !== undefined && (first.href !== undefined || first.strong === true)
}

function teamSignals(section: Section, text: string, children: Assessment[]): string[] {
  const signals: string[] = []
  if (section.heading?.inline.spans.some((span) => span.href !== undefined))
    signals.push('its heading links to its page')
  if (
    TEAM_WORD.test(text) ||
    (section.heading !== undefined && labelledAsTeam(plainText(section.heading.inline)))
  )
    signals.push('named a team')
  const prose = section.blocks
    .filter((block): block is Extract<Block, { kind: 'paragraph' }> => block.kind === 'paragraph')
    .map((block) => plainText(block.inline))
    .join(' ')
  // "The road ahead" over "Next we adopt Bazel for builds": a post's headline over its prose;
  // the words a team's page uses are no sign that it names a team.
  if (TEAM_TEXT.test(prose) && !(section.heading && writtenAsHeadline(text)))
    signals.push('says what it owns or works on')
  const fields = section.blocks.flatMap((block) =>
    block.kind === 'paragraph' ? [fieldLabel(block.inline.spans)] : []
  )
  if (fields.some((label) => label !== undefined && LEAD_FIELD.test(label)))
    signals.push('names its leads in a field')
  if (fields.some((label) => label !== undefined && SCOPE_FIELD.test(label)))
    signals.push('says its scope in a field')
  // "Tech: Terraform, AWS" over "Team members: 6" and "Manager: Raj Mehta": a team's fields.
  else if (writtenAsFields(section)) signals.push("its own lines give a team's fields")
  // A list of the section's documents ("- [Stand ups](…): How to run stand-ups") is what a
  // handbook's index holds under each heading: no sign of a team.
  const items = section.blocks.flatMap((block) =>
    block.kind === 'list' && !documentIndexList(block.items) ? block.items : []
  )
  if (listsPeople(section)) signals.push('lists its people')
  else if (listsOpenings(section)) signals.push('lists the roles it is hiring for')
  if (section.listsMembers) signals.push('lists its members (a generated member list)')
  if (children.some((child) => child.kind === 'part')) signals.push('has team sub-sections')
  if (items.length > 0 && prose && !signals.includes('lists its people'))
    signals.push('a description and a list')
  return signals
}

/**
 * "**Editors:**", "**Lead**:", "**Co-chairs:**": a paragraph opening on a bold label of the people
 * who lead a unit. A unit's record written as fields names who leads it so.
 */
const LEAD_FIELD =
  /^(?:(?:co-?|tech(?:nical)?\s+|team\s+|engineering\s+)?(?:leads?|leaders?|chairs?|chairpersons?|editors?|owners?|maintainers?|managers?|facilitators?|coordinators?|convenors?|conveners?|captains?|stewards?|dris?)|points? of contact)$/iu

/** "**Scope:**", "**Mission**:", "**Charter:**": a paragraph opening on what the unit covers. */
const SCOPE_FIELD = /^(?:scope|mission|charter|purpose|responsibilit(?:y|ies)|focus(?: areas?)?)$/iu

/** A paragraph that is a label alone: a few words closed by a colon ("Areas of ownership:"). */
const LABEL_ALONE = /^[\p{L}][\p{L}\s&/-]{0,40}:$/u

/**
 * The label a paragraph opens on, bold and closed by a colon ("**Scope:** …"), or a paragraph
 * that is only a label and its colon, bold or not ("Responsibilities:" over its list): undefined
 * for any other paragraph.
 */
function fieldLabel(spans: readonly Span[]): string | undefined {
  const shown = spans.filter((span) => span.text.trim() !== '')
  const label = shown[0]
  if (shown.length === 1 && label.href === undefined && LABEL_ALONE.test(label.text.trim()))
    return label.text.replace(/:\s*$/u, '').trim()
  if (!label?.strong || label.href !== undefined) return undefined
  // The colon closes the label, inside the bold ("**Lead:**", alone over a list) or after it.
  if (!/:\s*$/u.test(label.text) && !/^\s*:/u.test(shown[1]?.text ?? '')) return undefined
  return label.text.replace(/:\s*$/u, '').trim()
}

/**
 * A section inside a part that lists the unit's work: its lists name no teams, and a section
 * that read as a team or as holding teams is one more part.
 */
export function asWork(assessed: Assessment): Assessment {
  const kind = ['team', 'container', 'transparent', 'weak'].includes(assessed.kind)
    ? 'part'
    : assessed.kind
  return {
    ...assessed,
    kind,
    reason: kind === assessed.kind ? assessed.reason : "part of the unit's work listed above",
    found: [],
    children: assessed.children.map(asWork)
  }
}

/**
 * Whether a section's own lines or list items name its lead or its people ("- **Team Lead**: Ana
 * Ruiz", "**Engineer: Bo Chen**").
 */
function namesItsLead(section: Section): boolean {
  return section.blocks.some((block) => {
    const lines =
      block.kind === 'paragraph'
        ? [block.inline.spans]
        : block.kind === 'list'
          ? block.items.map((item) => item.inline.spans)
          : []
    return lines.some((spans) => {
      const shown = spans.filter((span) => span.text.trim() !== '')
      // "**Engineer: Bo Chen**": the label and its value in one bold run.
      const label =
        fieldLabel(spans) ??
        (shown.length === 1 && shown[0].strong
          ? /^([^:]{1,40}):\s*\S/u.exec(shown[0].text)?.[1]
          : undefined)
      return (
        label !== undefined && (LEAD_FIELD.test(label.trim()) || PEOPLE_FIELD.test(label.trim()))
      )
    })
  })
}

/** A field naming a unit's people: "Members", "Engineers", "Team members". */
const PEOPLE_FIELD = /^(?:(?:team\s+)?members|engineers?|developers?)$/iu

/** Whether a section or one below it names teams in a table or a chart, not in its lists. */
function drawsOrTablesTeams(found: GuideEntry[], children: Assessment[]): boolean {
  return (
    found.some((entry) => entry.source.kind === 'row' || entry.source.kind === 'chart') ||
    children.some((child) => drawsOrTablesTeams(child.found, child.children))
  )
}

/** A sub-section called a team ("Policy team") or listing its own people. */
function standsAsTeam(section: Section): boolean {
  const text = headingText(section)
  return TEAM_WORD.test(text) || listsPeople(section) || listsOpenings(section)
}

/**
 * Whether a section's lists are only job titles, a line each ("### Payments" over "- Senior
 * Backend Engineer", "- Staff SRE", linked or not): a careers page's team and the roles it
 * hires for, whatever else it says.
 */
/** A heading over a careers page's openings: "Open positions", "Open roles", "Jobs", "Vacancies". */
const OPENINGS =
  /^(?:(?:current |job |our )?openings|vacancies|jobs|careers?|(?:we(?:'|’| a)re |now )?hiring!?|open (?:roles|positions|jobs)(?: by team)?|(?:open )?roles we(?:'|’| a)re hiring for)$/iu

function listsOpenings(section: Section): boolean {
  const lists = section.blocks.filter((block) => block.kind === 'list')
  return (
    lists.length > 0 &&
    lists.every((list) =>
      list.items.every(
        (item) => item.children.length === 0 && ONE_JOB.test(plainText(item.inline).trim())
      )
    )
  )
}

/** Whether a section lists people: a line per person, or a line of their handles. */
/**
 * A section's people written in its own text: a list of people or a people table
 * (listsPeople), or lines of a bold name and a role ("**Ana Ruiz**, Director<br/>"), two at
 * least.
 */
function listsOwnPeople(section: Section): boolean {
  if (listsPeople(section)) return true
  return section.blocks.some((block) => {
    if (block.kind !== 'paragraph') return false
    const spans = block.inline.spans
    const named = spans.filter(
      (span, i) =>
        span.strong === true &&
        isPersonName(span.text.trim()) &&
        /^\s*,\s*\p{L}/u.test(spans[i + 1]?.text ?? '')
    )
    return named.length >= 2
  })
}

function listsPeople(section: Section): boolean {
  return (
    section.blocks.some(
      (block) =>
        (block.kind === 'list' &&
          block.items.some((item) => PERSON_LINE.test(plainText(item.inline)))) ||
        // "## Platform" over "| Name | Role | GitHub |" and its rows: the team's people.
        (block.kind === 'table' &&
          block.rows.length > 0 &&
          isPeopleTable(block.header.map((cell) => plainText(cell))))
    ) || listsHandles(section)
  )
}

/**
 * A maintainers file's area ("### Resharding" over "sougou, rafael, tirsen"): the section's only
 * text is a comma-separated list of two or more account names, the people who own the area.
 */
const HANDLE = '@?[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*'
const HANDLES = new RegExp(`^${HANDLE}(?:\\s*,\\s*${HANDLE})+$`, 'u')

/**
 * Two or more paragraphs, and nothing else, each opening on a bold role's title followed by a
 * dash or a colon and what the role answers for: "**CTO** – owns…", "**Community lead**: grows…".
 */
function definesRoles(blocks: readonly Block[]): boolean {
  const paragraphs = blocks.filter((block) => block.kind !== 'other' || block.what === 'code')
  return (
    paragraphs.length >= 2 &&
    paragraphs.every((block) => {
      if (block.kind !== 'paragraph') return false
      const spans = block.inline.spans.filter(carriesText)
      const label = spans[0]?.strong ? cleanName(spans[0].text).replace(/\s*\([^()]*\)$/u, '') : ''
      const rest = plainText({ ...block.inline, spans: spans.slice(1) })
      return label !== '' && /^\s*[:–—-]\s*\S/u.test(rest) && namesRole(label)
    })
  )
}

/** A role's title: "CTO", "IT CEO", "Head of function", "Community lead", "Backend developer". */
function namesRole(label: string): boolean {
  return (
    namesOfficer(label) ||
    namesPeople(label) ||
    ENDS_WITH_JOB.test(label) ||
    /\b(?:c[eotfp]o|lead|owner|officer|head of [\p{L} ]+)s?$/iu.test(label)
  )
}

/** A heading naming a role by its last word: "IPFS Project Lead", "Lumen BDFL", "Captain". */
const ENDS_WITH_ROLE = new RegExp(String.raw`\b(?:${ROLE_WORDS})s?$`, 'iu')

/** A section named as a role ("IPFS Project Lead"), or one no team could be (a skipped one). */
function namedAsRole(assessed: Assessment): boolean {
  if (assessed.section.heading === undefined) return true
  const text = headingText(assessed.section).replace(/\s*\([^()]*\)$/u, '')
  return assessed.kind === 'skip' || ENDS_WITH_ROLE.test(text) || namesPeople(text)
}

/** A section whose first paragraph opens "Team which…", "A team that…": it says it is a team. */
function opensAsTeam(blocks: Block[]): boolean {
  const first = blocks.find((block) => block.kind === 'paragraph')
  return (
    first?.kind === 'paragraph' &&
    /^(?:an?\s+|the\s+)?(?:team|group)\s+(?:which|that|who|whose)\b/iu.test(
      plainText(first.inline).trim()
    )
  )
}

function listsHandles(section: Section): boolean {
  const [only, ...more] = section.blocks
  return (
    more.length === 0 && only?.kind === 'paragraph' && HANDLES.test(plainText(only.inline).trim())
  )
}

export function skipReason(text: string): string {
  return `reads as ${describeSkip(text)}, not a team`
}

function describeSkip(text: string): string {
  if (PLACEHOLDER.test(text)) return 'a template placeholder'
  if (
    /manag|leadership|director|lead|engineer|contributor|chair|member|people|vp|head of|staff|maintainer|committer|reviewer|approver|owners|emerit|friends of/iu.test(
      text
    ) &&
    !/\s(?:and|&)\s/u.test(text) &&
    text.split(' ').length <= 4
  )
    return 'people or roles'
  if (/contact|reach|channel|slack|chat|discord|irc|mailing/iu.test(text))
    return 'contact or chat channels'
  if (/job|famil|career|hiring|interview|role/iu.test(text)) return 'hiring or job families'
  if (/kpi|okr|metric|goal/iu.test(text)) return 'KPIs or goals'
  if (/handbook|page|docs|link|resource/iu.test(text)) return 'handbook structure or links'
  if (/working group|committee|user group/iu.test(text)) return 'a working group or committee'
  if (INSTRUCTIONS.test(text)) return 'instructions to the reader'
  if (/licen[cs]|copyright|trademark/iu.test(text)) return 'licence or copyright terms'
  return PROCESS_SKIP
}

const PROCESS_SKIP = 'process, meetings or other non-team content'

/**
 * "### Platform" ending its text with "Consisting of the following three teams:", then "####
 * Build", "#### Observe", "#### Run": the sub-sections are the teams the sentence introduces,
 * however little each says yet ("Content to come") or whether it says anything at all. A section
 * beside "### Platform" that says word for word what one of them says ("### Deploy" over the same
 * "Content to come") is one more team written alike.
 */
function withIntroducedTeams(section: Section, children: Assessment[]): Assessment[] {
  const introduced = introducesSubSections(section)
  const said = new Set(
    children.flatMap((child) =>
      child.children.filter((inner) => inner.reason === INTRODUCED).map(sectionText)
    )
  )
  said.delete('')
  if (!introduced && said.size === 0) return children
  return children.map((child) =>
    (child.kind === 'weak' || child.kind === 'empty') &&
    (introduced || said.has(sectionText(child)))
      ? {
          ...child,
          kind: 'team',
          reason: introduced ? INTRODUCED : 'a team: written word for word as the teams beside it',
          sure: introduced
        }
      : child
  )
}

const INTRODUCED = 'a team: one of the teams the section above introduces'

/** The paragraphs of a section with no sub-sections, as one text ('' for any other). */
function sectionText(child: Assessment): string {
  if (child.children.length > 0 || child.section.children.length > 0) return ''
  return child.section.blocks
    .map((block) => (block.kind === 'paragraph' ? plainText(block.inline).trim() : '\u0000'))
    .join('\n')
    .toLowerCase()
}

/**
 * Whether a heading's words say it is about process ("Best Practices", "Meetings", "How we
 * work"): not people, contacts, links or a kind of group, which a page may head its teams with.
 */
export function namesProcess(text: string): boolean {
  return headingKind(text) === 'skip' && describeSkip(text) === PROCESS_SKIP
}

/**
 * "## Android" over its handle's line and a sentence, beside a dozen teams written the same way,
 * with "### Android Auto" under it: a team like its siblings, not a unit because one sub-team
 * sits under it. Its sub-teams are teams of their own beside it, as a handle heading under a
 * team is (standsAlone).
 */
function withTeamsOverSubTeams(children: Assessment[]): Assessment[] {
  const teams = children.filter((child) => child.kind === 'team')
  if (teams.length < 2) return children
  return children.map((child) => {
    if (
      child.kind !== 'container' ||
      child.heading !== 'plain' ||
      child.found.length > 0 ||
      child.children.length === 0 ||
      !child.children.every((inner) => inner.kind === 'team')
    )
      return child
    const shape = blockShape(child.section)
    if (shape === '' || teams.filter((team) => blockShape(team.section) === shape).length < 2)
      return child
    return {
      ...child,
      kind: 'team',
      reason: 'a team written as the teams beside it, over sub-teams of its own',
      sure: false,
      signals: 1,
      children: child.children.map((inner) => ({ ...inner, standsAlone: true }))
    }
  })
}

/**
 * "## Launch", "## Java" and their siblings, each over "- **Goal:** …", "- **Coordination:** …",
 * "- **Discord:** …": bold labels that two sibling sections or more both list are the fields each
 * one fills in, not teams (a team is named once on a page, under one unit). The lines are left
 * to the section, which reads as the team its sentence and list make it, and which its siblings
 * then are too.
 */
function withRecurringFieldLabels(children: Assessment[]): Assessment[] {
  const labelled = (child: Assessment): GuideEntry[] =>
    child.found.filter((entry) => entry.source.kind === 'item')
  const seen = new Map<string, number>()
  for (const child of children) {
    for (const key of new Set(labelled(child).map((entry) => unitKey(entry.label))))
      seen.set(key, (seen.get(key) ?? 0) + 1)
  }
  const recurs = (entry: GuideEntry): boolean =>
    entry.source.kind === 'item' && (seen.get(unitKey(entry.label)) ?? 0) >= 2
  return children.map((child) => {
    if (child.kind !== 'container' || child.heading !== 'plain' || !child.found.some(recurs))
      return child
    // Most of its lines, and at least two, are fields its siblings share: the list is a card.
    const shared = child.found.filter(recurs).length
    if (shared < 2 || shared * 2 < child.found.length) return child
    const found = child.found.filter((entry) => !recurs(entry))
    const holds =
      found.length > 0 ||
      child.children.some((inner) => ['container', 'team', 'transparent'].includes(inner.kind))
    return holds
      ? { ...child, found }
      : {
          ...child,
          kind: 'team',
          reason: 'a team: its bold-label lines are the fields its sibling sections also fill in',
          sure: false,
          signals: 1,
          found
        }
  })
}

/**
 * A heading's word for teams ("Teams", "Our squads"; not "Working groups", "Team resources"),
 * and the word in the other languages team pages are written in ("Equipos", "Équipes").
 */
const NAMES_TEAMS = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:teams|squads|pods|crews|tribes|${OTHER_TEAMS})(?![\p{L}\p{N}_])`,
  'iu'
)

/** A heading naming teams, not a post's headline of what was done to them ("Scaling teams"). */
function namesItsTeams(text: string): boolean {
  return (NAMES_TEAMS.test(text) || TEAM_CONTACTS.test(text)) && !doingHeadline(text)
}

/**
 * The sections under a heading that lists teams, when none of them reads as a unit and those
 * that read as teams on their own are not most of them: each named plainly (no process, part or
 * people word) and holding text is a team, and so is one named by a part's word but written as
 * they are.
 */
function withListedSections(children: Assessment[]): Assessment[] {
  if (children.some((child) => ['container', 'transparent'].includes(child.kind))) return children
  // Sections that read as teams on their own are left as they are: the others are listed beside
  // them when they are most of the heading's sections (a lone prose section beside many teams
  // is more likely about them).
  const teams = children.filter((child) => child.kind === 'team').length
  const listed = (child: Assessment): boolean =>
    child.section.heading !== undefined &&
    child.heading === 'plain' &&
    child.children.length === 0 &&
    child.section.blocks.some((block) => block.kind === 'paragraph' || block.kind === 'list')
  const unlisted = (child: Assessment): boolean => child.kind !== 'team' && listed(child)
  if (!children.some(unlisted)) return children
  if (teams > 0 && children.filter(unlisted).length < teams) return children
  // "## Tools" over a sentence, written as its siblings are: one of them.
  return children.map((child) =>
    child.kind === 'team'
      ? child
      : listed(child) || partWrittenAsRun(child, children, listed)
        ? {
            ...child,
            kind: 'team',
            reason: 'a team: a section under a heading that lists teams',
            sure: false,
            signals: 1,
            listed: true
          }
        : child
  )
}

/**
 * "## Working groups" beside "## Current product groups": a section skipped for its words whose
 * every sub-section is written as the teams of the team list beside it, each with a table under
 * the same header (the template every team's section follows), holds more of the page's teams,
 * whatever its heading says; they belong to the unit above, as the list's teams do.
 */
function withSkippedTeamsAlike(children: Assessment[]): Assessment[] {
  const headers = new Set<string>()
  for (const child of children) {
    if (child.kind !== 'container' && child.kind !== 'transparent') continue
    for (const inner of child.children) {
      const header = inner.kind === 'team' ? tableHeader(inner.section) : undefined
      if (header) headers.add(header)
    }
  }
  if (headers.size === 0) return children
  const alike = (inner: Assessment): boolean =>
    (inner.kind === 'team' || inner.kind === 'weak') &&
    headers.has(tableHeader(inner.section) ?? '')
  return children.map((child) =>
    child.kind === 'skip' &&
    child.section.heading &&
    child.children.length > 0 &&
    child.children.every(alike)
      ? {
          ...child,
          kind: 'transparent',
          reason: `${skipReason(headingText(child.section)).replace(/, not a team$/u, '')}, but its sections are written as the teams beside it: they belong to the unit above`,
          children: child.children.map((inner) =>
            inner.kind === 'team'
              ? inner
              : {
                  ...inner,
                  kind: 'team',
                  reason: 'a team: written as the teams beside it, a table under the same header',
                  sure: false,
                  signals: 1
                }
          )
        }
      : child
  )
}

/** The header of a section's first table, its cells' words in lower case. */
function tableHeader(section: Section): string | undefined {
  const table = section.blocks.find((block) => block.kind === 'table')
  return table?.kind === 'table'
    ? table.header.map((cell) => plainText(cell).trim().toLowerCase()).join('|')
    : undefined
}

/**
 * "## Language" beside "## Engine" and "## Remoting", each a paragraph over its own "### Members":
 * a heading whose word names a part ("Language", "Tools", "Focus") is one more of the teams
 * beside it when it holds the same sub-sections as two of them or more. Sections with the same
 * sub-headings are records of one kind; the word is that team's name. So is one that lists its
 * people, as two teams beside it or more do (a roster: "## Sync" over "- Omar Haddad (Tech Lead)").
 */
function withPartsWrittenAsTeams(children: Assessment[]): Assessment[] {
  const subHeadings = (assessed: Assessment): string =>
    assessed.children.map((child) => headingText(child.section).toLowerCase()).join('|')
  const teams = children.filter((child) => child.kind === 'team' && child.children.length > 0)
  // "## Sync" over its people, beside "## Editor" and "## Infrastructure" over theirs: a roster.
  const rosters = children.filter(
    (child) => child.kind === 'team' && child.children.length === 0 && listsPeople(child.section)
  )
  if (teams.length < 2 && rosters.length < 2) return children
  return children.map((child) => {
    if (
      child.kind !== 'part' ||
      child.heading !== 'part' ||
      headsProjectList(headingText(child.section))
    )
      return child
    const own = subHeadings(child)
    const alike =
      child.children.length === 0
        ? rosters.length >= 2 && listsPeople(child.section)
        : teams.filter((team) => subHeadings(team) === own).length >= 2
    if (!alike) return child
    return {
      ...child,
      kind: 'team',
      reason:
        child.children.length === 0
          ? 'a team: it lists its people as the teams beside it do'
          : 'a team: it holds the same sub-sections as the teams beside it',
      sure: false,
      signals: 1
    }
  })
}

/** A section's blocks by kind, a list with its length: "list:1 paragraph" for a handle and a line. */
function blockShape(section: Section): string {
  return section.blocks
    .map((block) => (block.kind === 'list' ? `list:${block.items.length}` : block.kind))
    .join(' ')
}

/**
 * "## Core Services" over "Owns: accounts, audit log", "Stack: Elixir, PostgreSQL" and "Lead: Dan
 * Moore", beside "## Reporting" and "## Tools" written the same way: sections whose own lines
 * give a team's fields (two or more: what it owns, its stack, its people) are teams, whatever
 * word their heading is, when two siblings or more are written so.
 */
function withFieldLineTeams(children: Assessment[]): Assessment[] {
  const written = children.filter(
    (child) =>
      child.section.heading !== undefined &&
      child.heading !== 'skip' &&
      ['part', 'weak', 'team', 'empty'].includes(child.kind) &&
      !namesPeople(headingText(child.section)) &&
      writtenAsFields(child.section)
  )
  if (written.length < 2) return children
  // A sure team stays as it was read; the others join it.
  const made = new Set(written.filter((child) => !(child.kind === 'team' && child.sure)))
  return children.map((child) =>
    made.has(child)
      ? {
          ...child,
          kind: 'team',
          heading: 'plain',
          reason: 'a team: its own lines give what it owns, its stack or its people',
          sure: true,
          signals: 2
        }
      : child
  )
}

/** Whether a paragraph of a section is written as a team's fields ("Owns: … Stack: …"). */
function writtenAsFields(section: Section): boolean {
  return section.blocks.some(
    (block) =>
      block.kind === 'paragraph' &&
      (fieldLines(plainText(block.inline)) !== undefined ||
        fieldCard(block.labelLines) !== undefined)
  )
}

/**
 * The template a section's writers filled in: the field labels its paragraphs open on, in order
 * ("responsibilities|roles"), when there are two or more; else the header of its first table
 * ("slack|github handle|role|timezone"). Undefined when it has neither.
 */
function sectionTemplate(section: Section): string | undefined {
  const labels = section.blocks.flatMap((block) => {
    const label = block.kind === 'paragraph' ? fieldLabel(block.inline.spans) : undefined
    return label === undefined ? [] : [label.toLowerCase()]
  })
  return labels.length >= 2 ? `${FIELDS_TEMPLATE}${labels.join('|')}` : tableHeader(section)
}

/**
 * How a template of field labels begins: two labels in one order are the writers' own form, so
 * two teams beside a section are enough to show it (a table's header, often a people table any
 * page has, needs three).
 */
const FIELDS_TEMPLATE = 'fields:'

/** "this team", "on this squad": a section's own text calling it a team. */
const THIS_TEAM = /\bthis (?:team|squad)\b/iu

/**
 * "Design" over "Marketing", "Mobile" and "Web/Desktop", beside "Programming" and "Customer
 * Support": among sections that are teams and units of teams, a proposal's body word names one
 * more department, holding its teams, not the body of a proposal whose teams belong to the unit
 * above ("Detailed design" beside "Motivation" and "Drawbacks"). Most of its siblings say which.
 */
function withDepartmentsAlike(children: Assessment[]): Assessment[] {
  // Teams and units of teams say it; a department's plain paragraph beside them ("weak") is
  // written as they are, while a proposal's other sections are skipped or parts.
  const sure = children.filter(
    (child) => child.kind === 'team' || child.kind === 'container'
  ).length
  const alike = sure + children.filter((child) => child.kind === 'weak').length
  const among = sure >= 2 && alike * 2 >= children.length - 1
  if (!among) return children
  // How many teams here follow each template, read once for all the siblings.
  const teamsByTemplate = new Map<string, number>()
  for (const child of children) {
    const template = child.kind === 'team' ? sectionTemplate(child.section) : undefined
    if (template) teamsByTemplate.set(template, (teamsByTemplate.get(template) ?? 0) + 1)
  }
  return children.map((child) => {
    // "### Product Strategy" skipped for its word, whose paragraph says "the only person on this
    // team": among departments, a section its own text calls a team is one.
    if (
      child.kind === 'skip' &&
      child.heading === 'skip' &&
      child.children.length === 0 &&
      !namesPeople(headingText(child.section)) &&
      child.section.blocks.some(
        (block) => block.kind === 'paragraph' && THIS_TEAM.test(plainText(block.inline))
      )
    )
      return {
        ...child,
        kind: 'team',
        heading: 'plain',
        reason: 'a department among departments that its text calls a team',
        sure: false,
        signals: 1
      }
    // "### Communications" over "Responsibilities:" and "Roles:", beside "### Operations" and
    // "### Membership" over the same labels, read as teams ("### Project Management" over the
    // people table every team has): the sections follow one template, and a heading's word for
    // process makes it no less one of them.
    const template =
      child.kind === 'skip' && child.heading === 'skip' && child.children.length === 0
        ? sectionTemplate(child.section)
        : undefined
    if (
      template !== undefined &&
      !namesPeople(headingText(child.section)) &&
      (teamsByTemplate.get(template) ?? 0) >= (template.startsWith(FIELDS_TEMPLATE) ? 2 : 3)
    )
      return {
        ...child,
        kind: 'team',
        heading: 'plain',
        reason:
          'a department among departments, written from the template of the teams beside it: a team',
        sure: false,
        signals: 1
      }
    if (child.heading !== 'container' || !namesProposalBody(headingText(child.section)))
      return child
    // "## Design" over its handle's line and a sentence, beside "## Web" and "## Growth" written
    // the same way and read as teams: its one line is no team list; it is one of them.
    if (child.kind === 'transparent' && child.children.length === 0) {
      const shape = blockShape(child.section)
      const same = children.filter(
        (other) => other.kind === 'team' && blockShape(other.section) === shape
      ).length
      if (same >= 2)
        return {
          ...child,
          kind: 'team',
          heading: 'plain',
          reason: 'a department among departments, written as the teams beside it: a team',
          sure: false,
          signals: 1,
          found: []
        }
    }
    if (child.kind === 'transparent')
      return {
        ...child,
        kind: 'container',
        heading: 'plain',
        reason: 'a department among departments: it holds its teams'
      }
    // "### Design" with a paragraph on what the designers do, beside "### Product": a team.
    const says = child.section.blocks.some(
      (block) => block.kind === 'paragraph' && plainText(block.inline).trim() !== ''
    )
    if (child.kind === 'skip' && child.children.length === 0 && says)
      return {
        ...child,
        kind: 'team',
        heading: 'plain',
        reason: 'a department among departments: a team',
        sure: false,
        signals: 1
      }
    return child
  })
}

/** The fields a team's text labels ("Tech Stack:", "Primary Responsibilities:", "Lead: …"). */
const LABELLED_TEAM_FIELDS: ReadonlySet<string> = new Set([
  'description',
  'stack',
  'lead',
  'headcount',
  'responsibilities',
  'projects'
])

/**
 * Whether a section's paragraphs label three of a team's fields or more: a short label over its
 * list ("**Tech Stack:**") or a "Label: value" line ("**Description:** Keeps the books").
 */
function labelsTeamFields(blocks: readonly Block[]): boolean {
  const fields = new Set<string>()
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue
    const label = /^([^\s.!?:][^.!?:]{0,39}):(?:\s|$)/u.exec(plainText(block.inline).trim())?.[1]
    const field = label !== undefined ? fieldOf(label) : undefined
    if (field !== undefined && LABELLED_TEAM_FIELDS.has(field)) fields.add(field)
  }
  return fields.size >= 3
}
