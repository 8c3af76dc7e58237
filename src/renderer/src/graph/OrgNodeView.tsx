import { Handle, Position, type NodeProps } from '@xyflow/react'
import { memo, type MouseEvent } from 'react'
import { badgeColors } from '../../../shared/theme/badge-colors'
import { CATEGORY_COLORS, textColorOn, type ThemeName } from '../../../shared/theme/palette'
import { chipsShown, LINE_HEIGHT, NODE_STYLE, type NodeBox } from '../../../shared/layout/node-box'
import { SPINE_OFFSET } from '../../../shared/layout/layout-tree'
import { DiffMarkLayer } from '../compare/DiffMarkLayer'
import { useNodeLens } from '../store/derived-lens'
import { selectCatalog, selectTheme, useAppStore } from '../store/store'
import { TechnologyLogo } from '../technology/TechnologyLogo'
import type { OrgNode, OrgNodeKind } from '../../../shared/tree/org-tree'
import type { OrgFlowNode } from './flow-elements'
import { MarkDots } from './MarkDots'

const TARGET = { top: Position.Top, left: Position.Left } as const
/** In the compact outline, edges leave from the parent's spine, near its bottom-left corner. */
const SPINE_HANDLE = { left: SPINE_OFFSET }

/**
 * One component for the four node kinds: they share structure (title lines, subtitle, chips,
 * collapse toggle) and differ by style, set through the `kind` class. Text comes pre-wrapped
 * from the shared layout, so the screen draws exactly what the export draws.
 */
function OrgNodeViewImpl({ data, selected }: NodeProps<OrgFlowNode>) {
  const { item } = data
  const { node, box } = item
  const style = NODE_STYLE[node.kind]
  const theme = useAppStore(selectTheme)
  const toggleCollapsed = useAppStore((s) => s.toggleCollapsed)

  const onToggle = (event: MouseEvent) => {
    // The toggle sits on the node: do not also open the details panel.
    event.stopPropagation()
    toggleCollapsed(node.id)
  }

  return (
    <div
      className={`org-node org-node--${node.kind}${selected ? ' is-selected' : ''}`}
      data-testid={`node-${node.kind}`}
      data-node-id={node.id}
      style={{ width: box.width, height: box.height, padding: style.padding }}
    >
      <Handle type="target" position={TARGET[item.targetSide]} isConnectable={false} />
      <div
        className="org-node__title"
        // Cut to the card (two lines, an ellipsis): the tooltip has the whole name.
        title={box.titleLines.join(' ') === node.label ? undefined : node.label}
        style={{
          fontSize: style.title.size,
          fontWeight: style.title.weight,
          lineHeight: LINE_HEIGHT
        }}
      >
        {box.titleLines.map((line, i) => (
          <div key={i} className="org-node__line">
            {line}
          </div>
        ))}
      </div>
      {box.subtitle &&
        (node.childCount > 0 && node.kind !== 'company' ? (
          // The subtitle ("6 projects") doubles as the expand/collapse control.
          <button
            type="button"
            className="org-node__subtitle org-node__toggle"
            aria-expanded={!node.collapsed}
            aria-label={`${node.collapsed ? 'Show' : 'Hide'} ${box.subtitle} of ${node.label}`}
            onClick={onToggle}
          >
            <span aria-hidden="true" className="org-node__caret">
              {node.collapsed ? '▸' : '▾'}
            </span>
            {box.subtitle}
          </button>
        ) : (
          <div className="org-node__subtitle">{box.subtitle}</div>
        ))}
      {box.badges.length > 0 && <Badges box={box} kind={node.kind} theme={theme} />}
      {/* Only teams and projects are matched: the company and divisions never read the lens,
          so while a big chart is zoomed out (teams on a canvas) no node asks for the lens's
          node map, and it is not built (derived-lens.ts). */}
      {(node.kind === 'team' || node.kind === 'project') && <LensLayer id={node.id} />}
      {node.kind !== 'company' && node.kind !== 'project' && <DiffMarkLayer id={node.id} />}
      {box.chips.length > 0 && <Chips node={node} box={box} theme={theme} />}
      <Handle
        type="source"
        position={item.sourceSide === 'right' ? Position.Right : Position.Bottom}
        style={item.sourceSide === 'bottom-start' ? SPINE_HANDLE : undefined}
        isConnectable={false}
      />
    </div>
  )
}

export const OrgNodeView = memo(OrgNodeViewImpl)

/**
 * The lens on one node, apart from the node so a lens change redraws this small layer and not
 * the card. It reads the node's own entry of the derived lens (useNodeLens), so only nodes whose
 * match or marks change re-render when the selection changes; dimming everything else is one
 * class on the graph (`lens-active`, see app.css).
 */
const LensLayer = memo(function LensLayer({ id }: { id: string }) {
  const { hit, marks } = useNodeLens(id)
  if (!hit && marks.length === 0) return null
  return (
    <>
      {hit && (
        <span className="lens-hit" data-match="true">
          <span className="visually-hidden">matches the selected technologies</span>
        </span>
      )}
      {marks.length > 0 && (
        <span
          className="org-node__marks"
          role="img"
          aria-label={`Has ${marks.map((m) => m.name).join(', ')}`}
        >
          <MarkDots marks={marks} className="org-node__mark" />
        </span>
      )}
    </>
  )
})

/**
 * Headcount and hiring ("7 people", "2 open roles", "1 soon"), placed by the shared layout and
 * painted from the colours the export uses too (badge-colors.ts).
 */
function Badges({ box, kind, theme }: { box: NodeBox; kind: OrgNodeKind; theme: ThemeName }) {
  return (
    <span className="org-node__badges" data-testid="node-badges">
      {box.badges.map((badge) => {
        const colors = badgeColors(badge.kind, kind, theme)
        return (
          <span
            key={badge.kind}
            className={`node-badge node-badge--${badge.kind}`}
            style={{
              left: badge.x,
              top: badge.y,
              width: badge.width,
              background: colors.fill,
              color: colors.text,
              boxShadow: colors.ring
                ? `inset 0 0 0 1px color-mix(in srgb, ${colors.ring.color} ${colors.ring.opacity * 100}%, transparent)`
                : undefined
            }}
          >
            {badge.text}
          </span>
        )
      })}
    </span>
  )
}

/**
 * A team's technology chips, and "+N" for those that do not fit. Chips of selected technologies
 * take their selection colour; the rest keep their category colour. A selected technology the
 * count would hide is shown first instead (chipsShown). Re-renders only when this team's marks
 * change.
 */
const Chips = memo(function Chips({
  node,
  box,
  theme
}: {
  node: OrgNode
  box: NodeBox
  theme: ThemeName
}) {
  const { marks, via } = useNodeLens(node.id)
  const markOf = (name: string) =>
    marks.find((m) => m.name === name) ?? via?.find((m) => m.name === name)
  // Read, not subscribed to: a new catalog lays every card out again anyway, and a store
  // subscription per card cost the first chart of thousands of teams.
  const catalog =
    box.overflow > 0 && (marks.length > 0 || (via?.length ?? 0) > 0)
      ? selectCatalog(useAppStore.getState())
      : undefined
  const { chips, overflow } = catalog
    ? chipsShown(node, box, catalog, (name) => markOf(name) !== undefined)
    : box
  const last = chips.at(-1)
  return (
    <>
      {chips.map((chip) => {
        const mark = markOf(chip.name)
        return (
          <span
            key={chip.name}
            className={`chip chip--${chip.kind}${mark ? ' chip--selected' : ''}`}
            title={`${chip.name}${chip.kind === 'mention' ? ' (mentioned)' : ' (stated stack)'}`}
            style={{
              left: chip.x,
              top: chip.y,
              width: chip.width,
              ['--chip' as string]: mark?.color ?? CATEGORY_COLORS[chip.category][theme],
              ['--chip-text' as string]: mark ? textColorOn(mark.color) : undefined
            }}
          >
            <TechnologyLogo icon={chip.icon} />
            {chip.label}
          </span>
        )
      })}
      {overflow > 0 && (
        <span
          className="chip chip--more"
          style={{ left: (last?.x ?? 0) + (last?.width ?? 0) + 4, top: last?.y ?? 0 }}
        >
          +{overflow}
        </span>
      )}
    </>
  )
})

/** At module scope, as React Flow's performance guide asks: a new object each render remounts. */
export const NODE_TYPES = {
  company: OrgNodeView,
  division: OrgNodeView,
  'org-group': OrgNodeView,
  team: OrgNodeView,
  project: OrgNodeView,
  /** The invisible node spanning a big chart, so fitView fits all of it (windowed-elements.ts). */
  bounds: ChartBounds
}

function ChartBounds() {
  return null
}
