import type { Catalog, CatalogProject, CatalogTeam } from '../catalog/catalog'
import type { TechnologyCategory } from '../catalog/schema'
import { walkUnits } from '../org/org-units'
import { rollUps } from '../org/roll-ups'
import { countLabel } from '../text'
import type { OrgNode, OrgNodeKind } from '../tree/org-tree'
import { ellipsize, measureText, wrapText, type Font } from './text-metrics'

/**
 * The size and text of each kind of node, decided once here and drawn as-is by the screen and
 * the SVG writer: the renderer never measures the DOM, so both always agree.
 */
export const NODE_STYLE = {
  company: { width: 260, padding: 14, title: { size: 20, weight: 700 }, maxLines: 2 },
  division: { width: 230, padding: 12, title: { size: 17, weight: 700 }, maxLines: 2 },
  // Between a division and a team: a level of its own, narrower than the teams it holds.
  group: { width: 250, padding: 12, title: { size: 15, weight: 700 }, maxLines: 2 },
  team: { width: 290, padding: 12, title: { size: 15, weight: 600 }, maxLines: 2 },
  project: { width: 300, padding: 10, title: { size: 13, weight: 400 }, maxLines: 3 }
} as const satisfies Record<
  OrgNodeKind,
  { width: number; padding: number; title: Font; maxLines: number }
>

export const LINE_HEIGHT = 1.3
export const SUBTITLE_FONT: Font = { size: 12, weight: 400 }
export const CHIP = {
  font: { size: 11, weight: 500 } as Font,
  height: 20,
  padX: 7,
  gap: 4,
  /** A technology's logo, before its name, where the dictionary has one (catalog `icon`). */
  logo: { size: 11, gap: 4 }
}
/** The people and hiring pills under a card's subtitle ("7 people", "2 open roles", "1 soon"). */
export const BADGE = { font: { size: 11, weight: 600 } as Font, height: 18, padX: 7, gap: 4 }
const MAX_CHIP_ROWS = 2
/**
 * Sum-of-advances ignores kerning and the browser's subpixel rounding, which can make drawn text
 * a pixel wider than measured; leave that pixel or two so nothing is clipped by accident.
 */
const RASTER_SLACK = 2
const CHIP_ROW_GAP = 4
const SECTION_GAP = 8

export interface ChipLayout {
  name: string
  /** Stated toolset (solid) or only mentioned in the text (outlined). */
  kind: 'stack' | 'mention'
  category: TechnologyCategory
  /**
   * The technology's logo id, when it has one: the chip keeps room for it before the text, so
   * the layout is the same whether or not (and before) the logo is drawn.
   */
  icon?: string
  /** The text drawn: the name, shortened with "…" if it does not fit the chip. */
  label: string
  x: number
  y: number
  width: number
}

export interface NodeBox {
  width: number
  height: number
  titleLines: string[]
  /** The secondary line ("9 teams", "6 projects", project status). */
  subtitle: string
  /** Chips positioned relative to the node's top-left corner; "+N" overflow is `overflow`. */
  chips: ChipLayout[]
  overflow: number
  /** Headcount and hiring, positioned like chips; none for a catalog without people or roles. */
  badges: BadgeLayout[]
}

/**
 * A pill of people or hiring: `people` ("7 people"; "12+ people" when some teams below give no
 * headcount), `open` (roles open now) or `soon` (roles opening soon).
 */
export interface BadgeLayout {
  kind: 'people' | 'open' | 'soon'
  text: string
  x: number
  y: number
  width: number
}

/** Lays out the node's content and returns its box. Pure, deterministic. */
export function nodeBox(node: OrgNode, catalog: Catalog): NodeBox {
  const style = NODE_STYLE[node.kind]
  const inner = style.width - 2 * style.padding
  const titleLines = wrapText(node.label, inner - RASTER_SLACK, style.title, style.maxLines)
  let y = style.padding + titleLines.length * style.title.size * LINE_HEIGHT
  const subtitle = subtitleOf(node, catalog)
  if (subtitle) y += 2 + SUBTITLE_FONT.size * LINE_HEIGHT
  let badges: BadgeLayout[] = []
  const badgeTexts = badgeTextsOf(node, catalog)
  if (badgeTexts.length > 0) {
    badges = layoutBadges(badgeTexts, inner, style.padding, y + BADGE_GAP)
    const rows = new Set(badges.map((badge) => badge.y)).size
    y += BADGE_GAP + rows * BADGE.height + (rows - 1) * CHIP_ROW_GAP
  }
  let chips: ChipLayout[] = []
  let overflow = 0
  if (node.kind === 'team') {
    const lookup = lookupOf(catalog)
    const team = lookup.team(node.ref)
    if (team.stack.length + team.mentions.length > 0) {
      const laid = layoutChips(team, lookup, inner, style.padding, y + SECTION_GAP)
      ;({ chips, overflow } = laid)
      y += SECTION_GAP + laid.rows * CHIP.height + (laid.rows - 1) * CHIP_ROW_GAP
    }
  }
  return {
    width: style.width,
    height: Math.ceil(y + style.padding),
    titleLines,
    subtitle,
    chips,
    overflow,
    badges
  }
}

/** Between the subtitle and the badges: they read as one block about the node. */
const BADGE_GAP = 6

/** What a node's badges say: people, then roles open now, then roles opening soon. */
function badgeTextsOf(node: OrgNode, catalog: Catalog): Omit<BadgeLayout, 'x' | 'y' | 'width'>[] {
  if (node.kind === 'project') return []
  const rollUp =
    node.kind === 'company' ? rollUps(catalog).company : rollUps(catalog).byId.get(node.ref)
  if (!rollUp) return []
  const out: Omit<BadgeLayout, 'x' | 'y' | 'width'>[] = []
  if (rollUp.teamsWithHeadcount > 0) {
    // Some teams below say nothing of their size: the sum is a lower bound, and says so.
    const partial = rollUp.teamsWithHeadcount < rollUp.teams
    const people = countLabel(rollUp.members, 'person', 'people')
    out.push({ kind: 'people', text: partial ? people.replace(' ', '+ ') : people })
  }
  if (rollUp.openRoles > 0) {
    out.push({ kind: 'open', text: countLabel(rollUp.openRoles, 'open role') })
  }
  if (rollUp.soonRoles > 0) out.push({ kind: 'soon', text: `${rollUp.soonRoles} soon` })
  return out
}

function layoutBadges(
  texts: Omit<BadgeLayout, 'x' | 'y' | 'width'>[],
  maxWidth: number,
  left: number,
  top: number
): BadgeLayout[] {
  const badges: BadgeLayout[] = []
  let row = 0
  let x = 0
  for (const { kind, text } of texts) {
    const width = Math.min(
      Math.ceil(measureText(text, BADGE.font) + 2 * BADGE.padX + RASTER_SLACK),
      maxWidth
    )
    if (x > 0 && x + width > maxWidth) {
      row++
      x = 0
    }
    badges.push({ kind, text, x: left + x, y: top + row * (BADGE.height + CHIP_ROW_GAP), width })
    x += width + BADGE.gap
  }
  return badges
}

/**
 * The team's chips, stated stack then mentions, in rows of `maxWidth` (at most MAX_CHIP_ROWS,
 * the rest counted in `overflow`), and how many rows they fill. Each chip object is built once,
 * as it is placed: at 5,000 teams there are 45,000 of them, and building each twice (an object
 * per name, then the chip from it with a spread) and a Set per card to count its rows took some
 * 40% of laying the chart out.
 */
function layoutChips(
  team: Pick<CatalogTeam, 'stack' | 'mentions'>,
  lookup: Pick<CatalogLookup, 'categories' | 'icons'>,
  maxWidth: number,
  left: number,
  top: number
): { chips: ChipLayout[]; overflow: number; rows: number } {
  const { stack, mentions } = team
  return placeChips(
    stack.length + mentions.length,
    (i) => (i < stack.length ? stack[i] : mentions[i - stack.length]),
    (i) => i < stack.length,
    lookup,
    maxWidth,
    left,
    top
  )
}

/** `total` chips, the i-th named `nameAt(i)` (stated stack when `statedAt(i)`), placed in rows. */
function placeChips(
  total: number,
  nameAt: (i: number) => string,
  statedAt: (i: number) => boolean,
  { categories, icons }: Pick<CatalogLookup, 'categories' | 'icons'>,
  maxWidth: number,
  left: number,
  top: number
): { chips: ChipLayout[]; overflow: number; rows: number } {
  const chips: ChipLayout[] = []
  let row = 0
  let x = 0
  for (let i = 0; i < total; i++) {
    const stated = statedAt(i)
    const name = nameAt(i)
    const icon = icons.get(name)
    const remaining = total - i - 1
    const { width, label } = chipText(name, maxWidth, icon !== undefined)
    // On the last row, keep room for the "+N" chip if anything would be left over.
    const reserve = row === MAX_CHIP_ROWS - 1 && remaining > 0 ? overflowWidth(remaining) : 0
    if (x > 0 && x + width + reserve > maxWidth) {
      row++
      x = 0
      if (row === MAX_CHIP_ROWS) return { chips, overflow: total - i, rows: row }
    }
    const kind = stated ? 'stack' : 'mention'
    const category = categories.get(name) ?? 'tooling'
    const cx = left + x
    const cy = top + row * (CHIP.height + CHIP_ROW_GAP)
    chips.push(
      icon === undefined
        ? { name, kind, category, label, x: cx, y: cy, width }
        : { name, kind, category, icon, label, x: cx, y: cy, width }
    )
    x += width + CHIP.gap
  }
  // Rows fill in order, and a row starts only with a chip placed on it.
  return { chips, overflow: 0, rows: chips.length > 0 ? row + 1 : 0 }
}

/**
 * A team card's chips with the lens on: as laid out, unless "+N" hides a technology the lens
 * lights (`lit`: selected, or a member of a selected family); then laid out again with the lit
 * ones first (stated stack, then mentions, each in the team's order), so a match is never hidden
 * in the count. The card keeps its size: the same chips fill at most the same rows.
 */
export function chipsShown(
  node: OrgNode,
  box: NodeBox,
  catalog: Catalog,
  lit: (name: string) => boolean
): Pick<NodeBox, 'chips' | 'overflow'> {
  if (node.kind !== 'team' || box.overflow === 0 || box.chips.length === 0) return box
  const lookup = lookupOf(catalog)
  const { stack, mentions } = lookup.team(node.ref)
  // The chips shown are the first of the stack, then the mentions (layoutChips): "+N" hides
  // the rest, in that order.
  let hidesLit = false
  for (let i = box.chips.length; i < stack.length + mentions.length && !hidesLit; i++) {
    hidesLit = lit(i < stack.length ? stack[i] : mentions[i - stack.length])
  }
  if (!hidesLit) return box
  const order = [
    ...stack.filter(lit).map((name) => [name, true] as const),
    ...mentions.filter(lit).map((name) => [name, false] as const),
    ...stack.filter((name) => !lit(name)).map((name) => [name, true] as const),
    ...mentions.filter((name) => !lit(name)).map((name) => [name, false] as const)
  ]
  const style = NODE_STYLE.team
  const laid = placeChips(
    order.length,
    (i) => order[i][0],
    (i) => order[i][1],
    lookup,
    style.width - 2 * style.padding,
    box.chips[0].x,
    box.chips[0].y
  )
  return { chips: laid.chips, overflow: laid.overflow }
}

/**
 * A chip's width and drawn text depend only on the technology's name (and the node's inner
 * width), and a catalog has a registry of ~100 names used by thousands of teams: measure each
 * once. Bounded, in case something feeds it unbounded text. Kept by width and logo, then by
 * name: a key string made of the three per chip (45,000 of them at 5,000 teams) cost more than
 * the chips' layout.
 */
const chipTexts = new Map<number, Map<string, { width: number; label: string }>>()
let cachedChips = 0
const MAX_CACHED_CHIPS = 10_000

function chipText(name: string, maxWidth: number, logo: boolean): { width: number; label: string } {
  const kind = maxWidth * 2 + (logo ? 1 : 0)
  let texts = chipTexts.get(kind)
  let text = texts?.get(name)
  if (!text) {
    const room = logo ? chipLogoWidth() : 0
    const width = Math.ceil(
      Math.min(measureText(name, CHIP.font) + 2 * CHIP.padX + room + RASTER_SLACK, maxWidth)
    )
    text = { width, label: ellipsize(name, width - 2 * CHIP.padX - room, CHIP.font) }
    if (cachedChips >= MAX_CACHED_CHIPS) {
      chipTexts.clear()
      cachedChips = 0
      texts = undefined
    }
    if (!texts) chipTexts.set(kind, (texts = new Map()))
    texts.set(name, text)
    cachedChips++
  }
  return text
}

/** The room a chip's logo takes: the logo and the gap after it. */
export function chipLogoWidth(): number {
  return CHIP.logo.size + CHIP.logo.gap
}

const overflowWidths: number[] = []

function overflowWidth(n: number): number {
  return (overflowWidths[n] ??= measureText(`+${n}`, CHIP.font) + 2 * CHIP.padX + CHIP.gap)
}

/** Chip text, shortened to the chip's width (computed once, with the layout). */
export function chipLabel(chip: ChipLayout): string {
  return chip.label
}

/**
 * "1 project", "6 projects": how the chart counts things, for every view that says the same.
 * For words whose plural adds an s.
 */
function subtitleOf(node: OrgNode, catalog: Catalog): string {
  const subtitle = catalogSubtitle(node, catalog)
  // "4 projects · 4 hidden": what the lens hides is still the node's (hide non-matching).
  return node.hidden && subtitle ? `${subtitle} · ${node.hidden} hidden` : subtitle
}

/** What the catalog says the node holds: "2 divisions · 13 teams", "4 projects", "Planned". */
function catalogSubtitle(node: OrgNode, catalog: Catalog): string {
  switch (node.kind) {
    case 'company': {
      const teams = catalog.divisions.reduce((sum, d) => sum + d.teams.length, 0)
      return `${countLabel(catalog.divisions.length, 'division')} · ${countLabel(teams, 'team')}`
    }
    case 'division':
    case 'group': {
      // Teams at any depth, not the node's children (which count its groups too).
      const unit = rollUps(catalog).byId.get(node.ref)
      const teams = countLabel(unit?.teams ?? 0, 'team')
      const groups = lookupOf(catalog).groupCounts.get(node.ref) ?? 0
      return groups > 0 ? `${countLabel(groups, 'group')} · ${teams}` : teams
    }
    case 'team': {
      const team = lookupOf(catalog).team(node.ref)
      if (team.status === 'forming') return 'Forming · being defined'
      if (team.projects.length > 0) return countLabel(team.projects.length, 'project')
      // A team that lists what it owns instead ("Journal service", "Reconciliation") says so;
      // "0 projects" only where other teams list theirs: on a catalog of none (a guide that lists
      // no team's projects) it would only repeat that on every card.
      if (team.responsibilities.length > 0)
        return countLabel(team.responsibilities.length, 'responsibility', 'responsibilities')
      return lookupOf(catalog).listsProjects ? countLabel(0, 'project') : ''
    }
    case 'project': {
      // "current" is the norm; only the exceptions earn a line.
      const status = lookupOf(catalog).project(node.ref)?.status
      return status === 'recent' ? 'Recently shipped' : status === 'planned' ? 'Planned' : ''
    }
  }
}

interface CatalogLookup {
  team(id: string): CatalogTeam
  project(id: string): CatalogProject | undefined
  /** Groups directly in each division and group that has any. */
  groupCounts: ReadonlyMap<string, number>
  categories: ReadonlyMap<string, TechnologyCategory>
  /** Logo ids of the technologies that have one. */
  icons: ReadonlyMap<string, string>
  /** Whether any team lists a project. */
  listsProjects: boolean
}

/**
 * Teams, projects and technology categories by id, built once per catalog (the catalog is frozen,
 * so it can key a WeakMap): laying out 25,000 nodes used to scan the catalog for each of them.
 */
const lookups = new WeakMap<Catalog, CatalogLookup>()

function lookupOf(catalog: Catalog): CatalogLookup {
  let lookup = lookups.get(catalog)
  if (!lookup) {
    const teams = new Map<string, CatalogTeam>()
    for (const division of catalog.divisions) {
      for (const team of division.teams) teams.set(team.id, team)
    }
    // Projects only once one is laid out: the first view (teams collapsed) shows none, and
    // 17,500 of them at 5,000 teams took ~10 ms of the first chart to index.
    let projects: Map<string, CatalogProject> | undefined
    const projectsOf = (): Map<string, CatalogProject> => {
      if (projects) return projects
      projects = new Map()
      for (const division of catalog.divisions) {
        for (const team of division.teams) {
          for (const project of team.projects) projects.set(project.id, project)
        }
      }
      return projects
    }
    lookup = {
      team: (id) => {
        const team = teams.get(id)
        // Tree nodes are built from this same catalog, so a miss is a bug, not bad input.
        if (!team) throw new Error(`team ${id} is not in the catalog`)
        return team
      },
      project: (id) => projectsOf().get(id),
      groupCounts: new Map(
        [...walkUnits(catalog)]
          .filter((unit) => unit.groups.length > 0)
          .map((unit) => [unit.id, unit.groups.length])
      ),
      categories: new Map(catalog.technologies.map((t) => [t.name, t.category])),
      icons: new Map(catalog.technologies.flatMap((t) => (t.icon ? [[t.name, t.icon]] : []))),
      listsProjects: catalog.divisions.some((division) =>
        division.teams.some((team) => team.projects.length > 0)
      )
    }
    lookups.set(catalog, lookup)
  }
  return lookup
}
