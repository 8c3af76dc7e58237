/**
 * The element React Flow draws for chart node `id`, or null when it is not drawn (off-screen with
 * onlyRenderVisibleElements, on a big chart's canvas overview, or another view is shown).
 */
export function chartNodeElement(id: string, within: ParentNode = document): HTMLElement | null {
  return within.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)
}
