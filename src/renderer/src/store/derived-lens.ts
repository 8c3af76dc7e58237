import type { Catalog, CatalogTeam } from '../../../shared/catalog/catalog'
import { allTeams } from '../../../shared/catalog/all-teams'
import { EMPTY_LENS, matchLens, type LensMatch } from '../../../shared/lens/match'
import type { Lens } from '../../../shared/lens/lens'
import { selectionColor } from '../../../shared/theme/palette'
import { nodeId } from '../../../shared/tree/org-tree'
import { selectCatalog, useAppStore, type AppState } from './store'

/** A selected technology a team has, in its selection colour: one mark on the team's node. */
export interface Mark {
  name: string
  color: string
}

/** How the lens sees one node of the chart or the outline. */
export interface NodeLens {
  /** The node (a team or a project) matches the lens. */
  hit: boolean
  /** The selected technologies a team has, in selection order. */
  marks: readonly Mark[]
  /**
   * Chips of a selected family's members the team has, in the family's colour (Amazon S3 while
   * AWS is selected): the marks say the family, these light the member chips.
   */
  via?: readonly Mark[]
}

/**
 * What the lens matches in the catalog on screen, worked out once per change of the catalog or
 * the lens and read by every view: the technology panel, the matrix, the chart (each node reads
 * its own entry), the outline.
 */
export interface LensView {
  /** The lens this view is of. */
  lens: Lens
  match: LensMatch
  /** How many teams match, of how many. */
  counts: { matching: number; teams: number }
  /** A selected technology's colour (its place in the selection picks it); else undefined. */
  colorOf(name: string): string | undefined
  /**
   * By node id, the nodes the lens touches (a match or a mark). The others are NO_LENS; an
   * entry that did not change keeps its identity from the map nodes read before, so a node
   * re-renders only when its own state changes. Built on first read: while no team or project
   * is drawn as a node (a big chart zoomed out, on a canvas), it is never built.
   */
  readonly nodes: ReadonlyMap<string, NodeLens>
}

/** Untouched by the lens: the same object for every such node, so memoized children see no change. */
export const NO_LENS: NodeLens = Object.freeze({ hit: false, marks: Object.freeze([]) })

const NO_MATCH: LensMatch = {
  active: false,
  teams: new Set(),
  projects: new Set(),
  marks: new Map(),
  via: new Map()
}

/** A project the lens matches (projects carry no marks). */
const PROJECT_HIT: NodeLens = Object.freeze({ hit: true, marks: NO_LENS.marks })
/** A team matched without a mark: by the hiring filter alone. */
const TEAM_HIT: NodeLens = PROJECT_HIT

const NO_CATALOG_VIEW = lensView(undefined, EMPTY_LENS)

/** The node map read last (by chart nodes, outline rows): a new map takes its unchanged entries. */
let lastRead: ReadonlyMap<string, NodeLens> = new Map()

/** One entry per selector: the arguments last asked for and what they gave. */
interface Memo {
  catalog?: Catalog
  lens: Lens
  preview?: string
  view: LensView
}

let selected: Memo | undefined
let drawn: Memo | undefined

/**
 * The lens as selected: what the panel counts and the matrix shows (a technology under the
 * pointer is a preview, not a choice).
 */
export function selectLensView(state: AppState): LensView {
  const catalog = selectCatalog(state)
  if (!catalog) return NO_CATALOG_VIEW
  if (selected?.catalog === catalog && selected.lens === state.lens) return selected.view
  selected = { catalog, lens: state.lens, view: lensView(catalog, state.lens) }
  return selected.view
}

/**
 * The lens as drawn: the selection plus the technology under the pointer in the lens panel,
 * highlighted without being selected. What the chart and the outline show.
 */
export function selectDrawnLens(state: AppState): LensView {
  const base = selectLensView(state)
  const { preview } = state
  const catalog = selectCatalog(state)
  if (!catalog || !preview || base.lens.technologies.includes(preview)) {
    // Nothing previewed: let go of the last preview's view (on a big catalog, a map of
    // thousands of nodes) rather than keep it for the next hover.
    drawn = undefined
    return base
  }
  if (drawn?.catalog === catalog && drawn.lens === state.lens && drawn.preview === preview) {
    return drawn.view
  }
  const lens = { ...base.lens, technologies: [...base.lens.technologies, preview] }
  drawn = { catalog, lens: state.lens, preview, view: lensView(catalog, lens, base) }
  return drawn.view
}

/** The selected lens, for a component (re-renders when it changes). */
export function useLensView(): LensView {
  return useAppStore(selectLensView)
}

/** The drawn lens (with the preview), for a component (re-renders when it changes). */
export function useDrawnLens(): LensView {
  return useAppStore(selectDrawnLens)
}

/**
 * One node's lens state, as drawn: a node re-renders when its own match or marks change, not on
 * every lens change (nor on any other store change: the selector is a memo check and a lookup).
 */
export function useNodeLens(id: string): NodeLens {
  return useAppStore((state) => selectDrawnLens(state).nodes.get(id) ?? NO_LENS)
}

/**
 * Matches `lens` against the catalog. `base`: the selection a preview adds to; the preview's
 * node map shares its entries first, so that when the pointer leaves, the nodes the preview did
 * not touch still hold the very objects they drew with.
 */
function lensView(catalog: Catalog | undefined, lens: Lens, base?: LensView): LensView {
  const match = catalog ? matchLens(catalog, lens) : NO_MATCH
  const colors = new Map(lens.technologies.map((name, i) => [name, selectionColor(i)]))
  let nodes: ReadonlyMap<string, NodeLens> | undefined
  return {
    lens,
    match,
    counts: { matching: match.teams.size, teams: catalog ? teamCount(catalog) : 0 },
    colorOf: (name) => colors.get(name),
    get nodes() {
      if (!nodes) {
        const read = lastRead
        nodes = nodeEntries(catalog, match, colors, base ? [base.nodes, read] : [read])
      }
      lastRead = nodes
      return nodes
    }
  }
}

/** The entries of the nodes the match touches, taking each unchanged one from `previous`. */
function nodeEntries(
  catalog: Catalog | undefined,
  match: LensMatch,
  colors: ReadonlyMap<string, string>,
  previous: readonly ReadonlyMap<string, NodeLens>[]
): Map<string, NodeLens> {
  const nodes = new Map<string, NodeLens>()
  const keep = (id: string, next: NodeLens) => {
    for (const map of previous) {
      const old = map.get(id)
      if (old && sameNodeLens(old, next)) return void nodes.set(id, old)
    }
    nodes.set(id, next)
  }
  // Only what the lens touches: every team that matches has a mark (of any or all selected).
  const teamsById = catalog && match.via.size > 0 ? teamLookup(catalog) : undefined
  for (const [team, names] of match.marks) {
    const marks = names.map((name) => ({ name, color: colors.get(name)! }))
    const via = teamsById ? memberChips(teamsById.get(team), match.via, colors) : undefined
    keep(nodeId.team({ id: team }), { hit: match.teams.has(team), marks, ...(via && { via }) })
  }
  // Hiring alone matches teams that have no marks: they are hits all the same.
  for (const team of match.teams) {
    if (!match.marks.has(team)) keep(nodeId.team({ id: team }), TEAM_HIT)
  }
  for (const project of match.projects) keep(nodeId.project({ id: project }), PROJECT_HIT)
  return nodes
}

const teamCounts = new WeakMap<Catalog, number>()

function teamCount(catalog: Catalog): number {
  let count = teamCounts.get(catalog)
  if (count === undefined) teamCounts.set(catalog, (count = allTeams(catalog).length))
  return count
}

function sameNodeLens(a: NodeLens, b: NodeLens): boolean {
  return a.hit === b.hit && sameMarks(a.marks, b.marks) && sameMarks(a.via ?? [], b.via ?? [])
}

function sameMarks(a: readonly Mark[], b: readonly Mark[]): boolean {
  return (
    a.length === b.length &&
    a.every((mark, i) => mark.name === b[i].name && mark.color === b[i].color)
  )
}

const teamLookups = new WeakMap<Catalog, ReadonlyMap<string, CatalogTeam>>()

function teamLookup(catalog: Catalog): ReadonlyMap<string, CatalogTeam> {
  let found = teamLookups.get(catalog)
  if (!found) teamLookups.set(catalog, (found = new Map(allTeams(catalog).map((t) => [t.id, t]))))
  return found
}

/** The team's technologies that light through a selected family, each in the family's colour. */
function memberChips(
  team: CatalogTeam | undefined,
  via: ReadonlyMap<string, string>,
  colors: ReadonlyMap<string, string>
): Mark[] | undefined {
  if (!team) return undefined
  const found: Mark[] = []
  for (const name of [...team.stack, ...team.mentions]) {
    const family = via.get(name)
    if (family !== undefined) found.push({ name, color: colors.get(family)! })
  }
  return found.length > 0 ? found : undefined
}
