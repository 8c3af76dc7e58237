import { readFileSync } from 'node:fs'
import type { Browser, CDPSession, Page } from 'playwright-core'
import { lodCrossings } from './lod-crossing'
import type { RecordResult } from './results'
import { percentile } from './stats'

/** The same window for OrgScope and the peer. */
export const VIEWPORT = { width: 1280, height: 800 }

/** scripts/bench/in-page.js, injected into every benchmarked page. */
export const IN_PAGE_SCRIPT = readFileSync(new URL('./in-page.js', import.meta.url), 'utf8')

/**
 * First renders per catalog, each in a fresh page; the median is recorded. One sample moved by
 * 20 to 40% between whole bench runs, and the goal at 1,000 teams is a ratio of two of them.
 */
export const FIRST_RENDER_RUNS = 3

/**
 * Runs `measure` on a page of a fresh browser context (so no run inherits another's heap) with
 * in-page.js injected and a CDP session for the heap; the context is closed after, whatever
 * happens.
 */
export async function inFreshPage<T>(
  browser: Browser,
  measure: (page: Page, cdp: CDPSession) => Promise<T>
): Promise<T> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  await context.addInitScript({ content: IN_PAGE_SCRIPT })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  try {
    return await measure(page, cdp)
  } finally {
    await context.close()
  }
}

/** What in-page.js puts on window, for typed page.evaluate callbacks. */
export interface BenchWindow {
  __orgscopeBench: {
    afterNextPaint(): Promise<number>
    paintedWhen(condition: () => boolean, start: number, timeoutMs: number): Promise<number>
    orgscopeShows(expected: { company: string; teamsText: string; nodes: number }): boolean
    orgscopeExpanded(expected: { nodes: number }): boolean
    panAndZoom(options: PanZoomOptions): Promise<PanZoomRun>
    clickToPaint(element: HTMLElement): Promise<number>
    hoverToPaint(element: HTMLElement): Promise<number>
    drawPeer(
      data: unknown[],
      heights: Record<string, number>
    ): Promise<{ ms: number; nodes: number }>
    watchFirstChart(
      expected: { company: string; teamsText: string; nodes: number },
      timeoutMs: number
    ): void
  }
  /** Set by watchFirstChart. */
  __orgscopeFirstChart?: Promise<{ ms: number; scripts: string[] }>
}

interface PanZoomOptions {
  selector: string
  transformSelector: string
  stepsPerPhase: number
  timeLimitMs: number
  targetZoom: number
}

interface PanZoomRun {
  deltas: number[]
  zooms: number[]
  before: string
  after: string
  completed: boolean
  steps: number
}

const STEPS_PER_PHASE = 45
/** Where the scripted zoom-in ends: cards at 80 % size, their text readable. */
const TARGET_ZOOM = 0.8
const PAN_TIME_LIMIT_MS = 30_000

/**
 * The scripted pan and zoom of in-page.js: p50, p95 and the longest of its frame times and, for
 * OrgScope (`layoutSize`, the nodes its chart lays out), the longest frame among those that
 * switched the level of detail.
 */
export async function panAndZoom(
  page: Page,
  target: { selector: string; transformSelector: string },
  layoutSize?: number
): Promise<{
  p50: number
  p95: number
  max: number
  frames: number
  lodCross?: { crossings: number; worstMs: number }
  note?: string
}> {
  const run = await page.evaluate(
    (options) => (window as unknown as BenchWindow).__orgscopeBench.panAndZoom(options),
    {
      ...target,
      stepsPerPhase: STEPS_PER_PHASE,
      timeLimitMs: PAN_TIME_LIMIT_MS,
      targetZoom: TARGET_ZOOM
    }
  )
  const notes: string[] = []
  if (!run.completed) {
    notes.push(
      `stopped at the ${PAN_TIME_LIMIT_MS / 1000} s cap after ${run.steps} of ${4 * STEPS_PER_PHASE + 4} steps`
    )
  }
  if (run.before === run.after && run.steps > 0) notes.push('the view did not move')
  return {
    p50: percentile(run.deltas, 50),
    p95: percentile(run.deltas, 95),
    max: percentile(run.deltas, 100),
    frames: run.deltas.length,
    lodCross:
      layoutSize === undefined ? undefined : lodCrossings(run.zooms, run.deltas, layoutSize),
    note: notes.length ? notes.join('; ') : undefined
  }
}

/**
 * The last measurements of a chart, OrgScope's or the peer's: the scripted pan and zoom over
 * `target` (p50, p95 and longest frame times; with `layoutSize`, the longest frame that crossed
 * the level-of-detail threshold), then the heap.
 */
export async function recordPanZoomAndHeap(
  page: Page,
  cdp: CDPSession,
  target: { selector: string; transformSelector: string },
  record: RecordResult,
  layoutSize?: number
): Promise<void> {
  const pan = await panAndZoom(page, target, layoutSize)
  record('pan-p50', pan.p50, 'ms', pan.note)
  record('pan-p95', pan.p95, 'ms', pan.note)
  record('pan-max', pan.max, 'ms', pan.note)
  if (pan.lodCross) {
    const { crossings, worstMs } = pan.lodCross
    record(
      'lod-cross',
      worstMs,
      'ms',
      crossings === 0 ? 'the zoom never crossed the level-of-detail threshold' : pan.note
    )
  }
  record('heap', await heapMb(cdp), 'MB')
}

/** JS heap in use after a full garbage collection, in MB. */
export async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  return usedSize / 1024 / 1024
}
