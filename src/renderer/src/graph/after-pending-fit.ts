import type { ReactFlowInstance, useStoreApi } from '@xyflow/react'

type StoreApi = ReturnType<typeof useStoreApi>

/**
 * Resolves once any fit the chart has queued has run, so a camera set afterwards is not undone
 * by it. The chart fits itself a frame after a new catalog, layout or focus (FitOnChange), and
 * React Flow runs a queued fitView only once the new nodes are measured. Two frames let that
 * fit be queued; if it is still waiting, calling fitView joins it (React Flow keeps one promise
 * for all queued fits) and resolves when it has run.
 */
export async function afterPendingFit(
  store: StoreApi,
  fitView: ReactFlowInstance['fitView'],
  options: Parameters<ReactFlowInstance['fitView']>[0]
): Promise<void> {
  await nextFrame()
  await nextFrame()
  if (store.getState().fitViewQueued) await fitView(options)
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()))
}
