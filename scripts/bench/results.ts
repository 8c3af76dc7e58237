/** One measurement: the shape of bench/results.json (an array of these). */
export interface BenchResult {
  teams: number
  metric: string
  value: number
  unit: 'ms' | 'MB' | 'KiB' | 'count'
  /** Why a value is missing or partial (e.g. a scenario hit its time cap). */
  note?: string
}

/**
 * Collects one catalog size's results: `record` adds one, its metric name after `prefix` (the
 * peer's name, so its rows stand apart from OrgScope's in the table).
 */
export function resultRecorder(teams: number, prefix = '') {
  const results: BenchResult[] = []
  const record = (metric: string, value: number, unit: BenchResult['unit'], note?: string) => {
    results.push({ teams, metric: `${prefix}${metric}`, value, unit, ...(note ? { note } : {}) })
  }
  return { results, record }
}

export type RecordResult = ReturnType<typeof resultRecorder>['record']

/** Prints the results as one table: a row per metric, a column per catalog size. */
export function formatTable(results: readonly BenchResult[]): string {
  const sizes = [...new Set(results.map((r) => r.teams))].sort((a, b) => a - b)
  const metrics = [...new Set(results.map((r) => r.metric))]
  const cell = (metric: string, teams: number): string => {
    const result = results.find((r) => r.metric === metric && r.teams === teams)
    if (!result || !Number.isFinite(result.value)) return '—'
    const digits = result.value >= 100 ? 0 : 1
    return `${result.value.toFixed(digits)}${result.note ? '*' : ''}`
  }
  const unitOf = (metric: string): string => results.find((r) => r.metric === metric)?.unit ?? ''
  const header = ['metric', 'unit', ...sizes.map((n) => `${n} teams`)]
  const rows = metrics.map((m) => [m, unitOf(m), ...sizes.map((n) => cell(m, n))])
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')
  const notes = results
    .filter((r) => r.note)
    .map((r) => `  * ${r.metric} @ ${r.teams} teams: ${r.note}`)
  return [
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    ...(notes.length ? ['', ...notes] : [])
  ].join('\n')
}
