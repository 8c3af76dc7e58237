import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron'
import type { z } from 'zod'
import type { Diagnostic } from '../shared/catalog/diagnostic'
import { CHANNEL_PREFIX, type EventChannel, type InvokeChannel } from '../shared/ipc/channels'
import { CONTRACT, EVENTS, type Contract, type Response } from '../shared/ipc/contract'
import { isAppUrl } from './security'
import { isAppWindow } from './window'

/** What a handler learns about the request besides its payload: the window that sent it. */
export interface HandlerContext {
  window: BrowserWindow
}

export type Handler<C extends InvokeChannel> = (
  request: z.output<Contract[C]['request']>,
  context: HandlerContext
) => Response<C> | Promise<Response<C>>

export type Failure = { ok: false; errors: Diagnostic[] }

/** A failure not tied to a catalog file: the shape every channel's response accepts. */
export function failure(message: string, hint?: string): Failure {
  return { ok: false, errors: [{ file: '', line: 0, column: 0, message, ...(hint && { hint }) }] }
}

/**
 * The only way main answers the renderer. Every request is checked before `fn` sees it:
 * the channel is ours, the sender is the top frame of one of our windows showing our own page,
 * and the payload matches the contract. Refusals and handler errors come back as results,
 * because an error thrown in a handler reaches the page as a bare string.
 */
export function handle<C extends InvokeChannel>(channel: C, fn: Handler<C>): void {
  // Registering a channel outside the contract is a bug in main, not something to answer.
  if (!isContractChannel(channel)) throw new Error(`handle(): ${channel} is not in the contract`)
  ipcMain.handle(channel, guard(channel, fn))
}

/** The checking listener `handle` registers; exported so tests can drive it directly. */
export function guard<C extends InvokeChannel>(channel: C, fn: Handler<C>) {
  return async (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<Response<C> | Failure> => {
    if (!isContractChannel(channel)) return failure(`refused: unknown channel ${String(channel)}`)

    const sender = checkSender(event)
    if (!sender.ok) {
      console.warn(`[ipc] ${channel}: ${sender.reason}`)
      return failure(`refused: ${sender.reason}`)
    }

    const parsed = parseRequest(channel, args)
    if (!parsed.ok) return failure(`invalid request on ${channel}: ${parsed.why}`)

    try {
      return await fn(parsed.data as z.output<Contract[C]['request']>, { window: sender.window })
    } catch (error) {
      // A throw here is a bug in main; say so in words, keep the stack in main's log.
      console.error(`[ipc] ${channel} failed:`, error)
      return failure(
        `internal error: ${error instanceof Error ? error.message : String(error)}`,
        'please report this, with the catalog file if one was involved'
      )
    }
  }
}

/** Pushes an event to one window, if it is still there. Typed by the contract's EVENTS. */
export function send<C extends EventChannel>(
  window: BrowserWindow,
  channel: C,
  payload: z.output<(typeof EVENTS)[C]>
): void {
  if (window.isDestroyed()) return
  window.webContents.send(channel, payload)
}

function isContractChannel(channel: string): channel is InvokeChannel {
  return channel.startsWith(CHANNEL_PREFIX) && Object.hasOwn(CONTRACT, channel)
}

/** The sender's window when it may use our API, else why not. */
function checkSender(
  event: IpcMainInvokeEvent
): { ok: true; window: BrowserWindow } | { ok: false; reason: string } {
  const refuse = (reason: string) => ({ ok: false, reason }) as const
  const frame = event.senderFrame
  // Null when the frame navigated away or was destroyed before the message was handled.
  if (!frame) return refuse('the sending frame is gone')
  // Only our page's top frame holds the API; anything framed inside it is foreign content.
  if (frame !== event.sender.mainFrame) return refuse('requests from sub-frames are not accepted')
  const window = BrowserWindow.fromWebContents(event.sender)
  if (!isAppWindow(window)) return refuse('the sender is not an OrgScope window')
  if (!isAppUrl(frame.url))
    return refuse(`the sender's page (${originOf(frame.url)}) is not OrgScope's`)
  return { ok: true, window }
}

function originOf(url: string): string {
  try {
    const { protocol, origin, pathname } = new URL(url)
    return protocol === 'file:' ? shorten(`file://${pathname}`) : origin
  } catch {
    return 'an unparsable URL'
  }
}

/**
 * The request as the channel's schema reads it, or why not. Never throws: zod reads getters and
 * Proxy traps, which may throw anything (structured clone makes neither, but a caller in main
 * could pass them).
 */
function parseRequest(
  channel: InvokeChannel,
  args: unknown[]
): { ok: true; data: unknown } | { ok: false; why: string } {
  // One payload at most; the preload never sends more.
  if (args.length > 1) return { ok: false, why: `${args.length} arguments` }
  try {
    const parsed = CONTRACT[channel].request.safeParse(args[0])
    return parsed.success
      ? { ok: true, data: parsed.data }
      : { ok: false, why: describeIssues(parsed.error.issues) }
  } catch {
    return { ok: false, why: 'it could not be read' }
  }
}

/**
 * The first few problems, each cut short: a page can send 100,000 bad items, or a 5 MB key that
 * zod quotes ("Unrecognized key: …"), and the failure must not carry them back.
 */
const LISTED_ISSUES = 3
const ISSUE_LENGTH = 150

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const listed = issues.slice(0, LISTED_ISSUES).map((issue) => {
    const where = issue.path.map(String).join('.')
    return shorten(where ? `${where}: ${issue.message}` : issue.message)
  })
  const more = issues.length - listed.length
  return more > 0 ? `${listed.join('; ')}; and ${more} more` : listed.join('; ')
}

function shorten(text: string): string {
  return text.length > ISSUE_LENGTH ? `${text.slice(0, ISSUE_LENGTH - 1)}…` : text
}
