import { readFileSync } from 'node:fs'
import { load } from 'js-yaml'
import type { Catalog } from '../../src/shared/catalog/catalog'
import { YAML_CORE_SCHEMA } from '../../src/shared/catalog/core-schema'
import { loadCatalogText } from '../../src/shared/catalog/load'
import {
  syntheticCatalogFile,
  syntheticCatalogYaml
} from '../../src/shared/synth/synthetic-catalog'
import { buildOrgTree, teamNodeIds, walk } from '../../src/shared/tree/org-tree'

/** One catalog the benchmark runs on, as YAML (what people write) and as JSON (the floor). */
export interface BenchCatalog {
  teams: number
  /** "org": the synthetic catalog of that size with groups, people, roles and relations. */
  variant?: BenchVariant
  /** File name the loader sees; also the name the browser's file chooser gets. */
  file: string
  yaml: string
  json: string
  catalog: Catalog
  /** Nodes the chart lays out with teams collapsed (the first view) and with everything open. */
  collapsedNodes: number
  expandedNodes: number
}

export const TELEPORT_TEAMS = 13

export type BenchVariant = 'org'

/**
 * The catalog version 2 brings (issue 13): every division's teams in groups 2 levels deep, a
 * lead and headcount on every team, roles on about a fifth, relations on about one in seven.
 * Its teams are the plain catalog's, so the two columns compare the cost of the rest. (3 levels
 * deep, 5,000 teams write 5.5 MB of YAML, over the loader's 5 MB.)
 */
const ORG_OPTIONS = { groupDepth: 2, people: true, roles: true, relations: true } as const

/** A benchmark size as written on the command line: "5000", or "5000:org" for the variant. */
export function parseBenchSize(text: string): { teams: number; variant?: BenchVariant } {
  const [teams, variant] = text.split(':')
  if (variant !== undefined && variant !== 'org') {
    throw new Error(`unknown catalog variant "${variant}" in "${text}" (known: org)`)
  }
  return { teams: Number(teams), ...(variant ? { variant } : {}) }
}

/**
 * The bundled Teleport catalog for 13, a seeded synthetic catalog (seed 1) for every other size,
 * with groups, people and roles for the "org" variant.
 */
export function benchCatalog(teams: number, variant?: BenchVariant): BenchCatalog {
  const teleport = teams === TELEPORT_TEAMS && !variant
  const options = { teams, seed: 1, ...(variant === 'org' ? ORG_OPTIONS : {}) }
  const yaml = teleport ? readFileSync('data/teleport.yaml', 'utf8') : syntheticCatalogYaml(options)
  const data: unknown = teleport
    ? load(yaml, { schema: YAML_CORE_SCHEMA })
    : syntheticCatalogFile(options)
  const file = teleport ? 'teleport.yaml' : `synthetic-${teams}${variant ? `-${variant}` : ''}.yaml`
  const loaded = loadCatalogText(yaml, file)
  if (!loaded.ok) throw new Error(`${file} does not load: ${loaded.errors[0]?.message}`)
  const catalog = loaded.value
  const count = (collapsed: Iterable<string>) =>
    [...walk(buildOrgTree(catalog, new Set(collapsed)))].length
  return {
    teams,
    ...(variant ? { variant } : {}),
    file,
    yaml,
    json: JSON.stringify(data),
    catalog,
    collapsedNodes: count(teamNodeIds(catalog)),
    expandedNodes: count([])
  }
}
