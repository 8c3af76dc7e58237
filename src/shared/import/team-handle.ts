import { headerField } from './column-fields'
import { plainText, type Inline, type TableBlock } from './markdown-blocks'
import type { TeamColumns } from './team-columns'

/**
 * "@acme/admins", "`@acme/developers`": a code host's team written by its handle, the owning
 * organization before the slash. Without the "@" ("acme/website") it names a repository.
 */
const HANDLE_HEADING = /^`?(@)?([A-Za-z0-9][\w.-]*)\/([\w.-]+)`?$/u

/** The organization and team (or repository) a heading's text names by its slug. */
export function slugHeading(
  text: string
): { owner: string; name: string; team: boolean } | undefined {
  const found = HANDLE_HEADING.exec(text.trim())
  return found ? { owner: found[2], name: found[3], team: found[1] === '@' } : undefined
}

/** The team a code host's handle names ("@acme/payments" gives "payments"); undefined for any other text. */
export function handleTeam(text: string): string | undefined {
  const found = slugHeading(text)
  return found?.team ? found.name : undefined
}

/** "@acme/payments — owns billing", "`@acme/web`: the site": a line opening on a team's handle. */
const HANDLE_LINE = /^(`?@[A-Za-z0-9][\w.-]*\/[\w.-]+`?)(?:\s*(?:[:–—]|\s-)\s*(.*))?$/u

/** The team a line opening on its handle names, and what the line says of it after a dash or colon. */
export function handleLine(text: string): { name: string; description: string } | undefined {
  const found = HANDLE_LINE.exec(text)
  const name = found ? handleTeam(found[1]) : undefined
  return name !== undefined ? { name, description: (found?.[2] ?? '').trim() } : undefined
}

/**
 * A code host's team by its handle in running text or a cell: "@acme/core-maintainers",
 * "ping `@acme/web`", "(@acme/growth)"; the owning organization is its first group.
 */
const TEAM_HANDLE = String.raw`(?:^|[\s\x60(\[])@([A-Za-z0-9][\w.-]*)\/[\w.-]*[\w-]`
const HAS_TEAM_HANDLE = new RegExp(TEAM_HANDLE, 'u')

/** The owners of the code-host team handles a text writes, in order ("acme" for "@acme/web"). */
export function teamHandleOwners(text: string): string[] {
  return [...text.matchAll(new RegExp(TEAM_HANDLE, 'gu'))].map((found) => found[1])
}

/** A code host's page of one team: github.com/orgs/acme/teams/web. */
const TEAM_PAGE = /\bgithub\.com\/orgs\/[\w.-]+\/teams\/[\w.-]+/iu

/** A code host's team in a table cell: its handle, or a link to its page. */
function namesCodeHostTeam(cell: Inline): boolean {
  return (
    HAS_TEAM_HANDLE.test(plainText(cell)) ||
    cell.spans.some((span) => span.href !== undefined && TEAM_PAGE.test(span.href))
  )
}

/**
 * "Name | GitHub | Area" whose every row gives a code host's team ("Core Team |
 * [@acme/core-maintainers](…) | `core/` crates"): a table of teams, however its header reads,
 * each named by its name column (or its handle's cell when it has none).
 */
export function teamHandleColumns(table: TableBlock): TeamColumns | undefined {
  if (table.rows.length === 0) return undefined
  const handles = table.header.findIndex((_cell, i) =>
    table.rows.every((row) => row.cells[i] !== undefined && namesCodeHostTeam(row.cells[i]))
  )
  if (handles === -1) return undefined
  // The column a spreadsheet would read the team's name from (column-fields.ts).
  const named = table.header.findIndex(
    (cell, i) => i !== handles && headerField(plainText(cell)) === 'team'
  )
  const name = named === -1 ? handles : named
  return {
    name,
    other: table.header.flatMap((_cell, i) => (i === name || i === handles ? [] : [i]))
  }
}
