/** Columns padded to their widest cell (counts right-aligned); the last one is left ragged. */
export function table(align: ('left' | 'right')[], ...rows: string[][]): string {
  const widths = align.map((_, c) => Math.max(...rows.map((row) => row[c].length)))
  return rows
    .map((row) =>
      row
        .map((cell, c) => {
          if (align[c] === 'right') return cell.padStart(widths[c])
          return c === row.length - 1 ? cell : cell.padEnd(widths[c])
        })
        .join('  ')
        .trimEnd()
    )
    .join('\n')
}
