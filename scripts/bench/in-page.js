// Runs inside the benchmarked page (OrgScope's browser build and the d3-org-chart page alike),
// injected with Playwright's addInitScript. Plain browser JavaScript on purpose: Playwright sends
// functions to the page as source text, and a TypeScript transform could add helpers the page
// lacks. Exposes window.__orgscopeBench.
/* global window, document, requestAnimationFrame, MouseEvent, WheelEvent */

/** Resolves just after the next frame is painted: a task queued from requestAnimationFrame. */
function afterNextPaint() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => afterThisFramePaints().then(resolve))
  })
}

/**
 * Called from a requestAnimationFrame callback: resolves just after the frame being drawn is
 * painted, with a task queued now (the frame's style, layout and paint run before it).
 */
function afterThisFramePaints() {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => resolve(performance.now())
    channel.port2.postMessage(undefined)
  })
}

/**
 * Checks `condition` once per frame (from `start`, a performance.now() time) and resolves with
 * the time from `start` to the paint of the first frame in which it held, or with -1 after
 * `timeoutMs`. Checked in a frame's requestAnimationFrame callback, the frame that held it is
 * the one being drawn: timed to its paint, not the next frame's, which a task run after the
 * paint (a panel filled in once the chart is on screen) would delay. Only the first check, made
 * at the call, waits for the next frame.
 */
function paintedWhen(condition, start, timeoutMs) {
  return new Promise((resolve) => {
    const check = (inFrame) => {
      if (condition()) {
        const painted = inFrame ? afterThisFramePaints() : afterNextPaint()
        painted.then((ms) => resolve(ms - start))
      } else if (performance.now() - start > timeoutMs) {
        resolve(-1)
      } else {
        requestAnimationFrame(() => check(true))
      }
    }
    check(false)
  })
}

/**
 * Whether OrgScope's graph shows the expected catalog. Where the graph draws a big chart on a
 * canvas, that layer reports the size of the layout it drew (data-drawn-layout); otherwise every
 * node is a DOM node and the company node names the catalog ("… · 13 teams").
 */
function orgscopeShows(expected) {
  const drawn = document.querySelector('[data-drawn-layout]')
  if (drawn) return drawn.getAttribute('data-drawn-layout') === String(expected.nodes)
  const company = document.querySelector('.react-flow__node[data-id="company"]')
  const text = company ? company.textContent || '' : ''
  return text.includes(expected.company) && text.includes(expected.teamsText)
}

/** Whether every project is laid out: the drawn-layout hook, or (without it) a project node. */
function orgscopeExpanded(expected) {
  const drawn = document.querySelector('[data-drawn-layout]')
  if (drawn) return drawn.getAttribute('data-drawn-layout') === String(expected.nodes)
  return document.querySelector('[data-testid="node-project"]') !== null
}

/**
 * A scripted pan and zoom, one input event per animation frame, like a pointer or trackpad that
 * delivers an event every frame: drag-pan, wheel-zoom in from the fitted view to `targetZoom`
 * (where cards are readable: both charts end up showing the same kind of view), drag-pan, and
 * wheel-zoom back out.
 * Events are dispatched on `selector`'s element at its centre; both React Flow and d3-org-chart
 * handle them with d3-zoom. Returns the frame-to-frame times (requestAnimationFrame deltas) and
 * the zoom transform before and after, so the caller can check the view really moved.
 */
function panAndZoom(options) {
  const target = document.querySelector(options.selector)
  if (!target) return Promise.reject(new Error(`no element ${options.selector}`))
  const transformOf = () => {
    const element = document.querySelector(options.transformSelector)
    return element ? element.getAttribute('transform') || element.style.transform || 'none' : 'none'
  }
  const box = target.getBoundingClientRect()
  const cx = box.left + box.width / 2
  const cy = box.top + box.height / 2
  const mouse = (type, x, y) =>
    target.dispatchEvent(
      new MouseEvent(type, {
        bubbles: true,
        cancelable: true,
        view: window,
        clientX: x,
        clientY: y,
        button: 0,
        buttons: type === 'mouseup' ? 0 : 1
      })
    )
  const wheel = (deltaY) =>
    target.dispatchEvent(
      new WheelEvent('wheel', {
        bubbles: true,
        cancelable: true,
        view: window,
        clientX: cx,
        clientY: cy,
        deltaY,
        deltaMode: 0
      })
    )
  const steps = []
  const drag = (count, dx, dy) => {
    let x = cx
    let y = cy
    steps.push(() => mouse('mousedown', x, y))
    for (let i = 0; i < count; i++) {
      steps.push(() => {
        x += dx
        y += dy
        mouse('mousemove', x, y)
      })
    }
    steps.push(() => mouse('mouseup', x, y))
  }
  const zoom = (count, deltaY) => {
    for (let i = 0; i < count; i++) steps.push(() => wheel(deltaY))
  }
  const n = options.stepsPerPhase
  const scale = /scale\(([-\d.e]+)/.exec(transformOf())
  const startZoom = scale ? Number(scale[1]) : 1
  // d3-zoom (in both charts) multiplies the zoom by 2^(-deltaY × 0.002) per wheel event.
  const deltaY = -Math.log2(options.targetZoom / startZoom) / (n * 0.002)
  drag(n, 6, 3)
  zoom(n, deltaY)
  drag(n, -6, -4)
  zoom(n, -deltaY)

  const before = transformOf()
  const zoomOf = () => {
    const match = /scale\(([-\d.e]+)/.exec(transformOf())
    return match ? Number(match[1]) : Number.NaN
  }
  const deltas = []
  // zooms[i]: the zoom at frame i, before its step runs; deltas[i] runs from frame i to i + 1,
  // so it holds the work step i caused (the caller finds the steps that cross a zoom threshold).
  const zooms = []
  return new Promise((resolve) => {
    const start = performance.now()
    let last = -1
    let i = 0
    const frame = (now) => {
      if (last >= 0) deltas.push(now - last)
      last = now
      zooms.push(zoomOf())
      const timedOut = now - start > options.timeLimitMs
      if (i >= steps.length || timedOut) {
        // Let a drag in progress end, so the page is left in a normal state.
        mouse('mouseup', cx, cy)
        resolve({ deltas, zooms, before, after: transformOf(), completed: !timedOut, steps: i })
        return
      }
      steps[i++]()
      requestAnimationFrame(frame)
    }
    requestAnimationFrame(frame)
  })
}

/**
 * Click `element` and measure from the click to the paint of the frame after the update:
 * two animation frames later, as in scripts/bench-lens.ts.
 */
function clickToPaint(element) {
  return new Promise((resolve) => {
    const start = performance.now()
    element.click()
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)))
  })
}

/**
 * Move the pointer onto `element` (React's onMouseEnter listens for mouseover coming from
 * outside) and measure to the paint of the frame after the update, as clickToPaint does; then
 * move it off again, so the next sample starts from no preview.
 */
function hoverToPaint(element) {
  return new Promise((resolve) => {
    const over = (type, target, relatedTarget) =>
      target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, relatedTarget }))
    const start = performance.now()
    over('mouseover', element, document.body)
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const ms = performance.now() - start
        over('mouseout', element, document.body)
        resolve(ms)
      })
    )
  })
}

/**
 * d3-org-chart (the peer) drawing `data` (its flat id/parentId list, every node expanded) into
 * #chart: cards of the same widths as OrgScope's, a title and up to six technology chips.
 * Resolves with ms from the call to the first frame painted after render() and fit().
 */
function drawPeer(data, heights) {
  const escape = (s) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)
  const start = performance.now()
  new window.D3OrgChart.OrgChart()
    .container('#chart')
    .data(data)
    .duration(0)
    .minPagingVisibleNodes(() => 1e9)
    .nodeWidth(() => 290)
    .nodeHeight((d) => heights[d.data.kind])
    .nodeContent(
      (d) =>
        `<div class="card"><b>${escape(d.data.label)}</b>${d.data.chips
          .map((chip) => `<span class="chip">${escape(chip)}</span>`)
          .join('')}</div>`
    )
    .render()
    .fit({ animate: false })
  return afterNextPaint().then((painted) => ({
    ms: painted - start,
    nodes: document.querySelectorAll('#chart g.node').length
  }))
}

/**
 * For a cold open: from navigation start (performance.now() is 0 there), the paint of the first
 * frame that shows `expected` (see orgscopeShows), and the JavaScript files the page had fetched
 * by then: what the first chart waited on. Installed by an init script, before the page's own.
 */
function watchFirstChart(expected, timeoutMs) {
  let scripts = []
  const shows = () => {
    if (!orgscopeShows(expected)) return false
    scripts = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => new URL(name).pathname.endsWith('.js'))
    return true
  }
  window.__orgscopeFirstChart = paintedWhen(shows, 0, timeoutMs).then((ms) => ({ ms, scripts }))
}

window.__orgscopeBench = {
  watchFirstChart,
  drawPeer,
  afterNextPaint,
  paintedWhen,
  orgscopeShows,
  orgscopeExpanded,
  panAndZoom,
  clickToPaint,
  hoverToPaint
}
