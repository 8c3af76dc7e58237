import {
  Background,
  getViewportForBounds,
  MiniMap,
  ReactFlow,
  useReactFlow,
  useStoreApi,
  type Edge,
  type NodeMouseHandler
} from '@xyflow/react'
import {
  useCallback,
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode
} from 'react'
import { useShallow } from 'zustand/react/shallow'
import { boundsOf, layoutTree, type TreeLayout } from '../../../shared/layout/layout-tree'
import { THEMES } from '../../../shared/theme/palette'
import { treeKeyAction } from '../../../shared/tree/tree-navigation'
import { selectTheme, useAppStore, useCatalog } from '../store/store'
import { sourceKey } from '../store/view-after-load'
import { chartNodeElement } from './chart-node-element'
import { ChartMiniMap } from './ChartMiniMap'
import { chartGeometry, nodeAt, type ChartGeometry } from './chart-geometry'
import { GraphControls } from './GraphControls'
import { FlowNodeCache, technologyLinks, type OrgFlowNode } from './flow-elements'
import { DOM_LAYOUT_LIMIT, OVERVIEW_LEAVE_ZOOM } from './level-of-detail'
import { OrgEdge } from './OrgEdge'
import { NODE_TYPES } from './OrgNodeView'
import { OverviewCanvas } from './OverviewCanvas'
import { framePane, RefitWhilePresenting } from './pane-framing'
import { TechLinkEdge } from './TechLinkEdge'
import { RelationEdge, relationEdges } from './RelationEdge'
import { RelationLegend } from './RelationLegend'
import type { PendingFit } from './pending-fit'
import { useLevelOfDetail } from './useLevelOfDetail'
import { useVisibleTree } from './useVisibleTree'
import { intersects } from './spatial-index'
import type { StageOptions } from './staged-nodes'
import { useStagedNodes } from './useStagedNodes'
import { useCompositedWhileMoving } from './useCompositedWhileMoving'
import { boundsNode, windowedElements, type Viewport } from './windowed-elements'
import { CHART_FIT } from './chart-fit'

const PRO_OPTIONS = { hideAttribution: true }
/** A big chart's overview is a canvas, cheap at any zoom: let it fit a whole 25,000-node chart. */
const BIG_CHART_MIN_ZOOM = 0.005
const MIN_ZOOM = 0.05
const MAX_ZOOM = 2.5
/** At module scope, as React Flow's performance guide asks. */
const EDGE_TYPES = { org: OrgEdge, tech: TechLinkEdge, relation: RelationEdge }
const NO_EDGES: readonly Edge[] = []

/**
 * The org chart. `cameras`: what else moves the camera from inside the chart (a remembered
 * camera, a saved view's): drawn after the chart's own fits so that they go on top of them, and
 * passed in so that the graph does not depend on the features that own them.
 */
export function OrgGraph({ cameras }: { cameras?: ReactNode }) {
  const catalog = useCatalog()
  const view = useAppStore(
    useShallow((s) => ({
      layoutKind: s.layoutKind,
      selectedId: s.selectedId,
      connect: s.connect,
      focusId: s.focusId,
      showRelations: s.showRelations
    }))
  )
  const theme = useAppStore(selectTheme)
  const select = useAppStore((s) => s.select)

  const { lens, tree } = useVisibleTree({ focus: true })
  const { match } = lens
  const layout = useMemo(
    () => layoutTree(tree, catalog, { kind: view.layoutKind }),
    [tree, catalog, view.layoutKind]
  )

  const [cache] = useState(() => new FlowNodeCache())
  // Nodes and tree edges depend on the layout (and selection) only; each node reads its own lens
  // state from the derived lens (useNodeLens), so a lens change hands React Flow the same arrays.
  const elements = useMemo(
    () => cache.toFlowElements(layout, view.selectedId),
    [cache, layout, view.selectedId]
  )
  const relations = useMemo(
    () => (view.showRelations ? relationEdges(layout, catalog) : []),
    [view.showRelations, layout, catalog]
  )
  // Drawn over the tree's edges.
  const moreEdges = useMemo(() => {
    const links = view.connect && match.active ? technologyLinks(layout, lens) : []
    return links.length + relations.length > 0 ? [...relations, ...links] : NO_EDGES
  }, [view.connect, match, layout, lens, relations])
  // A big chart is drawn by level of detail (level-of-detail.ts): React Flow gets only the
  // headings (zoomed out, a canvas draws the rest) or a window of nodes around the view.
  const geometry = useMemo(
    () => (layout.nodes.length > DOM_LAYOUT_LIMIT ? chartGeometry(layout) : undefined),
    [layout]
  )
  // The fit FitOnChange makes (same key, same options): the level of detail is decided for the
  // camera it will give, not the old one, so a new big chart never mounts cards it then drops.
  const source = useAppStore((s) => sourceKey(s.result))
  const minZoom = geometry ? BIG_CHART_MIN_ZOOM : MIN_ZOOM
  const fit = useMemo(
    () => ({
      key: `${source}\n${view.layoutKind}\n${view.focusId ?? ''}`,
      bounds: layout.bounds,
      minZoom,
      maxZoom: CHART_FIT.maxZoom,
      padding: CHART_FIT.padding
    }),
    [source, view.layoutKind, view.focusId, layout.bounds, minZoom]
  )
  const { detail, window: viewWindow, viewport } = useLevelOfDetail(layout.nodes.length, fit)
  const shown = useMemo(() => {
    if (!geometry || detail === 'dom') {
      const tree = elements.edges.all()
      return {
        nodes: elements.nodes.all(),
        edges: moreEdges.length > 0 ? [...tree, ...moreEdges] : tree
      }
    }
    const part = windowedElements(
      { ...elements, moreEdges },
      geometry,
      detail === 'window' && viewWindow ? viewWindow : 'overview'
    )
    return { nodes: [boundsNode(geometry), ...part.nodes], edges: part.edges }
  }, [geometry, detail, viewWindow, elements, moreEdges])
  // Cards entering or leaving a big chart's view in bulk (crossing the level of detail) are
  // handed to React Flow a batch a frame, the canvas drawing them meanwhile (staged-nodes.ts).
  const staged = useStagedNodes(shown.nodes, stagingFor(geometry, viewport()))
  const stagedEdges = useMemo(
    () =>
      staged.complete
        ? shown.edges
        : shown.edges.filter((e) => staged.given.has(e.source) && staged.given.has(e.target)),
    [staged, shown.edges]
  )
  const onNodeClick: NodeMouseHandler<OrgFlowNode> = useCallback(
    (_, node) => select(node.id),
    [select]
  )
  const { setCenter, getViewport, screenToFlowPosition } = useReactFlow()
  // In the canvas overview, teams and projects are pixels, not elements: find the one clicked.
  const onPaneClick = useCallback(
    (event: { clientX: number; clientY: number }) => {
      if (geometry && detail === 'overview') {
        const point = screenToFlowPosition({ x: event.clientX, y: event.clientY })
        const hit = nodeAt(geometry, point.x, point.y)
        if (hit !== undefined) return select(layout.nodes[hit].node.id)
      }
      select(undefined)
    },
    [select, geometry, detail, screenToFlowPosition, layout]
  )
  // React Flow makes nodes focusable but gives them no keyboard action: arrows move along the
  // tree (tree-navigation.ts), Enter or Space open the details, like a click.
  const toggleCollapsed = useAppStore((s) => s.toggleCollapsed)
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const target = event.target as HTMLElement
      if (!target.classList.contains('react-flow__node') || !target.dataset.id) return
      const root = layout.nodes.find((n) => n.depth === 0)?.node
      if (!root) return
      const action = treeKeyAction(root, target.dataset.id, event.key)
      if (action.kind === 'none') return
      event.preventDefault()
      if (action.kind === 'open') select(action.id)
      else if (action.kind === 'toggle') toggleCollapsed(action.id)
      else {
        const next = layout.nodes.find((n) => n.node.id === action.id)
        if (!next) return
        // Off-screen nodes are not in the DOM (onlyRenderVisibleElements): bring it into view,
        // then focus it once it is drawn.
        // On a big chart zoomed out, nodes are drawn on a canvas: zoom in far enough for them
        // to be elements that can take focus.
        const zoom = Math.max(getViewport().zoom, geometry ? OVERVIEW_LEAVE_ZOOM + 0.1 : 0)
        void setCenter(next.x + next.box.width / 2, next.y + next.box.height / 2, {
          zoom,
          duration: 0
        })
        focusWhenDrawn(action.id)
      }
    },
    [layout, select, toggleCollapsed, setCenter, getViewport, geometry]
  )
  const minimapColor = useCallback(
    (node: OrgFlowNode) => {
      const palette = THEMES[theme]
      const kind = node.data.item.node.kind
      if (kind === 'company' || kind === 'division') return palette[kind]
      // Not coloured by the lens: that would redraw every minimap node on each selection.
      return palette.border
    },
    [theme]
  )

  const { ref: chartRef, onMoveStart, onMoveEnd } = useCompositedWhileMoving()

  return (
    <ReactFlow<OrgFlowNode>
      ref={chartRef}
      onMoveStart={onMoveStart}
      onMoveEnd={onMoveEnd}
      nodes={staged.nodes}
      edges={stagedEdges}
      nodeTypes={NODE_TYPES}
      edgeTypes={EDGE_TYPES}
      onNodeClick={onNodeClick}
      onPaneClick={onPaneClick}
      onKeyDown={onKeyDown}
      colorMode={theme}
      className={
        [match.active && 'lens-active', geometry && 'org-graph--big'].filter(Boolean).join(' ') ||
        undefined
      }
      fitView
      fitViewOptions={CHART_FIT}
      minZoom={minZoom}
      maxZoom={MAX_ZOOM}
      nodesDraggable={false}
      nodesConnectable={false}
      edgesFocusable={false}
      elementsSelectable
      onlyRenderVisibleElements
      proOptions={PRO_OPTIONS}
      aria-label="Organization chart"
    >
      <FitOnChange fit={fit} />
      <ZoomOnRequest layout={layout} />
      <FitOnRequest layout={layout} />
      {/* After the fits above: a remembered or saved camera goes on top of their fit. */}
      {cameras}
      <RefitWhilePresenting />
      <KeepSelectionVisible layout={layout} selectedId={view.selectedId} />
      <Background gap={24} size={1} />
      {geometry && (
        <OverviewCanvas
          geometry={geometry}
          match={match}
          technologies={lens.lens.technologies}
          selectedId={view.selectedId}
          theme={theme}
          active={detail === 'overview' || !staged.complete}
        />
      )}
      <GraphControls />
      {view.showRelations && relations.length > 0 && <RelationLegend />}
      {geometry ? (
        <ChartMiniMap geometry={geometry} theme={theme} />
      ) : (
        <MiniMap
          pannable
          zoomable
          nodeColor={minimapColor}
          nodeStrokeWidth={0}
          position="bottom-right"
          ariaLabel="Minimap"
        />
      )}
    </ReactFlow>
  )
}

/** Team and project cards mounted per frame when many enter the view at once. */
const STAGE_STEP = 10
const NOTHING_STAGED: StageOptions<OrgFlowNode> = {
  costly: () => false,
  priority: () => 0,
  step: STAGE_STEP
}

/**
 * What is staged on a big chart: the cards on screen (React Flow renders no others) of the kinds
 * the canvas can draw in their place, nearest the centre first. A small chart has no canvas:
 * nothing is staged.
 */
function stagingFor(
  geometry: ChartGeometry | undefined,
  viewport: Viewport | undefined
): StageOptions<OrgFlowNode> {
  if (!geometry || !viewport) return NOTHING_STAGED
  const { x, y, zoom, width, height } = viewport
  const view = { x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom }
  const [cx, cy] = [view.x + view.width / 2, view.y + view.height / 2]
  const box = (node: OrgFlowNode) => ({
    x: node.position.x,
    y: node.position.y,
    width: node.width ?? 0,
    height: node.height ?? 0
  })
  return {
    costly: (node) =>
      (node.type === 'team' || node.type === 'project') && intersects(box(node), view),
    priority: (node) => {
      const b = box(node)
      return (b.x + b.width / 2 - cx) ** 2 + (b.y + b.height / 2 - cy) ** 2
    },
    step: STAGE_STEP
  }
}

/** Focuses a node's element as soon as React Flow has drawn it (within a few frames). */
function focusWhenDrawn(id: string, framesLeft = 10): void {
  const element = chartNodeElement(id)
  if (element) element.focus()
  else if (framesLeft > 0) requestAnimationFrame(() => focusWhenDrawn(id, framesLeft - 1))
}

/**
 * Re-fit when another catalog file is opened, the layout changes or a branch is focused (the
 * fit's key). Not when the same file is reloaded after an edit: whoever is editing keeps the zoom
 * and pan they had.
 *
 * The camera is set as the chart commits, before the browser lays out or paints it: fitView's
 * viewport worked out from the layout's bounds (pending-fit.ts), which React Flow holds as its
 * nodes' (a big chart's bounds node spans them). Waiting for React Flow to measure the new nodes
 * and fit then cost the first frame a second render, layout and overview draw at 5,000 teams.
 * Before the pane has a size (the page's first render) the fit waits for it (below).
 */
function FitOnChange({ fit }: { fit: PendingFit }) {
  const { setViewport } = useReactFlow()
  const store = useStoreApi()
  // The fit's bounds are read when its key changes: a layout that grows (a team expanded) keeps
  // the camera.
  const fitNow = useEffectEvent((): (() => void) | undefined => {
    const { bounds, minZoom, maxZoom, padding } = fit
    const fitInto = (width: number, height: number) =>
      void setViewport(getViewportForBounds(bounds, width, height, minZoom, maxZoom, padding))
    const { width, height, panZoom } = store.getState()
    if (width > 0 && height > 0 && panZoom) {
      fitInto(width, height)
      return undefined
    }
    // The page's first chart: React Flow sizes its pane and sets up panning in its own effects,
    // which run after this one but before the first paint. Fit the moment both are there, so
    // the first frame painted is the fitted chart, not one frame of it at zoom 1 from the origin
    // (onlyRenderVisibleElements then mounted the few cards near the origin, then all of them).
    let live = true
    const unsubscribe = store.subscribe((state) => {
      if (state.width > 0 && state.height > 0 && state.panZoom) {
        unsubscribe()
        // After the rest of React Flow's effects: panning's zoom listener, which carries the
        // camera into its store, is attached by the next one.
        queueMicrotask(() => live && fitInto(state.width, state.height))
      }
    })
    return () => {
      live = false
      unsubscribe()
    }
  })
  useLayoutEffect(() => fitNow(), [fit.key])
  return null
}

/** Centres on a node when search, the matrix or the details panel asks for it. */
function ZoomOnRequest({ layout }: { layout: TreeLayout }) {
  const { setCenter, getZoom } = useReactFlow()
  const request = useAppStore((s) => s.zoomRequest)
  const handled = useRef(0)
  useEffect(() => {
    if (!request || request.n === handled.current) return
    const target = layout.nodes.find((n) => n.node.id === request.id)
    if (!target) return // not laid out yet (its team is expanding): the next layout retries
    handled.current = request.n
    void setCenter(target.x + target.box.width / 2, target.y + target.box.height / 2, {
      zoom: Math.max(getZoom(), 1),
      duration: 300
    })
  }, [request, layout, setCenter, getZoom])
  return null
}

/**
 * Opening the details panel narrows the chart; if that hides the node the user just picked,
 * pan (at the same zoom) so it stays in sight. Not while presenting: there is no details panel,
 * and each stop is selected while the camera is still gliding to frame it, which this would cut
 * short by centring the stop (its last projects out of view).
 */
function KeepSelectionVisible({ layout, selectedId }: { layout: TreeLayout; selectedId?: string }) {
  const { getViewport, setCenter, flowToScreenPosition } = useReactFlow()
  useEffect(() => {
    if (!selectedId || useAppStore.getState().presenting) return
    // Two frames: one for the panel to mount, one for React Flow to see the new size.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        const target = layout.nodes.find((n) => n.node.id === selectedId)
        const pane = document.querySelector('.app__graph')?.getBoundingClientRect()
        if (!target || !pane) return
        const topLeft = flowToScreenPosition({ x: target.x, y: target.y })
        const bottomRight = flowToScreenPosition({
          x: target.x + target.box.width,
          y: target.y + target.box.height
        })
        const visible =
          topLeft.x >= pane.left &&
          topLeft.y >= pane.top &&
          bottomRight.x <= pane.right &&
          bottomRight.y <= pane.bottom
        if (visible) return
        void setCenter(target.x + target.box.width / 2, target.y + target.box.height / 2, {
          zoom: getViewport().zoom,
          duration: 250
        })
      })
    })
    return () => cancelAnimationFrame(frame)
  }, [selectedId, layout, getViewport, setCenter, flowToScreenPosition])
  return null
}

const FIT_PADDING = 0.12

/**
 * Fits a node and its children in view (or everything, for "*"), animated: how the tour moves
 * from stop to stop. Waits for the layout to contain the node, since a stop may first expand it.
 * Framed in the pane as it is laid out now (pane-framing.ts), and remembered, so that while
 * presenting a resized pane frames the stop again.
 */
function FitOnRequest({ layout }: { layout: TreeLayout }) {
  const { setViewport } = useReactFlow()
  const store = useStoreApi()
  const request = useAppStore((s) => s.fitRequest)
  const setFramed = useAppStore((s) => s.setFramed)
  const handled = useRef(0)
  useEffect(() => {
    if (!request || request.n === handled.current) return
    const wanted = new Set(request.ids)
    const all = wanted.has('*')
    const shown = all
      ? layout.nodes
      : layout.nodes.filter(
          (n) => wanted.has(n.node.id) || (n.parentId !== undefined && wanted.has(n.parentId))
        )
    // Not yet laid out as asked (a stop expands its team first): the next layout retries.
    const ready = all ? shown : shown.filter((n) => wanted.has(n.node.id))
    if (ready.length === 0 || (!all && ready.some((n) => n.node.collapsed))) return
    handled.current = request.n
    const rect = all ? layout.bounds : boundsOf(shown)
    setFramed(framePane(store, setViewport, rect, { padding: FIT_PADDING, duration: 600 }))
  }, [request, layout, store, setViewport, setFramed])
  return null
}
