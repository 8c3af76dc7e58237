// @vitest-environment node
import { quietMainWindow } from './quiet-main-window'
import type { IpcMainInvokeEvent } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RENDERER_INDEX } from '../../src/main/app-paths'
import { guard, handle, type Handler } from '../../src/main/ipc'
import { CONTRACT } from '../../src/shared/ipc/contract'
import { INVOKE_CHANNELS } from '../../src/shared/ipc/channels'
import { BrowserWindow, FakeFrame, FakeWebContents, ipcMain } from '../mocks/electron'

const OPEN_EXTERNAL = INVOKE_CHANNELS.openExternal
const LOAD_CATALOG = INVOKE_CHANNELS.loadCatalog

/** An invoke event as Electron builds it, from a sender and the frame that sent. */
function eventFrom(sender: FakeWebContents, senderFrame: FakeFrame | null = sender.mainFrame) {
  return { sender, senderFrame } as unknown as IpcMainInvokeEvent
}

/** The listener `handle` registered for a channel, as Electron would call it. */
function registered(channel: string) {
  const listener = ipcMain.handlers.get(channel)
  if (!listener) throw new Error(`no handler registered for ${channel}`)
  return listener as unknown as (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>
}

function refusal(message: RegExp) {
  return {
    ok: false,
    errors: [{ file: '', line: 0, column: 0, message: expect.stringMatching(message) }]
  }
}

describe('ipc gatekeeper', () => {
  let window: BrowserWindow
  let openExternal: ReturnType<typeof vi.fn<Handler<typeof OPEN_EXTERNAL>>>

  beforeEach(() => {
    window = quietMainWindow()
    openExternal = vi.fn<Handler<typeof OPEN_EXTERNAL>>(async () => ({ ok: true }))
    handle(OPEN_EXTERNAL, openExternal)
  })

  afterEach(() => {
    vi.unstubAllEnvs()
    vi.restoreAllMocks()
  })

  it('passes a valid request from our window to the handler, with the window', async () => {
    const result = await registered(OPEN_EXTERNAL)(eventFrom(window.webContents), {
      url: 'https://goteleport.com/careers'
    })

    expect(result).toEqual({ ok: true })
    expect(openExternal).toHaveBeenCalledWith({ url: 'https://goteleport.com/careers' }, { window })
  })

  it('accepts requests from the dev server page when ELECTRON_RENDERER_URL names it', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    window.webContents.mainFrame.url = 'http://localhost:5173/'

    const result = await registered(OPEN_EXTERNAL)(eventFrom(window.webContents), {
      url: 'mailto:jobs@example.com'
    })

    expect(result).toEqual({ ok: true })
  })

  it('refuses a request from a sub-frame of our page', async () => {
    const subFrame = new FakeFrame(window.webContents.mainFrame.url)

    const result = await registered(OPEN_EXTERNAL)(eventFrom(window.webContents, subFrame), {
      url: 'https://goteleport.com'
    })

    expect(result).toEqual(refusal(/^refused: requests from sub-frames are not accepted$/))
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('refuses a request whose frame is already gone', async () => {
    const result = await registered(OPEN_EXTERNAL)(eventFrom(window.webContents, null), {
      url: 'https://goteleport.com'
    })

    expect(result).toEqual(refusal(/frame is gone/))
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('refuses a request from our window after it navigated to a foreign origin', async () => {
    window.webContents.mainFrame.url = 'https://evil.example/phish.html'

    const result = await registered(OPEN_EXTERNAL)(eventFrom(window.webContents), {
      url: 'https://goteleport.com'
    })

    expect(result).toEqual(
      refusal(/^refused: the sender's page \(https:\/\/evil\.example\) is not/)
    )
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('refuses another file:// page, even next to ours', async () => {
    window.webContents.mainFrame.url = new URL('./other.html', `file://${RENDERER_INDEX}`).href

    const result = await registered(OPEN_EXTERNAL)(eventFrom(window.webContents), {
      url: 'https://goteleport.com'
    })

    expect(result).toEqual(refusal(/other\.html\) is not OrgScope's/))
  })

  it('refuses the dev server origin when the app was not started by the dev server', async () => {
    window.webContents.mainFrame.url = 'http://localhost:5173/'

    const result = await registered(OPEN_EXTERNAL)(eventFrom(window.webContents), {
      url: 'https://goteleport.com'
    })

    expect(result).toEqual(refusal(/http:\/\/localhost:5173\) is not OrgScope's/))
  })

  it('refuses web contents that do not belong to one of our windows', async () => {
    const stranger = new FakeWebContents()
    stranger.mainFrame.url = window.webContents.mainFrame.url

    const result = await registered(OPEN_EXTERNAL)(eventFrom(stranger), {
      url: 'https://goteleport.com'
    })

    expect(result).toEqual(refusal(/not an OrgScope window/))
    expect(openExternal).not.toHaveBeenCalled()
  })

  it.each([
    ['a javascript: URL', { url: 'javascript:alert(1)' }, /url: only http, https and mailto/],
    ['a file: URL', { url: 'file:///etc/passwd' }, /url: only http, https and mailto/],
    ['an extra key', { url: 'https://goteleport.com', admin: true }, /admin/],
    ['no payload', undefined, /invalid request on orgscope:shell\/open-external/],
    ['a string instead of an object', 'https://goteleport.com', /invalid request/]
  ])('refuses a malformed payload: %s', async (_name, payload, message) => {
    const result = await registered(OPEN_EXTERNAL)(eventFrom(window.webContents), payload)

    expect(result).toEqual(refusal(message))
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('refuses more than one argument', async () => {
    const result = await registered(OPEN_EXTERNAL)(
      eventFrom(window.webContents),
      { url: 'https://goteleport.com' },
      'extra'
    )

    expect(result).toEqual(refusal(/2 arguments/))
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('refuses a payload on a channel that takes none', async () => {
    const loadCatalog = vi.fn()
    handle(LOAD_CATALOG, loadCatalog)

    const result = await registered(LOAD_CATALOG)(eventFrom(window.webContents), { path: '/etc' })

    expect(result).toEqual(refusal(/invalid request on orgscope:catalog\/load/))
    expect(loadCatalog).not.toHaveBeenCalled()
  })

  it.each(['orgscope:catalog/delete', 'evil:catalog/load', 'catalog/load'])(
    'refuses the unknown channel %s at registration and when called',
    async (channel) => {
      const fn = vi.fn()
      const unknown = channel as typeof LOAD_CATALOG

      expect(() => handle(unknown, fn)).toThrow(/not in the contract/)
      expect(ipcMain.handlers.has(channel)).toBe(false)
      const result = await guard(unknown, fn)(eventFrom(window.webContents), undefined)
      expect(result).toEqual(refusal(/^refused: unknown channel /))
      expect(fn).not.toHaveBeenCalled()
    }
  )

  it('turns a throwing handler into a failure result instead of a bare string', async () => {
    openExternal.mockRejectedValueOnce(new Error('boom'))

    const result = await registered(OPEN_EXTERNAL)(eventFrom(window.webContents), {
      url: 'https://goteleport.com'
    })

    expect(result).toEqual({
      ok: false,
      errors: [
        {
          file: '',
          line: 0,
          column: 0,
          message: 'internal error: boom',
          hint: expect.stringContaining('report')
        }
      ]
    })
  })

  it('knows every channel of the contract', () => {
    for (const channel of Object.keys(CONTRACT)) {
      if (channel === OPEN_EXTERNAL) continue
      expect(() => handle(channel as typeof LOAD_CATALOG, vi.fn())).not.toThrow()
    }
  })
})
