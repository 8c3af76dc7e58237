/**
 * How the graph draws a layout, decided by its size and the zoom (pure, so it is unit-tested):
 *
 * - `dom`: every node is a React Flow node (React Flow renders the visible ones). Charts up to
 *   DOM_LAYOUT_LIMIT nodes always draw this way: Teleport and most real catalogs never see the
 *   other two, and every node stays in the accessibility tree.
 * - `overview`: zoomed out on a big chart, where text would be a few pixels tall: teams and
 *   projects are drawn on a canvas as plain cards with their chips as colour bars
 *   (OverviewCanvas), from the same layout. Only the company and division cards stay DOM nodes,
 *   so the chart's headings remain readable, focusable and clickable.
 * - `window`: zoomed in on a big chart: full React Flow nodes, but React Flow is handed only the
 *   nodes around the viewport (windowed-elements.ts), so its per-frame work and the DOM stay
 *   proportional to what is on screen rather than to 25,000 nodes.
 *
 * The numbers come from the benchmark (npm run bench): React Flow's own limit for comfortable
 * DOM nodes is near a thousand; at a zoom of 0.55 the chart pane shows about 60 cards, which
 * mount in one frame when the view crosses over; below it the canvas draws their titles.
 */
export type Detail = 'dom' | 'overview' | 'window'

/** A layout this small is always drawn as DOM nodes. */
export const DOM_LAYOUT_LIMIT = 400
/** Below this zoom a big chart switches to the canvas overview... */
export const OVERVIEW_ENTER_ZOOM = 0.7
/** ...and back to DOM nodes above this one: the gap keeps a zoom near the line from flickering. */
export const OVERVIEW_LEAVE_ZOOM = 0.75

export function levelOfDetail(layoutSize: number, zoom: number, previous?: Detail): Detail {
  if (layoutSize <= DOM_LAYOUT_LIMIT) return 'dom'
  if (zoom < OVERVIEW_ENTER_ZOOM) return 'overview'
  if (zoom > OVERVIEW_LEAVE_ZOOM) return 'window'
  return previous === 'overview' ? 'overview' : 'window'
}
