// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  PreviewClient,
  type ConnectPreview,
  type PreviewListener
} from '../../../src/renderer/src/import/preview-client'
import type {
  FromPreviewWorker,
  PreviewRequest,
  ToPreviewWorker
} from '../../../src/renderer/src/import/preview-protocol'
import { PreviewSession } from '../../../src/renderer/src/import/preview-session'
import type { PreviewSource } from '../../../src/shared/sources/preview-source'

const source: PreviewSource = {
  name: 'teams.csv',
  format: 'csv',
  files: [{ path: 'teams.csv', text: 'Team,Division,Group\nPay,Core,Money\nSearch,Growth,\n' }]
}
const request = (
  roles: PreviewRequest['mapping']['roles'] = {},
  theme: 'light' | 'dark' = 'light'
) => ({ mapping: { version: 1, roles }, theme }) satisfies PreviewRequest

/** A channel the test answers by hand: what it was sent, and whether it was terminated. */
interface FakeChannel {
  sent: ToPreviewWorker[]
  terminated: boolean
  answer(message: FromPreviewWorker): void
  fail(message: string): void
}

function fakeConnect(options: { throws?: string } = {}) {
  const channels: FakeChannel[] = []
  const connect: ConnectPreview = (onMessage, onError) => {
    if (options.throws) throw new Error(options.throws)
    const channel: FakeChannel = {
      sent: [],
      terminated: false,
      answer: onMessage,
      fail: onError
    }
    channels.push(channel)
    return {
      post: (message) => channel.sent.push(message),
      terminate: () => {
        channel.terminated = true
      }
    }
  }
  return { connect, channels }
}

function recorder() {
  const heard: string[] = []
  const listener: PreviewListener = {
    sent: () => heard.push('sent'),
    stage: (stage) => heard.push(`stage ${stage}`),
    imported: (summary) => heard.push(`imported ${JSON.stringify(summary.mapping.roles)}`),
    chart: (chart) => heard.push(`chart ${chart}`),
    accepted: (accepted) => heard.push(`accepted ${accepted?.catalogYaml}`),
    failed: (message) => heard.push(`failed ${message}`)
  }
  return { heard, listener }
}

const summary = (roles = {}) => ({
  mapping: { version: 1 as const, roles },
  errors: [],
  importable: true
})

afterEach(() => vi.restoreAllMocks())

describe('the import preview client (the page side of the worker)', () => {
  it('opens the worker with the source, then asks; it hears the answers to what it asked', () => {
    const worker = fakeConnect()
    const { heard, listener } = recorder()
    const client = new PreviewClient(listener, worker.connect, fakeConnect().connect)
    client.open(source)
    client.preview(request())
    const [channel] = worker.channels
    expect(channel.sent).toEqual([
      { type: 'open', source, logos: [] },
      { type: 'preview', id: 1, request: request() }
    ])
    channel.answer({ type: 'stage', id: 1, stage: 'importing' })
    channel.answer({ type: 'imported', id: 1, summary: summary() })
    channel.answer({ type: 'chart', id: 1, chart: 'data:x' })
    expect(heard).toEqual(['sent', 'stage importing', 'imported {}', 'chart data:x'])
  })

  it('starts the worker before the files are read, and opens it with them (and the logos the page has)', () => {
    const worker = fakeConnect()
    const { listener } = recorder()
    const client = new PreviewClient(listener, worker.connect, fakeConnect().connect)
    client.start()
    expect(worker.channels).toHaveLength(1)
    expect(worker.channels[0].sent).toEqual([])
    client.open(source, [['go', 'M0 0Z']])
    client.preview(request())
    expect(worker.channels[0].sent).toEqual([
      { type: 'open', source, logos: [['go', 'M0 0Z']] },
      { type: 'preview', id: 1, request: request() }
    ])
  })

  it('other files while an import runs: that worker goes, and the same choices are asked of the new files', () => {
    const worker = fakeConnect()
    const { listener } = recorder()
    const client = new PreviewClient(listener, worker.connect, fakeConnect().connect)
    client.open(source)
    client.preview(request())
    const other = { ...source, name: 'other.csv' }
    client.open(other)
    expect(worker.channels[0].terminated).toBe(true)
    client.preview(request())
    expect(worker.channels[1].sent).toEqual([
      { type: 'open', source: other, logos: [] },
      { type: 'preview', id: 2, request: request() }
    ])
  })

  it('asks nothing when the request is the one already asked', () => {
    const worker = fakeConnect()
    const { heard, listener } = recorder()
    const client = new PreviewClient(listener, worker.connect, fakeConnect().connect)
    client.open(source)
    client.preview(request())
    worker.channels[0].answer({ type: 'chart', id: 1, chart: 'data:x' })
    client.preview(request())
    expect(worker.channels[0].sent).toHaveLength(2)
    expect(heard).toEqual(['sent', 'chart data:x'])
  })

  it('a new choice while an import runs terminates that worker, starts another, and never shows the old answer', () => {
    const worker = fakeConnect()
    const { heard, listener } = recorder()
    const client = new PreviewClient(listener, worker.connect, fakeConnect().connect)
    client.open(source)
    client.preview(request())
    const [first] = worker.channels
    first.answer({ type: 'stage', id: 1, stage: 'importing' })
    client.preview(request({ 'column:Group': 'skip' }))
    expect(first.terminated).toBe(true)
    const second = worker.channels[1]
    expect(second.sent).toEqual([
      { type: 'open', source, logos: [] },
      { type: 'preview', id: 2, request: request({ 'column:Group': 'skip' }) }
    ])
    // A message the old worker had already posted arrives late: dropped.
    first.answer({ type: 'imported', id: 1, summary: summary() })
    second.answer({ type: 'imported', id: 2, summary: summary({ 'column:Group': 'skip' }) })
    second.answer({ type: 'chart', id: 2, chart: 'data:new' })
    expect(heard).toEqual([
      'sent',
      'stage importing',
      'sent',
      'imported {"column:Group":"skip"}',
      'chart data:new'
    ])
  })

  it('a request for the same choices (a theme change) waits for the running one, and only the latest waits', () => {
    const worker = fakeConnect()
    const { heard, listener } = recorder()
    const client = new PreviewClient(listener, worker.connect, fakeConnect().connect)
    client.open(source)
    client.preview(request())
    client.preview(request({}, 'dark'))
    client.preview(request({}, 'light'))
    client.preview(request({}, 'dark'))
    const [channel] = worker.channels
    expect(channel.terminated).toBe(false)
    expect(channel.sent).toHaveLength(2)
    channel.answer({ type: 'chart', id: 1, chart: 'data:light' })
    expect(channel.sent.at(-1)).toEqual({ type: 'preview', id: 4, request: request({}, 'dark') })
    channel.answer({ type: 'chart', id: 4, chart: 'data:dark' })
    expect(heard.filter((h) => h.startsWith('chart'))).toEqual([
      'chart data:light',
      'chart data:dark'
    ])
    expect(worker.channels).toHaveLength(1)
  })

  it('asks for Accept after the preview before it, and Cancel (close) terminates whatever runs', () => {
    const worker = fakeConnect()
    const { heard, listener } = recorder()
    const client = new PreviewClient(listener, worker.connect, fakeConnect().connect)
    client.open(source)
    client.preview(request())
    client.accept()
    const [channel] = worker.channels
    expect(channel.sent.map((m) => m.type)).toEqual(['open', 'preview'])
    channel.answer({ type: 'chart', id: 1, chart: 'data:x' })
    expect(channel.sent.at(-1)).toEqual({ type: 'accept', id: 2 })
    client.close()
    expect(channel.terminated).toBe(true)
    channel.answer({
      type: 'accepted',
      id: 2,
      accepted: { catalogYaml: 'late', catalog: {} as never, mapping: { version: 1, roles: {} } }
    })
    client.preview(request({ 'column:Group': 'skip' }))
    expect(heard).toEqual(['sent', 'chart data:x'])
    expect(worker.channels).toHaveLength(1)
  })

  it('runs in the page, with a console warning, when no worker can be made', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const page = fakeConnect()
    const { heard, listener } = recorder()
    const client = new PreviewClient(
      listener,
      fakeConnect({ throws: 'Refused to create a worker: CSP' }).connect,
      page.connect
    )
    client.open(source)
    client.preview(request())
    expect(page.channels[0].sent.map((m) => m.type)).toEqual(['open', 'preview'])
    page.channels[0].answer({ type: 'chart', id: 1, chart: 'data:x' })
    expect(heard).toEqual(['sent', 'chart data:x'])
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(
        /^OrgScope: the import preview could not start its worker \(Refused to create a worker: CSP\); importing in the page instead/
      )
    )
  })

  it('runs in the page when the worker fails before answering (its script did not load); a failure after is the request’s', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const worker = fakeConnect()
    const page = fakeConnect()
    const { heard, listener } = recorder()
    const client = new PreviewClient(listener, worker.connect, page.connect)
    client.open(source)
    client.preview(request())
    client.preview(request({}, 'dark'))
    worker.channels[0].fail('net::ERR_FILE_NOT_FOUND')
    expect(worker.channels[0].terminated).toBe(true)
    expect(warn).toHaveBeenCalledOnce()
    const [inPage] = page.channels
    expect(inPage.sent).toEqual([
      { type: 'open', source, logos: [] },
      { type: 'preview', id: 1, request: request() }
    ])
    inPage.answer({ type: 'chart', id: 1, chart: 'data:light' })
    expect(inPage.sent.at(-1)).toEqual({ type: 'preview', id: 2, request: request({}, 'dark') })
    inPage.answer({ type: 'stage', id: 2, stage: 'drawing' })
    inPage.fail('out of memory')
    expect(heard.slice(-2)).toEqual(['stage drawing', 'failed out of memory'])

    // A worker that answered once and then dies: that request failed, no fallback.
    const again = fakeConnect()
    const second = recorder()
    const other = new PreviewClient(second.listener, again.connect, page.connect)
    other.open(source)
    other.preview(request())
    again.channels[0].answer({ type: 'stage', id: 1, stage: 'importing' })
    again.channels[0].fail('Uncaught RangeError: Invalid string length')
    expect(second.heard).toEqual([
      'sent',
      'stage importing',
      'failed the import stopped: Uncaught RangeError: Invalid string length'
    ])
    expect(page.channels).toHaveLength(1)
  })

  it('speaks the session’s protocol: a worker made of a real session, every message structured-cloned', async () => {
    // What postMessage does: a copy, delivered later. A function in a message would throw here.
    const cloningWorker: ConnectPreview = (onMessage) => {
      const session = new PreviewSession(
        (message) => setTimeout(() => onMessage(structuredClone(message))),
        async () => new Map()
      )
      return {
        post: (message) => {
          const copy = structuredClone(message)
          setTimeout(() => session.handle(copy))
        },
        terminate: () => undefined
      }
    }
    const { heard, listener } = recorder()
    const client = new PreviewClient(listener, cloningWorker, fakeConnect().connect)
    client.open(source)
    client.preview(request({ 'column:Group': 'skip' }))
    await expect.poll(() => heard.some((h) => h.startsWith('chart'))).toBe(true)
    expect(heard.slice(0, 4)).toEqual([
      'sent',
      'stage importing',
      'imported {"column:Group":"skip"}',
      'stage drawing'
    ])
    client.accept()
    await expect
      .poll(() => heard.at(-1))
      .toMatch(/^accepted # OrgScope catalog imported from teams\.csv/)
  })
})
