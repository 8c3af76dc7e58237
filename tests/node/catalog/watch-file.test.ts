// @vitest-environment node
import { mkdir, mkdtemp, rename, rm, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { watchFile, type FileWatcher } from '../../../src/node/catalog/watch-file'
import { fsEventBarrier, type FsEventBarrier } from '../../fixtures/fs-event-barrier'

/**
 * Real files in a temporary folder, real fs.watch: the point is how the operating system reports
 * an editor's saves, which a fake would only restate. The clock is fake: a test waits until
 * every event the OS raised has arrived (fsEventBarrier), then runs the debounce and retry
 * timers itself, so "one call, not two" and "no call" are facts, not the outcome of waiting
 * long enough on this machine.
 */
const DEBOUNCE_MS = 60
const RETRY_MS = 50

describe('watchFile', () => {
  let root: string
  let dir: string
  let file: string
  let events: FsEventBarrier
  let watcher: FileWatcher | undefined
  let calls: number

  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    // The watched folder, and beside it the barrier's markers.
    root = await mkdtemp(join(tmpdir(), 'orgscope-watch-'))
    dir = join(root, 'watched')
    await mkdir(dir)
    file = join(dir, 'catalog.yaml')
    await writeFile(file, 'one')
    events = fsEventBarrier(root)
    calls = 0
  })

  afterEach(async () => {
    watcher?.close()
    events.close()
    vi.useRealTimers()
    await rm(root, { recursive: true, force: true })
  })

  function start(options: { debounceMs?: number; retryMs?: number } = {}) {
    watcher = watchFile(file, () => calls++, { debounceMs: DEBOUNCE_MS, ...options })
  }

  /** Once every event so far has arrived and its debounce has run, `onChange` ran `count` times. */
  async function expectCalls(count: number) {
    await events.delivered()
    vi.advanceTimersByTime(DEBOUNCE_MS)
    expect(calls).toBe(count)
  }

  it('reports a write in place', async () => {
    start()
    await writeFile(file, 'two')
    await expectCalls(1)
  })

  it('reports a save by rename-over, and keeps reporting the saves after it', async () => {
    start()
    // How editors save: a temporary file next to the target, renamed over it (a new inode).
    await writeFile(join(dir, '.catalog.yaml.tmp'), 'two')
    await rename(join(dir, '.catalog.yaml.tmp'), file)
    await expectCalls(1)

    await writeFile(join(dir, '.catalog.yaml.tmp'), 'three')
    await rename(join(dir, '.catalog.yaml.tmp'), file)
    await expectCalls(2)
    await writeFile(file, 'four')
    await expectCalls(3)
  })

  it('reports a delete, and the file created again', async () => {
    start()
    await unlink(file)
    await expectCalls(1)
    await writeFile(file, 'back')
    await expectCalls(2)
  })

  it('coalesces a burst of writes, each within the debounce of the last, into one call', async () => {
    start({ debounceMs: 250 })
    for (let i = 0; i < 10; i++) {
      await writeFile(file, `burst ${i}`)
      await events.delivered()
      // 2 s in all, but never 250 ms without a write: each write starts the debounce again.
      vi.advanceTimersByTime(200)
      expect(calls).toBe(0)
    }
    vi.advanceTimersByTime(50)
    expect(calls).toBe(1)
  })

  it('ignores other files in the same folder', async () => {
    start()
    await writeFile(join(dir, 'notes.txt'), 'unrelated')
    await writeFile(join(dir, 'catalog.yaml.bak'), 'unrelated')
    await events.delivered()
    expect(vi.getTimerCount()).toBe(0) // no debounce started
    await expectCalls(0)
  })

  it('stops on close, including a change already waiting for its debounce', async () => {
    start({ debounceMs: 200 })
    await writeFile(file, 'two')
    await events.delivered()
    expect(vi.getTimerCount()).toBe(1) // the event has arrived; the debounce has not fired yet
    watcher!.close()
    await writeFile(file, 'three')
    await events.delivered()
    vi.runAllTimers()
    expect(calls).toBe(0)
  })

  it('watches again when the folder is deleted and created again', async () => {
    start({ retryMs: RETRY_MS })
    await rm(dir, { recursive: true })
    await events.delivered()
    vi.advanceTimersByTime(DEBOUNCE_MS) // finds the folder gone: retries every RETRY_MS
    const afterDelete = calls
    await mkdir(dir)
    await writeFile(file, 'restored')
    vi.advanceTimersByTime(RETRY_MS + DEBOUNCE_MS) // the retry watches the new folder, reports
    expect(calls).toBeGreaterThan(afterDelete)

    const beforeEdit = calls
    await writeFile(file, 'edited after the folder came back')
    await expectCalls(beforeEdit + 1)
  })

  it('waits for a folder that does not exist yet', async () => {
    file = join(dir, 'later', 'catalog.yaml')
    start({ retryMs: RETRY_MS })
    vi.advanceTimersByTime(RETRY_MS) // a retry while the folder is still missing
    expect(calls).toBe(0)
    await mkdir(join(dir, 'later'))
    await writeFile(file, 'created')
    vi.advanceTimersByTime(RETRY_MS + DEBOUNCE_MS) // the next retry finds it, and reports
    expect(calls).toBe(1)
  })
})
