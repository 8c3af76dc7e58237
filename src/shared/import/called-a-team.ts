import type { Assessment } from './section-assessment'
import type { Section } from './guide-sections'
import { documentText } from './linked-organization'
import { plainText } from './markdown-blocks'
import { cleanName } from './outline'
import { stageGroup } from './section-headings'

/** Words that make a heading a unit's name ("Billing Squad", "SIG CLI", "Data Team"). */
const UNIT_WORD =
  /\b(?:teams?|squads?|groups?|sigs?|wgs?|tribes?|guilds?|pods?|crews?|chapters?|streams?)\b/iu

/** Every word of a section and its sub-sections, as one text. */
export function sectionText(section: Section): string {
  const own = [
    section.heading ? plainText(section.heading.inline) : '',
    documentText(section.blocks)
  ]
  return [...own, ...section.children.map(sectionText)].join(' ')
}

/**
 * Whether the page treats a section as a team: its heading carries a unit's word, or the page's
 * text calls it one ("the Release team", "Ingestion squad"). A one-team page's sub-sections with
 * a description and a list ("Top-level Areas of Ownership", "Stack Choices") look like teams
 * but are never called so; a page of several teams names them as teams somewhere.
 */
export function calledATeam(assessed: Assessment, pageText: string): boolean {
  const heading = assessed.section.heading
  if (!heading) return false
  const name = cleanName(plainText(heading.inline))
    .replace(/(?<=\S)\s*\((?:[^()]|\([^()]*\))*\)$/u, '')
    .trim()
  if (!name || UNIT_WORD.test(name)) return true
  // A generated member list under it ("{{< team-by-manager-role … >}}") lists a team's people.
  if (assessed.section.listsMembers) return true
  // "Verify:Runner" is called by its group's name ("the Runner group"), "Packaging Build" by
  // its last word ("the Build team").
  const staged = stageGroup(name)
  const words = (staged?.group ?? name).split(/\s+/u)
  const endings = words.map((_, i) => words.slice(i).join(' '))
  return [name, ...endings].some((called) => {
    const escaped = called.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
    return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}\\s+(?:team|squad|group)s?\\b`, 'iu').test(
      pageText
    )
  })
}
