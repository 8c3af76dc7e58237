import { loadCatalogText } from '../../src/shared/catalog/load'
import {
  densestInputs,
  megabytes,
  worstInputs,
  type LoadInput
} from '../../tests/fixtures/load-inputs'
import type { BenchResult } from './results'
import { timeMedian } from './stats'

/** What `npm run bench -- --metrics` calls these results. */
export const LOAD_BUDGET_METRIC = 'load-per-mb'

/**
 * Issue 18's budget: loading takes at most about 100 ms per MB, whatever the file holds. Each
 * of the hardest inputs known (tests/fixtures/load-inputs.ts) is loaded, median of several warm
 * runs; each group's slowest (a column of its own), in ms per MB, is recorded with its input's name. (The tests check
 * only that each one's load grows in proportion to its size: load-scaling.test.ts.)
 */
export async function loadBudgetMetrics(): Promise<BenchResult[]> {
  const slowest = async (inputs: LoadInput[]) => {
    let worst = { name: '', perMb: 0 }
    for (const { name, file, text } of inputs) {
      const perMb = (await timeMedian(() => loadCatalogText(text, file))) / megabytes(text)
      if (perMb > worst.perMb) worst = { name, perMb }
    }
    return worst
  }
  const results: BenchResult[] = []
  for (const [variant, inputs] of [
    ['worst inputs', worstInputs()],
    ['densest inputs', densestInputs()]
  ] as const) {
    const { name, perMb } = await slowest(inputs)
    results.push({
      teams: 0,
      variant,
      metric: LOAD_BUDGET_METRIC,
      value: perMb,
      unit: 'ms/MB',
      note: name
    })
  }
  return results
}
