import type { Block, Position } from './markdown-blocks'
import type { HeadingBlock } from './outline'

/** A heading and what is under it up to the next heading of the same or a shallower depth. */
export interface Section {
  heading?: HeadingBlock
  /** The front matter's title, when it stands for a heading the document lacks. */
  title?: { text: string; at: Position }
  blocks: Block[]
  children: Section[]
}

/** Sections by heading depth: each heading opens a section inside the last shallower one. */
export function readSections(blocks: Block[]): Section {
  const root: Section = { blocks: [], children: [] }
  const open: { depth: number; section: Section }[] = [{ depth: 0, section: root }]
  for (const block of blocks) {
    if (block.kind !== 'heading') {
      open[open.length - 1].section.blocks.push(block)
      continue
    }
    while (open.length > 1 && open[open.length - 1].depth >= block.depth) open.pop()
    const section: Section = { heading: block, blocks: [], children: [] }
    open[open.length - 1].section.children.push(section)
    open.push({ depth: block.depth, section })
  }
  return root
}
