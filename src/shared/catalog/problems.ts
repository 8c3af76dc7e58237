import type { Diagnostic } from './diagnostic'
import { limitProblems, MAX_REPORTED_PROBLEMS } from './source'

/**
 * Diagnostics built in full (located, with their did-you-mean); past this many a problem is only
 * counted. Ordered by position, the first MAX_REPORTED_PROBLEMS are shown: building twice as
 * many leaves room for the few found out of order. A million unknown technologies took 2 s,
 * each located and compared with the whole registry, to show a hundred of them.
 */
export const MAX_BUILT_PROBLEMS = 2 * MAX_REPORTED_PROBLEMS

/**
 * Problems found so far: the first MAX_BUILT_PROBLEMS built in full, the rest counted, until
 * checking stops (then how many more there are is not known).
 */
export class Problems {
  readonly built: Diagnostic[] = []
  private counted = 0
  private stopped = false

  constructor(private readonly file: string) {}

  /** `make` runs only while there is room: locating and suggesting cost time. */
  add(make: () => Diagnostic): void {
    if (this.full) this.counted++
    else this.built.push(make())
  }

  /** Whether the report is full: checks that would only find more problems may stop. */
  get full(): boolean {
    return this.built.length >= MAX_BUILT_PROBLEMS
  }

  /** Checking stopped with the report full: problems after it were not looked for. */
  stop(): void {
    this.stopped = true
  }

  get any(): boolean {
    return this.built.length > 0
  }

  failure(): { ok: false; errors: Diagnostic[] } {
    const sorted = sortByPosition(this.built)
    const total = sorted.length + this.counted
    return { ok: false, errors: limitProblems(sorted, this.file, total, this.stopped) }
  }
}

/** In source order, each problem once (two checks of one field may say the same thing). */
function sortByPosition(errors: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>()
  return errors
    .filter((error) => {
      const key = `${error.line}:${error.column}:${error.message}`
      return !seen.has(key) && seen.add(key)
    })
    .sort((a, b) => a.line - b.line || a.column - b.column)
}
