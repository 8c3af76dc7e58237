import Papa from 'papaparse'
import { fileFailure, type Diagnostic, type Result } from '../../catalog/diagnostic'
import { LineIndex, type Position } from '../../catalog/line-index'
import { textSizeProblem } from '../../catalog/size-limit'

/** One cell as written, with where it starts in the file (1-based, as editors show it). */
export interface CsvCell extends Position {
  text: string
}

export interface CsvRow {
  /** The line the row starts on. */
  line: number
  cells: CsvCell[]
}

export interface CsvTable {
  delimiter: string
  header: CsvRow
  rows: CsvRow[]
}

/** What a spreadsheet separates cells with: a comma, Excel's semicolon (in many locales), a tab. */
const DELIMITERS = [',', ';', '\t'] as const

/**
 * A CSV or TSV file as a header row and data rows, every cell with its line and column, blank
 * rows left out. Parsing is papaparse's (quotes, doubled quotes, line breaks inside quotes, CRLF);
 * this adds the positions and the choice of delimiter. Pure, never throws.
 */
export function readCsvTable(text: string, file: string): Result<CsvTable> {
  const tooLarge = textSizeProblem(file, text)
  if (tooLarge) return { ok: false, errors: [tooLarge] }
  // Excel writes a byte-order mark; strip it so that columns count from what an editor shows.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const delimiter = /\.tsv$/iu.test(file) ? '\t' : guessDelimiter(source)
  const lines = new LineIndex(source)
  const rows: CsvRow[] = []
  const errors: Diagnostic[] = []
  let start = 0
  Papa.parse<string[]>(source, {
    delimiter,
    // Every cell stays text: no number, boolean or formula is ever evaluated.
    dynamicTyping: false,
    step(result) {
      const end = result.meta.cursor
      for (const error of result.errors) {
        // papaparse points just past an unclosed quote: point at the quote itself.
        const index = error.index ?? start
        const at = lines.position(source[index - 1] === '"' ? index - 1 : index)
        errors.push({
          file,
          ...at,
          message:
            error.code === 'MissingQuotes'
              ? 'a quoted cell is never closed'
              : `cannot read this row: ${error.message}`,
          hint:
            error.code === 'MissingQuotes'
              ? 'end the cell with a double quote; write a quote inside a cell as ""'
              : 'check the quotes and delimiters on this line'
        })
      }
      const offsets = cellOffsets(source, start, end, delimiter)
      const cells = result.data.map((cell, i) => ({
        // A cell of several lines, as Excel writes it, ends each with CR LF: its lines end with LF.
        text: cell.replace(/\r\n?/gu, '\n'),
        ...lines.position(offsets[i] ?? start)
      }))
      if (cells.some((cell) => cell.text.trim() !== '')) {
        rows.push({ line: lines.position(start).line, cells })
      }
      start = end
    }
  })
  if (errors.length > 0) return { ok: false, errors }
  const [header, ...data] = rows
  if (!header) {
    return fileFailure(
      file,
      'the spreadsheet is empty',
      'give a header row (Team, Division, Description, Stack, …) and a row per team'
    )
  }
  return { ok: true, value: { delimiter, header, rows: data } }
}

/**
 * The delimiter the header line uses most, outside quotes (a comma when it uses none). A line
 * with no delimiter at all (a sheet's title above its table) says nothing: the next one decides,
 * up to MAX_LINES_TO_DELIMITER lines in.
 */
function guessDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]))
  let quoted = false
  let lines = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '"') quoted = !quoted
    else if (!quoted && (c === '\n' || c === '\r')) {
      if ([...counts.values()].some((n) => n > 0) || ++lines >= MAX_LINES_TO_DELIMITER) break
    } else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1)
  }
  let best = ','
  for (const [d, n] of counts) if (n > (counts.get(best) ?? 0)) best = d
  return best
}

const MAX_LINES_TO_DELIMITER = 10

/**
 * Where each cell of the row between `start` and `end` begins. papaparse gives the row's end but
 * not its cells' offsets: walk the same quoting rules to find them.
 */
function cellOffsets(text: string, start: number, end: number, delimiter: string): number[] {
  const offsets = [start]
  let quoted = false
  for (let i = start; i < end; i++) {
    const c = text[i]
    if (c === '"') {
      if (quoted && text[i + 1] === '"') i++
      else quoted = !quoted
    } else if (!quoted && c === delimiter) {
      offsets.push(i + 1)
    }
  }
  return offsets
}
