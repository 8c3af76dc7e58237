import type { MouseEvent } from 'react'
import { chartNodeElement } from '../graph/chart-node-element'
import { useAppStore } from '../store/store'

/** The id of the main view's section (chart, matrix or outline): the skip link's target. */
export const CHART_ID = 'chart'

/**
 * "Skip to chart": the first Tab stop, shown only while focused, so a keyboard user reaches the
 * chart without tabbing through the toolbar and every technology of the side panel (~50 stops
 * on the bundled catalog, hundreds on a large one). It lands on something that answers keys:
 * the selected node (or the company) in the chart, the active item of the outline.
 */
export function SkipToChart() {
  const onClick = (event: MouseEvent) => {
    // The URL hash holds the view state (useUrlState): jump without touching it.
    event.preventDefault()
    const section = document.getElementById(CHART_ID)
    if (!section) return
    const { selectedId } = useAppStore.getState()
    const target =
      (selectedId ? chartNodeElement(selectedId, section) : null) ??
      chartNodeElement('company', section) ??
      section.querySelector<HTMLElement>('.react-flow__node, [role="treeitem"][tabindex="0"]') ??
      section
    target.focus()
  }
  return (
    <a className="skip-link" href={`#${CHART_ID}`} onClick={onClick}>
      Skip to chart
    </a>
  )
}
