/** A 1-based line and column, as editors show them. */
export interface Position {
  line: number
  column: number
}

/**
 * Turns offsets into lines and columns. The line starts are found on the first question, not
 * before: a catalog that loads never asks one. A line ends at \n, \r\n or a lone \r, as it does
 * for js-yaml and for editors; columns count UTF-16 code units.
 */
export class LineIndex {
  private starts: number[] | undefined

  constructor(private readonly text: string) {}

  position(offset: number): Position {
    const starts = (this.starts ??= lineStarts(this.text))
    // The last line start at or before the offset.
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle] <= offset) low = middle
      else high = middle - 1
    }
    return { line: low + 1, column: offset - starts[low] + 1 }
  }
}

function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1)
  }
  return starts
}
