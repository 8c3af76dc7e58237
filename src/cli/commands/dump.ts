import { dumpCatalog } from '../output/catalog-dump'
import { FILE_NOTE } from '../args/catalog-arg'
import { loadCatalogArg } from '../command/load-catalog-arg'
import { defineCommand } from '../command/define-command'
import { EXIT_FAILURE } from '../output/io'

/** `orgscope dump [file] --json`: the normalized catalog on stdout, diagnostics on stderr. */
export const dump = defineCommand({
  usage: 'dump [file] --json',
  summary: 'print the normalized catalog as JSON (technologies most shared first)',
  help: ({ usage, summary }) => `Usage: orgscope ${usage}\n\n${summary}.\n${FILE_NOTE}`,
  options: { json: { type: 'boolean' } },
  positionals: { max: 1 },
  async run({ values, positionals }, io, fail) {
    // Required although JSON is the only format: a later human-readable default then cannot
    // break scripts that parse this output.
    if (!values.json) return fail('choose an output format: --json')
    const loaded = await loadCatalogArg(positionals[0], io)
    if (!loaded) return EXIT_FAILURE
    io.stdout(JSON.stringify(dumpCatalog(loaded.catalog), null, 2))
    return 0
  }
})
