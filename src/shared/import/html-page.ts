import { parseDocument } from 'htmlparser2'
import type { ChildNode, Element } from 'domhandler'
import { LineIndex } from '../catalog/line-index'
import { htmlListLines } from './html-lists'
import { htmlTables, inlineMarkdown, isElement } from './html-tables'

/**
 * A page written in HTML rather than markdown: a site's `teams.html` with Jekyll front matter, a
 * page saved from a wiki, an intranet or a CMS. markdown-it reads such a page as HTML blocks up
 * to each blank line and its tab-indented rest as code, so not one heading of it is read. Here
 * it is rewritten as the markdown a browser shows: `<h2>` a `##` heading, `<p>` (or loose text)
 * a paragraph, `<ul>`/`<ol>`/`<dl>` a list (html-lists.ts), `<table>` a GFM table, markup that
 * shows no content of the page (scripts, styles, the site's navigation and footer, forms) left
 * out. Each block stays on the line it starts on, or the next free one, so the positions the
 * import reports still point into the file; blocks are kept a blank line apart, as markdown
 * needs, which may move a block a line or two down.
 *
 * Undefined when the text is not such a page: markdown with some HTML in it (a README opening
 * on a centred logo, a table written in HTML) is markdown, read as it is.
 */
export function htmlPageMarkdown(text: string): string | undefined {
  if (!isHtmlPage(text)) return undefined
  const index = new LineIndex(text)
  const lineOf = (offset: number | null) => index.position(offset ?? 0).line - 1
  const out: string[] = text.split(/\r\n|\r|\n/u).map(() => '')
  /** The last line a block was written on: the next block goes at least two lines later. */
  let last = -2
  const write = (lines: readonly { line: number; text: string }[]): void => {
    const kept = lines.filter((entry) => entry.text.trim() !== '')
    if (kept.length === 0) return
    const shift = Math.max(0, last + 2 - kept[0].line)
    for (const entry of kept) {
      last = Math.max(entry.line + shift, last + 1)
      while (out.length <= last) out.push('')
      out[last] = entry.text
    }
  }
  const source = (element: Element): string =>
    text.slice(element.startIndex ?? 0, (element.endIndex ?? text.length - 1) + 1)

  /** Loose inline content (text, links, bold) between blocks: one paragraph. */
  let run: ChildNode[] = []
  const flush = (): void => {
    if (run.length === 0) return
    const paragraph = inlineMarkdown(run).trim()
    const at = run.find((node) => node.type !== 'text' || node.data.trim() !== '')
    if (paragraph && at) write([{ line: lineOf(at.startIndex), text: paragraph }])
    run = []
  }

  const visit = (nodes: readonly ChildNode[]): void => {
    for (const node of nodes) {
      if (node.type === 'text') {
        run.push(node)
        continue
      }
      if (!isElement(node) || SKIPPED.test(node.name)) continue
      if (INLINE.test(node.name)) {
        run.push(node)
        continue
      }
      flush()
      const heading = /^h([1-6])$/u.exec(node.name)
      if (heading) {
        const title = inlineMarkdown(node.children).trim()
        write([
          { line: lineOf(node.startIndex), text: `${'#'.repeat(Number(heading[1]))} ${title}` }
        ])
      } else if (LIST.test(node.name)) writeList(node)
      else if (node.name === 'table') writeTable(node)
      else if (PARAGRAPH.test(node.name)) {
        write([{ line: lineOf(node.startIndex), text: inlineMarkdown(node.children).trim() }])
      } else visit(node.children)
      flush()
    }
  }

  const writeList = (list: Element): void => {
    const first = lineOf(list.startIndex)
    const lines = htmlListLines(source(list).split(/\r\n|\r|\n/u), 0)
    if (lines) write(lines.map((line, i) => ({ line: first + i, text: line })))
    else write([{ line: first, text: inlineMarkdown(list.children).trim() }])
  }

  const writeTable = (table: Element): void => {
    const first = lineOf(table.startIndex)
    for (const read of htmlTables(source(table))) {
      const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
      write([
        { line: first + read.line, text: row(read.header) },
        { line: first + read.line + 1, text: row(read.header.map(() => '---')) },
        ...read.rows.map((r) => ({ line: first + r.line, text: row(r.cells) }))
      ])
    }
  }

  visit(parseDocument(text, { withStartIndices: true, withEndIndices: true }).children)
  flush()
  return out.join('\n')
}

/**
 * An HTML page: its first content is a tag (after a doctype or comments), it has an HTML heading
 * or paragraph, and no line of it is markdown's own (a heading, `## Teams` or text over `===`;
 * a list item, a quote or a table row at the margin): a README that opens on a centred logo and
 * goes on in markdown is markdown.
 */
function isHtmlPage(text: string): boolean {
  const start = text.replace(/^(?:\s|<!--[\s\S]*?-->|<!doctype[^>]*>)*/iu, '')
  if (!/^<[a-z]/iu.test(start)) return false
  if (!/<(?:h[1-6]|p)\b/iu.test(text)) return false
  return !MARKDOWN_HEADING.test(text) && !MARKDOWN_BLOCK.test(text)
}

const MARKDOWN_HEADING = /^ {0,3}(?:#{1,6}[ \t]+\S|[=-]{3,}[ \t]*$)/mu
const MARKDOWN_BLOCK = /^(?:[-*+][ \t]+\S|\d{1,3}[.)][ \t]+\S|>[ \t]|\|)/mu
/** Markup that shows none of the page's own content. */
const SKIPPED =
  /^(?:head|title|script|style|noscript|template|svg|nav|footer|form|button|select|textarea|iframe|canvas|object|pre)$/u
/** Markup inside a line of text: gathered into the paragraph around it. */
const INLINE =
  /^(?:a|abbr|b|bdi|bdo|br|cite|code|data|dfn|em|font|i|img|kbd|label|mark|q|s|samp|small|span|strong|sub|sup|time|u|var|wbr)$/u
const LIST = /^(?:ul|ol|dl)$/u
/** Blocks that are one paragraph of text whatever they hold. */
const PARAGRAPH = /^(?:p|address|figcaption|summary|dt|dd|caption)$/u
