import { fieldLabelList } from './field-label-list'
import { foundIn } from './found-entries'
import { isHandleLine } from './handle-line'
import { PERSON_LINE } from './person-line'
import { entry, type EntrySource, type GuideEntry } from './guide-entry'
import { kebabCase, UniqueIds } from './ids'
import { plainText, type Block, type ListItem, type TableBlock } from './markdown-blocks'
import { cleanName } from './outline'
import { teamsCalledIn } from './called-a-team'
import { mentionsTeams, teamsNamedInText } from './prose-teams'
import { listedTeamColumns, teamColumns } from './team-table'
import { channelName } from './team-name'
import { teamKey } from './unit-key'
import { introducesOtherKind } from './list-lead-in'

/**
 * What the import preview's outline offers where the importer read no team (issue 14): the lists
 * and tables no team holds and the teams a left-out section's sentences name, each an entry a
 * person makes Teams in one choice, and the teams each then gives (teamsOfOffer).
 */
type OfferedBlock = Extract<Block, { kind: 'list' }> | TableBlock

/** Names shown in an offered block's label; the rest are counted. */
const SHOWN = 3

/**
 * A section's lists and tables that no outline entry reads (`used` says which are read) and that
 * could list teams (mayListTeams), each an entry "List: Payments, Search, Mobile +2" with the role
 * skip: what the page holds that could be its teams, offered as one choice. Keys follow the first
 * item's or row's name (`teams/list-payments`), so a mapping keeps meaning while the list grows
 * below its first item; `taken` holds the outline's keys, and gets these.
 */
export function leftOutBlocks(
  blocks: readonly Block[],
  parentKey: string,
  taken: UniqueIds,
  used: (block: OfferedBlock) => boolean
): GuideEntry[] {
  const offered: GuideEntry[] = []
  for (const block of blocks) {
    if (block.kind !== 'list' && block.kind !== 'table') continue
    if (!used(block)) offered.push(...offersIn(block, parentKey, taken))
  }
  return offered
}

/** A list or table as an entry when it may list teams; else the lists nested in its items. */
function offersIn(block: OfferedBlock, parentKey: string, taken: UniqueIds): GuideEntry[] {
  if (mayListTeams(block)) return [offeredBlock(block, parentKey, taken)]
  return nestedLists(block).flatMap((nested) => offersIn(nested, parentKey, taken))
}

/** The lists nested in a list's items, each as a list of its own. */
function nestedLists(block: OfferedBlock): OfferedBlock[] {
  if (block.kind !== 'list') return []
  return block.items.flatMap((item) =>
    item.children.length > 0
      ? [{ kind: 'list' as const, items: item.children, at: item.children[0].at }]
      : []
  )
}

/**
 * The entry of one list or table, with the lists nested in its items as entries of their own
 * below it ("**Workgroups**" over "- Docs", "- Infra": the nested list may be the teams where
 * the outer one is not).
 */
function offeredBlock(block: OfferedBlock, parentKey: string, taken: UniqueIds): GuideEntry {
  const names = namesOf(block)
  const what = block.kind === 'list' ? 'List' : 'Table'
  const more = names.length > SHOWN ? ` +${names.length - SHOWN}` : ''
  const label = `${what}: ${names.slice(0, SHOWN).join(', ')}${more}`
  const made = entry(
    label,
    'skip',
    block.at,
    `a ${block.kind} no team holds: its ${block.kind === 'list' ? 'items are' : 'rows are'} read as no teams (made teams, each is one)`,
    true,
    { kind: 'block', block }
  )
  made.key = keyIn(taken, parentKey, `${block.kind}-${kebabCase(names[0]) || block.at.line}`)
  made.children = nestedLists(block).flatMap((nested) => offersIn(nested, made.key, taken))
  return made
}

/**
 * Whether a list or table could be a list of teams, to be offered as one: two items or rows or
 * more, not a list of fields ("**Captain**: [Ana](…)") and not of people ("Ana Diaz (Team
 * lead)", "@ana").
 */
export function mayListTeams(block: OfferedBlock): boolean {
  if (block.kind === 'list' && (fieldLabelList(block.items) || listsPeople(block))) return false
  if (block.kind === 'table') return namesOf(block).length >= 2
  // Most of its items could each name a team: not sentences (steps, rules, news), tasks,
  // contents links or contact lines.
  const naming = block.items.filter(namesSomething).length
  return naming >= 2 && naming * 2 >= block.items.length
}

/**
 * Whether a list item could name a team: its lead, its called team or the words before its
 * separator name something that is no contact point, day or priority; or it is a short name
 * alone ("Payments", "Search platform"). Not "Submit pull requests via your fork.", "[ ] Add
 * tests", "[Overview](#overview)", "Email: eng@acme.example".
 */
function namesSomething(item: ListItem): boolean {
  const text = plainText(item.inline).trim()
  // "-" alone: an empty bullet (a template waiting for a name) names nothing.
  if (text === '' || /^\[[ xX]\]/u.test(text)) return false
  const lead = item.inline.spans.find((span) => span.text.trim() !== '')
  if (lead?.href?.startsWith('#')) return false
  const team = chosenItemTeam(item)
  if (NOT_A_TEAM_NAME.test(team.name)) return false
  if (!team.guessed) return true
  return text.split(/\s+/u).length <= 4 && !/[.!?:;]$/u.test(text)
}

/** Names of where to write, when, or how urgent: a list of them is no list of teams. */
const NOT_A_TEAM_NAME =
  /^(?:e-?mail|slack|chat|channels?|mailing lists?|irc|discord|matrix|zulip|gitter|telegram|phone|twitter|mastodon|forum|calendar|meetings?|office hours|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|p\d|\d+)$/iu

function listsPeople(list: Extract<Block, { kind: 'list' }>): boolean {
  const people = list.items.filter((item) => {
    const text = plainText(item.inline)
    return PERSON_LINE.test(text) || isHandleLine(text)
  }).length
  return people * 2 >= list.items.length
}

/** What each item or row is called: the team it would give (chosenItemTeam), its first cell. */
function namesOf(block: OfferedBlock): string[] {
  const names =
    block.kind === 'list'
      ? block.items.map((item) => {
          // A sentence whose name is only guessed shows its first words, as a reader sees it.
          const team = chosenItemTeam(item)
          return team.guessed ? shortName(cleanName(plainText(item.inline))) : team.name
        })
      : block.rows.map((row) => shortName(cleanName(row.cells[0] ? plainText(row.cells[0]) : '')))
  return names.filter((name) => name !== '')
}

/** "Payments — owns checkout and billing" → "Payments"; a long sentence → its first words. */
function shortName(text: string): string {
  const head = text.split(/\s+[—–-]\s+|:\s|\.\s/u)[0] ?? text
  const words = head.split(/\s+/u)
  return words.length > 5 ? `${words.slice(0, 5).join(' ')}…` : head
}

/** A key under `parentKey`, unique in the outline (`taken` holds its keys). */
function keyIn(taken: UniqueIds, parentKey: string, base: string): string {
  return taken.claimBase(`${parentKey ? `${parentKey}/` : ''}${base}`)
}

/**
 * "The Payments team owns checkout; the Search team…": the teams a section's own sentences name
 * (teamsNamedInText: three or more, each the subject of its own sentences), those no entry reads
 * (`teams`: the outline's team names, by teamKey), offered as one entry "Teams its text names:
 * Payments, Search, Mobile" with them below it, to be made teams together.
 */
export function namedTeamsOffer(
  blocks: readonly Block[],
  parentKey: string,
  taken: UniqueIds,
  teams: ReadonlySet<string>
): GuideEntry | undefined {
  // Only text that speaks of teams is read for them (a large guide has thousands of sections).
  const speaks = blocks.some(
    (block) => block.kind === 'paragraph' && mentionsTeams(plainText(block.inline))
  )
  if (!speaks) return undefined
  const named = (teamsNamedInText({ blocks: [...blocks], children: [] }) ?? []).filter(
    (team) => !teams.has(teamKey(team.label))
  )
  if (named.length < 3) return undefined
  const first = named[0]
  const more = named.length > SHOWN ? ` +${named.length - SHOWN}` : ''
  const made = entry(
    `Teams its text names: ${named
      .slice(0, SHOWN)
      .map((team) => team.label)
      .join(', ')}${more}`,
    'skip',
    { line: first.line, column: first.column ?? 1 },
    'teams its sentences name, read as no teams (made teams, each is one)',
    true,
    { kind: 'named', teams: named }
  )
  made.key = keyIn(taken, parentKey, `text-${kebabCase(first.label) || first.line}`)
  made.source = { kind: 'named', teams: named }
  return made
}

/**
 * The team an item of a list a person made teams names, when the team-list reading took none
 * from it (a sentence, not a name then its text): its bold or linked lead ("**Payments** owns
 * checkout"), the team its sentence calls so ("The Payments team owns…"), the words before a
 * separator ("Documentation, which writes the guides"), its leading capitalised words
 * ("Infrastructure keeps the build farm"), or else its first words. The person said each item
 * is a team: each gives one.
 */
export function chosenItemTeam(item: ListItem): {
  name: string
  description: string
  /** Whether the name is only the item's first words (no lead, call or separator said it). */
  guessed?: true
} {
  const text = plainText(item.inline).trim()
  const spans = item.inline.spans.filter((span) => span.text.trim() !== '')
  const lead = spans[0]
  if (lead && (lead.strong === true || lead.href !== undefined) && cleanName(lead.text)) {
    return {
      name: channelName(cleanName(lead.text)),
      description: plainText(spans.slice(1)).trim()
    }
  }
  const called = teamsCalledIn(text)[0]
  if (called && called.wordsBefore <= 2) {
    return { name: capitalized(called.name), description: text }
  }
  const separated = SEPARATED.exec(text)
  if (separated && separated[1].split(/\s+/u).length <= 6) {
    return { name: cleanName(separated[1]), description: text.slice(separated[0].length).trim() }
  }
  const titled = TITLE_WORDS.exec(text)
  if (titled) return { name: cleanName(titled[1]), description: text, guessed: true }
  return { name: shortName(text).replace(/…$/u, ''), description: text, guessed: true }
}

/** A name, then what it is: "Docs: …", "Docs — …", "Docs - …", "Docs, which …", "Docs (…)". */
const SEPARATED = /^(.{1,60}?)(?:\s*[:—–]\s+|\s+-\s+|,\s+|\s*\()/u
/** "Infrastructure Tools keeps…": the capitalised words an item opens with. */
const TITLE_WORDS = /^(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,3})\b/u

function capitalized(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1)
}

/**
 * The teams an offered entry gives once a person makes it Team: a text's named teams; a table's
 * rows, read by its team columns, else its first column naming them and its second describing
 * them; a list's items, read as under a "Teams" heading, and every item that reading took none
 * from named by its line (chosenItemTeam): the person said each item is a team.
 */
export function teamsOfOffer(source: EntrySource): GuideEntry[] {
  if (source.kind === 'named') return source.teams
  if (source.kind !== 'block') return []
  const { block } = source
  const found = foundIn(
    { blocks: [block], children: [] },
    'container',
    (header) =>
      teamColumns(header) ??
      listedTeamColumns(header) ?? {
        name: 0,
        ...(header.length > 1 ? { description: 1 } : {}),
        other: header.map((_, i) => i).slice(2)
      }
  )
  if (block.kind !== 'list') return found
  const read = new Set(
    found.flatMap((team) => (team.source.kind === 'item' ? [team.source.item] : []))
  )
  for (const item of block.items) {
    if (read.has(item)) continue
    const { name, description } = chosenItemTeam(item)
    if (!name) continue
    found.push(
      entry(name, 'team', item.at, 'an item of a list made teams', true, {
        kind: 'item',
        item,
        description
      })
    )
  }
  return found.sort((a, b) => a.line - b.line)
}

/** Whether an entry is an offer of this module (a list, a table or a text's named teams). */
export function isOffer(source: EntrySource): boolean {
  return source.kind === 'block' || source.kind === 'named'
}

/**
 * Whether a page with no heading and no team may be read as the teams of its one offered list
 * (a README that lists its teams): its introduction speaks of teams ("Our teams:"), or most of the
 * list's lines name something and say what it does ("Payments: checkout"). "- Tag", "- Build"
 * under "How releases are cut." may not.
 */
export function listsThePagesTeams(source: EntrySource, introduction: readonly Block[]): boolean {
  if (source.kind !== 'block' || source.block.kind !== 'list') return false
  // "In Acme we have 4 types of missions we can launch:": its lead-in says what its items are.
  const before = introduction[introduction.indexOf(source.block) - 1]
  if (before?.kind === 'paragraph' && introducesOtherKind(plainText(before.inline))) return false
  const speaks = introduction.some((block) =>
    block.kind === 'paragraph'
      ? mentionsTeams(plainText(block.inline))
      : block.kind === 'list' && block.items.some((item) => mentionsTeams(plainText(item.inline)))
  )
  if (speaks) return true
  const { items } = source.block
  const described = items.filter((item) => {
    const team = chosenItemTeam(item)
    return !team.guessed && team.description !== ''
  }).length
  return described * 2 > items.length
}
