import { useEffect, useMemo, useRef, useState } from 'react'
import { stageNodes, type StageOptions, type Staged } from './staged-nodes'

/**
 * The nodes React Flow gets, handed over a batch a frame when `target` changes by more than a
 * frame's worth of mounting (staged-nodes.ts). Small changes (a pan that brings a row of cards
 * into view) go through in the same render, as before.
 */
export function useStagedNodes<N extends { id: string }>(
  target: N[],
  options: StageOptions<N>
): Staged<N> {
  // What React Flow was handed last: `target` itself once a hand-over is complete.
  const [handed, setHanded] = useState(target)
  const given = useMemo(() => new Map(handed.map((node) => [node.id, node])), [handed])
  const staged = useMemo(() => stageNodes(given, target, options), [given, target, options])
  // Complete at once: remember it now (React re-runs this render before drawing anything).
  if (staged.complete && handed !== target) setHanded(target)

  // One batch a frame. A zoom re-renders the chart every frame; the next batch must not wait for
  // it to stop, so a frame already asked for is kept, and takes the latest plan when it comes.
  const latest = useRef(staged)
  const frame = useRef(0)
  useEffect(() => {
    latest.current = staged
    if (staged.complete || frame.current) return
    frame.current = requestAnimationFrame(() => {
      frame.current = 0
      if (!latest.current.complete) setHanded(latest.current.nodes)
    })
  }, [staged])
  useEffect(() => () => cancelAnimationFrame(frame.current), [])
  return staged
}
