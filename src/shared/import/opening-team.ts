import { plainText, type Block, type Position } from './markdown-blocks'

/**
 * "The Core subteam shepherds technical RFCs …": a page with no heading and no front matter
 * title that opens by naming a team as its subject is that team's page, and the name stands
 * for the title it lacks. A page opening on anything else ("This page …", "We …") names none.
 */
const OPENING_TEAM =
  /^The\s+(\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*){0,3}\s+(?:sub-?team|team|squad))\s+(?:is|are|was|shepherds|owns|maintains|builds|runs|leads|makes|works|focuses|handles|reviews|manages|develops|takes)\b/u

export function openingTeamName(blocks: Block[]): { text: string; at: Position } | undefined {
  if (blocks.some((block) => block.kind === 'heading')) return undefined
  const first = blocks[0]
  if (first?.kind !== 'paragraph') return undefined
  const found = OPENING_TEAM.exec(plainText(first.inline).trim())
  return found ? { text: found[1], at: first.inline.at } : undefined
}
