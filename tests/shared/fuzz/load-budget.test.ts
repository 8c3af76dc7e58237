// @vitest-environment node
import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { YAML_CORE_SCHEMA } from '../../../src/shared/catalog/core-schema'
import { loadCatalogText } from '../../../src/shared/catalog/load'
import { syntheticCatalogYaml } from '../../../src/shared/synth/synthetic-catalog'
import { nestedAliasBomb } from './alias-bomb'
import { FUZZ_TEST_TIMEOUT_MS, TELEPORT_YAML } from './fuzz-harness'

/** Issue 18: loading a catalog must never block main for more than this, whatever the input. */
const BUDGET_MS_PER_MB = 100

/**
 * This machine's pace when idle (2 cores): js-yaml reads the 5,000-team synthetic catalog
 * (3.3 MB) in 75 ms, measured by the lead for issue 12 (load 75 ms, with a listener 76 ms).
 */
const IDLE_PROBE_MS = 75

const MB = 1024 * 1024

/**
 * CPU time this process spent in `fn`, best of `runs` after one run to warm the JIT. CPU time,
 * not the wall clock: other processes on a shared machine (tests, builds) delay this one, and
 * the wall clock counts every delay, but this process's CPU time counts only its own work.
 */
function cpuMs(fn: () => unknown, runs = 2): number {
  fn()
  let best = Number.POSITIVE_INFINITY
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage()
    fn()
    const spent = process.cpuUsage(before)
    best = Math.min(best, (spent.user + spent.system) / 1000)
  }
  return best
}

/** As many one-line teams as fit in `bytes`: the most validation a catalog's bytes can ask for. */
function oneLineTeams(bytes: number, id: (i: number) => string): string {
  const lines = [
    'schemaVersion: 1',
    'company: {name: A}',
    'divisions:',
    '  - id: d',
    '    name: D',
    '    teams:'
  ]
  for (let i = 0, size = 80; size < bytes; i++) {
    const line = `      - {id: ${id(i)}, name: T}`
    lines.push(line)
    size += line.length + 1
  }
  return `${lines.join('\n')}\n`
}

/**
 * The worst inputs known, each about 2 MB or more (below 1 MB a load's fixed cost, a few
 * milliseconds, is most of it): what each did before is in loader-regressions.test.ts and the
 * issue 18 notes.
 */
function worstInputs(): [name: string, file: string, text: string][] {
  const catalog = syntheticCatalogYaml({ teams: 3000, seed: 1 })
  const lines = catalog.split('\n')
  const status = lines.findIndex(
    (line, i) => i > lines.length / 2 && line === '        status: active'
  )
  const tabs = catalog.replace(/^(?: {2})+/gm, (indent) => '\t'.repeat(indent.length / 2))
  return [
    ['the 3,000-team catalog (2 MB), valid', 'catalog.yaml', catalog],
    [
      'the same with one key indented a space too deep',
      'catalog.yaml',
      lines.map((line, i) => (i === status ? ` ${line}` : line)).join('\n')
    ],
    ['the same indented with tabs', 'catalog.yaml', tabs],
    ['alias bomb, flow (1 MB)', 'bomb.yaml', nestedAliasBomb(1_000_000, 'flow')],
    ['alias bomb, block (1 MB)', 'bomb.yaml', nestedAliasBomb(800_000, 'block')],
    ['2.5 million nested [', 'deep.yaml', '['.repeat(2_500_000)],
    [
      'JSON nested 1 million deep',
      'deep.json',
      `{"a": ${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}`
    ],
    ['2.4 million ] lines', 'brackets.yaml', ']\n'.repeat(2_400_000)],
    ['600,000 lines of a: b: c', 'colons.yaml', 'a: b: c\n'.repeat(600_000)],
    ['a 5 MB quoted value', 'long.yaml', `schemaVersion: 1\ncompany: "${'x'.repeat(5_000_000)}"\n`],
    [
      'a 4.9 MB technology name',
      'long.yaml',
      TELEPORT_YAML.replace('- Golang', `- ${'x'.repeat(4_900_000)}`)
    ],
    ['a million repeated keys', 'repeated.yaml', 'a: 1\n'.repeat(1_000_000)],
    [
      '300,000 different keys',
      'keys.yaml',
      Array.from({ length: 300_000 }, (_, i) => `k${i}: 1`).join('\n')
    ],
    ['2 MB of one-line teams, valid', 'teams.yaml', oneLineTeams(2 * MB, (i) => `t${i}`)],
    ['2 MB of one-line teams, one id', 'teams.yaml', oneLineTeams(2 * MB, () => 't')],
    [
      '2 MB of one-line teams, every id invalid',
      'teams.yaml',
      oneLineTeams(2 * MB, (i) => `T_${i}`)
    ],
    [
      '2 MB of one-line teams, every team unknown fields',
      'teams.yaml',
      oneLineTeams(2 * MB, (i) => `t${i}, colour: red, size: ${i}`)
    ],
    [
      '500,000 unknown technologies',
      'unknown.yaml',
      `schemaVersion: 1\ncompany: {name: A}\ndivisions: [{id: d, name: D, teams: [{id: t, name: T, stack: [${Array(500_000).fill('xq').join(', ')}]}]}]\n`
    ]
  ]
}

describe('time to load, per megabyte', { timeout: 4 * FUZZ_TEST_TIMEOUT_MS }, () => {
  it(`stays within ${BUDGET_MS_PER_MB} ms per MB on the worst inputs known`, () => {
    // How fast this machine runs now, against its idle pace: a loaded machine runs slower in
    // CPU time too (two processes share a core's caches), and the budget scales with it, so that
    // the test measures the loader and not the machine's load. Never tighter than the budget.
    const probe = syntheticCatalogYaml({ teams: 5000, seed: 1 })
    const pace = Math.max(
      1,
      cpuMs(() => load(probe, { schema: YAML_CORE_SCHEMA }), 3) / IDLE_PROBE_MS
    )
    const rows: string[] = []
    const over: string[] = []
    for (const [name, file, text] of worstInputs()) {
      const megabytes = new TextEncoder().encode(text).length / MB
      const spent = cpuMs(() => loadCatalogText(text, file))
      const perMb = spent / megabytes / pace
      rows.push(
        `${name.padEnd(50)} ${megabytes.toFixed(1).padStart(4)} MB ${spent.toFixed(0).padStart(5)} ms ${perMb.toFixed(0).padStart(4)} ms/MB`
      )
      if (perMb > BUDGET_MS_PER_MB) over.push(name)
    }
    console.info(
      `CPU time per load, best of 2; ms/MB at this machine's idle pace (now ${pace.toFixed(2)}× slower)\n${rows.join('\n')}`
    )
    expect(over).toEqual([])
  })
})
