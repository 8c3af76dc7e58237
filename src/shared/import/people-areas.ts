import type { Assessment } from './assessment'
import type { Section } from './guide-sections'
import { plainText, type Span } from './markdown-blocks'
import { cleanName } from './outline'
import { isHandleLine } from './handle-line'
import {
  isFieldLegend,
  isPersonRecord,
  isStaffRecord,
  readFieldRecord,
  readFieldRecords
} from './field-records'
import { PERSON_LINE } from './person-line'
import { isPeopleTable } from './team-table'
import { namesCatchAll } from './section-headings'

/**
 * A maintainers file's areas are sections holding only the people who own them ("### Zowe CLI"
 * over "- Mike Bauer (Lead) - @mbauer"). Among two or more such sections, one of the same shape
 * is one more area, owned by the people it lists: one that shows no other sign of a team, and
 * one whose heading reads as a process word ("### Onboarding"). A heading of people, contacts or
 * governance stays what its words say.
 */
export function withPeopleAreas(
  children: Assessment[],
  processLike: (heading: string) => boolean
): Assessment[] {
  const areas = children.filter(
    (child) => (child.kind === 'team' || child.kind === 'weak') && onlyPeople(child.section)
  )
  // "## rust-url Maintainers" over its people, beside "## WebRender Maintainers": each heading
  // names the area its people maintain, as "### rust-url" would.
  const named = children.filter((child) => namesMaintainedArea(child) && onlyPeople(child.section))
  if (areas.length + named.length < 2) return children
  return children.map((child) => {
    if (holdsPeopleAreas(child)) return asAreaGroup(child)
    if (opensWithLegend(child.section)) {
      return {
        ...child,
        kind: 'skip',
        reason: "the legend of the file's fields, not an area",
        sure: true
      }
    }
    if (!child.section.heading || !onlyPeople(child.section)) return child
    const text = cleanName(plainText(child.section.heading.inline))
    // "Others" over the people no area holds: what is left over, no area of its own.
    if (namesCatchAll(text)) return child
    if (named.includes(child)) {
      return { ...asArea(child), named: text.replace(/\s+maintainers$/iu, '') }
    }
    // "Main maintainers" over the project's own maintainers ranks people: no area of the work.
    if (STANDING.test(text)) return child
    // "### Packaging Maintainers" over a table of its people: a team by its people, named for
    // the area they maintain.
    if (child.kind === 'team' && AREA_MAINTAINERS.test(text) && !GOVERNANCE.test(text))
      return { ...child, named: text.replace(/\s+maintainers$/iu, '') }
    if (child.kind === 'weak') {
      // "### CI / Build & Release Maintainers", weak where its neighbours are skipped: the same.
      const area = AREA_MAINTAINERS.test(text) && !GOVERNANCE.test(text)
      return area
        ? { ...asArea(child), named: text.replace(/\s+maintainers$/iu, '') }
        : asArea(child)
    }
    if (child.kind !== 'skip' || child.heading !== 'skip') return child
    return processLike(text) && !GOVERNANCE.test(text) ? asArea(child) : child
  })
}

/** Words that rank people rather than name a part of the work: "Core", "Emeritus", "Project". */
export const STANDING =
  /^(?:(?:all|our|the|current|active|former|past|emeritus|core|lead|main|senior|project|team|community|release|repository|repo|other|honorary|new)\s+)+maintainers$/iu

/**
 * "rust-url Maintainers", "Module Maintainers": the people of one named part of the work, or of
 * a category of a maintainers file's areas (unless STANDING ranks them). A "/", "&" or "+"
 * between its words joins them ("CI / Build & Release Maintainers").
 */
export const AREA_MAINTAINERS = /^(?:[\p{L}\p{N}.'’-]+\s+(?:[&/+]\s+)?){1,3}maintainers$/iu

/**
 * "Acme Maintainers", "Acme Committers", "Acme Code Owners": the people of one named thing (the
 * project, an area or a category), not people ranked by their standing ("Core Committers",
 * "Emeritus Maintainers") nor a governing body.
 */
export function namesPeopleOfSomething(text: string): boolean {
  if (!PEOPLE_OF_SOMETHING.test(text)) return false
  const asMaintainers = text.replace(/(?:code\s+)?\S+$/iu, 'maintainers')
  return !STANDING.test(asMaintainers) && !GOVERNANCE.test(text)
}

const PEOPLE_OF_SOMETHING =
  /^(?:[\p{L}\p{N}.'’-]+\s+){1,3}(?:maintainers|committers|code\s+owners|owners|reviewers)$/iu

/**
 * "Acme Maintainers" over "Acme CLI", "Acme Server" and "Acme Operator": the heading's name
 * begins most of its areas' names, so it names the project they are parts of, not a category
 * of a maintainers file ("Module Maintainers" over "Evaluator", "Core classes").
 */
export function namesItsAreasProject(text: string, children: Assessment[]): boolean {
  const name = text.replace(/\s+\S+$/u, '').toLowerCase()
  const names = children
    .filter((child) => child.section.heading && (child.kind === 'team' || child.kind === 'weak'))
    .map((child) => cleanName(plainText(child.section.heading!.inline)).toLowerCase())
  const carrying = names.filter((child) => child.startsWith(`${name} `)).length
  return carrying >= 2 && carrying * 2 > names.length
}

/** A skipped heading of people that names, by its words, the area they maintain. */
function namesMaintainedArea(child: Assessment): boolean {
  if (child.kind !== 'skip' || !child.section.heading) return false
  const text = cleanName(plainText(child.section.heading.inline))
  return AREA_MAINTAINERS.test(text) && !STANDING.test(text) && !GOVERNANCE.test(text)
}

/** Bodies that govern or once served, not areas: "Steering Council", "Emeritus", "Past members". */
const GOVERNANCE =
  /\b(?:council|committee|board|steering|governance|advisory|emeritus|alumni|past)\b/iu

function asArea(child: Assessment): Assessment {
  return {
    ...child,
    kind: 'team',
    reason: 'a team: lists only its people, as the areas beside it do',
    sure: false,
    signals: 1
  }
}

/**
 * "## ARM Cortex-M" with no text of its own over "### Atmel Sam0 line" and its people: among
 * areas of people, a heading that only holds such areas groups them; it is no area itself.
 */
function holdsPeopleAreas(child: Assessment): boolean {
  return (
    (child.kind === 'weak' || child.kind === 'team') &&
    child.section.heading !== undefined &&
    child.section.blocks.length === 0 &&
    child.children.length > 0 &&
    child.children.every((inner) => inner.section.heading && onlyPeople(inner.section))
  )
}

function asAreaGroup(child: Assessment): Assessment {
  return {
    ...child,
    kind: 'container',
    reason: 'a heading over areas that list their people: it holds them',
    sure: false,
    children: child.children.map(asArea)
  }
}

/** Whether a section's only text is a list of people, with no sub-sections. */
function onlyPeople(section: Section): boolean {
  if (section.children.length > 0 || section.blocks.length === 0) return false
  let people = 0
  const all = section.blocks.every((block) => {
    // "P: Ana Diaz" over "M: ana@example.com": a maintainers file's record of one person; "M:
    // Ana <ana@…>" with "F: arm/": the people of the area the heading names.
    if (block.kind === 'paragraph' && block.lines) {
      const records = readFieldRecords(block.lines, block.inline.at) ?? []
      const staff =
        records.length > 0 &&
        records.every((record) => isPersonRecord(record) || isStaffRecord(record))
      if (staff) people += records.length
      return staff
    }
    // "### CLI Maintainers" over "Name | GitHub | Affiliation": a table of the area's people.
    if (block.kind === 'table' && block.rows.length > 0) {
      const table = isPeopleTable(block.header.map((cell) => plainText(cell)))
      if (table) people += block.rows.length
      return table
    }
    if (block.kind === 'paragraph' && namesWithContacts(block.inline.spans)) {
      people++
      return true
    }
    return (
      block.kind === 'list' &&
      block.items.every((item) => {
        const text = plainText(item.inline).trim()
        const person = PERSON_LINE.test(text) || isHandleLine(text) || NAME_AND_ACCOUNT.test(text)
        if (person) people++
        // "* https://github.com/ruby/csv" under the area's people: where the area lives.
        return person || BARE_ADDRESS.test(text)
      })
    )
  })
  return all && people > 0
}

/**
 * "Ana Diaz \ ana@example.org (email), [anad](…) (GitHub)": a paragraph of people, each a name
 * then how to reach them. What is left once the addresses, the links, the remarks in parentheses
 * and the commas are taken out is only capitalized words (the names): no sentence.
 */
function namesWithContacts(spans: Span[]): boolean {
  const text = spans
    .filter((span) => span.href === undefined)
    .map((span) => span.text)
    .join(' ')
  // A few people's lines: a long paragraph is prose (and the address test stays linear).
  if (text.length > PEOPLE_PARAGRAPH_MAX) return false
  const linked = spans.some((span) => span.href !== undefined)
  if (!linked && !(text.includes('@') && EMAIL.test(text))) return false
  const rest = text
    .replace(EMAILS, ' ')
    .replace(/\([^()]*\)/gu, ' ')
    .split(/[\s,;]+/u)
    .filter(Boolean)
  return rest.length >= 2 && rest.every((word) => NAME_WORD.test(word))
}

const PEOPLE_PARAGRAPH_MAX = 2000
const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/u
const EMAILS = new RegExp(EMAIL.source, 'gu')
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|de|da|di|del|der|van|von|la|le)$/u

/** A list line that is only a web address. */
const BARE_ADDRESS = /^https?:\/\/\S+$/u

/**
 * "Koichi Sasada (ko1)", "Hiroshi SHIBATA (hsbt)": a person's name, then their account written
 * without "@" in parentheses, one lowercase word. Read only under an area's heading, where every
 * line is a person's.
 */
const NAME_AND_ACCOUNT =
  /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s+\([a-z0-9][a-z0-9_-]{1,38}\)$/u

/** "Fields" over "P: Person", "M: Mail patches to this address": the file's legend. */
function opensWithLegend(section: Section): boolean {
  const first = section.blocks[0]
  if (first?.kind !== 'paragraph' || !first.lines) return false
  const record = readFieldRecord(first.lines, first.inline.at)
  return record !== undefined && isFieldLegend(record)
}
