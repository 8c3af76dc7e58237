const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 })

/**
 * A count short enough for the matrix's 30 px columns: 999, then 1.2K, 56K, 1.5M (QA: 55952
 * ran into its neighbour as "5595255952"). The exact count stays in the column's title.
 */
export function compactCount(count: number): string {
  return count < 1000 ? String(count) : COMPACT.format(count)
}
