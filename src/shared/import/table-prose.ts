import { plainText, type TableBlock } from './markdown-blocks'

/**
 * Columns whose cells say who or where, never what a team works with: people, their employers
 * and roles, and how to reach them ("| Name | Company | Email |", "| Role | Human(s) |").
 */
const WHO_OR_WHERE =
  /^(?:humans?(?:\(s\))?|people|persons?|members?|contributors?|maintainers?|owners?|leads?|dris?|job titles?|company|companies|affiliations?|employers?|organi[sz]ations?|pronouns|e-?mails?|github(?: handles?)?|handles?|slack|contacts?|channels?|chat|mailing lists?|calendar|meeting links?)$/iu

/**
 * The text of a table inside a team's section, a cell a line, for the technologies it names
 * ("| Omnibus GitLab | … packages for Ubuntu, Debian, CentOS |"): a table of the team's
 * projects or components says what the team builds and runs, as its lists do. Columns of
 * people, employers and contacts are left out: an employer is not a technology of the team.
 */
export function tableProse(table: TableBlock): string[] {
  const skipped = new Set(
    table.header.flatMap((cell, i) => (WHO_OR_WHERE.test(plainText(cell)) ? [i] : []))
  )
  return table.rows.flatMap((row) =>
    row.cells.flatMap((cell, i) => {
      const text = skipped.has(i) ? '' : plainText(cell)
      return text ? [text] : []
    })
  )
}
