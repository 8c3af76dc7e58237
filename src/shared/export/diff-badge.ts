import { THEMES, type ThemeName } from '../theme/palette'
import type { DiffStatus } from './compared-chart'
import type { Shape } from './scene'
import { num } from './xml'

/** The screen's badge colours (compare.css): white reads on each, in both themes. */
export const DIFF_COLORS: Record<DiffStatus, string> = {
  added: '#2f7d32',
  removed: '#b3261e',
  moved: '#1f5fbf',
  renamed: '#7a4dbf',
  changed: '#a35c00'
}

export const DIFF_WORDS: Record<DiffStatus, string> = {
  added: 'Added',
  removed: 'Removed',
  moved: 'Moved',
  renamed: 'Renamed',
  changed: 'Changed'
}

/** `.diff-badge`: 18px round, with a 2px ring of the page's background around it. */
export const DIFF_BADGE = { radius: 9, halo: 2 } as const

/**
 * A change badge centred at (cx, cy): + − ↪ ✎ ± as paths, not text: ✎ is not in Inter, ↪ not in
 * the subsets an SVG embeds, and a path looks the same in a browser, Skia and the PDF.
 */
export function diffBadge(status: DiffStatus, cx: number, cy: number, theme: ThemeName): Shape[] {
  const white = { fill: '#ffffff' }
  const bar = (x: number, y: number, width: number, height: number): Shape => ({
    type: 'rect',
    x: cx + x,
    y: cy + y,
    width,
    height,
    paint: white
  })
  const symbol: Shape[] =
    status === 'added'
      ? [bar(-4.5, -1, 9, 2), bar(-1, -4.5, 2, 9)]
      : status === 'removed'
        ? [bar(-4.5, -1, 9, 2)]
        : status === 'changed'
          ? [bar(-4, -2.5, 8, 1.6), bar(-0.8, -5.7, 1.6, 6.4), bar(-4, 3.4, 8, 1.6)]
          : status === 'moved'
            ? [
                // ↪: a hook from the left, over the top, down into an arrowhead.
                {
                  type: 'path',
                  d: `M${num(cx - 4.5)} ${num(cy - 2)}A2.5 2.5 0 0 1 ${num(cx - 2)} ${num(cy - 4.5)}H${num(cx + 1.5)}V${num(cy + 1)}`,
                  paint: { stroke: '#ffffff', strokeWidth: 1.6 }
                },
                {
                  type: 'path',
                  d: `M${num(cx - 1.5)} ${num(cy + 0.5)}H${num(cx + 4.5)}L${num(cx + 1.5)} ${num(cy + 4.5)}Z`,
                  paint: white
                }
              ]
            : [
                // ✎: a pencil, tip down-left.
                {
                  type: 'path',
                  d: `M${num(cx - 4.5)} ${num(cy + 4.5)}L${num(cx - 3.6)} ${num(cy + 1.2)}L${num(cx + 2.2)} ${num(cy - 4.6)}L${num(cx + 4.6)} ${num(cy - 2.2)}L${num(cx - 1.2)} ${num(cy + 3.6)}Z`,
                  paint: white
                }
              ]
  return [
    {
      type: 'circle',
      cx,
      cy,
      r: DIFF_BADGE.radius + DIFF_BADGE.halo,
      paint: { fill: THEMES[theme].background }
    },
    { type: 'circle', cx, cy, r: DIFF_BADGE.radius, paint: { fill: DIFF_COLORS[status] } },
    ...symbol
  ]
}
