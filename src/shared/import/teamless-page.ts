import { INSIDE_SKIPPED } from './guide-entry'
import type { OutlineEntry } from './import-plan'
import { plainText, type Block } from './markdown-blocks'
import { excerpt } from './import-notes'
import { readFieldRecords } from './field-records'

/** Why a page gave no team, said of what it holds and where, with how to fix it. */
export interface TeamlessPage {
  line: number
  message: string
  hint: string
}

const MAPPING_HINT = '; a mapping (--mapping) can say which headings are teams'

/**
 * What a page that gave no team looks like, so its user knows what to change: its first table
 * and the columns it has, its first record of fields, or its headings (or their lack) and why
 * most of them were left out (`outline`: the import's reading of them).
 */
export function describeTeamlessPage(
  blocks: Block[],
  outline: readonly OutlineEntry[] = []
): TeamlessPage {
  const table = blocks.find((block) => block.kind === 'table')
  if (table?.kind === 'table') {
    const columns = table.header.map((cell) => `"${excerpt(plainText(cell))}"`).join(', ')
    return {
      line: table.at.line,
      message: `no teams found: the table (columns ${columns}) names no team or owned area`,
      hint:
        'head the column of names "Team" (with a "Description" or "Lead" column) or "Area" (with an "Owners" column)' +
        MAPPING_HINT
    }
  }
  const record = blocks.find(
    (block) =>
      block.kind === 'paragraph' &&
      block.lines !== undefined &&
      readFieldRecords(block.lines, block.inline.at) !== undefined
  )
  if (record?.kind === 'paragraph') {
    return {
      line: record.inline.at.line,
      message: 'no teams found: the records of fields ("M:", "N:") name no area with its people',
      hint: 'put each area\'s name on the line above its fields, with an "M:" line per maintainer ("M: Ana Lee <ana@example.com>"), or a "D:" line under each person'
    }
  }
  const headings = blocks.some((block) => block.kind === 'heading')
  return headings
    ? {
        line: 1,
        message: `no teams found: no section, list or table of the guide reads as a team${mostLeftOut(outline)}`,
        hint:
          'give each team a heading with a line saying what it owns, or list teams under a "Teams" heading' +
          MAPPING_HINT
      }
    : {
        line: 1,
        message: 'no teams found: the guide has no headings',
        hint: 'give each team a heading ("## Payments"), optionally under division headings ("# Platform")'
      }
}

/**
 * Why most of the outline's headings were left out, when one reason stands for more than half
 * of them, three at least: "; 59 of its 60 headings were left out: one of a list of tools, …".
 * Names in quotes differ from heading to heading; the reason is the same.
 */
function mostLeftOut(outline: readonly OutlineEntry[]): string {
  const reasons = new Map<string, number>()
  let headings = 0
  const walk = (entries: readonly OutlineEntry[]): void => {
    for (const entry of entries) {
      if (entry.written?.endsWith(' heading')) {
        headings += 1
        const reason = entry.reason.replace(/"[^"]*"/gu, '"…"')
        // A heading inside a left-out one is left out for that one's reason.
        if (entry.role === 'skip' && reason !== INSIDE_SKIPPED)
          reasons.set(reason, (reasons.get(reason) ?? 0) + 1)
      }
      walk(entry.children)
    }
  }
  walk(outline)
  const [top] = [...reasons].sort((a, b) => b[1] - a[1])
  if (!top || top[1] < 3 || top[1] * 2 <= headings) return ''
  return `; ${top[1]} of its ${headings} headings were left out: ${top[0]}`
}
