import { readFileSync } from 'node:fs'
import { load } from 'js-yaml'
import type { Catalog } from '../../src/shared/catalog/catalog'
import { YAML_CORE_SCHEMA } from '../../src/shared/catalog/core-schema'
import { loadCatalogText } from '../../src/shared/catalog/load'
import { textSizeProblem } from '../../src/shared/catalog/size-limit'
import { parseSource } from '../../src/shared/catalog/source'
import { validateCatalog } from '../../src/shared/catalog/validate'
import {
  syntheticCatalogFile,
  syntheticCatalogYaml
} from '../../src/shared/synth/synthetic-catalog'
import { buildOrgTree, teamNodeIds, walk } from '../../src/shared/tree/org-tree'

/** One catalog the benchmark runs on, as YAML (what people write) and as JSON (the floor). */
export interface BenchCatalog {
  teams: number
  /** File name the loader sees; also the name the browser's file chooser gets. */
  file: string
  yaml: string
  json: string
  catalog: Catalog
  /** Why the loader refuses this file (it is over the size limit), if it does. */
  refused?: string
  /** Nodes the chart lays out with teams collapsed (the first view) and with everything open. */
  collapsedNodes: number
  expandedNodes: number
}

export const TELEPORT_TEAMS = 13

/** The bundled Teleport catalog for 13, a seeded synthetic catalog (seed 1) for every other size. */
export function benchCatalog(teams: number): BenchCatalog {
  const teleport = teams === TELEPORT_TEAMS
  const yaml = teleport
    ? readFileSync('data/teleport.yaml', 'utf8')
    : syntheticCatalogYaml({ teams, seed: 1 })
  const data: unknown = teleport
    ? load(yaml, { schema: YAML_CORE_SCHEMA })
    : syntheticCatalogFile({ teams, seed: 1 })
  const file = teleport ? 'teleport.yaml' : `synthetic-${teams}.yaml`
  // Past the loader's size limit (10,000 teams are 6.5 MB of YAML) the same data is validated
  // without it, so the layout and export metrics still run at that size.
  const overLimit = textSizeProblem(file, yaml)
  const source = overLimit ? parseSource(JSON.stringify(data), file) : undefined
  const loaded = source?.ok ? validateCatalog(source.value) : loadCatalogText(yaml, file)
  if (!loaded.ok) throw new Error(`${file} does not load: ${loaded.errors[0]?.message}`)
  const catalog = loaded.value
  const count = (collapsed: Iterable<string>) =>
    [...walk(buildOrgTree(catalog, new Set(collapsed)))].length
  return {
    teams,
    file,
    yaml,
    json: JSON.stringify(data),
    catalog,
    refused: overLimit?.message,
    collapsedNodes: count(teamNodeIds(catalog)),
    expandedNodes: count([])
  }
}
