// @vitest-environment node
import { quietMainWindow } from './quiet-main-window'
import type { IpcMainInvokeEvent } from 'electron'
import fc from 'fast-check'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { guard } from '../../src/main/ipc'
import { Diagnostic } from '../../src/shared/catalog/diagnostic'
import type { InvokeChannel } from '../../src/shared/ipc/channels'
import { CONTRACT, type Request } from '../../src/shared/ipc/contract'
import { BrowserWindow, FakeFrame, FakeWebContents } from '../mocks/electron'
import {
  announceSeed,
  FUZZ_TEST_TIMEOUT_MS,
  fuzzParameters,
  MAX_CASE_MS,
  MAX_MESSAGE_LENGTH
} from '../fixtures/fuzz-harness'
import { threadCpuMs } from '../fixtures/thread-cpu'

/**
 * Every message the renderer can send, fuzzed through the gatekeeper main registers for it:
 * whatever arrives, either the handler runs with data the channel's schema accepts, or the page
 * gets a short failure result; in time, and never a throw.
 */

const CHANNELS = Object.keys(CONTRACT) as InvokeChannel[]

/** Requests the page really sends: each must reach the handler. One list per channel. */
const VALID: { [C in InvokeChannel]: Request<C>[] } = {
  'orgscope:catalog/load': [undefined],
  'orgscope:catalog/open': [undefined],
  'orgscope:catalog/cancel-open': [undefined],
  'orgscope:catalog/open-dropped': [{ path: '/home/ada/teams/catalog.yaml' }, { path: 'C:\\g.md' }],
  'orgscope:catalog/at-revision': [{ revision: 'HEAD~3' }, { revision: 'v1.0@{2026-01-01}' }],
  'orgscope:catalog/part': [
    { id: 1, index: 0 },
    { id: 7, index: 12 }
  ],
  'orgscope:shell/open-external': [
    { url: 'https://goteleport.com/careers' },
    { url: 'mailto:jobs@example.com' }
  ],
  'orgscope:export/chart': [
    { options: {}, view: {} },
    {
      options: { format: 'pdf', scope: 'view', viewport: { x: 0, y: -5, width: 800, height: 600 } },
      view: { collapsed: ['team:cloud'], lens: { technologies: ['Go'], mode: 'all' } }
    }
  ],
  'orgscope:export/copy-png': [{ options: { format: 'png', scale: 3 }, view: { focusId: 'x' } }],
  'orgscope:export/reveal': [{ path: '/tmp/chart.png' }],
  'orgscope:export/cancel': [undefined],
  'orgscope:settings/load': [undefined],
  'orgscope:settings/save': [
    {},
    { theme: 'dark', lens: { technologies: ['Kubernetes'], mode: 'any' }, view: 'matrix' },
    { viewport: { x: 10, y: -20, zoom: 0.75, catalog: '/data/teleport.yaml' } }
  ],
  'orgscope:views/load': [undefined],
  'orgscope:views/save': [
    { catalog: '/data/teleport.yaml', views: [] },
    {
      catalog: 'teleport.yaml',
      views: [
        { id: 'v-1', name: 'Kubernetes teams', lens: { technologies: ['Kubernetes'] } },
        { id: 'v-2', name: 'Cloud', focusId: 'division:cloud', expanded: ['team:cloud-sre'] }
      ]
    }
  ],
  'orgscope:print/pdf': [{}, { technologies: ['Go', 'Rust'], landscape: false }],
  'orgscope:import/save': [
    {
      source: 'teams.csv',
      catalogName: 'teams.yaml',
      catalog: 'schemaVersion: 2\n',
      mappingName: 'teams.import.json',
      mapping: '{"version":1,"roles":{}}\n'
    }
  ]
}

/** 5 MB: what a page could put in one string, as a key or a value. */
const HUGE = 'x'.repeat(5 * 1024 * 1024)

/** Nested 10,000 deep: deeper than any schema, as an object and as an array. */
const DEEP_OBJECT = Array.from({ length: 10_000 }).reduce<unknown>((inner) => ({ a: inner }), {})
const DEEP_ARRAY = Array.from({ length: 10_000 }).reduce<unknown>((inner) => [inner], [])

/** 100,000 items, where a list of a few short strings belongs: one problem each. */
const MANY_NUMBERS = Array<number>(100_000).fill(1)
const MANY_HUGE = Array<string>(100_000).fill(HUGE)

/** Keys that matter: the contract's own (to land near valid), prototype pollution, 5 MB. */
const key = fc.oneof(
  fc.constantFrom(
    ...['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'],
    ...['url', 'path', 'options', 'view', 'views', 'catalog', 'technologies', 'landscape'],
    ...['theme', 'lens', 'format', 'scale', 'viewport', 'collapsed', 'id', 'name', 'zoom']
  ),
  fc.constant(HUGE),
  fc.string({ maxLength: 20 })
)

/** Values every validator should be ready for, and many it may not be. */
const hostile = fc.oneof(
  fc.constantFrom<unknown>(
    ...[NaN, Infinity, -Infinity, -0, 2 ** 53, Number.MIN_VALUE, 1n, '', '\0'],
    ...['https://', 'javascript:alert(1)', 'file:///etc/passwd', '/etc/passwd\0.yaml'],
    ...[new Uint8Array(64), new Float64Array([NaN, -0]), new ArrayBuffer(16), new Date(NaN)],
    ...[/x/g, new Map([['url', 'https://x']]), new Set(['Go']), Object.create(null)],
    ...[JSON.parse('{"__proto__": {"polluted": true}}'), Object.assign([], { 2: 'sparse' })]
  ),
  fc.constantFrom<unknown>(HUGE, DEEP_OBJECT, DEEP_ARRAY, MANY_NUMBERS, MANY_HUGE),
  fc.anything({
    key,
    maxDepth: 4,
    maxKeys: 6,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withNullPrototype: true,
    withObjectString: true,
    withSet: true,
    withSparseArray: true,
    withTypedArray: true
  })
)

/** A valid request with one thing changed somewhere inside it: set, added, or removed. */
function nearValid(channel: InvokeChannel) {
  return fc
    .record({
      example: fc.constantFrom<unknown>(...VALID[channel]),
      path: fc.array(fc.nat(), { maxLength: 4 }),
      edit: fc.constantFrom('set', 'add', 'delete'),
      key,
      value: hostile
    })
    .map(({ example, path, edit, key, value }) => {
      if (example === undefined) return value
      const copy = structuredClone(example) as Record<string, unknown>
      let node = copy
      for (const step of path) {
        const keys = Object.keys(node)
        const next = node[keys[step % Math.max(1, keys.length)]]
        if (next === null || typeof next !== 'object') break
        node = next as Record<string, unknown>
      }
      const keys = Object.keys(node)
      const existing = keys[path.length % Math.max(1, keys.length)] ?? key
      if (edit === 'delete') delete node[existing]
      else
        Object.defineProperty(node, edit === 'set' ? existing : key, {
          value,
          enumerable: true,
          configurable: true,
          writable: true
        })
      return copy
    })
}

/** What the page may send: near-valid or hostile payloads, as one, none or several arguments. */
function args(channel: InvokeChannel) {
  const payload = fc.oneof({ arbitrary: nearValid(channel), weight: 3 }, hostile)
  return fc.oneof(
    { arbitrary: payload.map((p) => [p]), weight: 6 },
    fc.constant<unknown[]>([]),
    fc.array(payload, { minLength: 2, maxLength: 4 })
  )
}

const RESPONSE = Object.freeze({ ok: true })

let window: BrowserWindow

function eventFrom(sender: FakeWebContents, senderFrame: FakeFrame | null = sender.mainFrame) {
  return { sender, senderFrame } as unknown as IpcMainInvokeEvent
}

/** Sends `payloads` on `channel` from our window, timed; returns the result and handler calls. */
async function send(
  channel: InvokeChannel,
  payloads: unknown[],
  event = eventFrom(window.webContents)
) {
  const handler = vi.fn(async (_request: unknown) => RESPONSE)
  const listener = guard(channel, handler as never)
  const started = threadCpuMs()
  const result: unknown = await listener(event, ...payloads)
  const elapsed = threadCpuMs() - started
  expect(elapsed, `took ${elapsed.toFixed(0)} ms`).toBeLessThan(MAX_CASE_MS)
  return { result, calls: handler.mock.calls.map(([request]) => request) }
}

/** A refusal the page can show: one short diagnostic, not tied to a file, and nothing else. */
function expectFailure(result: unknown): void {
  expect(result).toEqual({ ok: false, errors: [expect.anything()] })
  const [error] = (result as { errors: unknown[] }).errors
  expect(Diagnostic.safeParse(error).success).toBe(true)
  const { message, hint } = error as Diagnostic
  expect(message.length, message.slice(0, 200)).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH)
  expect((hint ?? '').length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH)
  expect(message.trim()).not.toBe('')
}

/** Keys no handler's request may carry, at any depth: they mean pollution got through. */
function pollutingKeys(value: unknown, seen = new Set<unknown>()): string[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return []
  seen.add(value)
  return Object.keys(value).flatMap((k) => [
    ...(['__proto__', 'constructor', 'prototype'].includes(k) ? [k] : []),
    ...pollutingKeys((value as Record<string, unknown>)[k], seen)
  ])
}

beforeAll(() => announceSeed('ipc fuzz'))

beforeEach(() => {
  window = quietMainWindow()
})

afterEach(() => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
})

describe('every IPC channel under hostile payloads', { timeout: FUZZ_TEST_TIMEOUT_MS }, () => {
  it.each(CHANNELS)('%s: runs the handler only with what the schema accepts', async (channel) => {
    const schema = CONTRACT[channel].request
    await fc.assert(
      fc.asyncProperty(args(channel), async (payloads) => {
        const { result, calls } = await send(channel, payloads)
        const expected = payloads.length > 1 ? undefined : schema.safeParse(payloads[0])
        if (expected?.success) {
          expect(calls).toEqual([expected.data])
          expect(schema.safeParse(calls[0]).success).toBe(true)
          expect(pollutingKeys(calls[0])).toEqual([])
          expect(result).toBe(RESPONSE)
        } else {
          expect(calls).toEqual([])
          expectFailure(result)
        }
      }),
      fuzzParameters(60)
    )
  })

  it.each(CHANNELS)('%s: passes every valid request to the handler as parsed', async (channel) => {
    const schema = CONTRACT[channel].request
    for (const request of VALID[channel]) {
      const parsed = schema.safeParse(request)
      expect(parsed.success, JSON.stringify(request)).toBe(true)
      const { result, calls } = await send(channel, request === undefined ? [] : [request])
      expect(calls).toEqual([parsed.data])
      expect(result).toBe(RESPONSE)
    }
  })

  it('refuses anything from a sender that is not our page, before reading the payload', async () => {
    const foreignPage = () => {
      window.webContents.mainFrame.url = `file:///home/ada/other.html?${HUGE}#${HUGE}`
      return eventFrom(window.webContents)
    }
    const senders = [
      () => eventFrom(window.webContents, null),
      () => eventFrom(window.webContents, new FakeFrame(window.webContents.mainFrame.url)),
      () => eventFrom(new FakeWebContents()),
      foreignPage
    ]
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...CHANNELS),
        fc.constantFrom(...senders),
        fc.oneof(hostile, fc.constantFrom(...Object.values(VALID).flat())),
        async (channel, sender, payload) => {
          const { result, calls } = await send(channel, [payload], sender())
          expect(calls).toEqual([])
          expectFailure(result)
          expect((result as { errors: Diagnostic[] }).errors[0].message).toMatch(/^refused: /)
        }
      ),
      fuzzParameters(40)
    )
  })
})

describe('failures never quote a huge request back', () => {
  /** Each valid request with `value` put at every place a value is, and `key` added to it. */
  function spoiled(request: unknown, value: unknown): unknown[] {
    if (request === null || typeof request !== 'object') return [value]
    return [
      { ...request, [HUGE]: 1 },
      ...Object.entries(request).flatMap(([k, inner]) =>
        spoiled(inner, value).map((v) => (Array.isArray(request) ? [v] : { ...request, [k]: v }))
      )
    ]
  }

  it.each(CHANNELS)('%s: a 5 MB key or value, or 100,000 bad items', async (channel) => {
    for (const request of VALID[channel]) {
      for (const value of [HUGE, MANY_NUMBERS, MANY_HUGE, { [HUGE]: HUGE }]) {
        for (const payload of spoiled(request, value)) {
          const { result, calls } = await send(channel, [payload])
          if (calls.length === 0) expectFailure(result)
        }
      }
    }
  })
})

describe('requests shaped from the schemas', { timeout: FUZZ_TEST_TIMEOUT_MS }, () => {
  const text = fc.string({ unit: 'grapheme', maxLength: 40 })
  const shaped: [InvokeChannel, fc.Arbitrary<unknown>][] = [
    ['orgscope:shell/open-external', fc.webUrl().map((url) => ({ url }))],
    [
      'orgscope:catalog/open-dropped',
      fc
        .tuple(text, fc.constantFrom('yaml', 'yml', 'json', 'md', 'YAML'))
        .filter(([name]) => !name.includes('\0'))
        .map(([name, ext]) => ({ path: `/home/ada/${name}.${ext}` }))
    ],
    [
      'orgscope:print/pdf',
      fc.record(
        {
          technologies: fc.array(fc.string({ maxLength: 200 }), { maxLength: 20 }),
          landscape: fc.boolean()
        },
        { requiredKeys: [] }
      )
    ],
    [
      'orgscope:settings/save',
      fc.record(
        {
          theme: fc.constantFrom('system', 'light', 'dark'),
          layoutKind: fc.constantFrom('compact', 'horizontal', 'vertical'),
          hideNonMatches: fc.boolean(),
          lensOpen: fc.boolean(),
          view: fc.constantFrom('graph', 'matrix', 'outline'),
          lens: fc.record(
            {
              technologies: fc.array(fc.string({ minLength: 1, maxLength: 200 }), {
                maxLength: 20
              }),
              mode: fc.constantFrom('any', 'all'),
              includeMentions: fc.boolean()
            },
            { requiredKeys: [] }
          ),
          viewport: fc.record({
            x: fc.double({ noNaN: true, noDefaultInfinity: true }),
            y: fc.double({ noNaN: true, noDefaultInfinity: true }),
            zoom: fc.double({ min: 0.01, max: 100, noNaN: true })
          })
        },
        { requiredKeys: [] }
      )
    ]
  ]

  it.each(shaped)('%s: every generated request reaches the handler', async (channel, request) => {
    await fc.assert(
      fc.asyncProperty(request, async (payload) => {
        const parsed = CONTRACT[channel].request.safeParse(payload)
        expect(parsed.success, JSON.stringify(payload)).toBe(true)
        const { result, calls } = await send(channel, [payload])
        expect(calls).toEqual([parsed.data])
        expect(result).toBe(RESPONSE)
      }),
      fuzzParameters(60)
    )
  })
})

describe('payloads structured clone cannot make, from a caller inside main', () => {
  const traps: [string, unknown][] = [
    ['a Proxy whose traps throw', new Proxy({}, { get: boom, ownKeys: boom, has: boom })],
    ['a getter that throws', Object.defineProperty({}, 'url', { get: boom, enumerable: true })],
    ['an object with a throwing toString', { url: { toString: boom } }]
  ]

  it.each(traps)('refuses %s with a failure result, never a rejection', async (_name, payload) => {
    for (const channel of CHANNELS) {
      const { result, calls } = await send(channel, [payload])
      expect(calls).toEqual([])
      expectFailure(result)
    }
  })
})

function boom(): never {
  throw new Error('trap')
}
