import { parseDocument } from 'htmlparser2'
import type { ChildNode, Element } from 'domhandler'
import { LineIndex } from '../catalog/line-index'
import { inlineMarkdown, isElement } from './html-tables'

const LIST = /^(?:ul|ol|dl)$/u

/**
 * A list written in HTML (`<ul><li><strong>Unit</strong><ul><li>Team</li>…`), as CMS exports
 * and Jekyll pages carry an organisation's structure, rewritten as the markdown list it shows,
 * on the same lines: markdown-it reads such a block as HTML up to its first blank line and the
 * tab-indented rest as code, so its units and teams would never be read. Each item keeps its own
 * line (or the next free one), so every position after the list is unchanged; a `<br>` in an
 * item is a hard break, as a browser shows it.
 *
 * `lines` are the page's lines and `start` the line (0-based) of the opening `<ul>` or `<ol>`.
 * Returns the lines from `start` to the list's closing tag, rewritten, or undefined when the list
 * is not closed or its items do not fit its lines.
 */
export function htmlListLines(lines: string[], start: number): string[] | undefined {
  const text = lines.slice(start).join('\n')
  const index = new LineIndex(text)
  const lineOf = (offset: number) => index.position(offset).line - 1
  const nodes = parseDocument(text, { withStartIndices: true, withEndIndices: true }).children
  const list = nodes.find((node) => isElement(node) || (node.type === 'text' && node.data.trim()))
  if (!list || !isElement(list) || !LIST.test(list.name) || list.endIndex === null) return undefined
  // htmlparser2 closes an unclosed list at the end of the text: only a written close tag counts.
  if (!/<\/(?:ul|ol|dl)\s*>$/iu.test(text.slice(0, list.endIndex + 1))) return undefined
  const out: string[] = new Array<string>(lineOf(list.endIndex) + 1).fill('')
  let last = -1
  const place = (line: number, markdown: string): boolean => {
    last = Math.max(line, last + 1)
    if (last >= out.length) return false
    out[last] = markdown
    return true
  }
  const writeList = (element: Element, indent: string): boolean => {
    if (element.name === 'dl') return writeTerms(element, indent)
    for (const item of element.children) {
      if (!isElement(item) || item.name !== 'li') continue
      // The item's own text, a piece per <br>, then its nested lists.
      const pieces: { nodes: ChildNode[]; at: number }[] = [{ nodes: [], at: item.startIndex ?? 0 }]
      const nested: Element[] = []
      for (const child of item.children) {
        if (isElement(child) && LIST.test(child.name)) nested.push(child)
        else if (isElement(child) && child.name === 'br')
          pieces.push({ nodes: [], at: child.endIndex ?? 0 })
        else if (nested.length === 0) pieces[pieces.length - 1].nodes.push(child)
      }
      const texts = pieces
        .map((piece) => ({ text: inlineMarkdown(piece.nodes).trim(), at: piece.at }))
        .filter((piece) => piece.text !== '')
      const written = texts.length > 0 ? texts : [{ text: '', at: item.startIndex ?? 0 }]
      for (const [i, piece] of written.entries()) {
        const hardBreak = i < written.length - 1 ? '\\' : ''
        const ok =
          i === 0
            ? place(lineOf(piece.at), `${indent}- ${piece.text}${hardBreak}`)
            : place(last + 1, `${indent}  ${piece.text}${hardBreak}`)
        if (!ok) return false
      }
      for (const child of nested) if (!writeList(child, `${indent}  `)) return false
    }
    return true
  }
  /**
   * A definition list: each term an item, bold as a label ("- **Ledger** —"), its definitions
   * the item's text on the lines after (soft breaks: "**Ledger** — Owns invoices").
   */
  const writeTerms = (element: Element, indent: string): boolean => {
    const parts = element.children.filter(
      (child): child is Element => isElement(child) && (child.name === 'dt' || child.name === 'dd')
    )
    for (const [i, part] of parts.entries()) {
      const text = inlineMarkdown(part.children).replace(/\s+/gu, ' ').trim()
      if (text === '') continue
      const defined = parts[i + 1]?.name === 'dd'
      const ok =
        part.name === 'dt'
          ? place(lineOf(part.startIndex ?? 0), `${indent}- **${text}**${defined ? ' —' : ''}`)
          : place(lineOf(part.startIndex ?? 0), `${indent}  ${text}`)
      if (!ok) return false
    }
    return true
  }
  return writeList(list, '') ? out : undefined
}
