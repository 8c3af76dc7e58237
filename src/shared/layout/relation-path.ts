import type { Catalog } from '../catalog/catalog'
import type { TeamRelation } from '../org/relations'
import { nodeId } from '../tree/org-tree'
import type { PositionedNode } from './layout-tree'
import { measureText, type Font } from './text-metrics'

/** The words on a relation's line, short enough to sit on a curve. */
export const RELATION_LABEL: Record<TeamRelation['kind'], string> = {
  'depends-on': 'depends on',
  supports: 'supports',
  collaborates: 'collaborates'
}

export const RELATION_STYLE = {
  width: 1.75,
  /** Dashes, not the tree's solid lines: a relation can never be read as a branch. */
  dash: [6, 4] as const,
  arrow: 8,
  label: { font: { size: 10, weight: 600 } as Font, padX: 5, height: 15 }
}

/** A relation as drawn: a curve, an arrowhead for a directed kind, and its label's pill. */
export interface RelationGeometry {
  /** A cubic Bézier in layout coordinates (absolute M and C only). */
  d: string
  /** A closed triangle at the target end; none for a collaboration (it has no direction). */
  arrow?: string
  label: { text: string; x: number; y: number; width: number; height: number }
  /** Where the curve, its arrow and its label lie. */
  box: { x: number; y: number; width: number; height: number }
}

/**
 * How a relation between two laid-out teams is drawn, the same on screen and in every export.
 * It leaves the side of one card facing the other and bows out of the tree's straight lines:
 * between columns, side to side with the curve bent up; in one column (the compact layout's
 * outline, a top-down row), out to the right of both cards and back, so it never runs along a
 * tree edge. `lane` spreads relations that share a card apart; `count` more than one (a line to
 * a collapsed unit standing for several) is said on its label.
 */
export function relationGeometry(
  relation: Pick<TeamRelation, 'kind' | 'mutual'>,
  source: PositionedNode,
  target: PositionedNode,
  lane = 0,
  count = 1
): RelationGeometry {
  const sCenter = { x: source.x + source.box.width / 2, y: source.y + source.box.height / 2 }
  const tCenter = { x: target.x + target.box.width / 2, y: target.y + target.box.height / 2 }
  const shift = (lane % 3) * LANE_GAP
  let points: [number, number, number, number, number, number, number, number]
  if (target.x >= source.x + source.box.width || source.x >= target.x + target.box.width) {
    // Side by side: the facing sides, a curve bent upwards by how far apart they are.
    const rightward = target.x > source.x
    const sx = rightward ? source.x + source.box.width : source.x
    const tx = rightward ? target.x : target.x + target.box.width
    const sy = sCenter.y + shift
    const ty = tCenter.y + shift
    const dx = (tx - sx) / 3
    const lift = Math.min(60, Math.abs(tx - sx) / 6) + shift
    points = [sx, sy, sx + dx, sy - lift, tx - dx, ty - lift, tx, ty]
  } else {
    // Overlapping columns: out of the right sides, around, and back in.
    const sx = source.x + source.box.width
    const tx = target.x + target.box.width
    const sy = sCenter.y + shift
    const ty = tCenter.y + shift
    const bow = 36 + Math.min(40, Math.abs(ty - sy) / 8) + shift
    const x = Math.max(sx, tx) + bow
    points = [sx, sy, x, sy, x, ty, tx, ty]
  }
  const [x0, y0, x1, y1, x2, y2, x3, y3] = points
  const d = `M${r(x0)} ${r(y0)}C${r(x1)} ${r(y1)} ${r(x2)} ${r(y2)} ${r(x3)} ${r(y3)}`
  const arrow =
    relation.kind === 'collaborates' ? undefined : arrowHead(x2, y2, x3, y3, RELATION_STYLE.arrow)
  // The curve's middle (t = 1/2 of the Bézier).
  const mx = (x0 + 3 * x1 + 3 * x2 + x3) / 8
  const my = (y0 + 3 * y1 + 3 * y2 + y3) / 8
  const text =
    count > 1 ? `${RELATION_LABEL[relation.kind]} ×${count}` : RELATION_LABEL[relation.kind]
  const { font, padX, height } = RELATION_STYLE.label
  const width = Math.ceil(measureText(text, font) + 2 * padX)
  const label = { text, x: mx - width / 2, y: my - height / 2, width, height }
  const xs = [x0, x1, x2, x3, label.x, label.x + width]
  const ys = [y0, y1, y2, y3, label.y, label.y + height]
  const pad = RELATION_STYLE.arrow
  const box = {
    x: Math.min(...xs) - pad,
    y: Math.min(...ys) - pad,
    width: Math.max(...xs) - Math.min(...xs) + 2 * pad,
    height: Math.max(...ys) - Math.min(...ys) + 2 * pad
  }
  return { d, arrow, label, box }
}

/** A triangle whose tip is (x, y), pointing along the curve's last control leg. */
function arrowHead(fromX: number, fromY: number, x: number, y: number, size: number): string {
  const angle = Math.atan2(y - fromY, x - fromX)
  const spread = Math.PI / 7
  const ax = x - size * Math.cos(angle - spread)
  const ay = y - size * Math.sin(angle - spread)
  const bx = x - size * Math.cos(angle + spread)
  const by = y - size * Math.sin(angle + spread)
  return `M${r(x)} ${r(y)}L${r(ax)} ${r(ay)}L${r(bx)} ${r(by)}Z`
}

const r = (n: number) => Math.round(n * 10) / 10

/** How far apart two relations' lanes run: their dashes never merge into one solid line. */
const LANE_GAP = 10

/**
 * Where each team's relations end, nearest first: its card, then its groups from the deepest
 * up, then its division. A collapsed group or division stands for the teams it hides.
 */
export function teamHomes(catalog: Catalog): ReadonlyMap<string, readonly string[]> {
  let homes = homesMemo.get(catalog)
  if (!homes) {
    const made = new Map<string, readonly string[]>()
    for (const division of catalog.divisions) {
      for (const team of division.teams) {
        made.set(team.id, [
          nodeId.team(team),
          ...[...team.groupPath].reverse().map((id) => nodeId.group({ id })),
          nodeId.division(division)
        ])
      }
    }
    homes = made
    homesMemo.set(catalog, homes)
  }
  return homes
}

const homesMemo = new WeakMap<Catalog, ReadonlyMap<string, readonly string[]>>()

/**
 * A relation as the chart draws it: between two cards, standing for `count` relations. (A type,
 * not an interface: React Flow's edge data must be a plain record.)
 */
export type VisibleRelation = {
  /** The first relation the line stands for (catalog order). */
  relation: TeamRelation
  source: PositionedNode
  target: PositionedNode
  lane: number
  /** How many relations of this kind join the two cards (more than one through a collapsed unit). */
  count: number
}

/**
 * The relations as drawn on the laid-out chart. A relation ends at its team's card or, when a
 * collapsed group or division hides the team, at that unit's card; relations of one kind
 * between the same two cards are one line that counts them, and a relation inside one
 * collapsed unit is not drawn. Each line gets a lane so that lines meeting at one card do not
 * draw over each other.
 */
export function visibleRelations(
  relations: readonly TeamRelation[],
  byId: ReadonlyMap<string, PositionedNode>,
  homes: ReadonlyMap<string, readonly string[]>
): VisibleRelation[] {
  const shownAt = (team: string): PositionedNode | undefined => {
    for (const id of homes.get(team) ?? [nodeId.team({ id: team })]) {
      const node = byId.get(id)
      if (node) return node
    }
    return undefined
  }
  const used = new Map<string, number>()
  /** Lanes already taken between each pair of cards (either way round). */
  const pairs = new Map<string, number[]>()
  const drawn = new Map<string, VisibleRelation>()
  const out: VisibleRelation[] = []
  for (const relation of relations) {
    const source = shownAt(relation.from)
    const target = shownAt(relation.to)
    if (!source || !target || source === target) continue
    const [from, to] = [source.node.id, target.node.id]
    const line = `${from}\u0000${relation.kind}\u0000${to}`
    const same = drawn.get(line)
    if (same) {
      same.count++
      continue
    }
    let lane = Math.max(used.get(from) ?? 0, used.get(to) ?? 0)
    // A depends on B and B supports A join the same two cards: the second takes another lane,
    // or its dashes would fall between the first's and draw one solid line.
    const pair = [from, to].sort().join('\u0000')
    const taken = pairs.get(pair) ?? []
    while (taken.some((other) => other % 3 === lane % 3) && taken.length < 3) lane++
    pairs.set(pair, [...taken, lane])
    used.set(from, lane + 1)
    used.set(to, lane + 1)
    const placed = { relation, source, target, lane, count: 1 }
    drawn.set(line, placed)
    out.push(placed)
  }
  return out
}
