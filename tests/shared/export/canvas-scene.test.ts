import { describe, expect, it } from 'vitest'
import {
  drawScene,
  type Canvas2D,
  type CanvasPlatform
} from '../../../src/shared/export/canvas-scene'
import type { Scene } from '../../../src/shared/export/scene'

/** A context that records the calls that put ink down, with the transform's scale. */
function recorder(): { context: Canvas2D; calls: string[] } {
  const calls: string[] = []
  const state = { fillStyle: '', strokeStyle: '', lineWidth: 1, globalAlpha: 1, font: '' }
  const context = {
    ...state,
    textAlign: 'start',
    textBaseline: 'alphabetic',
    save: () => undefined,
    restore: () => undefined,
    setTransform: () => undefined,
    beginPath: () => undefined,
    moveTo: () => undefined,
    lineTo: () => undefined,
    ellipse: () => undefined,
    arc: () => undefined,
    rect: () => undefined,
    closePath: () => undefined,
    fill: () => calls.push('fill'),
    stroke: () => calls.push('stroke'),
    clip: () => undefined,
    setLineDash: () => undefined,
    fillRect(x: number, y: number, width: number, height: number) {
      calls.push(
        `fillRect ${[x, y, width, height].map((n) => n.toFixed(2)).join(' ')} alpha ${this.globalAlpha}`
      )
    },
    fillText: (text: string) => calls.push(`fillText ${text}`),
    drawImage: () => undefined
  }
  return { context: context as unknown as Canvas2D, calls }
}

const PLATFORM: CanvasPlatform = {
  path: () => ({}),
  layer: () => {
    throw new Error('no layer in this test')
  }
}

const scene: Scene = {
  width: 400,
  height: 40,
  shapes: [
    {
      type: 'text',
      text: 'Platform',
      x: 200,
      y: 30,
      size: 20,
      weight: 600,
      fill: '#123456',
      anchor: 'middle'
    }
  ]
} as Scene

describe('drawScene', () => {
  it('draws text as letters at every size unless told to greek what is too small to read', () => {
    const exported = recorder()
    drawScene(exported.context, scene, PLATFORM, { scale: 0.1 })
    expect(exported.calls).toEqual(['fillText Platform'])

    const readable = recorder()
    drawScene(readable.context, scene, PLATFORM, { scale: 0.5, greekTextBelow: 3 })
    expect(readable.calls).toEqual(['fillText Platform'])

    // 20 px at a tenth is 2 device pixels: a bar as long as the text, centred as it is, faded.
    const thumbnail = recorder()
    drawScene(thumbnail.context, scene, PLATFORM, { scale: 0.1, greekTextBelow: 3 })
    expect(thumbnail.calls).toEqual(['fillRect 156.00 19.00 88.00 11.00 alpha 0.45'])
  })
})
