import type { ImportRole, OutlineEntry } from './import-plan'
import { kebabCase, UniqueIds } from './ids'
import {
  plainText,
  type Block,
  type ListItem,
  type Position,
  type TableBlock
} from './markdown-blocks'
import { readMermaidChart, type ChartNode } from './mermaid-chart'
import { readPlantUmlChart } from './plantuml-chart'
import { PERSON_LINE } from './person-line'
import { cleanName, type HeadingBlock } from './outline'
import {
  headingKind,
  INSTRUCTIONS,
  namesPeople,
  namesStructure,
  PLACEHOLDER,
  stageGroup,
  titleKind,
  WORK_INTRO,
  type HeadingKind
} from './section-headings'
import { teamColumns, WORKING_GROUP_COLUMN, type TeamColumns } from './team-table'

/** A heading and what is under it up to the next heading of the same or a shallower depth. */
export interface Section {
  heading?: HeadingBlock
  /** The front matter's title, when it stands for a heading the document lacks. */
  title?: { text: string; at: Position }
  blocks: Block[]
  children: Section[]
}

/** What an outline entry was read from, for building the catalog. */
export type EntrySource =
  | { kind: 'section'; section: Section }
  | { kind: 'item'; item: ListItem; description: string; href?: string }
  | { kind: 'row'; table: TableBlock; columns: TeamColumns; row: TableBlock['rows'][number] }
  | { kind: 'chart'; node: ChartNode }
  /** A unit named only by the page's title (the stage of a `Stage:Group` title). */
  | { kind: 'title' }

/** An outline entry with what it was read from, and whether the reading was sure. */
export interface GuideEntry extends OutlineEntry {
  source: EntrySource
  /** False when the role is a guess a user should confirm (`import --check` fails on it). */
  sure: boolean
  children: GuideEntry[]
}

/** Sections by heading depth: each heading opens a section inside the last shallower one. */
export function readSections(blocks: Block[]): Section {
  const root: Section = { blocks: [], children: [] }
  const open: { depth: number; section: Section }[] = [{ depth: 0, section: root }]
  for (const block of blocks) {
    if (block.kind !== 'heading') {
      open[open.length - 1].section.blocks.push(block)
      continue
    }
    while (open.length > 1 && open[open.length - 1].depth >= block.depth) open.pop()
    const section: Section = { heading: block, blocks: [], children: [] }
    open[open.length - 1].section.children.push(section)
    open.push({ depth: block.depth, section })
  }
  return root
}

interface Assessment {
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
}

/** Words in a team's own text that say it is a team: what it owns, builds or maintains. */
const TEAM_TEXT =
  /\b(?:the team|our team|this team|team is|team's|we own|owns?|owned by|responsible for|maintain(?:s|ing)?|we build|builds?|is building|works? on|working on|focus(?:es)? on|in charge of|our mission)\b/iu
/** A heading that names a team as one: "Payments team", "SIG Apps", "Data squad". */
const TEAM_WORD = /\b(?:team|squad|pod|crew|sig|tribe|chapter)\b/iu

/**
 * Reads the document's structure from what each section holds, not from heading depth: a section
 * whose children or lists are teams is a division or group; one with a description and lists of
 * projects, stack, people or ownership is a team; contact, process, hiring and such sections are
 * skipped. Returns the outline, outermost first, every entry with its role and the reason.
 */
export function readGuideStructure(
  root: Section,
  frontTitle?: { text: string; at: Position }
): GuideEntry[] {
  // Front matter names the page; a heading after the page's opening text ("# Joining the
  // Infrastructure Team" below an introduction) is one of its sections, not its title.
  const opened = root.blocks.some((block) => block.kind === 'paragraph' || block.kind === 'list')
  const title = frontTitle && opened ? undefined : findTitle(root)
  const assessedRoot = assess(root, title)
  const entries: GuideEntry[] = []
  const keys = new KeyMaker()

  // The title (a heading, or front matter's title) decides what the whole document is.
  const titleText = title ? cleanName(plainText(title.heading!.inline)) : frontTitle?.text
  const titleAt = title ? title.heading!.inline.at : frontTitle?.at
  const body = title ? assessedRoot.children.find((a) => a.section === title)! : assessedRoot
  const staged = titleText !== undefined ? stageGroup(titleText) : undefined
  if (staged && titleAt) {
    // "Verify:Pipeline Authoring Group": the stage holds the one group the page is about, whose
    // sections are its parts (or, when the page lists teams, the group holds them).
    const holds =
      body.found.length > 0 ||
      body.children.some((child) => child.kind === 'container' || child.kind === 'transparent')
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
    const kind = titleKind(
      titleText,
      // Sure teams or units under it: a sub-heading that only says "team" does not make the
      // page about one team hold others. A page that lists its own members at its top ("## Team
      // Members" with no team under it) is about one team: its nested sections are its parts.
      !listsOwnMembers(body) &&
        (body.found.length > 0 ||
          body.children.some(
            (child) =>
              child.kind === 'container' ||
              child.kind === 'transparent' ||
              (child.kind === 'team' && child.sure && !namesTitle(child, titleText))
          ))
    )
    const entry: GuideEntry = {
      key: keys.make('', titleText),
      label: titleText,
      line: titleAt.line,
      column: titleAt.column,
      role: kind.role,
      inferred: kind.role,
      reason: kind.reason,
      sure: kind.sure,
      source: { kind: 'section', section: title ?? root },
      children: []
    }
    entries.push(entry)
    const inTeam = kind.role === 'team'
    entry.children = childrenOf(body, entry.key, keys, inTeam, kind.role === 'division')
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
  const merged = mergeEchoes(entries, undefined)
  keepToTheTeamList(merged)
  claimChartTeamSections(merged)
  return merged
}

/**
 * A heading named exactly as a team of the page's org chart ("## Runners" below a chart whose
 * leaf is Runners) is that team's section, whatever its text looked like alone: it says what the
 * chart's team is (import-guide.ts builds the team once, at its node, with the section's text).
 */
function claimChartTeamSections(outline: GuideEntry[]): void {
  const drawn = new Map<string, number>()
  const collect = (entries: GuideEntry[]): void => {
    for (const entry of entries) {
      if (entry.role === 'team' && entry.source.kind === 'chart') {
        const key = kebabCase(entry.label)
        drawn.set(key, (drawn.get(key) ?? 0) + 1)
      }
      collect(entry.children)
    }
  }
  collect(outline)
  const claim = (entries: GuideEntry[]): void => {
    for (const entry of entries) {
      if (
        entry.role === 'skip' &&
        entry.source.kind === 'section' &&
        drawn.get(kebabCase(entry.label)) === 1
      ) {
        entry.role = entry.inferred = 'team'
        entry.reason = "the section of a team the page's org chart draws"
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
function liftStructureHeadings(entries: GuideEntry[]): void {
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

/** A unit's name without the word that says it is one ("Developer Experience group"). */
function unitKey(label: string): string {
  return kebabCase(
    label.replace(
      /\s+(?:group|team|department|sub-?department|division|org|organi[sz]ation|stage)$/iu,
      ''
    )
  )
}

/**
 * An org chart drawn under some sub-heading of a unit's page ("### Developer Experience group
 * structure" under "## Weights"), whose root is the unit itself: its nodes are the unit's
 * teams, and the headings it sits under are no levels of the organization.
 */
function liftChartOfUnit(unit: GuideEntry): void {
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
          if (!holdsTeam(level)) {
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

function holdsTeam(entry: GuideEntry): boolean {
  return entry.children.some((child) => child.role === 'team' || holdsTeam(child))
}

/**
 * A guide that lists its teams (under a "Teams" heading, in a team table or an org chart) has
 * named them all: a section elsewhere that reads like a team but is not in that list, does not
 * link to its own page and is not called a team is the guide's other content (a process, a
 * planning exercise, a support workflow), and a unit left with no team is none either.
 */
function keepToTheTeamList(outline: GuideEntry[]): void {
  const listed = new Set<string>()
  const collect = (entries: GuideEntry[]): void => {
    for (const entry of entries) {
      if (entry.source.kind !== 'section' && entry.role === 'team')
        listed.add(kebabCase(entry.label))
      collect(entry.children)
    }
  }
  collect(outline)
  if (listed.size < 2) return
  const skipAll = (entries: GuideEntry[]): void => {
    for (const entry of entries) {
      entry.role = entry.inferred = 'skip'
      entry.reason = 'inside a skipped section'
      skipAll(entry.children)
    }
  }
  /** Whether any team is left at or under these entries. */
  const prune = (entries: GuideEntry[]): boolean => {
    let teams = false
    for (const entry of entries) {
      const below = prune(entry.children)
      const heading = entry.source.kind === 'section' ? entry.source.section.heading : undefined
      if (
        entry.role === 'team' &&
        heading &&
        !listed.has(kebabCase(entry.label)) &&
        !heading.inline.spans.some((span) => span.href !== undefined) &&
        !TEAM_WORD.test(entry.label)
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
function mergeEchoes(entries: GuideEntry[], parent: GuideEntry | undefined): GuideEntry[] {
  return entries.flatMap((entry) => {
    const isUnit = entry.role === 'division' || entry.role === 'group'
    const parentIsUnit = parent && (parent.role === 'division' || parent.role === 'group')
    entry.children = mergeEchoes(entry.children, isUnit ? entry : parent)
    if (
      isUnit &&
      parentIsUnit &&
      entry.source.kind !== 'section' &&
      kebabCase(entry.label) === kebabCase(parent.label)
    ) {
      return entry.children
    }
    return [entry]
  })
}

/**
 * Whether a section's heading names the page's own subject ("About the Web team" on the Web
 * team's page): the page's section about itself, not one more team beside it.
 */
/**
 * Whether a page's top level has a members section of its own: a "Members"/"Team Members"
 * heading with no sub-section, a team list or a table of teams in it (a generated member list,
 * or people). A department's "All Team Members" with a heading per team is not one.
 */
function listsOwnMembers(body: Assessment): boolean {
  return body.children.some((child) => {
    const heading = child.section.heading
    if (!heading || child.children.length > 0 || child.found.length > 0) return false
    return OWN_MEMBERS.test(cleanName(plainText(heading.inline)))
  })
}

const OWN_MEMBERS = /^(?:(?:our|the|current)\s+)?(?:team\s+)?members$/iu

function namesTitle(assessed: Assessment, titleText: string): boolean {
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
function findTitle(root: Section): Section | undefined {
  if (root.children.length !== 1) return undefined
  const [first] = root.children
  // "# Summary" over the whole guide introduces it; it names nothing.
  const kind = first.heading ? headingKind(cleanName(plainText(first.heading.inline))) : 'plain'
  if (kind === 'summary' || kind === 'container') return undefined
  return first.children.length > 0 || first.blocks.length > 0 ? first : undefined
}

function assess(section: Section, title?: Section): Assessment {
  const text = section.heading ? cleanName(plainText(section.heading.inline)) : ''
  // A title's words describe the page ("… Handbook"), not what the section is.
  const heading: HeadingKind = section.heading && section !== title ? headingKind(text) : 'plain'
  const children = section.children.map((child) => assess(child, title))
  // Under a "Working Groups" heading, a table whose name column is headed "Working Group" lists
  // the page's own working groups: its rows are the teams (a WG table with a "Name" column, as
  // beside Kubernetes' SIGs, stays skipped).
  const found =
    heading !== 'skip'
      ? foundIn(section, heading)
      : /\bworking groups?\b/iu.test(text)
        ? foundIn(section, 'plain').filter(
            (entry) =>
              entry.source.kind === 'row' &&
              WORKING_GROUP_COLUMN.test(
                plainText(
                  entry.source.table.header[entry.source.columns.name] ?? {
                    spans: [],
                    at: entry.source.row.at
                  }
                )
              )
          )
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

  if (heading === 'skip') {
    // Its words say "not a team", but its sub-sections are teams: a heading of people over the
    // teams ("All Team Members"), or the list of the document's own units ("Current Working
    // Groups" with a charter per group). Its teams belong to the unit above, as under "Teams".
    if (found.length >= 2) {
      return made('transparent', 'the table of the working groups: its rows are teams', true)
    }
    const teams = children.filter((child) => child.kind === 'team')
    const holdsTeams = namesPeople(text)
      ? children.filter((child) => child.kind === 'team' || child.kind === 'weak').length >= 2
      : teams.filter((child) => child.sure).length >= 2 && teams.length * 2 > children.length
    if (holdsTeams) {
      return made(
        'transparent',
        `${skipReason(text).replace(/, not a team$/u, '')}, but its sections are teams: they belong to the unit above`,
        true
      )
    }
    return made('skip', skipReason(text), true)
  }
  const holdsUnits =
    found.length > 0 ||
    children.some((child) => child.kind === 'container' || child.kind === 'team')
  if (holdsUnits) {
    return heading === 'container' || heading === 'summary'
      ? made('transparent', 'holds the team list: its teams belong to the unit above', true)
      : made('container', 'holds teams', true)
  }
  if (heading === 'part' || heading === 'summary') {
    return made('part', 'a sub-section: part of the team or unit above', true)
  }
  if (heading === 'container') return made('skip', 'a list heading with no team in it', false)
  const signals = teamSignals(section, text, children)
  if (signals.length > 0) {
    return made('team', `a team: ${signals.join(', ')}`, signals.length > 1, signals.length)
  }
  const hasContent = section.blocks.some((block) => block.kind !== 'other') || children.length > 0
  return hasContent
    ? made('weak', 'text with nothing a team has (no lists, people or ownership)', false)
    : made('empty', 'a heading with nothing under it', false)
}

function teamSignals(section: Section, text: string, children: Assessment[]): string[] {
  const signals: string[] = []
  if (section.heading?.inline.spans.some((span) => span.href !== undefined))
    signals.push('its heading links to its page')
  if (TEAM_WORD.test(text)) signals.push('named a team')
  const prose = section.blocks
    .filter((block): block is Extract<Block, { kind: 'paragraph' }> => block.kind === 'paragraph')
    .map((block) => plainText(block.inline))
    .join(' ')
  if (TEAM_TEXT.test(prose)) signals.push('says what it owns or works on')
  const items = section.blocks.flatMap((block) => (block.kind === 'list' ? block.items : []))
  if (items.filter((item) => PERSON_LINE.test(plainText(item.inline))).length >= 1)
    signals.push('lists its people')
  if (children.some((child) => child.kind === 'part')) signals.push('has team sub-sections')
  if (items.length > 0 && prose && !signals.includes('lists its people'))
    signals.push('a description and a list')
  return signals
}

function skipReason(text: string): string {
  return `reads as ${describeSkip(text)}, not a team`
}

function describeSkip(text: string): string {
  if (PLACEHOLDER.test(text)) return 'a template placeholder'
  if (
    /manag|leadership|director|lead|engineer|contributor|chair|member|people|vp|head of|staff/iu.test(
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
  return 'process, meetings or other non-team content'
}

/** Teams and units a section states in its own lists, tables and charts. */
function foundIn(section: Section, heading: HeadingKind): GuideEntry[] {
  const found: GuideEntry[] = []
  const listsHoldTeams = heading === 'container' || heading === 'summary' || heading === 'plain'
  section.blocks.forEach((block, b) => {
    const before = section.blocks[b - 1]
    // "We also do things like:" introduces the unit's own work, however its items are written.
    if (
      block.kind === 'list' &&
      before?.kind === 'paragraph' &&
      WORK_INTRO.test(plainText(before.inline))
    )
      return
    if (block.kind === 'table') {
      const columns = teamColumns(block.header.map((cell) => plainText(cell)))
      if (!columns) return
      for (const row of block.rows) {
        const cell = row.cells[columns.name]
        const name = cell ? cleanName(plainText(cell)) : ''
        if (!name) continue
        found.push(
          entry(
            name,
            'team',
            row.at,
            `a row of the team table (column "${block.header[columns.name] ? plainText(block.header[columns.name]) : ''}")`,
            true,
            {
              kind: 'row',
              table: block,
              columns,
              row
            }
          )
        )
      }
    } else if (block.kind === 'list' && listsHoldTeams) {
      // Under a "Teams" heading, plain names count too, unless the section already listed its
      // teams as links or bold labels (a plain list beside those is something else).
      const plain = heading === 'container' && found.length === 0
      const lines = block.items.map((item) => teamLine(item, plain))
      const stated = lines.filter((line) => line !== undefined)
      // A bare list of links is a list of links; under a "Teams" heading it is the team list.
      const enough =
        heading === 'container'
          ? stated.length > 0
          : stated.filter((line) => line.description).length >= 2 && stated.length === lines.length
      if (!enough) return
      block.items.forEach((item, i) => {
        const line = lines[i]
        if (line) found.push(itemEntry(item, line, heading === 'container', plain))
      })
    } else if (
      block.kind === 'other' &&
      block.what === 'code' &&
      block.text?.startsWith('mermaid')
    ) {
      const chart = readMermaidChart(block.text, block.at)
      found.push(...chart.map((node) => chartEntry(node)))
    } else if (block.kind === 'other' && block.what === 'code' && block.text) {
      // A PlantUML work breakdown or mind map of the organization.
      found.push(...readPlantUmlChart(block.text, block.at).map((node) => chartEntry(node)))
    }
  })
  return found
}

interface TeamLine {
  name: string
  description: string
  href?: string
}

/**
 * "Checkout: the cart and payments", "Core Experience (trends, funnels)" or "Verify stage": a
 * plain item that can only name something, then what it does after a colon or dash, or its
 * scope in parentheses.
 */
const PLAIN_TEAM_LINE =
  /^(\p{Lu}[\p{L}\p{N}&'’/.+-]*(?:\s+[\p{L}\p{N}&'’/.+-]+){0,4})(?:\s*\(([^()]*)\))?(?:\s*(?::|\s[–—-])\s*(.*))?$/u
/** What may follow a plain name before its links: a colon or a dash ("Runner - [handbook](…)"). */
const BEFORE_LINKS = /(?::|\s[–—-])$/u

/**
 * A list item that names a team: a bold label or a link first (`**Team** — text`,
 * `[Team](url): text`, `The [Search teams](url) enable …`), or, where `plain` (under a "Teams"
 * heading), a short capitalized name alone, before a colon or dash, with its scope in
 * parentheses, or before links to its pages ("Runner - [handbook](…), [jtbd](…)").
 */
function teamLine(item: ListItem, plain = false): TeamLine | undefined {
  const whole = plainText(item.inline)
  if (PERSON_LINE.test(whole)) return undefined
  if (plain && item.inline.spans.every((span) => span.href === undefined && !span.strong)) {
    const found = PLAIN_TEAM_LINE.exec(whole)
    if (!found || /[.!?]$/u.test(found[1])) return undefined
    const description = [found[2], found[3]].filter(Boolean).join('; ').trim()
    return { name: cleanName(found[1]), description }
  }
  const firstLink = item.inline.spans.findIndex((span) => span.href !== undefined)
  if (plain && firstLink > 0) {
    // A plain name, then links to the team's pages: the name is the text before the first link.
    const before = item.inline.spans.slice(0, firstLink)
    const lead = plainText(before).trim()
    const rest = item.inline.spans.slice(firstLink)
    const onlyLinks = rest.every(
      (span) => span.href !== undefined || /^[\s,;/|]*\w*[\s,;/|]*$/u.test(span.text)
    )
    const found =
      before.every((span) => !span.strong) && BEFORE_LINKS.test(lead) && onlyLinks
        ? PLAIN_TEAM_LINE.exec(lead.replace(BEFORE_LINKS, '').trim())
        : null
    if (found && !/[.!?]$/u.test(found[1])) {
      const href = rest.find((span) => span.href !== undefined)?.href
      return {
        name: cleanName(found[1]),
        description: (found[2] ?? '').trim(),
        ...(href ? { href } : {})
      }
    }
  }
  const spans = item.inline.spans.filter((span) => span.text.trim() !== '')
  let first = 0
  if (
    spans[0] &&
    spans[0].href === undefined &&
    !spans[0].strong &&
    /^the$/iu.test(spans[0].text.trim())
  )
    first = 1
  const label = spans[first]
  if (!label || (label.href === undefined && !label.strong)) return undefined
  const name = cleanName(label.text.replace(/[:–—-]\s*$/u, ''))
  if (!name || name.split(' ').length > 8) return undefined
  const description = plainText(spans.slice(first + 1))
    .replace(/^[:–—-]\s*/u, '')
    .trim()
  return { name, description, ...(label.href ? { href: label.href } : {}) }
}

function itemEntry(item: ListItem, line: TeamLine, underTeams: boolean, plain = false): GuideEntry {
  const children = item.children
    .map((child) => ({ child, line: teamLine(child, plain) }))
    .filter((pair): pair is { child: ListItem; line: TeamLine } => pair.line !== undefined)
  if (children.length > 0) {
    const group = entry(
      line.name,
      'group',
      item.at,
      'a list item whose nested items are teams',
      true,
      {
        kind: 'item',
        item,
        description: line.description,
        ...(line.href ? { href: line.href } : {})
      }
    )
    group.children = children.map(({ child, line: childLine }) =>
      itemEntry(child, childLine, underTeams, plain)
    )
    return group
  }
  const how = line.href ? 'a linked' : 'a bold-label'
  return entry(
    line.name,
    'team',
    item.at,
    `${how} line${underTeams ? ' under a team-list heading' : ' with a description'}`,
    underTeams || line.description !== '',
    {
      kind: 'item',
      item,
      description: line.description,
      ...(line.href ? { href: line.href } : {})
    }
  )
}

function chartEntry(node: ChartNode): GuideEntry {
  const made = entry(
    node.label,
    node.children.length > 0 ? 'group' : 'team',
    node.at,
    node.children.length > 0
      ? 'a node of the org chart with nodes under it'
      : 'a leaf of the org chart',
    true,
    { kind: 'chart', node }
  )
  made.children = node.children.map(chartEntry)
  return made
}

function entry(
  label: string,
  role: ImportRole,
  at: Position,
  reason: string,
  sure: boolean,
  source: EntrySource
): GuideEntry {
  return {
    key: '',
    label,
    line: at.line,
    column: at.column,
    role,
    inferred: role,
    reason,
    sure,
    source,
    children: []
  }
}

/**
 * How a section is written, when that says something: whether its heading links to a page, and
 * the sub-headings it has ("linked|" or "|chairs,tech-leads"); undefined for a bare heading.
 */
function shapeOf(assessed: Assessment): string | undefined {
  const { section } = assessed
  const linked = section.heading?.inline.spans.some((span) => span.href !== undefined) ?? false
  const parts = section.children
    .map((child) => (child.heading ? kebabCase(cleanName(plainText(child.heading.inline))) : ''))
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
  for (const child of teamLike) {
    const shape = shapeOf(child)
    if (shape === undefined) continue
    shaped++
    shapes.set(shape, (shapes.get(shape) ?? 0) + 1)
  }
  for (const child of assessed.children) {
    const shape = shapeOf(child)
    const text = child.section.heading ? cleanName(plainText(child.section.heading.inline)) : ''
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
      shaped >= 2 &&
      shaped * 3 >= teamLike.length * 2
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
  // (some prose and a list) is more likely about the org than one more team.
  const crowded =
    !inTeam &&
    (assessed.found.length > 0 || assessed.children.some((child) => child.kind === 'transparent'))
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
    : writtenAlike(assessed, weakAreTeams)
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
  out.push(...assessed.found.map((found) => rekey(found, parentKey, keys, unitAbove)))
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
  const { label, aside } = headingName(heading)
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
      break
    case 'transparent':
      made = make('skip', assessed.reason, assessed.sure)
      break
    case 'team':
      made = make(
        inTeam ? 'team-part' : 'team',
        inTeam ? 'a sub-section of the team' : assessed.reason,
        inTeam || assessed.sure
      )
      break
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
  // the teams of a prose-only guide.
  const leftOut =
    assessed.kind === 'skip' ||
    ((assessed.kind === 'weak' || assessed.kind === 'empty') && made.role === 'skip')
  made.children =
    leftOut && !inTeam
      ? skippedChildren(assessed, key, keys)
      : childrenOf(assessed, key, keys, childInTeam, unitAbove || isUnit)
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
      reason: 'inside a skipped section',
      sure: true,
      source: { kind: 'section', section: child.section },
      children: []
    }
    made.children = skippedChildren(child, key, keys)
    return [made]
  })
}

/**
 * A heading's name: its text, or its link's text when a remark in parentheses follows the link
 * ("[Delivery](…) (and Delivery Tiger Team)" names Delivery; the link is the unit's own page).
 */
function headingName(heading: HeadingBlock): { label: string; aside?: string } {
  const spans = heading.inline.spans.filter((span) => span.text.trim() !== '')
  const [link, ...rest] = spans
  const after = plainText(rest).trim()
  if (link?.href !== undefined && rest.length > 0 && /^\([^()]+\)$/u.test(after)) {
    const label = cleanName(link.text)
    if (label) return { label, aside: after }
  }
  return { label: cleanName(plainText(heading.inline)) }
}

/** A found entry under its parent's key; a found group with no unit above is a division. */
function rekey(
  found: GuideEntry,
  parentKey: string,
  keys: KeyMaker,
  unitAbove: boolean
): GuideEntry {
  const key = keys.make(parentKey, found.label)
  const role = found.role === 'group' && !unitAbove ? 'division' : found.role
  const isUnit = role === 'division' || role === 'group'
  return {
    ...found,
    key,
    role,
    inferred: role,
    children: found.children.map((child) => rekey(child, key, keys, unitAbove || isUnit))
  }
}

/** Outline keys: the path of slugs, unique among siblings ("teams/platform-2"). */
class KeyMaker {
  private readonly keys = new UniqueIds()
  make(parentKey: string, label: string): string {
    return this.keys.claimBase(
      `${parentKey ? `${parentKey}/` : ''}${kebabCase(label) || 'untitled'}`
    )
  }
}
