/**
 * The logo ids asked for, fetched together once the frame that asked for them is painted.
 *
 * Logos decorate what is drawn, which keeps room for them (TechnologyLogo): fetching them as a
 * render asks put the logos' index chunk (~95 kB to compile and run) and a chunk per logo in
 * the way of the first chart's own frame, and each logo that arrived was a render of its own (the
 * lens alone asks for dozens at once). Now what a frame asks for is fetched after that frame is
 * on screen, and arrives in one render.
 */
export class LogoQueue {
  private queued: string[] = []

  constructor(
    /** Each id's path data, or undefined (no logo, or its chunk failed to load). */
    private readonly fetchAll: (ids: string[]) => Promise<(string | undefined)[]>,
    /** What to do with a batch's paths, in the ids' order. */
    private readonly arrived: (ids: string[], paths: (string | undefined)[]) => void,
    private readonly afterPaint: (run: () => void) => void = afterNextPaint
  ) {}

  add(id: string): void {
    if (this.queued.push(id) === 1) this.afterPaint(() => this.flush())
  }

  private flush(): void {
    const ids = this.queued.splice(0)
    void this.fetchAll(ids)
      .catch(() => ids.map(() => undefined))
      .then((paths) => this.arrived(ids, paths))
  }
}

/**
 * Runs `run` in a task after the next frame is painted (requestAnimationFrame callbacks run just
 * before the paint); a document that draws no frames (hidden) runs it once it does.
 */
export function afterNextPaint(run: () => void): void {
  requestAnimationFrame(() => setTimeout(run, 0))
}
