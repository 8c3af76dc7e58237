/**
 * How the whole chart is fitted to the pane, wherever it is (a new layout, the Fit button, the
 * camera put back after a presentation or a saved view): a margin of 8% and, for a chart of a
 * team or two, no closer than 150%: fitted to the pane at the zoom limit, one card's text stood
 * 45 px tall and ran under the minimap.
 */
export const CHART_FIT = { padding: 0.08, duration: 0, maxZoom: 1.5 } as const
