import { escapeRegExp } from '../escape-reg-exp'
import type { Section } from './guide-sections'
import { plainText, type Block, type ListItem } from './markdown-blocks'
import { cleanName } from './outline'

/** Words that name units: a list or its introduction that uses them may list teams. */
const UNIT_NOUN = /\b(?:teams?|squads?|groups?|pods?|crews?|tribes?|sigs?)\b/iu
const UNITS = /\b(?:teams|squads|groups|pods|crews|tribes|sigs)\b/iu

/** "The team owns…", "Our team maintains…": a section's text about itself as one team. */
const THE_TEAM = /\b(?:the|our|this)\s+(?:team|squad)\b(?![\p{L}'’])/iu

/**
 * Whether a list in a named section is the section's own work, not its teams: the section's
 * text calls it one team ("The Data Platform team owns…", "Our team maintains…"), and neither
 * the list's introduction nor its items name units ("Its teams:", "[Delivery team](…)"). Its
 * linked or bold lines with descriptions are then the team's services, products or sub-areas
 * ("[Ingest](…): streams events through Kafka"), which carry the team's technologies.
 */
export function listsOwnWork(section: Section, items: readonly ListItem[], intro?: Block): boolean {
  if (!section.heading) return false
  // "Its teams:", "It is made up of two squads", "The team's pods are:": units introduced.
  const introText = intro?.kind === 'paragraph' ? plainText(intro.inline).trim() : ''
  if (UNITS.test(introText) || (introText.endsWith(':') && UNIT_NOUN.test(introText))) return false
  if (items.some((item) => UNIT_NOUN.test(plainText(item.inline).split(/[:–—]|\s-\s/u)[0])))
    return false
  const name = cleanName(plainText(section.heading.inline))
  const last = name.split(/\s+/u).pop()
  if (!last) return false
  const itself = new RegExp(`\\b${escapeRegExp(last)}\\s+(?:team|squad)\\b(?![\\p{L}'’])`, 'iu')
  return section.blocks.some((block) => {
    if (block.kind !== 'paragraph') return false
    const text = plainText(block.inline)
    return itself.test(text) || THE_TEAM.test(text)
  })
}
