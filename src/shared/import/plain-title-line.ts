import { carriesText } from './found-entries'
import { plainText, type Block } from './markdown-blocks'

/**
 * A page that opens with a short line in title case and no "#" ("Team Points of Contact") over
 * its "##" sections, with no "#" heading of its own: the line is the page's title, as a renderer
 * that forgot the "#" would have shown it. A sentence (its last word stopped, its words in lower
 * case), a link or a bold label stays a paragraph.
 */
export function withPlainTitleLine(blocks: Block[]): Block[] {
  const [first, second] = blocks
  if (
    first?.kind !== 'paragraph' ||
    second?.kind !== 'heading' ||
    second.depth < 2 ||
    blocks.some((block) => block.kind === 'heading' && block.depth === 1)
  )
    return blocks
  const spans = first.inline.spans.filter(carriesText)
  if (spans.some((span) => span.href !== undefined || span.strong === true)) return blocks
  const text = plainText(first.inline).trim()
  if (!TITLE_LINE.test(text)) return blocks
  return [{ kind: 'heading', depth: 1, inline: first.inline }, ...blocks.slice(1)]
}

/** Two to eight words, each capitalized but the small words between them, on one line. */
const TITLE_LINE =
  /^\p{Lu}[\p{L}\p{N}'’&-]*(?:\s+(?:(?:of|and|the|for|to|a|an|in|on|at|by|with|&|-|–)\s+)*\p{Lu}[\p{L}\p{N}'’&-]*){1,7}$/u
