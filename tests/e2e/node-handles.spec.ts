import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { nodeHandles } from '../../src/renderer/src/graph/node-handles'
import { loadCatalogText } from '../../src/shared/catalog/load'
import { LayoutKind } from '../../src/shared/layout/layout-kind'
import { layoutTree } from '../../src/shared/layout/layout-tree'
import { buildOrgTree } from '../../src/shared/tree/org-tree'
import { openChartForEachTest } from './chart-page'

/**
 * React Flow is handed each node's handles (node-handles.ts) instead of measuring them in the
 * DOM: edges are drawn from these numbers, so they must be where the CSS puts the handles.
 */
test.describe('node handles', () => {
  openChartForEachTest()

  test('are where the DOM draws them, for every kind of card in every layout', async ({ page }) => {
    const loaded = loadCatalogText(readFileSync('data/teleport.yaml', 'utf8'), 'teleport.yaml')
    if (!loaded.ok) throw new Error(loaded.errors[0].message)
    const catalog = loaded.value
    await page.getByRole('button', { name: 'Expand all' }).click()
    const label = { compact: 'columns', horizontal: 'left to right', vertical: 'top down' }
    // The layout button steps through the kinds in this order, from the default (columns).
    for (const layoutKind of LayoutKind.options) {
      const button = page.getByRole('button', { name: `Layout: ${label[layoutKind]}` })
      await expect(button).toBeVisible()
      // All of it in view: React Flow renders only the nodes on screen.
      await page.getByRole('button', { name: 'Fit chart to window' }).click()
      const layout = layoutTree(buildOrgTree(catalog, new Set()), catalog, { kind: layoutKind })
      await expect(page.locator('.react-flow__node')).toHaveCount(layout.nodes.length)
      // As React Flow measures them (getHandleBounds): relative to the node, in flow px.
      const measured = await page.evaluate(() => {
        const viewport = document.querySelector('.react-flow__viewport')!
        const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a
        return [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((node) => {
          const box = node.getBoundingClientRect()
          const handles = [...node.querySelectorAll<HTMLElement>('.react-flow__handle')].map(
            (handle) => {
              const b = handle.getBoundingClientRect()
              return {
                type: handle.classList.contains('source') ? 'source' : 'target',
                position: handle.dataset.handlepos,
                x: (b.left - box.left) / zoom,
                y: (b.top - box.top) / zoom,
                width: b.width / zoom,
                height: b.height / zoom
              }
            }
          )
          return { id: node.dataset.id!, handles }
        })
      })
      let compared = 0
      for (const item of layout.nodes) {
        const dom = measured.find((m) => m.id === item.node.id)!
        const computed = nodeHandles(item)
        expect(dom.handles.map((h) => [h.type, h.position])).toEqual(
          computed.map((h) => [h.type, h.position])
        )
        dom.handles.forEach((h, i) => {
          for (const key of ['x', 'y', 'width', 'height'] as const) {
            expect(h[key], `${item.node.id} ${h.type} ${key}`).toBeCloseTo(computed[i][key]!, 1)
          }
        })
        compared++
      }
      expect(compared).toBe(layout.nodes.length)
      await button.click()
    }
  })
})
