/** Small statistics and timing helpers for the benchmark (not a test). */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  // Nearest rank: the smallest value with at least p% of the samples at or below it.
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)))
  return sorted[rank - 1]
}

export const median = (values: readonly number[]): number => percentile(values, 50)

export interface TimingBudget {
  /** Stop once this many samples are taken. */
  maxRuns: number
  /** ...or once at least minRuns are taken and the samples add up to more than budgetMs. */
  minRuns: number
  budgetMs: number
}

export const DEFAULT_BUDGET: TimingBudget = { maxRuns: 9, minRuns: 3, budgetMs: 3_000 }

/**
 * A full garbage collection now, so that the garbage one metric leaves (the YAML loader's
 * document nodes, an export's buffers) is not collected, and billed, inside the next metric's
 * timing. The flag exposes `gc` only to contexts created after it is set, hence the new context.
 */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc')
  ;(runInNewContext('gc') as () => void)()
}

/**
 * Median wall time of `fn` in ms, starting on a collected heap. One warm-up run first (so JIT
 * tiers and lazy module state do not count), skipped when that run alone takes longer than the
 * budget allows for the rest.
 */
export async function timeMedian(
  fn: () => unknown,
  budget: TimingBudget = DEFAULT_BUDGET
): Promise<number> {
  collectGarbage()
  const samples: number[] = []
  const once = async (): Promise<number> => {
    const start = performance.now()
    await fn()
    return performance.now() - start
  }
  const warm = await once()
  if (warm * budget.minRuns > budget.budgetMs) samples.push(warm)
  let spent = 0
  while (
    samples.length < budget.maxRuns &&
    (samples.length < budget.minRuns || spent < budget.budgetMs)
  ) {
    const sample = await once()
    samples.push(sample)
    spent += sample
  }
  return median(samples)
}
