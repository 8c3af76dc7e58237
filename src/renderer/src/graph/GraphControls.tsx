import { ControlButton, Controls, useReactFlow } from '@xyflow/react'
import { useShallow } from 'zustand/react/shallow'
import type { LayoutKind } from '../../../shared/layout/layout-kind'
import { LAYOUT_KINDS } from '../../../shared/layout/layout-kinds'
import { useAppStore } from '../store/store'
import { CHART_FIT } from './chart-fit'

const LAYOUT_LABEL: Record<LayoutKind, string> = {
  compact: 'Layout: columns',
  horizontal: 'Layout: left to right',
  vertical: 'Layout: top down'
}
const LAYOUT_ICON: Record<LayoutKind, string> = { compact: '▥', horizontal: '⇢', vertical: '⇣' }

/** Zoom, fit, expand/collapse and layout: the chart's own controls, on the chart. */
export function GraphControls() {
  const { fitView } = useReactFlow()
  const { layoutKind, expandAll, collapseAll, setLayoutKind } = useAppStore(
    useShallow((s) => ({
      layoutKind: s.layoutKind,
      expandAll: s.expandAll,
      collapseAll: s.collapseAll,
      setLayoutKind: s.setLayoutKind
    }))
  )
  const nextLayout = LAYOUT_KINDS[(LAYOUT_KINDS.indexOf(layoutKind) + 1) % LAYOUT_KINDS.length]
  return (
    <Controls showInteractive={false} showFitView={false} position="bottom-left">
      <ControlButton
        onClick={() => void fitView({ ...CHART_FIT, duration: 200 })}
        aria-label="Fit chart to window"
        title="Fit chart to window"
      >
        ⤢
      </ControlButton>
      <ControlButton
        onClick={expandAll}
        aria-label="Expand all"
        title="Expand all: show every project"
      >
        ⊞
      </ControlButton>
      <ControlButton
        onClick={collapseAll}
        aria-label="Collapse all"
        title="Collapse all: hide projects"
      >
        ⊟
      </ControlButton>
      <ControlButton
        onClick={() => setLayoutKind(nextLayout)}
        aria-label={LAYOUT_LABEL[layoutKind]}
        title={`${LAYOUT_LABEL[layoutKind]} (switch to ${LAYOUT_LABEL[nextLayout].slice(8)})`}
      >
        {LAYOUT_ICON[layoutKind]}
      </ControlButton>
    </Controls>
  )
}
