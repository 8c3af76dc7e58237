import { technologyIndex } from '../../shared/lens/technology-index'
import { knownTechnology } from '../../shared/technology/dictionary/known-technologies'
import { FILE_NOTE } from '../args/catalog-arg'
import { loadCatalogArg } from '../command/load-catalog-arg'
import { defineCommand } from '../command/define-command'
import { EXIT_FAILURE } from '../output/io'
import { table } from '../output/table'

/** Past this many, the table shortens the team list; --json always has all of them. */
const TEAMS_SHOWN = 8

/**
 * `orgscope techs [file] [--json] [--unknown]`: the technology index, the list the lens shows.
 * `count` is teams using it in their stack or mentions; `stackCount` only those stating it as
 * their toolset. `--unknown` keeps only the ones the technology dictionary does not know.
 */
export const techs = defineCommand({
  usage: 'techs [file] [--json] [--unknown]',
  summary: 'list every technology with the teams that use it, most shared first',
  help: ({ usage, summary }) =>
    `Usage: orgscope ${usage}\n\n${summary}.\n` +
    'count: teams with it in their stack or mentions; stackCount: in their stack only.\n' +
    "--json also gives a technology's family, its logo id (icon, or null) and a family's\n" +
    'members (its counts are its own); implied: a family the file does not list, which two or\n' +
    'more of its technologies name (AWS for Amazon S3 and AWS Lambda).\n' +
    '--unknown: only the technologies no dictionary knows (by name or alias): typos, in-house\n' +
    'tools, or names the technology dictionary lacks.\n' +
    FILE_NOTE,
  options: { json: { type: 'boolean' }, unknown: { type: 'boolean' } },
  positionals: { max: 1 },
  async run({ values, positionals }, io) {
    const loaded = await loadCatalogArg(positionals[0], io)
    if (!loaded) return EXIT_FAILURE
    const { catalog } = loaded
    const registry = new Map(catalog.technologies.map((t) => [t.name, t]))
    const unknown = (name: string): boolean => {
      const technology = registry.get(name)
      const spellings = [name, ...(technology?.aliases ?? [])]
      return spellings.every((spelling) => knownTechnology(spelling) === undefined)
    }
    const rows = technologyIndex(catalog)
      .filter((usage) => !values.unknown || unknown(usage.name))
      .map((usage) => ({
        name: usage.name,
        category: usage.category,
        // The family a technology belongs to (null for none), and a family's members: the same
        // keys on every row, so scripts need not test for them.
        family: usage.family ?? null,
        // The technology dictionary's logo id (a simple-icons slug), null when it has none.
        icon: registry.get(usage.name)?.icon ?? null,
        members: usage.members,
        implied: usage.implied === true,
        count: usage.teams.length,
        stackCount: usage.stackTeams.length,
        teams: usage.teams
      }))
    if (values.json) {
      io.stdout(JSON.stringify(rows, null, 2))
      return 0
    }
    if (values.unknown && rows.length === 0) {
      io.stdout('every technology in the catalog is one the technology dictionary knows')
      return 0
    }
    io.stdout(
      table(
        ['left', 'left', 'right', 'right', 'left'],
        ['TECHNOLOGY', 'CATEGORY', 'TEAMS', 'STACK', 'TEAM IDS'],
        ...rows.map((row) => [
          row.name,
          row.category,
          String(row.count),
          String(row.stackCount),
          // An implied family has no team of its own: say what it stands for instead.
          row.implied ? `family of ${row.members.join(', ')}` : teamList(row.teams)
        ])
      )
    )
    return 0
  }
})

function teamList(ids: string[]): string {
  if (ids.length <= TEAMS_SHOWN) return ids.join(', ')
  return `${ids.slice(0, TEAMS_SHOWN).join(', ')}, … (+${ids.length - TEAMS_SHOWN} more)`
}
