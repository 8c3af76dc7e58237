import { MAX_CATALOG_BYTES } from '../../shared/catalog/size-limit'
import { MAX_GROUP_DEPTH } from '../../shared/catalog/schema'
import { SyntheticCatalogOptions, syntheticCatalogYaml } from '../../shared/synth/synthetic-catalog'
import { defineCommand } from '../command/define-command'
import { EXIT_FAILURE } from '../output/io'
import { FORCE_HELP, OUT_NOTE, outputTaken, writeOutput } from '../output/write-output'

const DEFAULT_SEED = SyntheticCatalogOptions.shape.seed.def.defaultValue

/** `orgscope synth --teams N`: a deterministic catalog for scale tests, on stdout or in a file. */
export const synth = defineCommand({
  usage:
    'synth --teams N [--seed S] [--divisions D] [--group-depth G] [--people] [--roles] [--relations] [--out PATH [--force]]',
  summary: 'write a seeded synthetic catalog of N teams as YAML (for benchmarks)',
  help: ({ usage, summary }) => `Usage: orgscope ${usage}

${summary}.
  --teams N        number of teams
  --seed S         whole number; the same seed always gives the same file (default ${DEFAULT_SEED})
  --divisions D    number of divisions (default: one per 25 teams, at least 2)
  --group-depth G  split each division's teams into groups G levels deep (0-${MAX_GROUP_DEPTH}, default 0)
  --people         give every team a lead and a headcount
  --roles          give about a fifth of the teams open or upcoming roles
  --relations      give about one team in seven a relation to another team
                   (any of the last four makes a schemaVersion 2 catalog)
  --out PATH       write to PATH instead of stdout
${FORCE_HELP}
${OUT_NOTE}`,
  options: {
    teams: { type: 'string' },
    seed: { type: 'string' },
    divisions: { type: 'string' },
    'group-depth': { type: 'string' },
    people: { type: 'boolean' },
    roles: { type: 'boolean' },
    relations: { type: 'boolean' },
    out: { type: 'string', short: 'o' },
    force: { type: 'boolean' }
  },
  positionals: { max: 0 },
  async run({ values }, io, fail) {
    if (values.teams === undefined) {
      return fail('choose the number of teams with --teams N')
    }
    const options = SyntheticCatalogOptions.safeParse({
      teams: toNumber(values.teams),
      seed: values.seed === undefined ? undefined : toNumber(values.seed),
      divisions: values.divisions === undefined ? undefined : toNumber(values.divisions),
      groupDepth: values['group-depth'] === undefined ? undefined : toNumber(values['group-depth']),
      people: values.people,
      roles: values.roles,
      relations: values.relations
    })
    if (!options.success) {
      const [issue] = options.error.issues
      const flag = String(issue.path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
      return fail(`--${flag} ${issue.message}`)
    }
    const force = values.force === true
    if (values.out !== undefined && (await outputTaken(io, 'synth', values.out, { force }))) {
      return EXIT_FAILURE
    }

    const yaml = syntheticCatalogYaml(options.data)
    const bytes = new TextEncoder().encode(yaml).length
    if (bytes > MAX_CATALOG_BYTES) {
      io.stderr(
        `orgscope synth: warning: ${megabytes(bytes)} MB is over the ${megabytes(MAX_CATALOG_BYTES)} MB ` +
          'a catalog may have; OrgScope will refuse to open it'
      )
    }
    if (values.out === undefined) {
      io.stdout(yaml.replace(/\n$/, ''))
      return 0
    }
    // Atomically: a reader (the app watching the file, a benchmark) never sees half a catalog.
    if (!(await writeOutput(io, 'synth', values.out, yaml, { force }))) return EXIT_FAILURE
    io.stdout(`wrote ${values.out}: ${options.data.teams} teams, ${megabytes(bytes)} MB`)
    return 0
  }
})

/** Strict: "12abc" and "" are not numbers (Number() would give 12 and 0). */
function toNumber(text: string): number {
  return /^\s*-?\d+(\.\d+)?\s*$/.test(text) ? Number(text) : NaN
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1)
}
