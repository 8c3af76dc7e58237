/**
 * Which nodes React Flow is handed this frame, when the nodes wanted (`target`) differ from the
 * ones handed last frame (`given`) by more than one frame's worth of mounting.
 *
 * Crossing from a big chart's canvas overview to its DOM nodes (level-of-detail.ts) mounts every
 * card in view at once: about 64 cards with their chips, handles and 100 edges, 900 elements,
 * one frame of 70–100 ms on our 2-core machines. Zooming back out unmounts them, another 60 ms.
 * Handed a batch a frame instead, nearest the view's centre first, no frame carries more than a
 * batch, and the canvas (kept drawing until the hand-over completes) shows the cards not yet
 * mounted, where they will be.
 *
 * Only `costly` nodes wait their turn (cards React Flow will draw: on screen, and of a kind the
 * canvas draws). The rest (headings, the chart's bounds, cards off screen that React Flow keeps
 * in its store but does not render) are handed over at once. Pure; `useStagedNodes` runs it a
 * frame at a time.
 */
export interface Staged<N> {
  /** What React Flow gets now: `target` itself once the hand-over is complete. */
  nodes: N[]
  /** Ids in `nodes`, for the next step. */
  given: ReadonlyMap<string, N>
  /** Whether `nodes` is all of `target`, and nothing else. */
  complete: boolean
}

export interface StageOptions<N> {
  /** Whether mounting (or unmounting) this node costs a frame's share of time. */
  costly(node: N): boolean
  /** Lower first: the order costly nodes are mounted in (distance from the view's centre). */
  priority(node: N): number
  /** Costly nodes mounted per frame; twice as many are unmounted (removing costs less). */
  step: number
}

export function stageNodes<N extends { id: string }>(
  given: ReadonlyMap<string, N>,
  target: N[],
  options: StageOptions<N>
): Staged<N> {
  const { costly, priority, step } = options
  const wanted = new Set<string>()
  const waiting: N[] = []
  for (const node of target) {
    wanted.add(node.id)
    if (!given.has(node.id) && costly(node)) waiting.push(node)
  }
  const leaving: N[] = []
  for (const [id, node] of given) if (!wanted.has(id) && costly(node)) leaving.push(node)
  if (waiting.length <= step && leaving.length <= 2 * step) {
    return { nodes: target, given: new Map(target.map((node) => [node.id, node])), complete: true }
  }
  const admitted = new Set(
    waiting
      .sort((a, b) => priority(a) - priority(b))
      .slice(0, step)
      .map((node) => node.id)
  )
  // The far ones go first: what stays longest is what the person is looking at.
  const staying = new Set(
    leaving
      .sort((a, b) => priority(a) - priority(b))
      .slice(0, Math.max(0, leaving.length - 2 * step))
      .map((node) => node.id)
  )
  const nodes: N[] = []
  for (const node of target) {
    if (given.has(node.id) || admitted.has(node.id) || !costly(node)) nodes.push(node)
  }
  for (const node of leaving) if (staying.has(node.id)) nodes.push(node)
  return { nodes, given: new Map(nodes.map((node) => [node.id, node])), complete: false }
}
