import type { GuideEntry } from './guide-entry'
import type { Section } from './guide-sections'
import { plainText, type TableBlock } from './markdown-blocks'
import { cleanName } from './outline'
import { unitKey } from './unit-key'

/** A first column of units: "Tribe", "Division", "Department", "Value stream", "Pillar". */
const UNIT_COLUMN =
  /^(?:tribes?|divisions?|departments?|value streams?|business units?|pillars?|domains?|portfolios?)(?:\s+names?)?$/iu

/** What a unit's row says of it: "Mission", "Description", "Purpose", "Focus". */
const ABOUT_COLUMN = /^(?:mission|description|purpose|focus|about|summary|charter|goal)$/iu

/**
 * "| Tribe | Mission | Scope |" over "| Open Finance Tribe | External ecosystem-facing capabilities
 * | … |": a page's table of its units, apart from the table of its teams whose column places them
 * ("| Consent Squad | Open Finance |"). A unit that column makes and the table declares is the
 * same unit: it takes what the table says of it. Units the column does not name are left as they
 * are (a unit needs teams to stand in the catalog).
 */
export function withDeclaredUnits(outline: GuideEntry[], root: Section): GuideEntry[] {
  const declared = new Map<string, string>()
  const visit = (section: Section): void => {
    for (const block of section.blocks) if (block.kind === 'table') readUnits(block, declared)
    for (const child of section.children) visit(child)
  }
  visit(root)
  if (declared.size === 0) return outline
  const described = (entry: GuideEntry): GuideEntry => {
    const about = declared.get(unitKey(entry.label))
    const { source } = entry
    const fromColumn =
      (entry.role === 'group' || entry.role === 'division') &&
      source.kind === 'item' &&
      source.description === '' &&
      entry.children.some((child) => child.source.kind === 'row')
    return {
      ...entry,
      ...(fromColumn && about !== undefined ? { source: { ...source, description: about } } : {}),
      children: entry.children.map(described)
    }
  }
  return outline.map(described)
}

function readUnits(table: TableBlock, declared: Map<string, string>): void {
  const header = table.header.map((cell) => plainText(cell).trim())
  if (!UNIT_COLUMN.test(header[0] ?? '')) return
  const about = header.findIndex((cell, i) => i > 0 && ABOUT_COLUMN.test(cell))
  if (about === -1) return
  for (const row of table.rows) {
    const name = row.cells[0] ? cleanName(plainText(row.cells[0])) : ''
    const text = row.cells[about] ? plainText(row.cells[about]).trim() : ''
    if (name && text && !declared.has(unitKey(name))) declared.set(unitKey(name), text)
  }
}
