import { expect, test } from '@playwright/test'
import { IN_PAGE_SCRIPT } from '../../scripts/bench/page'

/**
 * The benchmark's paint timing (scripts/bench/in-page.js), in the browser it measures: a chart
 * that appears in a frame is timed to that frame's paint, not to the next frame's, which a long
 * task run after the paint (a panel filled in once the chart is on screen) holds back.
 */
test('paintedWhen times the frame the condition held in, not a task after its paint', async ({
  page
}) => {
  await page.setContent('<main id="root"></main>')
  await page.addScriptTag({ content: IN_PAGE_SCRIPT })
  const timing = await page.evaluate(() => {
    type Bench = { paintedWhen(c: () => boolean, start: number, t: number): Promise<number> }
    const bench = (window as unknown as { __orgscopeBench: Bench }).__orgscopeBench
    const start = performance.now()
    const measured = bench.paintedWhen(() => document.querySelector('.chart') !== null, start, 5000)
    let busyDone: (ms: number) => void
    const busyEnded = new Promise<number>((resolve) => (busyDone = resolve))
    // As React commits a chart: in a task, not in a frame. Right after the frame that paints
    // it (20 ms on: a task after the paint, whichever queue the browser serves first), a 300 ms
    // task runs.
    setTimeout(() => {
      const chart = document.createElement('div')
      chart.className = 'chart'
      chart.textContent = 'chart'
      document.getElementById('root')!.append(chart)
      requestAnimationFrame(() =>
        setTimeout(() => {
          const until = performance.now() + 300
          while (performance.now() < until);
          busyDone(performance.now() - start)
        }, 20)
      )
    }, 50)
    return Promise.all([measured, busyEnded]).then(([ms, busy]) => ({ ms, busyEnded: busy }))
  })
  expect(timing.busyEnded).toBeGreaterThan(300)
  expect(timing.ms).toBeGreaterThan(0)
  expect(timing.ms).toBeLessThan(timing.busyEnded)
})
