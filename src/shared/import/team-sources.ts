import {
  plainText,
  textItem,
  type Block,
  type Inline,
  type ListItem,
  type Position
} from './markdown-blocks'
import type { GuideEntry } from './guide-entry'
import type { TeamSource } from './guide-team'
import type { ImportNotes } from './import-notes'
import { boldNamedCell, cleanName, type HeadingBlock, type Part } from './outline'
import { isPersonName, leadingLine } from './person-line'
import { headingKind } from './section-headings'
import { headcountOf, headingField } from './team-field'
import { knownTechnology } from '../technology/dictionary/known-technologies'

/**
 * "Personas", "User Persona", "Who are we building for?", "Our Customers", "Who we serve": a
 * section about the people a team builds for. The tools named there are theirs ("Frontend uses
 * typescript and react", "Uses tools such as Linear/Figma"), not the team's, and its lists are
 * traits or what the team does for them ("Integrate their components into packages"), not
 * projects.
 */
const USERS_HEADING =
  /^(?:(?:[\p{L}-]+\s+){0,2}personas?|who (?:are|is) (?:we|it|this|the team) (?:building|built) for|who we (?:build|are building) for|who we serve|(?:(?:our|the team(?:'|’)s|internal|external|key|target|primary)\s+)+(?:customers|users|stakeholders))\??$/iu

/**
 * A team's source with what its other declarations say (a chart node and its table row): their
 * parts, prose, lead and open roles, the node's own first.
 */
export function declaredSource(
  entry: GuideEntry,
  echoes: Map<GuideEntry, GuideEntry[]>,
  notes: ImportNotes
): TeamSource {
  const own = teamSource(entry, notes)
  for (const other of echoes.get(entry) ?? []) {
    const more = teamSource(other, notes)
    own.parts.push(...more.parts)
    if (more.prose) own.prose = [...(own.prose ?? []), ...more.prose]
    if (more.lead && !own.lead) own.lead = more.lead
    if (more.roles?.length) own.roles = [...(own.roles ?? []), ...more.roles]
    // A heading's section is read as a heading team's is (projects from its sentences).
    if (!more.stated) own.stated = false
  }
  return own
}

/** The blocks a team is read from: its section and its parts' sections, or its line or row. */
export function teamSource(entry: GuideEntry, notes: ImportNotes): TeamSource {
  const at = { line: entry.line, column: entry.column ?? 1 }
  const name = entry.label
  const source = entry.source
  if (source.kind === 'section') {
    // "## Payments — Lead: Ana Silva": the heading's field is the team's first line.
    const heading = source.section.heading
    const field = heading ? headingField(plainText(heading.inline)) : undefined
    const blocks = field
      ? [paragraph(field.field, heading!.inline.at), ...source.section.blocks]
      : source.section.blocks
    const parts: Part[] = [{ blocks }]
    // The rows of its table of owned areas, the team's responsibilities, a line each.
    const areas: ListItem[] = []
    const addParts = (children: GuideEntry[]): void => {
      for (const child of children) {
        if (
          child.role === 'team-part' &&
          child.source.kind === 'row' &&
          child.source.columns.ownedAreas
        ) {
          areas.push(textItem(child.label, { line: child.line, column: child.column ?? 1 }))
          continue
        }
        if (child.role !== 'team-part' || child.source.kind !== 'section') continue
        if (USERS_HEADING.test(cleanName(child.label))) {
          notes.add(
            'skipped',
            child,
            `"${child.label}" under team "${name}" describes the people it builds for: the tools named there are not the team's`
          )
          continue
        }
        const section = child.source.section
        if (headingKind(child.label) === 'plain') {
          notes.add(
            'inferred',
            child,
            `heading "${child.label}" is under team "${name}": read as part of it`
          )
        }
        parts.push({
          ...(section.heading ? { heading: section.heading } : {}),
          blocks: section.blocks
        })
        addParts(child.children)
      }
    }
    addParts(entry.children)
    if (areas.length > 0)
      parts.push({
        heading: syntheticHeading('Responsibilities', areas[0].at),
        blocks: [{ kind: 'list', items: areas, at: areas[0].at }]
      })
    return {
      name,
      at,
      parts,
      ...(source.openRoles ? { roles: source.openRoles } : {}),
      ...(source.stackPage ? { stackPage: true } : {})
    }
  }
  if (source.kind === 'item') {
    const blocks: Block[] = []
    // "- Mobile — Swift", "- Web team: React, TypeScript": a line whose description only names
    // technologies gives the team's stack, as a chart node's note does, and no summary.
    const named = source.description ? technologyList(source.description) : undefined
    if (source.description && !named) blocks.push(paragraph(source.description, source.item.at))
    // A roster's team ("TFGrid" over "Rob Smit : Engineer" over the people he leads): its
    // nested lines, at any depth, are its people.
    if (source.staffed) {
      const people: ListItem[] = []
      const collect = (items: ListItem[]): void => {
        for (const item of items) {
          people.push({ ...item, children: [] })
          collect(item.children)
        }
      }
      collect(source.item.children)
      const at = source.item.at
      return {
        name,
        at,
        parts: [
          { blocks },
          { heading: syntheticHeading('People', at), blocks: [{ kind: 'list', items: people, at }] }
        ],
        stated: true
      }
    }
    for (const detail of source.item.details) blocks.push({ kind: 'paragraph', inline: detail })
    const links = source.href ? [{ text: name, href: source.href, at: source.item.at }] : []
    if (links.length > 0)
      blocks.push({ kind: 'paragraph', inline: { spans: links, at: source.item.at } })
    const stack: Part[] = named
      ? [
          {
            heading: syntheticHeading('Stack', source.item.at),
            blocks: [
              {
                kind: 'list',
                items: named.map((piece) => textItem(piece, source.item.at)),
                at: source.item.at
              }
            ]
          }
        ]
      : []
    return {
      name,
      at,
      parts: [{ blocks }, ...stack],
      stated: true,
      ...(source.headcount !== undefined ? { members: source.headcount } : {})
    }
  }
  if (source.kind === 'row') {
    const { columns, row, table } = source
    if (row.written !== table.header.length) {
      notes.add(
        'problem',
        row.at,
        `this table row has ${row.written} cell${row.written === 1 ? '' : 's'}, its header ${table.header.length}: ${row.written < table.header.length ? 'the missing ones are read as empty' : 'the extra ones are left out'}`
      )
    }
    const cell = (i: number | undefined): Inline | undefined =>
      i === undefined ? undefined : row.cells[i]
    const blocks: Block[] = []
    const extraFirst: Part[] = []
    const description = cell(columns.description)
    // "| Checkout flow | Payments team |", "| Refunds | Payments team |": a map of who owns what
    // gives each owning team every area on its rows, its responsibilities.
    const owned =
      columns.ownersAreTeams && columns.description !== undefined
        ? ownedOnRows(table, columns.name, columns.description, row)
        : []
    if (owned.length > 0) extraFirst.push(responsibilities(owned, row.at))
    // "| Checkout | basket, payment page |" under "Owns": the team's responsibilities.
    const ownsCell = cell(columns.owns)
    const owns = ownsCell
      ? plainText(ownsCell)
          .split(/\s*[,;]\s*/u)
          .map((piece) => cleanName(piece))
          .filter((piece) => piece.length > 0 && piece.length <= 200)
      : []
    const nameCell = cell(columns.name)
    // "**Booking** Face to face appointment booking.": with no column for it, the words after
    // the bold name describe the team.
    const described =
      columns.description === undefined && nameCell ? boldNamedCell(nameCell) : undefined
    if (owns.length > 0) extraFirst.push(responsibilities(owns, row.at))
    else if (description && plainText(description))
      blocks.push({ kind: 'paragraph', inline: description })
    else if (described)
      blocks.push({ kind: 'paragraph', inline: { spans: described.rest, at: row.at } })
    const links = (nameCell?.spans ?? []).filter((span) => span.href !== undefined)
    if (links.length > 0) blocks.push({ kind: 'paragraph', inline: { spans: links, at: row.at } })
    const stack = cell(columns.stack)
    const extra: TeamSource['parts'] = [...extraFirst]
    if (stack && plainText(stack)) {
      extra.push({
        heading: syntheticHeading('Stack', row.at),
        blocks: [stackList(stack, row.at)]
      })
    }
    const others = columns.other
      .map((i) => (row.cells[i] ? plainText(row.cells[i]) : ''))
      .filter(Boolean)
    const leadCell = cell(columns.lead)
    const people = memberRows(source)
    const lead = (leadCell ? leadName(leadCell) : undefined) ?? people?.lead
    const headcountCell = cell(columns.headcount)
    const counted = headcountCell ? headcountOf(plainText(headcountCell)) : undefined
    const named =
      (headcountCell && counted === undefined ? namedCount(plainText(headcountCell)) : undefined) ??
      people?.count
    const members = counted ?? named
    return {
      name,
      at,
      parts: [{ blocks }, ...extra],
      stated: true,
      prose: others,
      ...(lead ? { lead } : {}),
      ...(members !== undefined ? { members } : {}),
      ...(named !== undefined ? { membersNamed: true } : {}),
      roles: listCell(cell(columns.roles))
    }
  }
  if (source.kind === 'text') {
    const stack: Part[] = (source.stack ?? []).map((written) => ({
      heading: syntheticHeading('Stack', written.at),
      blocks: [
        {
          kind: 'list',
          items: written.pieces.map((piece) => textItem(piece, written.at)),
          at: written.at
        }
      ]
    }))
    return { name, at, parts: [{ blocks: source.blocks }, ...stack], stated: true }
  }
  // A chart node's note ("Lead: Carla Diaz", "AWS, Terraform"): a paragraph each, but a note
  // that only names technologies ("Infrastructure team — AWS, Terraform") is the team's stack.
  const note = source.kind === 'chart' ? (source.node.note ?? []) : []
  const noteAt = source.kind === 'chart' ? source.node.at : at
  const stackNotes = note.flatMap((piece) => {
    const names = technologyList(piece)
    return names ? [names] : []
  })
  return {
    name,
    at,
    parts: [
      {
        blocks: note
          .filter((piece) => !technologyList(piece))
          .map((piece) => paragraph(piece, noteAt))
      },
      ...stackNotes.map((names) => ({
        heading: syntheticHeading('Stack', noteAt),
        blocks: [
          {
            kind: 'list' as const,
            items: names.map((piece) => textItem(piece, noteAt)),
            at: noteAt
          }
        ]
      }))
    ],
    stated: true
  }
}

/** "AWS, Terraform and Kubernetes": a note whose every piece is a known technology, as a list. */
function technologyList(text: string): string[] | undefined {
  const pieces = text
    .split(/\s*(?:[,;/&+]|\band\b)\s*/u)
    .map((piece) => piece.trim())
    .filter(Boolean)
  return pieces.length > 0 && pieces.every((piece) => knownTechnology(piece) !== undefined)
    ? pieces
    : undefined
}

/**
 * A cell's list (`,` `;` `|` separated) as names a catalog can hold. A separator inside
 * parentheses is part of its item: "Platform Engineer (Kubernetes, Terraform)" is one role.
 */
function listCell(cell: Inline | undefined): string[] {
  if (!cell) return []
  return plainText(cell)
    .split(/[,;|](?![^()]*\))/u)
    .map((piece) => cleanName(piece))
    .filter((piece) => piece.length > 0 && piece.length <= 200)
}

/**
 * The people a table of members gives a team, a row each ("| Payments | Ana Ruiz | Tech Lead |"):
 * how many its rows name, and the one whose role leads it.
 */
function memberRows(
  source: Extract<GuideEntry['source'], { kind: 'row' }>
): { count: number; lead?: string } | undefined {
  const { columns, rows } = source
  if (columns.member === undefined || !rows) return undefined
  let count = 0
  // "Ana Ruiz (Tech Lead)": each one person's row as a people list writes it, for its lead.
  const people: string[] = []
  for (const row of rows) {
    const person = row.cells[columns.member]
    const text = person ? plainText(person).trim() : ''
    const named = text ? namedCount(text) : undefined
    if (named === undefined) continue
    count += named
    const role = columns.memberRole === undefined ? undefined : row.cells[columns.memberRole]
    if (named === 1 && role && plainText(role).trim())
      people.push(`${leadName(person!) ?? text} (${plainText(role).trim()})`)
  }
  const lead = leadingLine(people)
  return count > 0
    ? { count, ...(lead ? { lead: lead.replace(/\s*\([^()]*\)$/u, '') } : {}) }
    : undefined
}

/**
 * How many people a headcount column's cell names ("Ana Silva, Bo Lindqvist, Chen Wei" under
 * "Engineers", "Ana, Bo, Chen" under "People", "@ana; @bo"): the team's people, one a piece.
 * Undefined unless every piece is a person's name, a first name or a handle.
 */
function namedCount(text: string): number | undefined {
  const pieces = text
    .split(/\s*(?:[,;·•\n]|<br\s*\/?>|\band\b|&)\s*/iu)
    .map((piece) => piece.trim())
    .filter(Boolean)
  const named = (piece: string): boolean =>
    isPersonName(piece) || /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(piece) || /^@[\w-]+$/u.test(piece)
  return pieces.length > 0 && pieces.every(named) ? pieces.length : undefined
}

/** The areas on every row a table gives the same owner as `row`, in the table's order. */
function ownedOnRows(
  table: Extract<Block, { kind: 'table' }>,
  owner: number,
  area: number,
  row: Extract<Block, { kind: 'table' }>['rows'][number]
): string[] {
  const key = (cells: Inline[]): string => (cells[owner] ? plainText(cells[owner]).trim() : '')
  const own = key(row.cells).toLowerCase()
  return table.rows
    .filter((other) => key(other.cells).toLowerCase() === own)
    .map((other) => (other.cells[area] ? cleanName(plainText(other.cells[area])) : ''))
    .filter((text) => text.length > 0 && text.length <= 200)
}

/** A team's responsibilities as the list a "Responsibilities" part would hold. */
function responsibilities(areas: string[], at: Position): Part {
  return {
    heading: syntheticHeading('Responsibilities', at),
    blocks: [{ kind: 'list', items: areas.map((text) => textItem(text, at)), at }]
  }
}

/** The first person a lead cell names: its first link's text, or its text up to a comma. */
function leadName(cell: Inline): string | undefined {
  const link = cell.spans.find((span) => span.href !== undefined && span.text.trim())
  const text = cleanName(
    (link?.text ?? plainText(cell)).replace(/^[*•-]\s*/u, '').split(/[,;(]/u)[0]
  )
  return text && text.length <= 200 ? text : undefined
}

function paragraph(text: string, at: Position): Block {
  return { kind: 'paragraph', inline: { spans: [{ text, at }], at } }
}

function syntheticHeading(text: string, at: Position): HeadingBlock {
  return { kind: 'heading', depth: 6, inline: { spans: [{ text, at }], at } }
}

/** A table's stack cell as the list a stack section would hold: one item per `,` `;` `|` piece. */
function stackList(cell: Inline, at: Position): Block {
  const items: ListItem[] = plainText(cell)
    .split(/[,;|]/u)
    .map((piece) => piece.trim())
    .filter(Boolean)
    .map((piece) => textItem(piece, at))
  return { kind: 'list', items, at }
}
