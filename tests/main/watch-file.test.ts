// @vitest-environment node
import { mkdir, mkdtemp, rename, rm, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { watchFile, type FileWatcher } from '../../src/main/catalog/watch-file'

/**
 * Real files in a temporary folder, real fs.watch: the point is how the operating system reports
 * an editor's saves, which a fake would only restate.
 */
const DEBOUNCE_MS = 60
/** Longer than the debounce plus the time the OS takes to deliver an event. */
const SETTLE_MS = 400

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('watchFile', () => {
  let dir: string
  let file: string
  let watcher: FileWatcher | undefined
  let calls: number

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'orgscope-watch-'))
    file = join(dir, 'catalog.yaml')
    await writeFile(file, 'one')
    calls = 0
  })

  afterEach(async () => {
    watcher?.close()
    await rm(dir, { recursive: true, force: true })
  })

  function start(options: { debounceMs?: number; retryMs?: number } = {}) {
    watcher = watchFile(file, () => calls++, { debounceMs: DEBOUNCE_MS, ...options })
  }

  /** Waits until `onChange` has run `count` times (or fails after a few seconds). */
  async function expectCalls(count: number) {
    await expect.poll(() => calls, { timeout: 5000, interval: 20 }).toBeGreaterThanOrEqual(count)
    // …and not more: no late events arrive after the burst settled.
    await sleep(SETTLE_MS)
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

  it('coalesces a burst of writes into one call', async () => {
    // A debounce well above the gaps between writes, so a slow machine cannot split the burst.
    start({ debounceMs: 250 })
    for (let i = 0; i < 10; i++) {
      await writeFile(file, `burst ${i}`)
      await sleep(5)
    }
    await expectCalls(1)
  })

  it('ignores other files in the same folder', async () => {
    start()
    await writeFile(join(dir, 'notes.txt'), 'unrelated')
    await writeFile(join(dir, 'catalog.yaml.bak'), 'unrelated')
    await sleep(SETTLE_MS)
    expect(calls).toBe(0)
  })

  it('stops on close, including a change already waiting for its debounce', async () => {
    start({ debounceMs: 200 })
    await writeFile(file, 'two')
    await sleep(50) // the event has arrived; the debounce has not fired yet
    watcher!.close()
    await writeFile(file, 'three')
    await sleep(SETTLE_MS)
    expect(calls).toBe(0)
  })

  it('watches again when the folder is deleted and created again', async () => {
    start({ retryMs: 50 })
    await rm(dir, { recursive: true })
    await sleep(SETTLE_MS)
    const afterDelete = calls
    await mkdir(dir)
    await writeFile(file, 'restored')
    await expect.poll(() => calls, { timeout: 5000 }).toBeGreaterThan(afterDelete)

    const beforeEdit = calls
    await sleep(SETTLE_MS)
    await writeFile(file, 'edited after the folder came back')
    await expect.poll(() => calls, { timeout: 5000 }).toBeGreaterThan(beforeEdit)
  })

  it('waits for a folder that does not exist yet', async () => {
    file = join(dir, 'later', 'catalog.yaml')
    start({ retryMs: 50 })
    await sleep(100)
    await mkdir(join(dir, 'later'))
    await writeFile(file, 'created')
    await expect.poll(() => calls, { timeout: 5000 }).toBeGreaterThanOrEqual(1)
  })
})
