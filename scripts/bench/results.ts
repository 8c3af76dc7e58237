/** One measurement: the shape of bench/results.json (an array of these). */
export interface BenchResult {
  teams: number
  /** A catalog of that size with something more, e.g. "org": groups, people, roles (see catalogs.ts). */
  variant?: string
  metric: string
  value: number
  unit: 'ms' | 'ms/MB' | 'MB' | 'KiB' | 'count'
  /** Why a value is missing or partial (e.g. a scenario hit its time cap). */
  note?: string
}

/**
 * Collects one catalog size's results: `record` adds one, its metric name after `prefix` (the
 * peer's name, so its rows stand apart from OrgScope's in the table).
 */
export function resultRecorder(teams: number, prefix = '', variant?: string) {
  const results: BenchResult[] = []
  const record = (metric: string, value: number, unit: BenchResult['unit'], note?: string) => {
    results.push({
      teams,
      ...(variant ? { variant } : {}),
      metric: `${prefix}${metric}`,
      value,
      unit,
      ...(note ? { note } : {})
    })
  }
  return { results, record }
}

export type RecordResult = ReturnType<typeof resultRecorder>['record']

/**
 * The column a result goes in: its size, and its variant if any ("5000 teams org"); a result of
 * no catalog size (teams 0, e.g. the loader's hardest inputs) goes in its variant's column.
 */
function columnOf(result: BenchResult): string {
  if (!result.teams && result.variant) return result.variant
  return `${result.teams} teams${result.variant ? ` ${result.variant}` : ''}`
}

/** Prints the results as one table: a row per metric, a column per catalog. */
export function formatTable(results: readonly BenchResult[]): string {
  const columns = [
    ...new Map(
      [...results]
        .sort((a, b) => a.teams - b.teams || (a.variant ?? '').localeCompare(b.variant ?? ''))
        .map((r) => [columnOf(r), r])
    ).keys()
  ]
  const metrics = [...new Set(results.map((r) => r.metric))]
  const cell = (metric: string, column: string): string => {
    const result = results.find((r) => r.metric === metric && columnOf(r) === column)
    if (!result || !Number.isFinite(result.value)) return '—'
    const digits = result.value >= 100 ? 0 : 1
    return `${result.value.toFixed(digits)}${result.note ? '*' : ''}`
  }
  const unitOf = (metric: string): string => results.find((r) => r.metric === metric)?.unit ?? ''
  const header = ['metric', 'unit', ...columns]
  const rows = metrics.map((m) => [m, unitOf(m), ...columns.map((c) => cell(m, c))])
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')
  const notes = results
    .filter((r) => r.note)
    .map((r) => `  * ${r.metric} @ ${columnOf(r)}: ${r.note}`)
  return [
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    ...(notes.length ? ['', ...notes] : [])
  ].join('\n')
}
