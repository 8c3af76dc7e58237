import { carriesText } from './found-entries'
import { plainText, type Block, type Inline } from './markdown-blocks'

/**
 * Paragraphs that are only a short bold label ("**Demand team**") over a paragraph or a list of
 * their own, two or more under the same heading: each labels the text below it as a sub-heading
 * would, so they are read as headings one level below the section they are in. A lone bold
 * line ("**Note**") or a bold sentence ("**This page is a draft.**") stays a paragraph.
 */
export function withBoldLabelHeadings(blocks: Block[]): Block[] {
  const labels = new Set<number>()
  let run: number[] = []
  const close = (): void => {
    if (run.length >= 2) run.forEach((i) => labels.add(i))
    run = []
  }
  blocks.forEach((block, i) => {
    if (block.kind === 'heading') close()
    else if (
      block.kind === 'paragraph' &&
      isBoldLabel(block.inline) &&
      (blocks[i + 1]?.kind === 'paragraph' || blocks[i + 1]?.kind === 'list')
    )
      run.push(i)
  })
  close()
  if (labels.size === 0) return blocks
  let depth = 0
  return blocks.map((block, i) => {
    if (block.kind === 'heading') depth = block.depth
    if (!labels.has(i) || block.kind !== 'paragraph') return block
    return { kind: 'heading', depth: Math.min(depth + 1, 6), inline: block.inline, boldLine: true }
  })
}

const MAX_WORDS = 6

function isBoldLabel(inline: Inline): boolean {
  const spans = inline.spans.filter(carriesText)
  if (spans.length === 0 || !spans.every((span) => span.strong === true)) return false
  const text = plainText(inline).trim()
  return !/[.:;,!?]$/u.test(text) && text.split(/\s+/u).length <= MAX_WORDS
}
