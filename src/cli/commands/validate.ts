import { allTeams } from '../../shared/catalog/catalog'
import { FILE_NOTE } from '../args/catalog-arg'
import { loadCatalogArg } from '../command/load-catalog-arg'
import { defineCommand } from '../command/define-command'
import { EXIT_FAILURE } from '../output/io'

/** `orgscope validate [file]`: exit 0 with a one-line summary, or 1 with every diagnostic. */
export const validate = defineCommand({
  usage: 'validate [file]',
  summary: 'check a catalog; print every problem as file:line:column message',
  help: ({ usage, summary }) => `Usage: orgscope ${usage}\n\n${summary}.\n${FILE_NOTE}`,
  options: {},
  positionals: { max: 1 },
  async run({ positionals }, io) {
    const loaded = await loadCatalogArg(positionals[0], io)
    if (!loaded) return EXIT_FAILURE
    const { file, catalog } = loaded
    const teams = allTeams(catalog)
    const projects = teams.reduce((sum, team) => sum + team.projects.length, 0)
    io.stdout(
      `ok: ${file}: ${count(teams.length, 'team')}, ${count(projects, 'project')}, ` +
        `${count(catalog.technologies.length, 'technology', 'technologies')}`
    )
    return 0
  }
})

function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`
}
