import { areaCellNames } from './area-cell-names'
import { namesRepository } from './repository-link'
import { namesNoTeams } from './tool-lines'
import { namesOwnerTeam, ownerTeamColumns } from './area-table'
import { fieldItem } from './team-field'
import { entry, type GuideEntry } from './guide-entry'
import { headingText, type Section } from './guide-sections'
import { plainText, textItem, type Block, type ListItem, type TableBlock } from './markdown-blocks'
import { readMermaidChart, type ChartNode } from './mermaid-chart'
import { boldNamedCell, cleanName, isPictographsOnly, linkedName } from './outline'
import { channelName, namedHeadcount } from './team-name'
import { documentIndexList, documentRecordList, fieldLabelList } from './field-label-list'
import { readFieldRecords, recordArea } from './field-records'
import { ledGroupName } from './led-group-line'
import { ownedAreaLines, ownedAreaParagraph } from './owned-area-list'
import { listsOwnWork } from './own-work-list'
import { isPersonName, PERSON_LINE } from './person-line'
import { readPlantUmlChart } from './plantuml-chart'
import { readListTree, readTextTree } from './text-tree-chart'
import {
  headingKind,
  namesPeople,
  PLACEHOLDER,
  WORK_INTRO,
  type HeadingKind
} from './section-headings'
import type { TeamColumns } from './team-columns'
import { handleLine, handleTeam, teamHandleColumns } from './team-handle'
import { listedTeamColumns, teamColumns } from './team-table'
import { statedTeamCount } from './stated-team-count'
import { unitKey } from './unit-key'
import { introducesOtherKind } from './list-lead-in'
import { OTHER_TEAMS } from './team-words'
import { knownTechnology } from '../technology/dictionary/known-technologies'

/** "all", "all repositories": a row owning every area of the table names no area of its own. */
const EVERY_AREA =
  /^(?:all|everything|\*|all (?:repositories|repos|areas|components|code|files|projects|modules))$/iu

/**
 * A sentence introducing the page's list of its units: "The current working groups are:",
 * "The Deploy stage is made up of one group:", "Our teams include:", "The directorate is made up
 * of several departments:".
 */
const TEAM_LIST_INTRO = new RegExp(
  [
    // "The current working groups are:", "The stage is made up of two groups:".
    String.raw`\b(?:teams|groups|squads|sigs|departments|(?:one|a single) (?:team|group))\b[^:.]{0,40}\b(?:are|include|including|consists? of|(?:is |are )?made up of|comprises?)(?:,?\s+but (?:are |is )?not limited to)?\s*:$`,
    String.raw`\b(?:made up of|consists? of|comprises?|includes?)\s+(?:\w+\s+){0,2}(?:teams?|groups?|squads?|departments?)\s*:$`,
    // "Here is how our team is organized:", "This is how the engineering org is structured:".
    String.raw`\bhow\s+(?:our|the|we)\b[^:.]{0,40}\b(?:organi[sz]ed|structured)\s*:$`,
    // "We are organized into the following teams:", "We have the following product teams:".
    // A full stop too, where "the following" says a list comes ("… into the following domains.").
    String.raw`\b(?:organi[sz]ed|structured|split|divided)\s+(?:in|into)\b[^:.]{0,30}:$`,
    // "We break down the team into the following areas:", "It is broken down into:".
    String.raw`\b(?:break(?:s|ing)?|broken)\s+(?:[\w'’-]+\s+){0,3}?down\s+(?:[\w'’-]+\s+){0,3}?into\b[^:.]{0,30}:$`,
    String.raw`\b(?:organi[sz]ed|structured|split|divided)\s+(?:in|into)\s+the following\s+[^:.]{0,30}[:.]$`,
    String.raw`\bthe following\s+(?:\w+\s+){0,2}(?:teams?|groups?|squads?)\b[^:.]{0,20}:$`,
    // "We built some core squads responsible for specialised work:", "We formed three teams:".
    String.raw`\b(?:built|formed|created|set up|started|launched|spun up)\s+(?:(?:some|a few|several|two|three|four|five|six|\d+|new|core|dedicated|specialised|specialized|small)\s+){0,3}(?:teams|squads|pods|crews)\b[^:.]{0,60}:$`,
    // "Our engineering teams:", "Current teams:": a label alone naming the teams that follow.
    String.raw`^(?:(?:our|the|current|existing|all)\s+)?(?:[\p{L}-]+\s+){0,3}(?:teams|squads)\s*:$`
  ].join('|'),
  'iu'
)

/**
 * "We break down the team into the following areas:", "Our organization is split into:": the
 * page's own unit, called by its kind and no name, divided into the list that follows. Those
 * are that unit's teams, whatever the heading over the sentence says ("Execution"); "The
 * Platform group is split into:" names the unit it divides.
 */
const OWN_UNIT = String.raw`(?:(?:the|our|this|whole|entire)\s+)*(?:(?:team|organi[sz]ation|org|department|group|unit)\s+){1,2}`
const OWN_UNIT_DIVIDED = new RegExp(
  [
    String.raw`\b(?:break(?:s|ing)?|split(?:s|ting)?|divide[sd]?|organi[sz]e[sd]?|structure[sd]?)\s+(?:down\s+)?${OWN_UNIT}(?:down\s+)?into\b`,
    String.raw`\b(?:the|our|this)\s+(?:team|organi[sz]ation|org|department|group)\s+(?:is|are)\s+(?:broken down|split|divided|organi[sz]ed|structured)\s+into\b`
  ].join('|'),
  'iu'
)

/** Whether a section's list is introduced as the page's own unit divided (OWN_UNIT_DIVIDED). */
export function dividesOwnUnit(section: Section): boolean {
  return section.blocks.some((block, b) => {
    const before = section.blocks[b - 1]
    if (block.kind !== 'list' || before?.kind !== 'paragraph') return false
    const text = plainText(before.inline).trim()
    return TEAM_LIST_INTRO.test(text) && OWN_UNIT_DIVIDED.test(text)
  })
}

/**
 * Whether a section's text ends by introducing teams ("Consisting of the following three
 * teams:") with nothing after it: what it introduces are the sub-sections that follow.
 */
export function introducesSubSections(section: Section): boolean {
  const last = section.blocks.at(-1)
  if (section.children.length === 0 || last?.kind !== 'paragraph') return false
  const text = plainText(last.inline).trim()
  return text.endsWith(':') && TEAM_LIST_INTRO.test(text)
}

/**
 * "Platform Teams", "Product Squads": a heading that names a kind of team in the plural. Not
 * the teams a team works with ("Partner teams", "Teams we depend on" does not end so anyway).
 * Languages that put the kind after the word for teams write it so too: "Equipos de
 * Plataforma", "Équipes Produit", "Команды мобильного приложения".
 */
const PLURAL_TEAMS_HEADING = new RegExp(
  String.raw`^(?!(?:our\s+|the\s+)?(?:partner|related|sister|other|dependent|adjacent|neighbou?ring|upstream|downstream|stakeholder|collaborating)\b).*\b(?:teams|squads|pods|crews)\s*:?$` +
    String.raw`|^(?:${OTHER_TEAMS})\s+\S.*$`,
  'iu'
)

/**
 * Whether a section's list is its unit's team list by what the section says of itself: its
 * heading names teams in the plural ("### Platform Teams" over "* **[Server](…)**"), or the
 * paragraph before the list opens by describing the section's own name as a unit ("The Cloud
 * division is responsible for…" under "## Cloud"; not "…inside the Platform division", its
 * parent).
 */
function headsItsTeams(section: Section, before: Block | undefined): boolean {
  const name = headingText(section)
  if (!name) return false
  if (PLURAL_TEAMS_HEADING.test(name) || ORG_CHART_HEADING.test(name)) return true
  if (before?.kind !== 'paragraph') return false
  const text = plainText(before.inline)
  // "The Engineering department consists of:": an introduction says what its list is, and only
  // one naming teams (TEAM_LIST_INTRO) makes it a team list; a unit's parts may be units too.
  if (text.trimEnd().endsWith(':')) return false
  // Compared as text, not by a pattern made for each list: a large guide has tens of thousands.
  const opening = text.toLowerCase().replace(/^the\s+/u, '')
  const own = name.toLowerCase()
  return opening.startsWith(own) && UNIT_AFTER_NAME.test(opening.slice(own.length))
}

/**
 * "# Lumen org chart", "## Engineering org structure": a heading that says its list draws the
 * organization ("Engineering" over "Web team", "Mobile"), as a plural "Teams" heading does.
 */
const ORG_CHART_HEADING = /\borg(?:ani[sz]ation)?(?:al)?\s+(?:chart|structure)\s*:?$/iu

/**
 * "Platform teams are responsible for the core services:" under "## Platform Teams": a whole
 * sentence about the teams the heading names, its list naming them. "Platform teams are
 * responsible for:" leaves its object to the list, which is their work.
 */
function introducesItsTeams(section: Section, text: string): boolean {
  const name = headingText(section)
  return PLURAL_TEAMS_HEADING.test(name) && TEAMS_SUBJECT.test(text) && !OPEN_OBJECT.test(text)
}

/** A sentence whose subject is teams in the plural: "GTM teams are…", "Our squads each…". */
const TEAMS_SUBJECT =
  /^(?:the\s+|our\s+)?(?:[\p{L}\p{N}&/-]+\s+){0,3}(?:teams|squads|pods|crews)\s+(?:are|each|work|own|cover)\b/iu
/** A sentence left open for its list: "…responsible for:", "…things like:", "…include:". */
const OPEN_OBJECT =
  /\b(?:for|like|of|as|to|with|on|in|includes?|including|are|is|do|handle|cover|provide|offer|support|following)\s*:$/iu

/** What follows a unit's name where its text describes it: "(The Cloud) division is…". */
const UNIT_AFTER_NAME = /^\s+(?:division|department|organi[sz]ation|org|business unit)\b/u

/**
 * Whether a list is only people under a heading that names people ("Who's who", "Team members"):
 * each line a person's name, alone or with their role.
 */
function peopleOnly(section: Section, items: ListItem[]): boolean {
  return (
    namesPeople(headingText(section)) &&
    items.every((item) => {
      const text = plainText(item.inline).trim()
      return isPersonName(text) || PERSON_LINE.test(text)
    })
  )
}

/** Teams and units a section states in its own lists, tables and charts. */
export function foundIn(
  section: Section,
  heading: HeadingKind,
  columnsOf: (header: string[]) => TeamColumns | undefined = teamColumns
): GuideEntry[] {
  const found: GuideEntry[] = []
  const listsHoldTeams = heading === 'container' || heading === 'summary' || heading === 'plain'
  const labelled = listsHoldTeams
    ? labelledTeams(section.blocks, heading === 'container')
    : undefined
  section.blocks.forEach((block, b) => {
    const before = section.blocks[b - 1]
    const labelledTeam = labelled?.get(b)
    if (labelledTeam && block.kind === 'paragraph') {
      found.push(
        entry(
          labelledTeam.name,
          'team',
          block.inline.at,
          'a bold-label paragraph whose text calls its label a team',
          true,
          { kind: 'item', item: paragraphItem(block), description: labelledTeam.description }
        )
      )
      return
    }
    // "We also do things like:" introduces the unit's own work, however its items are written.
    if (
      block.kind === 'list' &&
      before?.kind === 'paragraph' &&
      WORK_INTRO.test(plainText(before.inline)) &&
      !TEAM_LIST_INTRO.test(plainText(before.inline)) &&
      !introducesItsTeams(section, plainText(before.inline))
    )
      return
    if (block.kind === 'table') {
      const header = block.header.map((cell) => plainText(cell))
      // "| Checkout flow | Payments team |": the owners are the teams, not the areas.
      const columns =
        ownerTeamColumns(block) ??
        columnsOf(header) ??
        teamHandleColumns(block) ??
        (heading === 'container' ? listedTeamColumns(header) : undefined)
      if (!columns) return
      // An area on two owners' rows is one area: the first row names it.
      const seen = new Set<string>()
      const rowsFrom = found.length
      let team: { name: string; rows: TableBlock['rows'] } | undefined
      for (const row of block.rows) {
        const cell = row.cells[columns.name]
        const label = cell
          ? ((columns.description === undefined ? boldNamedCell(cell)?.label : undefined) ??
            linkedName(cell).label)
          : ''
        // "| Payments | Ana Ruiz |" then "| | Bo Chen |" (or the squad's cell spanned over its
        // rows, or written again): a table of members gives the team each of its people.
        if (columns.member !== undefined) {
          if (team && (label === '' || label === team.name)) {
            team.rows.push(row)
            continue
          }
          team = label ? { name: label, rows: [row] } : undefined
        }
        const names = columns.areaList || columns.nameList ? areaCellNames(label) : [label]
        for (const name of names) {
          // "| XXX | XXX |": a template's row waiting for its group names none.
          if (!name || PLACEHOLDER.test(name) || EVERY_AREA.test(name)) continue
          if (columns.areaList && seen.has(name.toLowerCase())) continue
          // "Founder" in a maintainer's area cell is the person's standing, not a part of the work.
          if (columns.areaList && namesPeople(name)) continue
          // "| Notebooks | @ana |" among rows owned by teams: a person owns it, no team.
          if (columns.ownersAreTeams && !namesOwnerTeam(name)) continue
          seen.add(name.toLowerCase())
          // "@acme/payments" owning rows: the code host's team "payments".
          const handle = columns.ownersAreTeams ? handleTeam(name) : undefined
          found.push(
            entry(
              handle ?? name,
              'team',
              row.at,
              `a row of the team table (column "${block.header[columns.name] ? plainText(block.header[columns.name]) : ''}")`,
              true,
              {
                kind: 'row',
                table: block,
                columns,
                row,
                ...(team ? { rows: team.rows } : {})
              }
            )
          )
        }
      }
      if (columns.parent !== undefined) {
        found.push(...underTheirUnits(found.splice(rowsFrom), block, columns.parent))
      }
      const unit = before?.kind === 'list' ? labelOverTable(before.items) : undefined
      if (unit && found.length > rowsFrom) {
        // "- **Data Providers:**" closing its list, the table of teams right under it: the
        // label is the unit those rows are the teams of, not one more team beside them.
        const rows = found.splice(rowsFrom)
        const at = found.findIndex(
          (team) => team.source.kind === 'item' && team.source.item === unit.item
        )
        if (at >= 0) found.splice(at, 1)
        const group = entry(
          unit.name,
          'group',
          unit.item.at,
          'a label closing its list over the table of its teams',
          true,
          { kind: 'item', item: unit.item, description: '' }
        )
        group.children.push(...rows)
        found.push(group)
      }
    } else if (block.kind === 'paragraph' && block.lines) {
      // "ARM" over "M: Ana <ana@…>" and "F: arm/", "N: Ana" with "D: Parser": a maintainers
      // file's record names an area and the people who keep it, whatever heading it is under
      // ("## Maintainers" over the records is the list of them).
      const records = readFieldRecords(block.lines, block.inline.at)
      const areas = (records ?? []).flatMap((record) => recordArea(record) ?? [])
      if (areas.length === 0) {
        // "Parser: Ana Lee <ana@…>" then "Runtime: @bo" on the next line: owned areas, one a line.
        const first = block.inline.at.line
        for (const line of ownedAreaParagraph(block.lines) ?? []) {
          const at = { line: first + line.index, column: 1 }
          found.push(
            entry(line.name, 'team', at, 'a line of an owned area and its owners', true, {
              kind: 'item',
              item: textItem(line.name, at),
              description: ''
            })
          )
        }
        return
      }
      for (const area of areas) {
        const item = textItem(area.name, area.at)
        found.push(
          entry(
            area.name,
            'team',
            area.at,
            'a record of a maintainers file: an area and the people who keep it',
            true,
            { kind: 'item', item, description: '' }
          )
        )
      }
    } else if (block.kind === 'paragraph' && heading === 'container') {
      // "[Booz Allen](…)" alone on its line, a paragraph per team, under "Current teams": the
      // team list written without list markers.
      const spans = block.inline.spans.filter(carriesText)
      const link = spans.length === 1 ? spans[0] : undefined
      if (!link?.href || namesDocument(link.href) || namesRepository(link)) return
      const name = cleanName(link.text)
      if (!name || name.split(' ').length > 8 || namesPeople(name)) return
      const item: ListItem = {
        inline: block.inline,
        details: [],
        children: [],
        at: block.inline.at
      }
      found.push(
        entry(name, 'team', block.inline.at, 'a linked line under a team-list heading', true, {
          kind: 'item',
          item,
          description: '',
          href: link.href
        })
      )
    } else if (
      block.kind === 'list' &&
      listsHoldTeams &&
      listTree(block.items, textAround(section, before))
    ) {
      // "- CTO: Jane Park" over "  - VP Engineering, Platform: Bob Stone" over "    - SRE team":
      // an org chart written as a nested list, read as its text tree would be.
      const chart = listTree(block.items, textAround(section, before))!
      found.push(...chart.map((node) => chartEntry(node)))
    } else if (block.kind === 'list' && listsHoldTeams && staffedList(block.items)) {
      // "* Identity" over "* Crew Lead: Tom Black": each item a name, its nested lines its
      // people by role: a list of teams, each with its members.
      for (const item of block.items) {
        found.push(
          entry(
            cleanName(plainText(item.inline)),
            'team',
            item.at,
            'a list item whose nested lines name its people by role',
            true,
            { kind: 'item', item, description: '', staffed: true }
          )
        )
      }
    } else if (block.kind === 'list' && listsHoldTeams) {
      // "The current working groups are:", "The stage is made up of two groups:": the list the
      // sentence introduces is the team list, as under a "Teams" heading.
      // "Scheduler: the engine loop" over "- @ana, @bo": a maintainers file's owned areas.
      const owned = ownedAreaLines(block.items)
      if (owned) {
        block.items.forEach((item, i) => {
          const area = owned[i]
          if (!area.areas) {
            found.push(itemEntry(item, area, false))
            return
          }
          const directory = entry(
            area.name,
            'group',
            item.at,
            'an area of a maintainers file over the areas nested in it, each with its owners',
            true,
            { kind: 'item', item, description: area.description }
          )
          directory.children = area.areas.map((nested) => itemEntry(nested.item, nested, false))
          found.push(directory)
        })
        return
      }
      // "* Authors: Ana Ruiz", "* Created: 2019-04-18": the page's own record, under any heading.
      if (documentRecordList(block.items)) return
      // "- [Stand ups](…): How to run stand-ups": a handbook's index of its documents.
      if (documentIndexList(block.items)) return
      // "Who's who" over "- Ana Ruiz", "- Bo Chen — Engineer": people, under a heading that
      // lists people (whose sub-headings, if any, are the teams).
      if (peopleOnly(section, block.items)) return
      // "**Communication:**" over "- **Standup:** daily 9:30", "- **Team channel:** #web": a
      // label naming one of the section's parts (how it is reached, its people, its stack)
      // over the list: that part's lines, never teams.
      if (before?.kind === 'paragraph' && labelsPart(plainText(before.inline))) return
      // "We set down a few guiding principles:", "we have 4 types of missions:": its items' kind.
      if (before?.kind === 'paragraph' && introducesOtherKind(plainText(before.inline))) return
      const introduced =
        before?.kind === 'paragraph' && TEAM_LIST_INTRO.test(plainText(before.inline))
      const headed =
        heading === 'container' ||
        introduced ||
        headsItsTeams(section, before) ||
        unitsOverTeams(block.items)
      // "**Captain**: [Ana](…)", "**Coordination**: https://…": the section's fields, not teams.
      if (!headed && fieldLabelList(block.items)) return
      const written = headed ? undefined : block.items.map((item) => teamLine(item))
      const teamList = headed || namedByTheirKind(block.items, written!)
      // Under a "Teams" heading, plain names count too, unless the section already listed its
      // teams as links or bold labels (a plain list beside those is something else).
      const plain = teamList && found.length === 0
      const lines = written && !plain ? written : block.items.map((item) => teamLine(item, plain))
      const stated = lines.filter((line) => line !== undefined)
      // A bare list of links is a list of links; under a "Teams" heading it is the team list.
      const enough = teamList
        ? stated.length > 0
        : stated.filter((line) => line.description).length >= 2 && stated.length === lines.length
      if (!enough) return
      // "**IF** … **THEN** …" twice, "**Name:** Name provides video calls": conditions or
      // products the section weighs, written as a list of teams is (tool-lines.ts).
      if (!teamList && namesNoTeams(stated)) return
      // "The Data Platform team owns…" over "[Ingest](…): streams events": its services.
      if (!teamList && heading === 'plain' && listsOwnWork(section, block.items, before)) return
      const pageNames = repeatedChildNames(block.items)
      keepTellingAsides(lines)
      block.items.forEach((item, i) => {
        const line = lines[i]
        const held = line ? officeHolder(item, line, plain) : undefined
        if (held)
          found.push(
            ...held.map((child) =>
              itemEntry(child.item, child.line, heading === 'container', plain, pageNames)
            )
          )
        else if (line) found.push(itemEntry(item, line, heading === 'container', plain, pageNames))
        else if (teamList) found.push(...teamsOfOneLine(item))
      })
    } else if (
      block.kind === 'other' &&
      block.what === 'code' &&
      block.text?.startsWith('mermaid')
    ) {
      const chart = readMermaidChart(block.text, block.at)
      if (!drawsSystem(chart)) found.push(...chart.map((node) => chartEntry(node)))
    } else if (block.kind === 'other' && block.what === 'code' && block.text) {
      // A PlantUML work breakdown or mind map of the organization, else a text tree of it
      // (`├── Platform`), told from a file tree or a tree of steps by its names and context.
      const plantUml = readPlantUmlChart(block.text, block.at)
      const chart =
        plantUml.length > 0
          ? plantUml
          : readTextTree(block.text, block.at, textAround(section, before))
      if (!drawsSystem(chart)) found.push(...chart.map((node) => chartEntry(node)))
    }
  })
  // A line naming its team by its chat channel names the team as a person says it.
  for (const team of found) team.label = channelName(team.label)
  return found
}

/**
 * "- **Data Providers:**", "- [**Relay Agents:**](agents.md)": the last item of a list, only a
 * bold label ending in its colon (so naming what follows it) and holding nothing itself.
 */
function labelOverTable(items: readonly ListItem[]): { name: string; item: ListItem } | undefined {
  const item = items[items.length - 1]
  if (!item || item.children.length > 0 || item.details.length > 0) return undefined
  const spans = item.inline.spans.filter((span) => /[\p{L}\p{N}]/u.test(span.text))
  if (spans.length === 0 || !spans.every((span) => span.strong)) return undefined
  const text = plainText(item.inline).trim()
  if (!text.endsWith(':')) return undefined
  const name = cleanName(text.replace(/\s*:$/u, ''))
  return name && !namesPeople(name) ? { name, item } : undefined
}

/**
 * "Various platform teams including Web, Android and Desktop; labels …": in a list of teams, a
 * line that names several teams of one kind after "including" or "such as" gives each of them.
 */
const TEAMS_OF_ONE_LINE =
  /^(?:(?:various|several|many|other|some|the|our|two|three|four|five|six|seven)\s+)?(?:[\p{L}-]+\s+){0,2}(?:teams|squads|groups),?\s+(?:including|such as|namely)\s+([^;(.]+)/iu
const NAME_OF_MANY = /^\p{L}[\p{L}\p{N}&+'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&+'’-]*){0,2}$/u

function teamsOfOneLine(item: ListItem): GuideEntry[] {
  const whole = plainText(item.inline)
  const found = TEAMS_OF_ONE_LINE.exec(whole)
  if (!found) return []
  const names = found[1]
    .trim()
    .split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/u)
    .map((name) => name.trim())
  if (names.length < 2 || !names.every((name) => NAME_OF_MANY.test(name) && !namesPeople(name)))
    return []
  const start = found.index + found[0].length - found[1].length
  return names.map((name) => {
    const at = { line: item.at.line, column: item.at.column + whole.indexOf(name, start) }
    return entry(
      name,
      'team',
      at,
      'one of the teams a line of the team list names together',
      false,
      {
        kind: 'item',
        item: textItem(name, at),
        description: ''
      }
    )
  })
}

/**
 * "Platform (EU)" and "Platform (US)" in one list are two teams: where two lines name the same
 * team before their remarks in parentheses, the remark stays part of each name.
 */
function keepTellingAsides(lines: (TeamLine | undefined)[]): void {
  const counts = new Map<string, number>()
  for (const line of lines) {
    if (line?.aside)
      counts.set(line.name.toLowerCase(), (counts.get(line.name.toLowerCase()) ?? 0) + 1)
  }
  for (const line of lines) {
    if (line?.aside && (counts.get(line.name.toLowerCase()) ?? 0) >= 2) {
      line.name = `${line.name} (${line.aside})`
      // The description opened with the remark ("EU; the clusters in Frankfurt"): the name has it.
      line.description = line.description.slice(line.aside.length).replace(/^;\s*/u, '')
    }
  }
}

/** A paragraph read as a list item, with no nested lines. */
function paragraphItem(block: Extract<Block, { kind: 'paragraph' }>): ListItem {
  return { inline: block.inline, details: [], children: [], at: block.inline.at }
}

/** A label that calls itself a team: "**Payments team**:", not "**Notes for the team**:". */
const UNIT_LABEL =
  /^(?!.*\b(?:the|our|your|their|this|my|a|an|for|to|with|of)\b)\S.*\s(?:team|squad)$/iu

/** What may stand between a label and "team" where the text names it: "The Auctions product team". */
const BEFORE_TEAM_WORD = /^\s+(?:[\p{L}-]+\s+)?(?:team|squad)\b/u

/**
 * "**Payments**: The Payments team builds checkout." over "**Search**: The Search product team
 * …", two or more under one heading: a blog post or a page of prose writes its teams as bold
 * labels opening their paragraphs, and each paragraph's text calls its label a team (or the
 * label calls itself one: "**Payments team**: We build checkout."). Labels
 * whose text does not ("**Listings**: Partners pay a monthly fee") name something else (a
 * business, a product) and are left alone. By paragraph index. Compared as text, not by a
 * pattern made per label.
 */
function labelledTeams(
  blocks: Block[],
  /** Under a heading that says it lists teams ("Our Teams"): every such paragraph is one. */
  underTeams = false
): Map<number, TeamLine> | undefined {
  const teams = new Map<number, TeamLine>()
  // Every bold-label paragraph with a description, by block: a run of them is written alike.
  const labelled = new Map<number, TeamLine>()
  blocks.forEach((block, b) => {
    if (block.kind !== 'paragraph' || !block.inline.spans.find(carriesText)?.strong) return
    const line = teamLine(paragraphItem(block))
    if (!line || line.href || !line.description) return
    labelled.set(b, line)
    if (UNIT_LABEL.test(line.name) || (underTeams && !namesPeople(line.name))) {
      teams.set(b, line)
      return
    }
    const text = line.description.toLowerCase()
    const name = line.name.toLowerCase()
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (BEFORE_TEAM_WORD.test(text.slice(at + name.length, at + name.length + 40))) {
        teams.set(b, line)
        return
      }
    }
  })
  // "Our engineering group has four teams." over four bold-label paragraphs: the count the
  // section's own text gives says what the run is.
  const stated = statedTeamCount(
    blocks
      .filter((block, b) => block.kind === 'paragraph' && !labelled.has(b))
      .map((block) => (block.kind === 'paragraph' ? plainText(block.inline) : ''))
      .join('\n')
  )
  for (const run of stated === undefined ? [] : consecutiveRuns([...labelled.keys()])) {
    if (run.length !== stated) continue
    // As many as the count: every one of them, whatever word names it ("Sync").
    for (const b of run) {
      const line = labelled.get(b)!
      if (!namesPeople(line.name)) teams.set(b, line)
    }
  }
  if (teams.size < 2) return undefined
  // "**Collector GMV**: GMV stands for …" between "**Auctions**: The Auctions product team …"
  // and "**Publishing**: The publishing team …": in a run of bold-label paragraphs, most of
  // which call their label a team, the others are written as teams too.
  for (const run of consecutiveRuns([...labelled.keys()])) {
    const called = run.filter((b) => teams.has(b)).length
    if (called < 2 || called * 2 <= run.length) continue
    for (const b of run) {
      const line = labelled.get(b)!
      if (!teams.has(b) && headingKind(line.name) === 'plain' && !namesPeople(line.name))
        teams.set(b, line)
    }
  }
  return teams
}

/** Runs of consecutive numbers in ascending numbers ([1, 2, 3, 5] gives [1, 2, 3] and [5]). */
function consecutiveRuns(numbers: number[]): number[][] {
  const runs: number[][] = []
  for (const n of numbers) {
    const last = runs[runs.length - 1]
    if (last && last[last.length - 1] === n - 1) last.push(n)
    else runs.push([n])
  }
  return runs
}

/** The word for a kind of team that ends a team's name ("Sales Guild", "Payments Squad"). */
const KIND_LAST = /\s(team|squad|guild|chapter|tribe|crew|pod)$/iu

/**
 * "[Sales Guild](…) - #sales - Members: …", "[Billing Squad](…): invoices" and one more line
 * written alike without a link ("Ops Guild - private channel - …", a unit with no page yet):
 * a list whose items each name a team by the same kind word is the list of those teams,
 * whatever heading is over it. Two linked or bold names are needed before a plain line counts.
 */
function namedByTheirKind(items: ListItem[], lines: (TeamLine | undefined)[]): boolean {
  if (items.length < 2) return false
  const kind = (name: string | undefined): string | undefined =>
    name === undefined ? undefined : KIND_LAST.exec(name)?.[1].toLowerCase()
  const stated = lines.filter((line) => line !== undefined)
  if (stated.length < 2) return false
  const word = kind(stated[0].name)
  if (word === undefined) return false
  return items.every((item, i) => kind((lines[i] ?? teamLine(item, true))?.name) === word)
}

/**
 * "| Checkout | Commerce | … |", "| Catalog | Commerce | … |": a table's column of units
 * ("Tribe", "Department", "Group") puts each row's team under the unit its cell names, a unit
 * per name in the order the table first names it, when some unit holds two rows or more. A row
 * with an empty cell, or a link there ("[Here](…)", a mailing list), stays where it is.
 */
/** A cell saying "the same as above": blank, or a ditto mark (", ″, 〃, 'ditto'). */
const DITTO = /^\s*(?:["″〃”]|''|ditto|do\.)?\s*$/iu

function underTheirUnits(rows: GuideEntry[], table: TableBlock, column: number): GuideEntry[] {
  const header = plainText(table.header[column])
  const units = new Map<string, GuideEntry>()
  const out: GuideEntry[] = []
  /** The unit of the row above: a blank or ditto cell below it is that cell spanned over. */
  let above: GuideEntry | undefined
  for (const team of rows) {
    const row = team.source.kind === 'row' ? team.source.row : undefined
    const cell = row?.cells[column]
    // "[Here](https://groups.…)": a link to the group's list or page, no unit's name.
    const linked = cell?.spans.some((span) => span.href !== undefined) ?? false
    const name = cell && !linked ? cleanName(plainText(cell)) : ''
    // "| Money | Ledger |" then "|  | Tills |" (or "| 〃 | Tills |"): a merged cell, as a
    // spreadsheet exports it, holds the rows below it too.
    if (row && above && !linked && DITTO.test(plainText(cell ?? { spans: [], at: row.at }))) {
      above.children.push(team)
      continue
    }
    above = undefined
    if (!row || !name || unitKey(name) === unitKey(team.label)) {
      out.push(team)
      continue
    }
    let unit = units.get(name.toLowerCase())
    if (!unit) {
      unit = entry(
        name,
        'group',
        row.at,
        `a value of the table's "${header}" column: the unit of its rows`,
        true,
        { kind: 'item', item: textItem(name, row.at), description: '' }
      )
      units.set(name.toLowerCase(), unit)
      out.push(unit)
    }
    unit.children.push(team)
    above = unit
  }
  // A column of units names some unit twice at least: one of a value per row is no grouping.
  return [...units.values()].some((unit) => unit.children.length > 1) ? out : rows
}

/**
 * "- **Platform**" over "  - Infrastructure: clusters and networking", "  - Developer
 * Experience: CI": a list of units, each a name alone over the lines of its teams, each a name
 * and what it does. Two units or more, every one a short name with nested lines, and most of
 * those lines (two at least) teams written with their descriptions.
 */
function unitsOverTeams(items: ListItem[]): boolean {
  if (items.length < 2) return false
  let lines = 0
  let teams = 0
  for (const item of items) {
    const name = plainText(item.inline)
    if (item.children.length === 0 || !UNIT_NAME.test(name)) return false
    for (const child of item.children) {
      lines++
      if (teamLine(child, true)?.description) teams++
    }
  }
  return teams >= 2 && teams * 5 >= lines * 4
}

/** A unit's name alone on its line: a few words, no sentence, no label. */
const UNIT_NAME = /^\p{L}[\p{L}\p{N}&'’ -]{0,40}$/u

/** "Crew Lead: Tom Black, Samara Strauss", "Engineering: TBD": a role and the people in it. */
const ROLE_AND_PEOPLE =
  /^\p{L}[\p{L}\p{N} /&.-]{0,40}:\s*(?:TBD|(?:\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})(?:\s*,\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})*)$/u

/**
 * A list of two or more plain names, each with nested lines that all give a role and its people
 * or a person and their role: a roster of teams ("Crews and Pods", "TFGrid" over "[Rob
 * Smit](rob.md) : Software Engineer"). A name with a link or bold, or a nested line that says
 * anything else, is read as before.
 */
function staffedList(items: ListItem[]): boolean {
  return (
    items.length >= 2 &&
    items.every((item) => {
      const name = plainText(item.inline).trim()
      return (
        item.inline.spans.every((span) => span.href === undefined && !span.strong) &&
        /^\p{Lu}[^:]{0,60}$/u.test(name) &&
        !/[.!?]$/u.test(name) &&
        name.split(/\s+/u).length <= 8 &&
        !namesPeople(name) &&
        item.children.length > 0 &&
        item.children.every(staffLine)
      )
    })
  )
}

/**
 * A nested line of a roster: a role and its people ("Crew Lead: Tom Black"), or a person and
 * their role ("Ana Ruiz — Engineering Manager", "Rob Smit : Software Engineer") or their name
 * alone, or a line opening on a link to a person's page ("[Lee](lee.md) : Research").
 */
function staffLine(item: ListItem): boolean {
  const text = plainText(item.inline).trim()
  const first = item.inline.spans.find(carriesText)
  return (
    ROLE_AND_PEOPLE.test(text) ||
    PERSON_LINE.test(text) ||
    PERSON_LINE.test(text.replace(/^([^:]+?)\s*:\s*/u, '$1, ')) ||
    isPersonName(text) ||
    (first?.href !== undefined &&
      PERSON_PAGE.test(first.href) &&
      NAME_WORDS.test(first.text.trim()))
  )
}

/** A link to a page of one person's: "lee.md", "./people/ana-ruiz.md". */
const PERSON_PAGE = /^(?!https?:)[\w./-]*?[\w-]+\.md(?:#.*)?$/iu
/** One to four capitalized words: "Lee", "Rob Van Mieghem". */
const NAME_WORDS = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}$/u

/** Names nested under two or more items of a list ("Overview", "Meeting Notes"). */
function repeatedChildNames(items: ListItem[]): Set<string> {
  const seen = new Map<string, number>()
  for (const item of items) {
    const names = new Set(
      item.children.flatMap((child) => {
        const text = plainText(child.inline).trim().toLowerCase()
        const label = fieldLabel(text)
        return label ? [text, label] : [text]
      })
    )
    for (const name of names) seen.set(name, (seen.get(name) ?? 0) + 1)
  }
  return new Set([...seen].filter(([, count]) => count >= 2).map(([name]) => name))
}

/** "Primary repository: github.com/acme/core": the label of a line written as a field. */
function fieldLabel(text: string): string | undefined {
  return /^([^:]{1,60}):\s/u.exec(text)?.[1].trim()
}

/** One or more web addresses or host paths and nothing else ("github.com/a/b, github.com/a/c"). */
const ADDRESSES =
  /^\s*(?:(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+\/\S*)(?:\s*[,;]?\s*(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+\/\S*)*\s*$/u

/**
 * Whether a span holds text, not only markup a converter left escaped around a link
 * ("\*\*\*\*[**Risk**](…)\*\*\*\*" reads as "****Risk****"): the asterisks frame the name.
 */
export function carriesText(span: { text: string; href?: string }): boolean {
  return span.href !== undefined ? span.text.trim() !== '' : !/^[\s*_~]*$/u.test(span.text)
}

/** A verb straight after a bold phrase: the phrase is a sentence's subject. */
const EMPHASIS_VERB =
  /^\s*(?:is|are|was|were|will|has|have|can|could|should|must|may|lives?|sits?)\b/u
const UNIT_NOUN = /\b(?:teams?|squads?|groups?)\b/iu

interface TeamLine {
  name: string
  description: string
  href?: string
  /** The remark in parentheses after the name ("Platform (EU)"), kept apart from it. */
  aside?: string
  /** How many people the team has, in brackets after its name ("Search (7)"). */
  headcount?: number
}

/**
 * "Checkout: the cart and payments", "Core Experience (trends, funnels)" or "Verify stage": a
 * plain item that can only name something, then what it does after a colon or dash, or its
 * scope in parentheses.
 */
/** "Package:Container Registry - what it does": a group named `Stage:Group`, then its scope. */
const STAGED_TEAM_LINE =
  /^(\p{Lu}[\p{L}\p{N}&'’ -]{0,40}?:\p{Lu}[\p{L}\p{N}&'’/ -]{0,60}?)(?:\s+[–—-]\s+(.*))?$/u
/** "Communication:", "Tech Stack:", "Team Members:": a short label naming a part, not teams. */
function labelsPart(text: string): boolean {
  const label = /^([^\s.!?:][^.!?:]{0,39}):$/u.exec(text.trim())?.[1]
  // A label is a few words; "Here is how our team is organized:" is a sentence.
  if (label === undefined || label.split(/\s+/u).length > 4 || TEAM_LIST_INTRO.test(text))
    return false
  const kind = headingKind(label)
  return kind === 'skip' || kind === 'part'
}

/** "Network Team (5 engineers) - ingress": a plain name, how many people it has, its scope. */
function countedTeamLine(whole: string): boolean {
  const found = PLAIN_TEAM_LINE.exec(whole)
  return found?.[2] !== undefined && namedHeadcount(`${found[1]} (${found[2]})`) !== undefined
}

/**
 * A dash standing alone ("Ops Guild - private channel - …") separates; it joins no name. After an
 * aside in parentheses a comma separates too ("Editors (bo), including the language server"):
 * the name has ended there, where a comma after a bare name may only list more names.
 */
const PLAIN_TEAM_LINE =
  /^(\p{Lu}[\p{L}\p{N}&'’/.+-]*(?:\s+(?![–—-]\s)[\p{L}\p{N}&'’/.+-]+){0,4})(?:\s*\(([^()]*)\))?(?:\s*(?::|\s[–—-]|(?<=\)),)\s*(.*))?$/u
/**
 * "payments — owns billing", "infra-core: clusters": a team named by its lower-case slug, as
 * code hosts and chat channels name teams, always with what it does after a dash or a colon.
 */
const SLUG_TEAM_LINE =
  /^(\p{Ll}[\p{Ll}\p{N}]*(?:[-_][\p{Ll}\p{N}]+)*)(?:\s*\(([^()]*)\))?(?:\s*:|\s[–—-])\s*(\S.*)$/u

/** A handle, then what its group does: "@team-docs runs the docs channel". */
const ACTING_HANDLE =
  /^@([\p{Ll}\p{N}][\p{Ll}\p{N}_-]*)\s+((?:runs|organi[sz]es|helps|maintains|owns|leads|handles|manages|reviews|supports|builds|coordinates|triages|moderates|looks after|takes care of)\b.*)$/u

/** A line that opens with an account handle ("@njhill: …") is about that person. */
const ACCOUNT_FIRST = /^@[\p{L}\p{N}][\p{L}\p{N}_-]*(?:\s*[:,–—-]|\s*$)/u

/** What may follow a plain name before its links: a colon or a dash ("Runner - [handbook](…)"). */
const BEFORE_LINKS = /(?::|\s[–—-])$/u

/**
 * A list item that names a team: a bold label or a link first (`**Team** — text`,
 * `[Team](url): text`, `The [Search teams](url) enable …`), or, where `plain` (under a "Teams"
 * heading), a short capitalized name alone, before a colon or dash, with its scope in
 * parentheses, or before links to its pages ("Runner - [handbook](…), [jtbd](…)").
 */
function teamLine(item: ListItem, plain = false): TeamLine | undefined {
  // "https://github.com/acme/research-crdt": an address alone names no team (nor "https").
  if (/^<?[a-z][a-z0-9+.-]*:\/\/\S+>?$/iu.test(plainText(item.inline).trim())) return undefined
  const line = lineAsWritten(item, plain)
  // "**Working Group** - A cohesive team with measurable goals", "**Tiger Team** - a small,
  // temporary group": a line defining a kind of unit names none of them.
  return line && UNIT_KIND.test(line.name) ? undefined : line
}

/** A kind of unit, not one: "Working Group", "Research Groups", "Tiger Team", "Squad". */
const UNIT_KIND =
  /^(?:an?\s+|the\s+)?(?:working groups?|research groups?|(?:special\s+)?interest groups?|tiger teams?|feature teams?|task forces?|groups?|teams?|squads?|guilds?|chapters?|tribes?|pods?|crews?)$/iu

/** What a list line says of a team, as written, or undefined when it names none (teamLine). */
function lineAsWritten(item: ListItem, plain: boolean): TeamLine | undefined {
  const whole = plainText(item.inline)
  // "Documentation (Co-Leads: [Ana](…) and [Bo](…))": the name before its leads, under a
  // heading of the groups (a person's line puts a role, not "Leads:", in its parentheses).
  const led = plain ? ledGroupName(whole) : undefined
  if (led) return { name: cleanName(led), description: '' }
  // "Network Team (5 engineers) - ingress": a team and its headcount, not a person and a role.
  if (PERSON_LINE.test(whole) && !countedTeamLine(whole)) return undefined
  // "@acme/payments — owns billing": a code host's team by its handle, named as a heading of
  // one is ("payments").
  const linked = item.inline.spans.some((span) => span.href !== undefined)
  const handled = linked ? undefined : handleLine(whole)
  if (handled) return handled
  // "`@team-docs` runs the `#docs` channel and organizes …", under a heading of the teams: a
  // chat's or code host's group by its handle, and what it does.
  const acting = plain && !linked ? ACTING_HANDLE.exec(whole) : null
  if (acting) return { name: acting[1], description: acting[2] }
  // "[@njhill](https://github.com/njhill): Distributed, API server": an account, a person.
  if (ACCOUNT_FIRST.test(whole)) return undefined
  if (plain && item.inline.spans.every((span) => span.href === undefined && !span.strong)) {
    const staged = STAGED_TEAM_LINE.exec(whole)
    if (staged) return { name: cleanName(staged[1]), description: (staged[2] ?? '').trim() }
    const found = PLAIN_TEAM_LINE.exec(whole) ?? SLUG_TEAM_LINE.exec(whole)
    if (!found || /[.!?]$/u.test(found[1])) return undefined
    // "Acting Director: Jane Doe", "Team members:": a role and its people, not a team; nor is
    // a team's own field ("Stack: Go, PostgreSQL").
    if (namesPeople(cleanName(found[1])) || fieldItem(item)) return undefined
    // "Backend Services Team (7) - Monolithic backend": its headcount, not its scope.
    const counted = found[2] !== undefined ? namedHeadcount(`${found[1]} (${found[2]})`) : undefined
    if (counted) {
      const description = (found[3] ?? '').trim()
      return { name: cleanName(found[1]), description, headcount: counted.headcount }
    }
    const description = [found[2], found[3]].filter(Boolean).join('; ').trim()
    return { name: cleanName(found[1]), description, ...(found[2] ? { aside: found[2] } : {}) }
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
    // "Billing (label [billing](…))", "Ledger ([ledger](…) and [ledger-ui](…))": a plain name,
    // the links to its code and labels only in its remark in parentheses.
    const remarked = before.every((span) => !span.strong) ? PLAIN_TEAM_LINE.exec(whole) : null
    if (
      remarked?.[2] !== undefined &&
      !/[.!?]$/u.test(remarked[1]) &&
      /^\s*\(/u.test(lead.slice(remarked[1].length)) &&
      lead.startsWith(remarked[1]) &&
      !namesPeople(cleanName(remarked[1]))
    )
      return { name: cleanName(remarked[1]), description: remarked[2].trim(), aside: remarked[2] }
  }
  const spans = item.inline.spans.filter(carriesText)
  let first = 0
  // "the **Growth** team", "🔐 **Identity** — login and SSO": a word or an icon before the label.
  if (
    spans[0] &&
    spans[0].href === undefined &&
    !spans[0].strong &&
    (/^the$/iu.test(spans[0].text.trim()) || isPictographsOnly(spans[0].text))
  )
    first = 1
  const label = spans[first]
  if (!label || (label.href === undefined && !label.strong)) return undefined
  // What follows the label on its line.
  const after = plainText(spans.slice(first + 1))
  if (
    label.href !== undefined &&
    (namesDocument(label.href) || namesRepository(label)) &&
    !SAYS_IT_IS_A_UNIT.test(after)
  )
    return undefined
  // "**Clarify and inform.** Provide …": a bold sentence opening a paragraph-like item (a
  // mission's points, a rule) ends with its full stop; a team's name does not.
  // "**Growth team.** Runs pricing experiments": a name closed by a full stop, as a run-in
  // heading is written: a team's word ending it, three words at most.
  const runIn = /^[\p{L}\p{N}&'’ -]{1,40}\s(?:team|squad|group)\.$/iu.test(label.text.trim())
  if (!runIn && /\p{L}\s+\p{L}[^.!?]*[.!?]$/u.test(label.text.trim())) return undefined
  const written = cleanName(label.text.replace(/[:–—-]\s*$|\.$/u, ''))
  // "[@acme/parser](…): the parser": the code host's team its handle names ("parser").
  const labelled = handleTeam(written) ?? written
  // "**Backend Services Team (7)** - …": the team's name, then how many people it has.
  const counted = namedHeadcount(labelled)
  const name = counted ? cleanName(counted.name) : labelled
  if (!name || name.split(' ').length > 8 || namesPeople(name)) return undefined
  // "⚠️ **Note** — this page is updated…", "**Tip**: ask in #eng": a word to the reader.
  if (TO_THE_READER.test(name)) return undefined
  // "**Week 1**: Finalize the vendor", "**Phase 2** — beta": a step of a plan, not a team.
  if (PLAN_STEP.test(name)) return undefined
  // "**R** (Responsible): does the work": a one-letter code a table uses, its key's line.
  if (/^\p{L}$/u.test(name)) return undefined
  // "**Stack**: Go, PostgreSQL", "**Owns**: deploys": a team's own field, not a team.
  if (fieldItem(item)) return undefined
  if (label.href !== undefined && CALL_TO_ACTION.test(name)) return undefined
  // "**Guidance for operators** is available in …": bold words that are a sentence's subject,
  // its verb right after them, are emphasis, not a label ("**Ingestion** is the team that …"
  // still says it names a team).
  if (label.href === undefined && EMPHASIS_VERB.test(after) && !UNIT_NOUN.test(after))
    return undefined
  const rest = after.replace(/^[:–—-]\s*/u, '').trim()
  // "[Constitution](./constitution.md)." ends its line with a full stop: no description.
  const description = /[\p{L}\p{N}]/u.test(rest) ? rest : ''
  return {
    name,
    description,
    ...(label.href ? { href: label.href } : {}),
    ...(counted ? { headcount: counted.headcount } : {})
  }
}

/**
 * "[**Website**](https://docs.google.com/…): The Website working group focuses on …": what
 * follows a label linked to a document or a repository says the label names a unit, the unit
 * whose notes or code the link holds.
 */
const SAYS_IT_IS_A_UNIT =
  /^\s*[:–—-]?\s*(?:the\s+[^.:;]{0,60}?|this)\s+(?:working\s+group|wg|team|squad|committee|special\s+interest\s+group|sig)\b/iu

/** "Week 1", "Phase 2", "Sprint 14", "Step 3", "Day 1", "Q3", "Month 6": a plan's step or period. */
const PLAN_STEP =
  /^(?:(?:week|day|month|year|phase|step|sprint|milestone|iteration|quarter)\s*\d+|q[1-4](?:\s+\d{4})?|h[12](?:\s+\d{4})?)$/iu

/** The label of a note to the reader: "Note", "Tip", "Warning", "Heads up", "TL;DR". */
const TO_THE_READER =
  /^(?:notes?|nb|n\.b\.|tips?|hints?|warning|caution|important|heads[- ]up|reminder|disclaimer|tl;?dr)$/iu

/**
 * "[View the app](…)", "[See the code on GitHub](…)", "[Learn about Tides](…)": a link that tells
 * the reader what to do names the page it leads to, never a team. The verb is followed by what
 * it acts on ("the", "our", "about", "more"): "Open Source Office" and "View Layer" stay names.
 */
const CALL_TO_ACTION =
  /^(?:view|see|visit|read|learn|download|watch|try|open|explore|browse|check out|go to|find out|sign up for|subscribe to|register for)\s+(?:the|a|an|our|this|these|its|their|your|all|more|about|how|what|it|them|us)\b/iu

/**
 * "CEO Ana Ruiz", "Director General Maren Oakes": the top office's title, then the person who
 * holds it. Titles written before a name, as an organisation's structure lists its head.
 */
const OFFICE_HOLDER =
  /^(?:ceo|cto|cfo|coo|cio|cdo|chief executive(?: officer)?|director[- ]general|executive director|managing director|secretary[- ]general|president|chair(?:man|woman|person)?)\s+(\p{Lu}.*)$/iu

/**
 * The items nested under an item that names an office holder ("**CEO Ana Ruiz**" over "Office of
 * the CEO"), each with its line: the person is no unit, so what is nested under them stands
 * where they do. Undefined for any other item.
 */
function officeHolder(
  item: ListItem,
  line: TeamLine,
  plain: boolean
): { item: ListItem; line: TeamLine }[] | undefined {
  if (item.children.length === 0) return undefined
  const held = OFFICE_HOLDER.exec(line.name)
  if (!held || !isPersonName(held[1])) return undefined
  return item.children
    .map((child) => ({ item: child, line: teamLine(child, plain) }))
    .filter((pair): pair is { item: ListItem; line: TeamLine } => pair.line !== undefined)
}

function itemEntry(
  item: ListItem,
  line: TeamLine,
  underTeams: boolean,
  plain = false,
  pageNames: ReadonlySet<string> = new Set()
): GuideEntry {
  // "[API WG](wg-api)" over "[Overview](…)", "[Meeting Notes](…)" and one more link, as other
  // groups are: nested names repeated under the list's items say they are each item's pages,
  // and the links beside them are pages too, not teams under it.
  // "Primary repository: github.com/acme/core" under each team: the field's label recurs under
  // the list's items, or its value is only an address: the item's details, not teams under it.
  // So is an address alone ("<https://github.com/acme/core>" under "Core: the node in Rust").
  const listsPages = item.children.some((child) => {
    const text = plainText(child.inline).trim().toLowerCase()
    const label = fieldLabel(text)
    return (
      pageNames.has(text) ||
      ADDRESSES.test(text) ||
      (label !== undefined &&
        (pageNames.has(label) || ADDRESSES.test(text.slice(label.length + 1))))
    )
  })
  const children = (listsPages ? [] : item.children)
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
      itemEntry(child, childLine, underTeams, plain, pageNames)
    )
    return group
  }
  const how = line.href ? 'a linked' : 'a bold-label'
  return entry(
    line.name,
    'team',
    item.at,
    `${how} line${underTeams ? ' under a team-list heading' : line.description ? ' with a description' : ' of a list the page says is teams'}`,
    underTeams || line.description !== '',
    {
      kind: 'item',
      item,
      description: line.description,
      ...(line.href ? { href: line.href } : {}),
      ...(line.headcount !== undefined ? { headcount: line.headcount } : {})
    }
  )
}

/** Whether a list was read as the org chart it draws (a nested list of units and teams). */
export function drawsChart(items: readonly ListItem[]): boolean {
  return (listTrees.get(items)?.length ?? 0) > 0
}

/** The org chart a nested list draws (readListTree), or undefined; read once per list. */
const listTrees = new WeakMap<readonly ListItem[], ChartNode[]>()
function listTree(items: readonly ListItem[], context: string): ChartNode[] | undefined {
  let chart = listTrees.get(items)
  if (!chart) {
    chart = readListTree(items, context)
    listTrees.set(items, chart)
  }
  return chart.length > 0 ? chart : undefined
}

/** A block's heading and the paragraph before it: what a drawn tree is said to draw. */
function textAround(section: Section, before: Block | undefined): string {
  const said = before?.kind === 'paragraph' ? plainText(before.inline) : ''
  return `${headingText(section)}\n${said}`
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

/**
 * Where a document lives, not a team: a shared document, board, recording or chat (Google Docs,
 * Trello, YouTube, Slack, Zoom…) or a file (.pdf, .docx…). A linked line pointing there ("[Team
 * charter](https://docs.google.com/…) - our values") names the document.
 */
const DOCUMENT_HOST =
  /^(?:docs|drive|sheets|slides|forms|calendar|meet|groups)\.google\.com$|(?:^|\.)(?:trello\.com|youtube\.com|youtu\.be|zoom\.us|slack\.com|figma\.com|miro\.com|mural\.co|notion\.so|loom\.com|dropbox\.com|box\.com|airtable\.com|sharepoint\.com|calendly\.com)$/iu
const DOCUMENT_FILE = /\.(?:pdf|docx?|pptx?|xlsx?|odt|key|numbers|csv)(?:[?#].*)?$/iu

function namesDocument(href: string): boolean {
  try {
    const url = new URL(href)
    return DOCUMENT_HOST.test(url.hostname) || DOCUMENT_FILE.test(url.pathname)
  } catch {
    return DOCUMENT_FILE.test(href)
  }
}

/**
 * Whether a chart draws software rather than people: two or more of its nodes, and at least a
 * third of them, are named technologies ("Linux Package → Docker, AWS, Google Cloud Platform").
 * An org chart names teams; one team may share a technology's name (a "Git" team), not many.
 */
function drawsSystem(roots: ChartNode[]): boolean {
  const labels: string[] = []
  const walk = (node: ChartNode): void => {
    labels.push(node.label)
    node.children.forEach(walk)
  }
  roots.forEach(walk)
  const named = labels.filter((label) => knownTechnology(label) !== undefined).length
  return named >= 2 && named * 3 >= labels.length
}
