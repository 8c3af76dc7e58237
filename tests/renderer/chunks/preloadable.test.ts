import { describe, expect, it, vi } from 'vitest'
import { preloadable } from '../../../src/renderer/src/chunks/preloadable'

const Panel = () => null

describe('a component in a chunk of its own', () => {
  it('downloads once, however often it is preloaded', async () => {
    const load = vi.fn(async () => Panel)
    const chunk = preloadable(load)
    expect(load).not.toHaveBeenCalled()
    const [first, second] = await Promise.all([chunk.preload(), chunk.preload()])
    expect(first).toEqual({ default: Panel })
    expect(second).toBe(first)
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('tries again after a failed download (the browser build, offline for a moment)', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(Panel)
    const chunk = preloadable(load)
    await expect(chunk.preload()).rejects.toThrow('offline')
    await expect(chunk.preload()).resolves.toEqual({ default: Panel })
    expect(load).toHaveBeenCalledTimes(2)
  })
})
