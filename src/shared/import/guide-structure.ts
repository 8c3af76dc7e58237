import { ENDS_WITH_JOB } from './job-title'
import { withDeclaredUnits } from './declared-units'
import { withAlikeSectionsAsTeams } from './alike-sections'
import { calledATeam, firstCalledTeam } from './called-a-team'
import {
  entry,
  INSIDE_SKIPPED,
  KeyMaker,
  rekey,
  skippedEntry,
  type GuideEntry
} from './guide-entry'
import { headingText, type Section } from './guide-sections'
import type { ImportRole } from './import-plan'
import { nameKey } from './ids'
import {
  openingTeam,
  ourTeamName,
  STACK_PAGE_TITLE,
  stackUser,
  teamNamedInText,
  writersTeam
} from './opening-team'
import { teamsNamedInText } from './prose-teams'
import { namesProcessPage, processTitle, withoutProcessSteps } from './process-page'
import { peopleTitleTeam, titleNamesPeople } from './people-title'
import { describedOrganization, ownProject, projectPhrase } from './project-name'
import { titleArea } from './title-area'
import { statedTeamCount, statesGroups } from './stated-team-count'
import { unitKey } from './unit-key'
import { plainText, type Block, type Position } from './markdown-blocks'
import { headingField } from './team-field'
import { cleanName, linkedName, titleName, type HeadingBlock } from './outline'
import {
  claimChartTeamSections,
  keepToTheTeamList,
  liftChartOfUnit,
  liftStructureHeadings,
  mergeEchoes,
  unfoldChartRestatements
} from './outline-revisions'
import {
  asWork,
  assess,
  findTitle,
  listsOwnMembers,
  namesTitle,
  skipReason,
  TEAM_WORD
} from './section-assessment'
import type { Assessment } from './assessment'
import {
  namesBareTeam,
  namesPeople,
  namesTeamMakeup,
  stageGroup,
  teamListUnit,
  TEAM_OWN_PAGE,
  titleKind,
  withoutGreeting,
  type TitleKind
} from './section-headings'
import {
  choosePageReading,
  oneTeamLabel,
  codeHostUnit,
  organizationOfTeamsTitle,
  CJK_TEAM_PAGE,
  readingKindOf,
  readingTeams,
  titleSays,
  type PageReading,
  type ReadingCandidate,
  type ReadingKind
} from './page-reading'
import { asTeamPageTitle, namesOnlyATeamsPage, namesUnnamedTeamsPage } from './team-page-title'

/**
 * Reads the document's structure from what each section holds, not from heading depth: a section
 * whose children or lists are teams is a division or group; one with a description and lists of
 * projects, stack, people or ownership is a team; contact, process, hiring and such sections are
 * skipped. Returns the outline, outermost first, every entry with its role and the reason.
 */
export function readGuideStructure(
  root: Section,
  /** Every word of the document (documentText). */
  text: string,
  /** Where the document calls its sections teams (teamCalls of `text`). */
  calls: ReadonlySet<string>,
  frontTitle?: { text: string; at: Position },
  /** The reading a mapping asks for, when the page can be read that way. */
  asked?: ReadingKind,
  /** The team front matter says owns the page (front-matter.ts), when it names one. */
  owner?: string
): { outline: GuideEntry[]; reading: PageReading } {
  // Front matter names the page; a heading after the page's opening text ("# Joining the
  // Infrastructure Team" below an introduction) is one of its sections, not its title.
  // HTML anchors alone (\`<a id="governance"></a>\`) say nothing: the heading after them is the title.
  const opened = root.blocks.some(
    (block) =>
      block.kind === 'list' || (block.kind === 'paragraph' && plainText(block.inline).trim() !== '')
  )
  // A page with no title that opens by naming the team it is about ("The Acme Kotlin Team will
  // be responsible for …"): that team names the page, as a title would.
  // So does one whose front matter's title names nothing ("Who We Are"): the team it opens on
  // ("Acme Engineering is a team of …") is what the page is about.
  if (!frontTitle || titleKind(frontTitle.text, true).role === 'skip')
    frontTitle = (findTitle(root) ? undefined : openingTeam(root)) ?? frontTitle
  // Front matter's title over text that starts at H2 ("## Responsibilities"): the page's one
  // top-level heading is written below the title's level, so it is a section of the page.
  const belowTitle = root.children.length === 1 && (root.children[0].heading?.depth ?? 1) > 1
  const title = frontTitle && (opened || belowTitle) ? undefined : findTitle(root)
  // The title (a heading, or front matter's title) decides what the whole document is.
  // A team's page titled as a sentence or in parts ("About the Data Team", "Team Charter:
  // Platform") is read as "Data Team", "Platform Team Charter" are.
  const titleText = title
    ? asTeamPageTitle(withoutGreeting(cleanName(titleName(title.heading!.inline))), {
        keepOrganization: true
      })
    : frontTitle?.text
  // "The Jekyll Team" over "the Jekyll Core Team", "the Jekyll Plugin Core Team": the title
  // names the organization's people, no one team.
  const organizationTeams =
    titleText !== undefined ? organizationOfTeamsTitle(titleText, text) : undefined
  const assessedRoot = assess(root, title, title ? undefined : frontTitle?.text)
  const titleAt = title ? title.heading!.inline.at : frontTitle?.at
  const staged = titleText !== undefined ? stageGroup(titleText) : undefined
  const hiringTeam = titleText !== undefined ? jobPageTeam(titleText, text) : undefined
  const described = describedOrganization(text)?.name
  const area = titleText !== undefined ? titleArea(titleText, text) : undefined
  const page: LocalPage = {
    root,
    title,
    titleText,
    titleAt,
    staged,
    calls,
    owner,
    hiringTeam,
    described,
    area,
    statedTeams: statedTeamCount(text),
    organizationTeams,
    ...(titleText !== undefined &&
      STACK_PAGE_TITLE.test(titleText.trim()) && { stackPage: { user: stackUser(text) } })
  }
  const body = title ? assessedRoot.children.find((a) => a.section === title)! : assessedRoot
  const local = localOutline(assessedRoot, page)
  const processPage = namesProcessPage(titleText)
  const merged =
    titleText !== undefined && namesTeamMakeup(titleText)
      ? onlyTeamsCalledSo(local)
      : processPage
        ? withoutProcessSteps(local)
        : local

  // The local rules decided section by section; now compare that reading of the whole page
  // with the page read as one team (the title is THE team, everything under it its parts), and
  // keep the reading the whole page supports.
  const candidates: ReadingCandidate[] = [{ kind: readingKindOf(merged), outline: merged }]
  // A page of people alone, titled only by their word ("# Maintainers") or not at all, over "The
  // Acme maintainers are:": its one team is the project whose people it lists.
  const people = titleText === undefined || titleNamesPeople(titleText)
  // "Our team" over its members, its front matter naming the owning team ("owner_slack:
  // \"#data-platform\""): the title names nothing, the owner names the one team.
  // "Technology choices at CDS" over "our developer team": a title naming the organization
  // names no team; the team the page calls its own does.
  // "Technology choices" over "technologies used by Digital Publishing": the stack of the one
  // team the page names as their user.
  const ours = page.stackPage
    ? page.stackPage.user
    : titleText !== undefined && titleKind(titleText, false).role === 'company'
      ? ourTeamName(text)
      : undefined
  // A unit's page on a code host on which nothing reads as a team ("SSEC's GitHub
  // Organization" over its projects): the unit is its one team.
  const codeHostPage =
    titleText !== undefined && readingTeams(merged).length === 0
      ? codeHostUnit(titleText)
      : undefined
  // "How the team works" over "The development team is two people": the page is the team's
  // its text names.
  // "Team Charter" may be anyone's page: over teams, it is theirs; on a page where one section
  // at most reads as a team ("### Intent" with its list), over "the purpose of the IT
  // Strategy team", it is that team's.
  const pageTeam =
    titleText !== undefined &&
    (namesOnlyATeamsPage(titleText) ||
      (namesUnnamedTeamsPage(titleText) && readingTeams(merged).length <= 1))
      ? teamNamedInText(text)
      : undefined
  const label =
    ours ??
    pageTeam ??
    (titleText !== undefined && !processPage && !organizationTeams
      ? oneTeamLabel(titleText)
      : undefined) ??
    owner ??
    (people ? (projectPhrase(text)?.name ?? ownProject(text)?.[1]) : undefined) ??
    codeHostPage
  const labelAt = titleAt ?? { line: 1, column: 1 }
  // A page the title says is one team's, whose text names the team ("How the team works"):
  // its one team is that, not a section the local rules read as one ("## Context").
  const ownPage = pageTeam !== undefined && label === pageTeam
  if (!staged && label && (candidates[0].kind !== 'one-team' || ownPage)) {
    const own = new KeyMaker()
    // Keyed as the title's heading is in the other readings ("ledger-team-charter", not the
    // team's name "ledger"): a mapping's roles for the sections under it keep their keys when
    // a person chooses another reading of the page.
    const key = own.make('', title ? headingName(title.heading!).label : label)
    const team: GuideEntry = {
      key,
      label,
      line: labelAt.line,
      column: labelAt.column,
      role: 'team',
      inferred: 'team',
      reason: 'the page is about one team: every section under its title is a part of it',
      sure: true,
      source: { kind: 'section', section: title ?? root },
      children: childrenOf(body, key, own, true, false)
    }
    if (title) {
      for (const other of assessedRoot.children) {
        if (other !== body) team.children.push(...place(other, key, own, true, false))
      }
    }
    if (ownPage && candidates[0].kind === 'one-team')
      candidates[0] = { kind: 'one-team', outline: [team] }
    else candidates.push({ kind: 'one-team', outline: [team] })
  }
  // The local rules found no team, or one that is a section (often the title's): the page may
  // write its teams in prose, a heading each, in a way no section's own signs tell
  // (alike-sections.ts). Under a title naming its teams' kind ("Working Groups") only sections
  // written from one template: other teams there are written in a way the rules miss, not as
  // prose under plain names.
  const localTeams = readingTeams(merged)
  const titleNamesTeams = titleSays(titleText) === 'teams'
  if (
    localTeams.length <= 1 &&
    localTeams.every(({ team }) => team.source.kind === 'section') &&
    !processPage
  ) {
    const rewritten = withAlikeSectionsAsTeams(assessedRoot, { templatedOnly: titleNamesTeams })
    if (rewritten) {
      const outline = localOutline(rewritten, page)
      candidates.push({ kind: readingKindOf(outline), outline })
    }
  }
  if (
    localTeams.length <= 1 &&
    localTeams.every(({ team }) => team.source.kind === 'section') &&
    !titleNamesTeams &&
    !processPage
  ) {
    // Or it names its teams only in its sentences ("The Payments team owns checkout…"), as an
    // engineering blog post does (prose-teams.ts). A page titled by one team ("Cloud DevOps
    // Team") that names its neighbours ("the Cloud team took over…") is that team's page.
    const named =
      titleSays(titleText) === 'one-team'
        ? undefined
        : teamsNamedInText(root, titleText, statesGroups(text))
    if (named) {
      const outline = withSectionsLeftOut(
        underTitle(named, titleText, titleAt, page.statedTeams),
        merged
      )
      candidates.push({ kind: readingKindOf(outline), outline })
    }
  }
  // A page that names the team its writers write as ("Acme formed a new team, Payments", then
  // "we" throughout) is that team's story: its sections are parts of it.
  const writers = writersTeam(root, text)
  const reading = choosePageReading(
    candidates,
    { title: organizationTeams ? undefined : titleText, calls, writers: writers !== undefined },
    asked
  )
  if (reading.close) markGuessed(reading.chosen.outline)
  return {
    outline: withDeclaredUnits(writtenByItsTeam(reading.chosen.outline, writers), root),
    reading
  }
}

/**
 * A page read as one team's, written by a team it names ("On the Payments team, we …"): the team
 * is the writers', named as they name it; the title names the post ("Shipping Quickly with a
 * Large Team"), not the team.
 */
function writtenByItsTeam(
  outline: GuideEntry[],
  writers: ReturnType<typeof writersTeam>
): GuideEntry[] {
  const [only] = outline
  if (outline.length !== 1 || only.role !== 'team') return outline
  if (!writers || unitKey(writers.text) === unitKey(only.label)) return outline
  const team: GuideEntry = {
    ...only,
    label: writers.text,
    reason: `${only.reason}; its writers name their team "${writers.text}" (the title names the post)`
  }
  return [rekey(team, '', new KeyMaker(), false)]
}

/**
 * Teams read from the page's text, under what its title names: the organization ("How we
 * build software at Acme") or a unit ("Platform Department") holds them, as the local reading
 * places a title; a title naming neither leaves them at the top.
 */
function underTitle(
  teams: GuideEntry[],
  titleText: string | undefined,
  titleAt: Position | undefined,
  /** How many teams the text says the page's unit has ("consists of 3 teams"). */
  statedTeams: number | undefined
): GuideEntry[] {
  if (titleText === undefined || titleAt === undefined) return teams
  const kind = titleKind(titleText, true)
  if (kind.role !== 'company' && kind.role !== 'division') return teams
  // "# GitHub" over prose naming each repository's owning team: a bare name, read as a unit
  // only for want of anything else (not sure), is what the page is about (a tool, a place, a
  // topic); the text that names the teams never puts them in it. Unless the text counts them
  // ("Speed Operations consists of 3 teams" over three): the title is the unit they make up.
  if (kind.role === 'division' && !kind.sure && statedTeams !== teams.length) return teams
  const keys = new KeyMaker()
  // The company entry keeps the title's words: the catalog names the organization from them.
  const label = kind.role === 'company' ? titleText : kind.name
  const top = entry(label, kind.role, titleAt, kind.reason, kind.sure, { kind: 'title' })
  top.key = keys.make('', label)
  top.children = teams.map((team) => rekey(team, top.key, keys, kind.role === 'division'))
  return [top]
}

/**
 * The teams a page's sentences name, with the page's sections beside them, left out: the person
 * who knows the page can still make a heading a unit or a team, or its lists teams (an offered
 * list), instead of being left with the sentences' reading alone. The sections keep the keys
 * the page's other reading gives them (a mapping's roles for them hold in both readings); one
 * whose key a named team took is that team.
 */
function withSectionsLeftOut(named: GuideEntry[], local: GuideEntry[]): GuideEntry[] {
  const taken = new Set<string>()
  const collect = (entries: GuideEntry[]): void => {
    for (const entry of entries) {
      taken.add(entry.key)
      collect(entry.children)
    }
  }
  collect(named)
  const leftOut = (entry: GuideEntry): GuideEntry[] =>
    taken.has(entry.key) || entry.source.kind !== 'section'
      ? []
      : // What the page's reading leaves out, not a guess of its own: the reading is one when
        // it is a close call (markGuessed).
        [
          {
            ...skippedEntry(entry, "not read: the page's teams are the ones its sentences name"),
            children: entry.children.flatMap(leftOut)
          }
        ]
  // The title stands for the page in both readings: under the entry the named teams are under
  // (the title read as the company), its sections join them; else the title's own entry, left
  // out, holds them beside the teams.
  const [top] = named
  if (named.length === 1 && top.source.kind === 'title' && local.length === 1) {
    return [{ ...top, children: [...top.children, ...local[0].children.flatMap(leftOut)] }]
  }
  return [...named, ...local.flatMap(leftOut)]
}

/** The word after a team's name and "team" that names the team's own page ("… Team Playbook"). */
const TEAM_PAGE_WORD = new RegExp(String.raw`(?<=\bteam)\s+${TEAM_OWN_PAGE}$`, 'iu')

/**
 * The one team a job's page is about: the first the text calls a team ("The infrastructure team
 * is responsible for…"), named as a team is ("Infrastructure"). Undefined when the title names no
 * job or the text calls nothing a team.
 */
function jobPageTeam(titleText: string, text: string): string | undefined {
  return ENDS_WITH_JOB.test(titleText.trim()) ? firstCalledTeam(text) : undefined
}

/** What the local reading of a page needs besides its assessed sections. */
interface LocalPage {
  root: Section
  title: Section | undefined
  titleText: string | undefined
  titleAt: Position | undefined
  /** The stage and group a `Stage:Group` title names. */
  staged: ReturnType<typeof stageGroup>
  calls: ReadonlySet<string>
  /** The team front matter says owns the page. */
  owner: string | undefined
  /** The team the text calls one, on a page titled by a job ("Infrastructure Engineer"). */
  hiringTeam: string | undefined
  /** The organization the text says the page's subject is ("Acme is a logistics company"). */
  described: string | undefined
  /** The area of the organization the title names ("Team Topology for Payments"), if it is one. */
  area: TitleKind | undefined
  /** How many teams the text says the page's organization has ("has three teams"). */
  statedTeams: number | undefined
  /**
   * Set on a stack page ("Technology choices"): the team its sentences say uses the stack
   * ("technologies used by Digital Publishing"), when they name one.
   */
  stackPage?: { user: string | undefined }
  /** The organization whose people the title names ("The Jekyll Team": Jekyll), no one team. */
  organizationTeams: string | undefined
}

/**
 * The local rules' reading of a page: section by section from its assessment, under what its
 * title says, then revised where the outline as a whole says more (echoes, the team list).
 */
function localOutline(assessedRoot: Assessment, page: LocalPage): GuideEntry[] {
  const { root, title, titleText, titleAt, staged, calls, owner } = page
  const entries: GuideEntry[] = []
  const keys = new KeyMaker()
  const body = title ? assessedRoot.children.find((a) => a.section === title)! : assessedRoot
  // The title (a heading, or front matter's title) decides what the whole document is.
  if (staged && titleAt) {
    // "Verify:Pipeline Authoring Group": the stage holds the one group the page is about, whose
    // sections are its parts (or, when the page lists teams, the group holds them).
    // Sections that say what the page's own group owns ("The Editor Extensions group is
    // responsible for the following product categories") are about it, not teams it holds.
    const holds =
      body.found.length > 0 ||
      body.children.some(
        (child) =>
          child.kind === 'transparent' ||
          (child.kind === 'container' && holdsOtherTeams(child, staged.group))
      )
    const stage = entry(
      staged.stage,
      'division',
      titleAt,
      'the stage a `Stage:Group` title names',
      true,
      { kind: 'title' }
    )
    stage.key = keys.make('', staged.stage)
    const group = entry(
      staged.group,
      holds ? 'group' : 'team',
      titleAt,
      holds
        ? 'the group a `Stage:Group` title names, holding the teams the page lists'
        : 'the group a `Stage:Group` title names: a page about one team',
      true,
      { kind: 'section', section: title ?? root }
    )
    group.key = keys.make(stage.key, staged.group)
    group.children = childrenOf(body, group.key, keys, !holds, holds)
    stage.children = [group]
    entries.push(stage)
    if (title) {
      for (const other of assessedRoot.children) {
        if (other !== body) entries.push(...place(other, '', keys, false, false))
      }
    }
  } else if (titleText !== undefined && titleAt) {
    // Sure teams or units under it: a sub-heading that only says "team" does not make the
    // page about one team hold others. A page that lists its own members at its top ("## Team
    // Members" with no team under it) is about one team: its nested sections are its parts.
    const holds =
      !listsOwnMembers(body) &&
      (holdsUnits(body, titleText, calls) ||
        holdsStatedTeams(body, page.statedTeams) ||
        holdsTemplatedTeams(body))
    // "Meet the Team", "Our team" with nothing naming the team (no front matter's owner, no
    // job's team): the title names no team, the page's sections do ("## Quillmate Core").
    const bare =
      namesBareTeam(titleText) && owner === undefined && page.hiringTeam === undefined
        ? ({
            role: 'skip',
            name: titleText,
            reason: 'the title names no team, only "the team"',
            sure: true
          } satisfies TitleKind)
        : undefined
    const organization: TitleKind | undefined = page.organizationTeams
      ? {
          role: 'company',
          name: page.organizationTeams,
          reason: "the title names the organization's people: the teams its text names are below",
          sure: true
        }
      : undefined
    const read =
      bare ??
      organization ??
      processTitle(titleText) ??
      organizationTitle(titleText, page.described) ??
      titleKind(
        titleText,
        holds,
        holds &&
          (body.found.some((found) => !ownedAreaRow(found)) ||
            listsThroughHeadings(body) ||
            headsTeamsCalledSo(body, titleText))
      )
    // A title read as the organization's that names an area of it names the area's division
    // (by its name, not the title's page words).
    const kind =
      read.role === 'company' && page.area ? page.area : teamsOwnPage(titleText, read, holds, calls)
    // "# Members" over "## Project Maintainers": the team the page counts is named by its people.
    const label =
      kind !== read || kind === organization
        ? kind.name
        : ((kind.role === 'team'
            ? // "Team" over its people, front matter naming the team the page is about: its name.
              // A stack page's team is the one its sentences say uses the stack.
              (page.stackPage?.user ??
              peopleTitleTeam(titleText, body) ??
              page.hiringTeam ??
              (oneTeamLabel(titleText) === undefined ? owner : undefined) ??
              // "Platform Team Playbook": the team, not its playbook.
              (TEAM_PAGE_WORD.test(titleText) || CJK_TEAM_PAGE.test(titleText)
                ? oneTeamLabel(titleText)
                : undefined))
            : undefined) ?? titleText)
    const entry: GuideEntry = {
      key: keys.make('', label),
      label,
      line: titleAt.line,
      column: titleAt.column,
      role: kind.role,
      inferred: kind.role,
      reason: kind.reason,
      sure: kind.sure,
      source: {
        kind: 'section',
        section: title ?? root,
        // A job's page names the role the team is hiring for: its title.
        ...(kind.role === 'team' && label === page.hiringTeam ? { openRoles: [titleText] } : {}),
        ...(kind.role === 'team' && page.stackPage ? { stackPage: true as const } : {})
      },
      children: []
    }
    entries.push(entry)
    const inTeam = kind.role === 'team'
    entry.children = childrenOf(body, entry.key, keys, inTeam, kind.role === 'division')
    if (kind.role === 'division') entry.children = withoutTitleRows(entry.children, titleText)
    if (title) {
      // Sections beside the title (a rare second top-level heading) follow it.
      for (const other of assessedRoot.children) {
        if (other !== body) entries.push(...place(other, '', keys, false, false))
      }
      entries.push(...assessedRoot.found.map((found) => rekey(found, '', keys, false)))
    }
  } else {
    entries.push(...childrenOf(assessedRoot, '', keys, false, false))
  }
  liftStructureHeadings(entries)
  for (const top of entries) liftChartOfUnit(top)
  const merged = unfoldChartRestatements(mergeEchoes(entries, undefined))
  keepToTheTeamList(merged)
  claimChartTeamSections(merged)
  keepOneSectionPerTeam(merged)

  return merged
}

/**
 * "# Acme" over "Acme is a logistics company based in Leeds": a title that is only the name of
 * the organization the text says the page is about names the company, not a team (its sections
 * are then read for teams as any company's page's are).
 */
/**
 * A row of an "Area | Owner" table ("| Kubernetes clusters | @ana |"): an area and who keeps it.
 * Under a title naming one team ("# Platform team") such rows are that team's areas, not the
 * list of teams a title names the unit of.
 */
function ownedAreaRow(found: GuideEntry): boolean {
  return found.source.kind === 'row' && found.source.columns.ownedAreas === true
}

function organizationTitle(
  titleText: string,
  described: string | undefined
): TitleKind | undefined {
  if (described === undefined || unitKey(titleText) !== unitKey(described)) return undefined
  return {
    role: 'company',
    name: titleText,
    reason: `the title names the organization the text describes ("${described} is a …")`,
    sure: true
  }
}

/** A close call between readings: the units and teams it makes are guesses to confirm. */
function markGuessed(entries: GuideEntry[]): void {
  for (const entry of entries) {
    if (entry.role === 'team' || entry.role === 'division' || entry.role === 'group') {
      if (entry.sure) entry.reason = `${entry.reason}; the page's reading is a close call`
      entry.sure = false
    }
    markGuessed(entry.children)
  }
}

/**
 * "Team Composition" over "## Primary Product Team", "## Executive Support", "## Contract
 * Support", each a list of "Name, Organization, role" lines: the page shows how one product's
 * people are made up, grouped by the part they play. A section its name calls a team ("Primary
 * Product Team", "**OFA Data Team**") is one; the other groups of people are none, whatever
 * their lists look like. A section holding teams or units is left as read.
 */
function onlyTeamsCalledSo(entries: GuideEntry[]): GuideEntry[] {
  const holdsUnits = (entry: GuideEntry): boolean =>
    entry.children.some(
      (child) =>
        child.role === 'team' ||
        child.role === 'division' ||
        child.role === 'group' ||
        holdsUnits(child)
    )
  const leftOut = (entry: GuideEntry): GuideEntry => ({
    ...skippedEntry(
      entry,
      'a group of people under a title on how a team is made up: not called a team'
    ),
    children: entry.children.map(leftOut)
  })
  return entries.map((entry) =>
    entry.role === 'team' &&
    entry.source.kind === 'section' &&
    !TEAM_WORD.test(entry.label) &&
    !holdsUnits(entry)
      ? leftOut(entry)
      : { ...entry, children: onlyTeamsCalledSo(entry.children) }
  )
}

/**
 * Whether the title's section holds units: a team list, table or chart, a section of teams, or a
 * sure team the page calls a team (calledATeam). A section of sections ("Getting started", a
 * group of look-alike sub-sections) holds them only when what it holds does, unless its heading
 * says it lists teams ("Teams").
 */
function holdsUnits(
  assessed: Assessment,
  titleText: string,
  calls: ReadonlySet<string>,
  nested = false
): boolean {
  return (
    assessed.found.length > 0 ||
    assessed.children.some(
      (child) =>
        (child.kind === 'container' && child.heading === 'container') ||
        ((child.kind === 'container' || child.kind === 'transparent') &&
          holdsUnits(child, titleText, calls, true)) ||
        // "## Teams in the Platform Group" over a section per team: its teams.
        (child.kind === 'team' && nested && child.listed === true) ||
        // Under a section of sections ("Team Members" over "Packaging Build Team"), a team the
        // page calls so need not look sure, and may carry the page's name.
        (child.kind === 'team' &&
          (nested || (child.sure && !namesTitle(child, titleText))) &&
          calledATeam(child, calls))
    )
  )
}

/**
 * "Our engineering organization has three teams" over three sections written alike, read as
 * teams together (alike-sections.ts): the title over them holds those teams, as the page says,
 * and is not one team whose parts they are.
 */
function holdsStatedTeams(assessed: Assessment, stated: number | undefined): boolean {
  if (stated === undefined) return false
  return assessed.children.filter((child) => child.kind === 'team' && child.alike).length === stated
}

/**
 * "Join us" over "## Map group", "## Web group", …, each with the same "### Responsibilities",
 * "### Requirements", "### Stack" (alike-sections.ts): sections written from one template are
 * the units the heading over them lists, not parts of one team it names.
 */
function holdsTemplatedTeams(assessed: Assessment): boolean {
  return assessed.children.some((child) => child.kind === 'team' && child.templated)
}

/**
 * Whether a section holds teams other than the page's own group: a table, list or chart of
 * teams, or a sure team whose text does not name the group as its subject.
 */
function holdsOtherTeams(assessed: Assessment, group: string): boolean {
  if (assessed.found.length > 0) return true
  return assessed.children.some(
    (child) =>
      child.kind === 'transparent' ||
      (child.kind === 'container' && holdsOtherTeams(child, group)) ||
      (child.kind === 'team' && child.sure && !namesGroupInText(child, group))
  )
}

/** Whether a section's own paragraphs name the group ("… of the Create:Editor Extensions Group"). */
function namesGroupInText(assessed: Assessment, group: string): boolean {
  const words = (text: string): string =>
    ` ${text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()} `
  const prose = assessed.section.blocks
    .filter((block): block is Extract<Block, { kind: 'paragraph' }> => block.kind === 'paragraph')
    .map((block) => plainText(block.inline))
    .join(' ')
  return words(prose).includes(words(group))
}

/**
 * How a section is written, when that says something: whether its heading links to a page, and
 * the sub-headings it has ("linked|" or "|chairs,tech-leads"); undefined for a bare heading.
 */
function shapeOf(assessed: Assessment): string | undefined {
  const { section } = assessed
  const linked = section.heading?.inline.spans.some((span) => span.href !== undefined) ?? false
  const parts = section.children
    .map((child) => (child.heading ? nameKey(cleanName(plainText(child.heading.inline))) : ''))
    .join(',')
  return linked || parts ? `${linked ? 'linked' : ''}|${parts}` : undefined
}

/**
 * The guide writes its teams alike (each heading linking to the team's page, or each with the
 * same sub-headings). A section skipped only for a word of its name ("Business Operations &
 * Strategy", "Roadmap", "TAG Contributor Strategy") but written exactly like two or more of its
 * sibling teams is one of them; a section with at most one sign of a team, written unlike
 * them (no page link, no sub-headings) while most of them are, is not. Returns the sections
 * to read otherwise, with the reason.
 */
function writtenAlike(assessed: Assessment, weakAreTeams: boolean): Map<Assessment, Assessment> {
  const out = new Map<Assessment, Assessment>()
  const teamLike = assessed.children.filter(
    (child) =>
      child.kind === 'team' || (weakAreTeams && (child.kind === 'weak' || child.kind === 'empty'))
  )
  const isTeamLike = new Set(teamLike)
  const shapes = new Map<string, number>()
  let shaped = 0
  // Shaped siblings with nothing under their headings ("## [Sales](../sales)" alone): a list of
  // units written as headings, where one with no page yet ("## Legal") differs only by its link.
  let bare = 0
  // Siblings written alike among themselves: all linking to their pages, or all with the same
  // sub-headings. Two with different sub-headings ("Code, Dialects" and "Dialects") set no
  // pattern that a third, with none, would break.
  const kinds = new Map<string, number>()
  for (const child of teamLike) {
    const shape = shapeOf(child)
    if (shape === undefined) continue
    shaped++
    shapes.set(shape, (shapes.get(shape) ?? 0) + 1)
    const kind = shape.startsWith('linked') ? 'linked' : shape
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1)
    if (isBare(child.section)) bare++
  }
  const alike = Math.max(0, ...kinds.values())
  for (const child of assessed.children) {
    const shape = shapeOf(child)
    const text = headingText(child.section)
    if (
      child.kind === 'skip' &&
      child.heading === 'skip' &&
      shape !== undefined &&
      (shapes.get(shape) ?? 0) >= 2 &&
      !namesPeople(text) &&
      !text.endsWith('?')
    ) {
      out.set(child, {
        ...child,
        kind: 'team',
        reason: `written like its sibling teams (${shape.startsWith('linked') ? 'a heading linking to its page' : 'the same sub-headings'}), though its name ${skipReason(text).replace(/, not a team$/u, '')}`,
        sure: false,
        signals: 1
      })
    } else if (
      isTeamLike.has(child) &&
      shape === undefined &&
      (child.signals ?? 0) <= 1 &&
      alike >= 2 &&
      alike * 3 >= teamLike.length * 2 &&
      !(bare === shaped && isBare(child.section))
    ) {
      out.set(child, {
        ...child,
        kind: 'weak',
        reason: `${child.reason}; but written unlike the sibling teams (no link to its page, no sub-headings)`
      })
    }
  }
  return out
}

/** A section with nothing under its heading: no text, list or sub-section. */
function isBare(section: Section): boolean {
  return section.blocks.length === 0 && section.children.length === 0
}

/** Fewer bold lines over lists than this are no pattern of teams (a "**Note**" or two). */
const FEW_BOLD_LINES = 3

/**
 * "**Payments**" over a list of its work, "**Search**" over another: bold lines that stand for
 * headings (bold-label-headings.ts), three or more each over a list of its own and none with a
 * sign of a team, are the page's teams written alike, as much as sections with the same
 * sub-headings are. A bold line named as a part or a skip ("**Contact**") keeps that reading.
 */
function boldLineTeams(assessed: Assessment): Map<Assessment, Assessment> {
  const run = assessed.children.filter(
    (child) =>
      child.kind === 'weak' &&
      child.section.heading?.boldLine === true &&
      child.section.blocks.some((block) => block.kind === 'list')
  )
  if (run.length < FEW_BOLD_LINES) return new Map()
  return new Map(
    run.map((child) => [
      child,
      {
        ...child,
        kind: 'team',
        reason: `one of ${run.length} bold lines over lists, written alike: read as a team`,
        sure: false,
        signals: 1
      }
    ])
  )
}

/** "Chapters", "Guilds", "Guilds and chapters": the Spotify model's communities across squads. */
const COMMUNITIES =
  /^(?:(?:our|the|current)\s+)?(?:guilds|chapters|communities of practice|(?:guilds|chapters)\s+(?:and|&)\s+(?:guilds|chapters))$/iu

/**
 * "## Chapters" over "- Java Chapter" and "## Guilds" over "- API Guild", beside a table of the
 * squads: chapters and guilds gather people across the squads by craft or interest, the way
 * the squads are not; beside the squads they are no more teams. (A page of guilds alone keeps
 * them as its teams.)
 */
function communitiesBesideTeams(assessed: Assessment): Map<Assessment, Assessment> {
  const communities = assessed.children.filter(
    (child) =>
      child.kind === 'transparent' &&
      child.section.heading !== undefined &&
      COMMUNITIES.test(headingText(child.section))
  )
  if (communities.length === 0) return new Map()
  const teamsBeside =
    assessed.found.length +
    assessed.children
      .filter((child) => !communities.includes(child))
      .reduce(
        (sum, child) =>
          sum +
          (child.kind === 'team'
            ? 1
            : child.kind === 'container' || child.kind === 'transparent'
              ? child.found.length
              : 0),
        0
      )
  if (teamsBeside < 2) return new Map()
  return new Map(
    communities.map((child) => [
      child,
      {
        ...child,
        kind: 'skip',
        reason: 'chapters or guilds across the teams beside them: communities of people, not teams',
        sure: false
      }
    ])
  )
}

/** "Organizational Principles", "Our values", "Tenets": the heading of what a unit holds to. */
const PRINCIPLES = /\b(?:principles|values|tenets|beliefs)$/iu

/**
 * "## Organizational Principles" over "### Flat & Flexible" and "### Science Drives Everything":
 * each sub-section is one of the principles, no team and no unit, however it is written; teams a
 * page nests in one (its H4s under the last principle) belong to the unit above it.
 */
function principlesHeld(assessed: Assessment): Map<Assessment, Assessment> {
  if (!assessed.section.heading || !PRINCIPLES.test(headingText(assessed.section))) {
    return new Map()
  }
  const reason = 'a principle the page holds to, not a team'
  return new Map(
    assessed.children.flatMap((child): [Assessment, Assessment][] => {
      if (child.kind === 'container') return [[child, { ...child, kind: 'transparent', reason }]]
      const teamLike = child.kind === 'team' || child.kind === 'weak' || child.kind === 'empty'
      return teamLike && !child.sure ? [[child, { ...child, kind: 'skip', reason }]] : []
    })
  )
}

/** A company's own functions, as a page of departments heads its sections. */
const COMPANY_FUNCTION =
  /^(?:engineering|marketing|sales|finance|accounting|legal|hr|human resources|people(?: ops| operations)?|(?:customer )?support|customer success|customer service|product(?: management)?|design|operations|security|it|public relations|pr|communications|executive(?: team)?|executives|leadership(?: team)?|management)$/iu

/** Whether a heading names only company functions ("Product Management and Design", "Human Resources (HR)"). */
function namesCompanyFunctions(heading: string): boolean {
  const pieces = heading
    .replace(/\s*\([^()]*\)\s*$/u, '')
    .split(/\s*(?:\/|,|&|\band\b)\s*/iu)
    .filter(Boolean)
  return pieces.length > 0 && pieces.every((piece) => COMPANY_FUNCTION.test(piece.trim()))
}

/**
 * "## Engineering", "## Marketing", "## Sales", "## Human Resources (HR)" side by side, each with
 * a paragraph on its part: the company's departments, read as its teams however little each
 * says, when four or more of them are most of the sections there.
 */
function companyFunctionTeams(assessed: Assessment): Map<Assessment, Assessment> {
  const functions = assessed.children.filter(
    (child) =>
      child.section.heading !== undefined &&
      (child.kind === 'weak' || child.kind === 'empty' || child.kind === 'team') &&
      namesCompanyFunctions(headingText(child.section))
  )
  if (functions.length < 4 || functions.length * 2 < assessed.children.length) return new Map()
  return new Map(
    functions
      .filter((child) => child.kind !== 'team')
      .map((child) => [
        child,
        { ...child, kind: 'team', reason: 'a company function beside the others: a department' }
      ])
  )
}

/** Outline entries for what a section holds, once its own role is known. */
function childrenOf(
  assessed: Assessment,
  parentKey: string,
  keys: KeyMaker,
  inTeam: boolean,
  unitAbove: boolean
): GuideEntry[] {
  const out: GuideEntry[] = []
  const teamSiblings = assessed.children.filter((child) => child.kind === 'team').length
  const weakSiblings = assessed.children.filter((child) => child.kind === 'weak').length
  const unitSiblings = assessed.children.filter((child) => child.kind === 'container').length
  // Beside a team list, a team table or an org chart, a section with a single sign of a team
  // (some prose and a list) is more likely about the org than one more team; but when such
  // sections are three or more and outnumber the teams the lists name, they are the guide's way
  // of writing its teams and the short list is the odd one out; when they are most of the
  // sections there, that is.
  const listed =
    assessed.found.length +
    assessed.children
      .filter((child) => child.kind === 'transparent')
      .reduce((sum, child) => sum + child.found.length, 0)
  const alikeTeams = assessed.children.filter(
    (child) => child.kind === 'team' && (child.signals ?? 0) <= 1
  ).length
  const crowded =
    !inTeam &&
    (assessed.found.length > 0 ||
      assessed.children.some((child) => child.kind === 'transparent')) &&
    !(alikeTeams >= 3 && alikeTeams > listed && alikeTeams * 2 > assessed.children.length)
  // Prose sections beside teams read as teams too; with no team or unit beside them they are
  // the teams of a guide that only describes them (the seed guide's style), but only when such
  // sections are most of what the page holds: on a handbook page of process, contact and people
  // sections, the odd prose section ("Documentation", "Lunch and Learns") is one more of those.
  const plainSiblings = assessed.children.filter(
    (child) => child.kind === 'weak' || child.kind === 'empty'
  ).length
  const otherSiblings = assessed.children.filter(
    (child) => child.kind === 'skip' || child.kind === 'part'
  ).length
  const weakAreTeams =
    !crowded &&
    (teamSiblings >= weakSiblings ||
      (teamSiblings === 0 &&
        unitSiblings === 0 &&
        assessed.found.length === 0 &&
        plainSiblings > otherSiblings))
  const rewritten = inTeam
    ? new Map<Assessment, Assessment>()
    : new Map([
        ...writtenAlike(assessed, weakAreTeams),
        ...boldLineTeams(assessed),
        ...communitiesBesideTeams(assessed),
        ...principlesHeld(assessed),
        ...companyFunctionTeams(assessed)
      ])
  for (const original of assessed.children) {
    const child = rewritten.get(original) ?? original
    if (child !== original) {
      out.push(...place(child, parentKey, keys, inTeam, unitAbove, false))
    } else if (
      crowded &&
      child.kind === 'team' &&
      (child.signals ?? 0) <= 1 &&
      !child.section.heading?.inline.spans.some((span) => span.href !== undefined)
    ) {
      out.push(
        ...place(
          {
            ...child,
            kind: 'weak',
            reason: `${child.reason}; but beside the guide's team list or units`
          },
          parentKey,
          keys,
          inTeam,
          unitAbove,
          false
        )
      )
    } else {
      out.push(...place(child, parentKey, keys, inTeam, unitAbove, weakAreTeams))
    }
  }
  for (const found of assessed.found) {
    const made = rekey(found, parentKey, keys, unitAbove)
    // "# Platform team" over "| Kubernetes clusters | @ana |": in a team, an area table's rows
    // are what the team owns, each kept by one of its people, not teams inside it.
    if (inTeam && ownedAreaRow(found)) {
      made.role = 'team-part'
      made.inferred = 'team-part'
      made.reason = 'an area the team owns (a row of its table of areas and their owners)'
    }
    out.push(made)
  }
  // Teams beside other sure teams are sure too: the guide writes its teams alike.
  const sureTeams = out.filter((entry) => entry.role === 'team' && entry.sure).length
  if (sureTeams >= 2) {
    for (const entry of out) {
      if (entry.role === 'team' && !entry.sure && entry.reason.startsWith('a team:'))
        entry.sure = true
    }
  }
  // In document order, so the outline reads like the guide.
  return out.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0))
}

function place(
  assessed: Assessment,
  parentKey: string,
  keys: KeyMaker,
  inTeam: boolean,
  unitAbove: boolean,
  weakAreTeams = false
): GuideEntry[] {
  const heading = assessed.section.heading
  if (!heading) return childrenOf(assessed, parentKey, keys, inTeam, unitAbove)
  const { label, aside } = assessed.named ? { label: assessed.named } : headingName(heading)
  const key = keys.make(parentKey, label)
  const make = (role: ImportRole, reason: string, sure: boolean): GuideEntry => ({
    key,
    label,
    line: heading.inline.at.line,
    column: heading.inline.at.column,
    role,
    inferred: role,
    reason: aside ? `${reason}; named by its link ("${aside}" after it is left out)` : reason,
    sure,
    source: { kind: 'section', section: assessed.section },
    children: []
  })
  let made: GuideEntry
  switch (assessed.kind) {
    case 'container':
      made = make(
        inTeam ? 'team-part' : unitAbove ? 'group' : 'division',
        assessed.reason,
        assessed.sure
      )
      // "Tribe: Consumer" over its squads: the label says what kind of unit it is; the unit is
      // named by what follows it, as a team's "Squad:" label is dropped from its name.
      if (!inTeam) made.label = withoutUnitLabel(made.label)
      break
    case 'transparent': {
      // "Teams in Product Engineering" with no unit above: its teams belong to the unit the
      // heading names, not to one the import would make up.
      const unit = inTeam || unitAbove ? undefined : teamListUnit(headingText(assessed.section))
      made = unit
        ? {
            ...make('division', 'holds the team list of the unit its heading names', true),
            label: unit
          }
        : make('skip', assessed.reason, assessed.sure)
      break
    }
    case 'team': {
      const part = inTeam && !assessed.standsAlone
      made = make(
        part ? 'team-part' : 'team',
        part ? 'a sub-section of the team' : assessed.reason,
        part || assessed.sure
      )
      break
    }
    case 'part':
      made = make(
        inTeam ? 'team-part' : 'skip',
        inTeam ? assessed.reason : 'a sub-section outside any team: left out',
        true
      )
      break
    case 'weak':
    case 'empty':
      if (inTeam) made = make('team-part', 'a sub-section of the team', true)
      else if (weakAreTeams)
        made = make(
          'team',
          `${assessed.kind === 'weak' ? 'text' : 'a heading'} beside other teams: read as a team`,
          false
        )
      else made = make('skip', `not a team: ${assessed.reason}`, false)
      break
    case 'skip':
      made = make(
        inTeam ? 'team-part' : 'skip',
        inTeam ? 'a sub-section of the team' : assessed.reason,
        assessed.sure
      )
      break
  }
  const childInTeam = inTeam || made.role === 'team'
  const isUnit = made.role === 'division' || made.role === 'group'
  // A prose section left out as no team takes its sub-sections with it: they are its parts, not
  // the teams of a prose-only guide. So does a part outside any team ("Primary Projects" with a
  // heading per project): it holds no team, or it would read as holding them.
  const leftOut =
    assessed.kind === 'skip' ||
    (assessed.kind === 'part' && !inTeam) ||
    ((assessed.kind === 'weak' || assessed.kind === 'empty') && made.role === 'skip')
  // Inside a team, a section that is no team ("Quick Start Guide", "Contact") is one of its
  // parts: the bold-label lines and sub-sections in it are its details, not teams.
  made.children =
    leftOut && !inTeam
      ? skippedChildren(assessed, key, keys)
      : childrenOf(
          inTeam && assessed.kind === 'skip' ? asWork(assessed) : assessed,
          key,
          keys,
          childInTeam,
          unitAbove || isUnit
        )
  return [made]
}

/** A skipped section's sub-sections: skipped with it, listed so a mapping can still pick one. */
function skippedChildren(assessed: Assessment, parentKey: string, keys: KeyMaker): GuideEntry[] {
  return assessed.children.flatMap((child) => {
    const heading = child.section.heading
    if (!heading) return []
    const label = cleanName(plainText(heading.inline))
    const key = keys.make(parentKey, label)
    const made: GuideEntry = {
      key,
      label,
      line: heading.inline.at.line,
      column: heading.inline.at.column,
      role: 'skip',
      inferred: 'skip',
      reason: INSIDE_SKIPPED,
      sure: true,
      source: { kind: 'section', section: child.section },
      children: []
    }
    made.children = skippedChildren(child, key, keys)
    return [made]
  })
}

/** A unit's kind written as a label before its name ("Tribe: Consumer", "Tribo: Borda"). */
const UNIT_LABEL =
  /^(?:tribes?|tribos?|tribus?|divisions?|divisão|división|departments?|departamento|groups?|grupo|streams?|areas?|áreas?)\s*:\s*(?=\S)/iu

function withoutUnitLabel(label: string): string {
  return label.replace(UNIT_LABEL, '')
}

/** A heading's name (see linkedName): its link's text when a remark in parentheses follows it. */
function headingName(heading: HeadingBlock): { label: string; aside?: string } {
  const named = linkedName(heading.inline)
  // "Payments — Lead: Ana Silva": the team is Payments; its lead is read from the field.
  const field = named.aside === undefined ? headingField(named.label) : undefined
  return field ? { label: field.name } : named
}

/**
 * A row or line of the page's team list that names the page's own unit ("[Create Stage](…) |
 * Director" in the Create stage's table of its groups and managers) is that unit, not one more
 * team in it.
 */
function withoutTitleRows(entries: GuideEntry[], titleText: string): GuideEntry[] {
  const own = unitKey(titleText)
  return entries
    .filter(
      (child) =>
        !(
          child.role === 'team' &&
          (child.source.kind === 'row' || child.source.kind === 'item') &&
          unitKey(child.label) === own
        )
    )
    .map((child) => ({ ...child, children: withoutTitleRows(child.children, titleText) }))
}

/**
 * One team written in several sections of its unit's page, each time differently ("###
 * Distribution Build" under "Target Consumers", "### Distribution:Build Charter" under "Mission",
 * "### Distribution Build Team" under "Team members"): one team, read at the section nearest the
 * unit (the shallowest; the first of equals). The others are its sections, left out as teams.
 * Sections written the same ("Deploy" under two stages) stay two teams, as before.
 */
function keepOneSectionPerTeam(outline: GuideEntry[]): void {
  const byKey = new Map<string, { entry: GuideEntry; depth: number }[]>()
  const collect = (entries: GuideEntry[], depth: number): void => {
    for (const entry of entries) {
      if (entry.role === 'team' && entry.source.kind === 'section') {
        const key = sectionTeamKey(entry.label)
        if (key) byKey.set(key, [...(byKey.get(key) ?? []), { entry, depth }])
      }
      const isUnit = entry.role === 'division' || entry.role === 'group'
      collect(entry.children, depth + (isUnit ? 1 : 0))
    }
  }
  collect(outline, 0)
  for (const found of byKey.values()) {
    if (found.length < 2 || new Set(found.map((f) => f.entry.label)).size < found.length) continue
    const kept = found.reduce((best, f) => (f.depth < best.depth ? f : best))
    for (const { entry } of found) {
      if (entry === kept.entry) continue
      entry.role = entry.inferred = 'skip'
      entry.reason = `a section of the team "${kept.entry.label}" (line ${kept.entry.line}), named again`
      entry.sure = true
    }
  }
}

/** "Distribution:Build Charter", "Distribution Build Team" and "Distribution Build" are one key. */
function sectionTeamKey(label: string): string {
  return unitKey(
    label
      .replace(/\s+(?:charter|mission|responsibilities|team|group)$/iu, '')
      .replace(/\s+(?:team|group)$/iu, '')
      .replace(/:/gu, ' ')
  )
}

/**
 * "Data Handbook" over a page that calls its subject "the data team" and holds no sure team:
 * the handbook of that one team, not an organization's; so is "Data Charter".
 */
function teamsOwnPage(
  title: string,
  kind: TitleKind,
  holds: boolean,
  calls: ReadonlySet<string>
): TitleKind {
  // "Ledger Services Charter" over a page that calls its subject "the Ledger Services team": the
  // team's charter, named as a handbook is, whatever the title alone was read as.
  const charter = /^(.+?)\s+charter$/iu.exec(title)
  // (The text's calls keep a name's last word: "the Ledger Services team" gives "services".)
  const called = charter?.[1].toLowerCase()
  if (
    charter &&
    called &&
    !holds &&
    kind.role !== 'skip' &&
    (calls.has(called) || calls.has(called.split(/\s+/u).at(-1) ?? called))
  ) {
    return {
      role: 'team',
      name: charter[1],
      reason: 'the charter of a team the page calls so',
      sure: false
    }
  }
  if (kind.role !== 'company' || holds || !/\shandbook$/iu.test(title)) return kind
  if (!calls.has(kind.name.toLowerCase())) return kind
  return {
    role: 'team',
    name: kind.name,
    reason: 'the handbook of a team the page calls so',
    sure: false
  }
}

/**
 * "# Development Team" over "## Payments Team", "## Search Team", each saying what it owns: two
 * or more sections under the title that call themselves teams and read as sure ones are the
 * teams of the unit the title names, not parts of one team.
 */
function headsTeamsCalledSo(body: Assessment, titleText: string): boolean {
  return (
    body.children.filter(
      (child) =>
        child.kind === 'team' &&
        child.sure &&
        child.section.heading !== undefined &&
        TEAM_WORD.test(headingText(child.section)) &&
        !namesTitle(child, titleText)
    ).length >= 2
  )
}

/**
 * "# AI Dev Team" over "## Available Teams" over "### Engineering Teams" and its list: the team
 * list comes through headings that only introduce it (transparent), as if the title held it.
 */
function listsThroughHeadings(body: Assessment): boolean {
  return body.children.some(
    (child) =>
      child.kind === 'transparent' &&
      (child.found.some((entry) => entry.role === 'team') || listsThroughHeadings(child))
  )
}
