import { describe, expect, it, vi } from 'vitest'
import { LogoQueue } from '../../../src/renderer/src/technology/logo-queue'

/** A queue whose frames are painted when the test says, and whose fetches it answers. */
function queue(fetched: (ids: string[]) => Promise<(string | undefined)[]>) {
  const frames: (() => void)[] = []
  const fetchAll = vi.fn(fetched)
  const arrived = vi.fn()
  const logos = new LogoQueue(fetchAll, arrived, (run) => frames.push(run))
  return { logos, frames, fetchAll, arrived }
}

describe('LogoQueue', () => {
  it('fetches nothing until the frame that asked is painted, then all it asked for at once', async () => {
    const { logos, frames, fetchAll, arrived } = queue(async (ids) => ids.map((id) => `M${id}`))
    logos.add('go')
    logos.add('docker')
    expect(frames).toHaveLength(1)
    expect(fetchAll).not.toHaveBeenCalled()

    frames[0]()
    expect(fetchAll).toHaveBeenCalledExactlyOnceWith(['go', 'docker'])
    await vi.waitFor(() => expect(arrived).toHaveBeenCalled())
    expect(arrived).toHaveBeenCalledExactlyOnceWith(['go', 'docker'], ['Mgo', 'Mdocker'])

    // Asked for later: a batch of its own, after the frame that asked.
    logos.add('rust')
    expect(frames).toHaveLength(2)
    frames[1]()
    await vi.waitFor(() => expect(arrived).toHaveBeenCalledTimes(2))
    expect(arrived).toHaveBeenLastCalledWith(['rust'], ['Mrust'])
  })

  it('gives every id of a batch whose fetch fails no path, rather than leave them waiting', async () => {
    const { logos, frames, arrived } = queue(() => Promise.reject(new Error('offline')))
    logos.add('go')
    logos.add('docker')
    frames[0]()
    await vi.waitFor(() => expect(arrived).toHaveBeenCalled())
    expect(arrived).toHaveBeenCalledExactlyOnceWith(['go', 'docker'], [undefined, undefined])
  })
})
