import type { PreviewSource } from '../../../shared/sources/preview-source'
import type {
  AcceptedImport,
  FromPreviewWorker,
  PreviewRequest,
  PreviewStage,
  PreviewSummary,
  ToPreviewWorker
} from './preview-protocol'

/** Where a preview session runs: a worker, or (no worker could start) the page itself. */
export interface PreviewChannel {
  post(message: ToPreviewWorker): void
  terminate(): void
}

/**
 * Starts a channel that answers through `onMessage`; `onError` when it fails (for a worker: the
 * script could not load, or threw outside the session). Throws when it cannot start at all.
 */
export type ConnectPreview = (
  onMessage: (message: FromPreviewWorker) => void,
  onError: (message: string) => void
) => PreviewChannel

/** What the dialog hears: only answers to the latest request, never a superseded one's. */
export interface PreviewListener {
  /** A request went out: its answers will follow. */
  sent(): void
  stage(stage: PreviewStage, teams?: number): void
  imported(summary: PreviewSummary): void
  chart(chart: string | undefined, teamsCollapsed: boolean): void
  accepted(accepted: AcceptedImport | undefined): void
  failed(message: string): void
}

/**
 * The page's side of the import preview's worker. It sends the latest choices only: a request
 * for another mapping while an import runs terminates that worker (an import cannot be
 * interrupted) and starts a fresh one; a request for the same mapping (a theme change) waits
 * for the running one and replaces any other waiting. Answers to anything but the latest request
 * are dropped. When no worker can start (CSP, an old browser), or one fails before its first
 * answer, the same session runs in the page, said in a console warning.
 */
export class PreviewClient {
  private channel: PreviewChannel | undefined
  private inPage = false
  /** Whether the current channel has answered anything yet (else an error means it never started). */
  private heard = false
  private nextId = 1
  /** The request the channel works on, and the latest one sent since, which waits for it. */
  private running: Running | undefined
  private waiting: Running | undefined
  private lastRequest: string | undefined
  private closed = false
  /** What every channel hears first: the source, once read. */
  private opened: Extract<ToPreviewWorker, { type: 'open' }> | undefined

  constructor(
    private readonly listener: PreviewListener,
    private readonly connectWorker: ConnectPreview,
    private readonly connectInPage: ConnectPreview
  ) {}

  /** Starts the worker now, so that its script loads while the files are read. */
  start(): void {
    if (!this.closed) this.ensureChannel()
  }

  /** The files to import (and the logos the page has already loaded, so the worker need not). */
  open(source: PreviewSource, logos: [string, string][] = []): void {
    if (this.closed) return
    // Other files: what runs is for the old ones, and the same choices must be imported again.
    if (this.running) this.restart()
    this.lastRequest = undefined
    this.opened = { type: 'open', source, logos }
    this.channel?.post(this.opened)
  }

  /**
   * Imports (when the mapping changed since the last) and draws the chart for `request`; nothing
   * when that is what was last asked for (its answers are given or on their way).
   */
  preview(request: PreviewRequest): void {
    const key = JSON.stringify(request)
    if (this.closed || key === this.lastRequest) return
    this.lastRequest = key
    const mappingKey = JSON.stringify(request.mapping)
    // An import cannot be interrupted: one for choices no longer wanted goes with its worker.
    if (this.running?.mappingKey !== undefined && this.running.mappingKey !== mappingKey) {
      this.restart()
    }
    this.send({ message: { type: 'preview', id: this.nextId++, request }, mappingKey })
    this.listener.sent()
  }

  /** Asks for what Accept saves (the catalog and its YAML), after the requests before it. */
  accept(): void {
    if (this.closed) return
    this.send({ message: { type: 'accept', id: this.nextId++ }, mappingKey: undefined })
  }

  /** Stops whatever runs and hears nothing more (Cancel, Escape, the dialog closing). */
  close(): void {
    this.closed = true
    this.restart()
  }

  private send(request: Running): void {
    if (this.running) {
      this.waiting = request
      return
    }
    this.running = request
    this.ensureChannel().post(request.message)
  }

  private ensureChannel(): PreviewChannel {
    if (this.channel) return this.channel
    let started: PreviewChannel | undefined
    const onMessage = (message: FromPreviewWorker) => {
      if (started === this.channel) this.receive(message)
    }
    if (!this.inPage) {
      try {
        started = this.connectWorker(onMessage, (error) => {
          if (started === this.channel) this.workerFailed(error)
        })
      } catch (error) {
        this.fallBack(error instanceof Error ? error.message : String(error))
      }
    }
    started ??= this.connectInPage(onMessage, (error) => this.answerFailed(error))
    this.channel = started
    this.heard = false
    if (this.opened) started.post(this.opened)
    return started
  }

  private restart(): void {
    this.channel?.terminate()
    this.channel = undefined
    this.running = undefined
    this.waiting = undefined
  }

  private workerFailed(error: string): void {
    if (this.heard) return this.answerFailed(`the import stopped: ${error}`)
    // It never started (its script was refused or failed to load): the same work, in the page.
    this.fallBack(error)
    const pending = [this.running, this.waiting]
    this.restart()
    for (const request of pending) if (request) this.send(request)
  }

  private fallBack(reason: string): void {
    this.inPage = true
    console.warn(
      `OrgScope: the import preview could not start its worker (${reason}); importing in the page instead, which pauses the window while a large file imports`
    )
  }

  private answerFailed(error: string): void {
    this.running = undefined
    this.waiting = undefined
    this.listener.failed(error)
  }

  private receive(message: FromPreviewWorker): void {
    this.heard = true
    if (this.closed || message.id !== this.running?.message.id) return
    if (message.type === 'stage') return this.listener.stage(message.stage, message.teams)
    if (message.type === 'imported') return this.listener.imported(message.summary)
    // The rest end the request: then the one waiting, if any, starts.
    const waiting = this.waiting
    this.running = undefined
    this.waiting = undefined
    if (message.type === 'chart')
      this.listener.chart(message.chart, message.teamsCollapsed === true)
    else if (message.type === 'accepted') this.listener.accepted(message.accepted)
    else this.listener.failed(message.message)
    if (waiting && !this.closed) this.send(waiting)
  }
}

interface Running {
  message: Exclude<ToPreviewWorker, { type: 'open' }>
  /** A preview's mapping, as compared (undefined for Accept). */
  mappingKey: string | undefined
}
