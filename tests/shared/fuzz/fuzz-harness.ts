import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { parse } from 'yaml'
import { expect } from 'vitest'
import { Catalog } from '../../../src/shared/catalog/catalog'
import { Diagnostic, type Result } from '../../../src/shared/catalog/diagnostic'
import { MAX_REPORTED_PROBLEMS } from '../../../src/shared/catalog/source'

/**
 * One fixed seed, so CI fuzzes the same cases every run and a failure reproduces. Set FUZZ_SEED
 * to explore other cases locally, FUZZ_RUNS to scale every property's number of runs (2 = twice
 * as many).
 */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20251125)
const RUNS_SCALE = Number(process.env.FUZZ_RUNS ?? 1)

/** For property tests: room for the scaled number of runs on a slow, shared machine. */
export const FUZZ_TEST_TIMEOUT_MS = 30_000 * Math.max(1, RUNS_SCALE)

/** A case slower than this is a hang as far as a user is concerned. */
export const MAX_CASE_MS = 2000

/** Messages longer than this are a bug: a 5 MB value quoted back at the user. */
export const MAX_MESSAGE_LENGTH = 600

export function fuzzParameters<T>(numRuns: number): fc.Parameters<T> {
  return {
    seed: FUZZ_SEED,
    numRuns: Math.max(1, Math.round(numRuns * RUNS_SCALE)),
    endOnFailure: true,
    plugins: [shortReport]
  }
}

/** Counterexamples may hold 5 MB strings; a failure's report is cut to this many characters. */
const MAX_REPORT_LENGTH = 4000

/** fast-check's report of a failure, cut to MAX_REPORT_LENGTH so that the log stays readable. */
function shortReport<T>(): fc.PluginInstance<T> {
  return {
    onAllRunsComplete(details) {
      if (!details.failed) return
      const report = fc.defaultReportMessage(details) ?? 'property failed'
      throw new Error(
        report.length > MAX_REPORT_LENGTH
          ? `${report.slice(0, MAX_REPORT_LENGTH)}… (${report.length} characters in all)`
          : report,
        { cause: details.errorInstance }
      )
    }
  }
}

/** Printed once per file, so a CI log says which cases ran. */
export function announceSeed(suite: string): void {
  console.info(`${suite}: fast-check seed ${FUZZ_SEED} (FUZZ_SEED=${FUZZ_SEED} to reproduce)`)
}

export const TELEPORT_YAML = readFileSync(
  new URL('../../../data/teleport.yaml', import.meta.url),
  'utf8'
)
/** The bundled catalog's data as a JSON file would hold it. */
export const TELEPORT_DATA = parse(TELEPORT_YAML) as Record<string, unknown>
export const TELEPORT_JSON = JSON.stringify(TELEPORT_DATA, null, 2)

/** Runs `load` and checks the result is clean (see expectCleanResult) and came in time. */
export function timed<T extends Result<unknown>>(load: () => T): T {
  const started = performance.now()
  const result = load()
  const elapsed = performance.now() - started
  expect(elapsed, `took ${elapsed.toFixed(0)} ms`).toBeLessThan(MAX_CASE_MS)
  expectCleanResult(result)
  return result
}

/**
 * What every load must return, whatever the input: a frozen catalog of the normalized shape, or
 * diagnostics a user can act on (line and column ≥ 0, a message) and nothing else: no partial
 * catalog beside the errors.
 */
export function expectCleanResult(result: Result<unknown>): void {
  if (result.ok) {
    expect(Object.keys(result).sort()).toEqual(['ok', 'value'])
    expect(Object.isFrozen(result.value)).toBe(true)
    expect(Catalog.safeParse(result.value).success).toBe(true)
    return
  }
  expect(Object.keys(result).sort()).toEqual(['errors', 'ok'])
  expect(result.errors.length).toBeGreaterThan(0)
  expect(result.errors.length).toBeLessThanOrEqual(MAX_REPORTED_PROBLEMS + 1)
  for (const error of result.errors) {
    expect(Diagnostic.safeParse(error).success, JSON.stringify(error).slice(0, 300)).toBe(true)
    expect(error.message.trim().length).toBeGreaterThan(0)
    expect(error.message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH)
  }
}
