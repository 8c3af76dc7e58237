import { Position, type NodeHandle } from '@xyflow/react'
import { SPINE_OFFSET, type PositionedNode } from '../../../shared/layout/layout-tree'

/** React Flow's handle: 6 × 6 px (its style.css), centred on the card's edge. */
const HANDLE_SIZE = 6
/** Card borders (app.css `.org-node`): 1 px, and a team's 4 px division band on the left. */
const BORDER = 1
const TEAM_BAND = 4

/**
 * Where a card's two handles are, as React Flow would measure them from the DOM (relative to the
 * node, in flow px), computed from the layout instead.
 *
 * React Flow renders every node it has never measured, on screen or not, to read its handles
 * (getNodesInside's `forceInitialRender`): a big chart's window of nodes (the view and a screen
 * around it) cost ~600 card renders when the zoom crossed into it. Handed their handles and size
 * up front (toFlowElements), nodes off screen are never rendered, and those on screen are not
 * measured again after they mount. The handles are positioned by CSS inside the card's border
 * (`.react-flow__handle-*`, with OrgNodeView's spine offset): tests/e2e/big-chart.spec.ts
 * compares these numbers with the DOM's, so a style change that moves a handle fails there.
 */
export function nodeHandles(item: PositionedNode): NodeHandle[] {
  const { width, height } = item.box
  const left = item.node.kind === 'team' ? TEAM_BAND : BORDER
  // The handles' containing block: the card's padding box.
  const inner = { x: left, y: BORDER, width: width - left - BORDER, height: height - 2 * BORDER }
  const half = HANDLE_SIZE / 2
  const midX = inner.x + inner.width / 2 - half
  const midY = inner.y + inner.height / 2 - half
  const handle = (type: NodeHandle['type'], position: Position, x: number, y: number) => ({
    id: null,
    type,
    position,
    x,
    y,
    width: HANDLE_SIZE,
    height: HANDLE_SIZE
  })
  const target =
    item.targetSide === 'top'
      ? handle('target', Position.Top, midX, inner.y - half)
      : handle('target', Position.Left, inner.x - half, midY)
  const bottom = inner.y + inner.height - half
  const source =
    item.sourceSide === 'right'
      ? handle('source', Position.Right, inner.x + inner.width - half, midY)
      : item.sourceSide === 'bottom-start'
        ? handle('source', Position.Bottom, inner.x + SPINE_OFFSET - half, bottom)
        : handle('source', Position.Bottom, midX, bottom)
  return [target, source]
}
