import { kebabCase, UniqueIds } from './ids'
import type { ImportRole, OutlineEntry } from './import-plan'
import type { Block, ListItem, Position, TableBlock } from './markdown-blocks'
import type { ChartNode } from './mermaid-chart'
import type { Section } from './guide-sections'
import type { TeamColumns } from './team-columns'

/** What an outline entry was read from, for building the catalog. */
export type EntrySource =
  | {
      kind: 'section'
      section: Section
      /** Roles the team is hiring for that the page itself is (a job's page, by its title). */
      openRoles?: string[]
      /**
       * The team of a stack page ("Technology choices"): its parts ("Client-side", "Ops") are
       * kinds of technology, each listing what the team builds with.
       */
      stackPage?: true
    }
  | {
      kind: 'item'
      item: ListItem
      description: string
      href?: string
      /** Its nested lines are its people, by role or by name (a roster's team). */
      staffed?: true
      /** How many people it has, in brackets after its name ("Search (7)"). */
      headcount?: number
    }
  | {
      kind: 'row'
      table: TableBlock
      columns: TeamColumns
      row: TableBlock['rows'][number]
      /** In a table of members (columns.member), every row of the team's people, `row` first. */
      rows?: TableBlock['rows']
    }
  | { kind: 'chart'; node: ChartNode }
  /** A team the page's text names: the sentences and lists that speak of it (prose-teams.ts). */
  | {
      kind: 'text'
      blocks: Block[]
      /** The names written in parentheses after its name ("Search (Go, Kafka)"): its stack. */
      stack?: { pieces: string[]; at: Position }[]
    }
  /** A unit named only by the page's title (the stage of a `Stage:Group` title). */
  | { kind: 'title' }
  /**
   * A list or table no other entry reads (the introduction's, a unit's or a skipped section's),
   * offered so that a person can say its items are teams (leftOutBlocks).
   */
  | { kind: 'block'; block: Extract<Block, { kind: 'list' }> | TableBlock }
  /**
   * The teams a section's own sentences name (prose-teams.ts), three or more that no entry
   * reads, offered as one choice as a list is.
   */
  | { kind: 'named'; teams: GuideEntry[] }

/** The reason of an entry left out because a section above it was (its own reason says why). */
export const INSIDE_SKIPPED = 'inside a skipped section'

/** An outline entry with what it was read from, and whether the reading was sure. */
export interface GuideEntry extends OutlineEntry {
  source: EntrySource
  /** False when the role is a guess a user should confirm (`import --check` fails on it). */
  sure: boolean
  children: GuideEntry[]
}

/** An outline entry read from `source`, keyed later (rekey, KeyMaker). */
export function entry(
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

/** A found entry under its parent's key; a found group with no unit above is a division. */
export function rekey(
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
export class KeyMaker {
  private readonly keys = new UniqueIds()
  make(parentKey: string, label: string): string {
    return this.keys.claimBase(
      `${parentKey ? `${parentKey}/` : ''}${kebabCase(label) || 'untitled'}`
    )
  }
}

/** Whether any of `entries`, or any entry under them, is a team. */
export function holdsTeam(entries: readonly GuideEntry[]): boolean {
  return entries.some((entry) => entry.role === 'team' || holdsTeam(entry.children))
}

/** An entry a page's reading leaves out, surely: skipped for `reason` unless already skipped. */
export function skippedEntry(entry: GuideEntry, reason: string): GuideEntry {
  return {
    ...entry,
    role: 'skip',
    inferred: 'skip',
    reason: entry.role === 'skip' ? entry.reason : reason,
    sure: true
  }
}
