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
 * and the columns it has, its first record of fields, or its headings (or their lack).
 */
export function describeTeamlessPage(blocks: Block[]): TeamlessPage {
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
        message: 'no teams found: no section, list or table of the guide reads as a team',
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
