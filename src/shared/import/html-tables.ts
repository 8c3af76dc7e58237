import { parseDocument } from 'htmlparser2'
import type { ChildNode, Element } from 'domhandler'
import { LineIndex } from '../catalog/line-index'

/**
 * A table written in HTML inside a markdown page (`<table><tr><th>Team</th>…`): GitHub READMEs,
 * GitBook and Docusaurus pages write tables so when cells need more than GFM allows (cards,
 * several paragraphs, images). Read as the same rows a GFM table gives, each cell as the
 * markdown its markup means (`<b>` bold, `<a href>` a link), so every rule that reads tables
 * reads these too. htmlparser2 reads the markup as browsers forgive it (unclosed `<td>`, `<tr>`
 * straight in `<table>`), in time linear in its length.
 */
export interface HtmlTable {
  /** The header's cells (the first row, whether `<th>` or `<td>`), as inline markdown. */
  header: string[]
  rows: { cells: string[]; line: number }[]
  /** 0-based line of the `<table>` tag within the HTML given. */
  line: number
}

/** The tables of an HTML fragment, outermost only (a table in a cell is that cell's text). */
export function htmlTables(html: string): HtmlTable[] {
  if (!/<table\b/iu.test(html)) return []
  const lines = new LineIndex(html)
  const lineOf = (index: number) => lines.position(index).line - 1
  const tables: HtmlTable[] = []
  const visit = (nodes: ChildNode[]): void => {
    for (const node of nodes) {
      if (!isElement(node)) continue
      if (node.name === 'table') {
        const table = readTable(node, lineOf)
        if (table) tables.push(table)
      } else visit(node.children)
    }
  }
  visit(parseDocument(html, { withStartIndices: true }).children)
  return tables
}

function readTable(table: Element, lineOf: (index: number) => number): HtmlTable | undefined {
  const rows: { cells: Element[]; at: Element }[] = []
  const collect = (nodes: ChildNode[]): void => {
    for (const node of nodes) {
      if (!isElement(node)) continue
      if (node.name === 'tr') rows.push({ cells: node.children.filter(isCell), at: node })
      else if (/^(?:thead|tbody|tfoot)$/u.test(node.name)) {
        // "<thead><th>Squad</th><th>Engineer</th></thead>": header cells with no row around
        // them, as generated READMEs write them; browsers make them the header row.
        const loose = node.children.filter(isCell)
        if (loose.length > 0) rows.push({ cells: loose, at: node })
        collect(node.children)
      }
    }
  }
  collect(table.children)
  const read = spannedRows(rows.map((row) => row.cells))
    .map((cells, index) => ({
      cells: cells.map((cell) => (cell ? inlineMarkdown(cell.children).trim() : '')),
      line: lineOf(rows[index].at.startIndex ?? 0)
    }))
    // A row of empty cells (a card layout's spacer, a placeholder row) holds nothing.
    .filter((row) => row.cells.some((cell) => cell !== ''))
  const line = lineOf(table.startIndex ?? 0)
  // "<tr><th>Data Structures</th><td>Ana, Bo</td></tr>" row after row: each row headed by its
  // own name, no header row above them (a browser shows none): every row is a row of the table.
  if (rowHeaded(rows.map((row) => row.cells))) {
    const width = Math.max(...read.map((row) => row.cells.length))
    return { header: new Array<string>(width).fill(''), rows: read, line }
  }
  const [header, ...body] = read
  if (!header || header.cells.length === 0) return undefined
  return { header: header.cells, rows: body, line }
}

/**
 * Each row's cells by column, as a browser lays them out: a cell with `rowspan='3'` (a squad's
 * name beside its three engineers) stands in its column in the two rows below too, whose own
 * cells take the columns after it. A span is capped at the rows the table has.
 */
function spannedRows(rows: Element[][]): (Element | undefined)[][] {
  const carried: { cell: Element; left: number }[] = []
  return rows.map((cells) => {
    const out: (Element | undefined)[] = []
    let column = 0
    const fillCarried = (): void => {
      while (carried[column] && carried[column].left > 0) {
        out[column] = carried[column].cell
        carried[column].left -= 1
        column += 1
      }
    }
    for (const cell of cells) {
      fillCarried()
      const span = Math.min(Number.parseInt(cell.attribs.rowspan ?? '1', 10) || 1, rows.length)
      out[column] = cell
      carried[column] = { cell, left: span - 1 }
      column += 1
    }
    fillCarried()
    return Array.from({ length: out.length }, (_, index) => out[index])
  })
}

/** Every row opens on a `<th>` and holds a `<td>` after it: the rows are headed, not the columns. */
function rowHeaded(rows: readonly Element[][]): boolean {
  return (
    rows.length > 0 &&
    rows.every(
      (cells) => cells[0]?.name === 'th' && cells.slice(1).some((cell) => cell.name === 'td')
    )
  )
}

export const isElement = (node: ChildNode): node is Element => 'name' in node && 'children' in node
const isCell = (node: ChildNode): node is Element =>
  isElement(node) && (node.name === 'td' || node.name === 'th')

/** Markdown's own characters in text, escaped so that text stays text when read as markdown. */
const escaped = (text: string): string => text.replace(/[\\`*_[\]<>#|]/gu, '\\$&')

/**
 * Cell content as one line of inline markdown: bold and links kept, block boundaries (`<p>`,
 * `<br>`, `<div>`, list items) a space, images and scripts left out.
 */
export function inlineMarkdown(nodes: ChildNode[]): string {
  let out = ''
  for (const node of nodes) {
    if (node.type === 'text') {
      out += escaped(node.data.replace(/\s+/gu, ' '))
      continue
    }
    if (!isElement(node)) continue
    const inner = (): string => inlineMarkdown(node.children)
    switch (node.name) {
      case 'b':
      case 'strong': {
        const text = inner().trim()
        out += text ? ` **${text}** ` : ''
        break
      }
      case 'a': {
        const text = inner().trim()
        const href = node.attribs.href?.trim()
        out += href && text ? ` [${text}](<${href.replace(/[<>\s]/gu, '')}>) ` : ` ${text} `
        break
      }
      case 'img':
      case 'script':
      case 'style':
      case 'svg':
        break
      case 'br':
        out += ' '
        break
      default:
        out += /^(?:p|div|li|ul|ol|table|tr|td|th|h[1-6]|section)$/u.test(node.name)
          ? ` ${inner()} `
          : inner()
    }
  }
  return out.replace(/ {2,}/gu, ' ')
}
