import { plainText, type Inline, type ListItem } from './markdown-blocks'
import { withoutPictographs } from './outline'
import { isPersonName } from './person-line'

/** What a labelled line of a team's list gives the team. */
export type TeamField =
  'stack' | 'responsibilities' | 'people' | 'contact' | 'links' | 'headcount' | 'hiring'

/**
 * Labels a team's own details are written under, never a team's name: "Stack: Go, PostgreSQL",
 * "Owns: deploys, CI", "Lead: Ana Ruiz", "Slack: #payments", "Repos: payments-api". (Words that
 * also name teams, "Infrastructure", "Tools", "Platform", are left to the lines' other readings.)
 */
const FIELDS: [RegExp, TeamField][] = [
  [
    /^(?:(?:our|the|team|main|core)\s+)?(?:(?:tech(?:nology)?|software)\s+)?(?:stack|technolog(?:y|ies)|tech|languages?|frameworks?|built with|tools we use)$/iu,
    'stack'
  ],
  // The same label in the other languages team pages are written in: "Tecnologías", "Stack
  // technique", "Technologien", "Tecnologie", "Технологии", "技術スタック", and "主要技术栈"
  // ("main tech stack"), "主な技術スタック".
  [
    /^(?:tecnolog[ií]as?|tecnologie|technologien|technologies utilisées|stack (?:technique|tecnol[oó]gico)|технологии|стек(?: технологий)?|(?:主要|核心|常用|主な)?(?:技術スタック|技术栈|技術棧)|기술 ?스택)$/iu,
    'stack'
  ],
  [
    /^(?:owns|we own|ownership|areas? of (?:ownership|responsibility)|responsibilit(?:y|ies)|scope|focus(?: areas?)?)$/iu,
    'responsibilities'
  ],
  [
    /^(?:(?:tech(?:nical)?|team|engineering)\s+)?(?:leads?|co-?leads?|managers?|ems?|owners?|members|people|product (?:manager|owner)s?|pms?|organi[sz]ers?|coordinators?|co-?chairs?|chairs?|conveners?|facilitators?)$/iu,
    'people'
  ],
  [
    /^(?:slack|slack channels?|channels?|chat|e-?mail|mailing list|contact|on-?call|pager(?:duty)?|office hours)$/iu,
    'contact'
  ],
  [/^(?:repos?|repositor(?:y|ies)|links?|dashboards?|boards?|runbooks?)$/iu, 'links'],
  [/^(?:head ?count|team size|size|number of (?:engineers|people))$/iu, 'headcount'],
  // The same labels in the other languages team pages are written in: "Enfoque" and "Foco"
  // (focus), "Responsabilidades", "Zuständigkeiten"; "Tamaño", "Größe" (size); "Miembros",
  // "Líder" (members, lead); "Contacto", "Kontakt".
  [
    /^(?:enfoque|foco|fokus|schwerpunkt|[aá]mbito|alcance|responsabilidad(?:es)?|responsabilidades|responsabilit[ée]s?|verantwortung|zust[aä]ndigkeit(?:en)?|verantwoordelijkhe(?:id|den)|ansvar(?:somr[aå]de[rn]?)?|responsabilit[aà])$/iu,
    'responsibilities'
  ],
  [
    /^(?:tama[nñ]o|tamanho|taille|gr[oö](?:ß|ss)e|grootte|st[oø]rrelse|storlek|dimensione)$/iu,
    'headcount'
  ],
  [
    /^(?:miembros|membros|membres|mitglieder|leden|medlemmer|integrantes|l[ií]der(?:es)?|responsable|respons[aá]vel|leitung|teamleiter|teamleider|teamleder)$/iu,
    'people'
  ],
  [/^(?:contacto|contato|kontakt|contatti|canal(?:es)?)$/iu, 'contact'],
  [
    /^(?:(?:now |we(?:'|’)re |we are )?hiring|open (?:roles?|positions?|reqs?)|openings)$/iu,
    'hiring'
  ]
]

/** A label's words: without emphasis marks, its colon and the icons before it ("👤 **Lead:**"). */
export function labelWords(label: string): string {
  return withoutPictographs(label.replace(/[*_`]/gu, '').replace(/:\s*$/u, '').trim())
}

/** "Team contact", "Contacts", "Point of contact": whom to ask, people when it names people. */
export const CONTACT_PEOPLE = /^(?:(?:team|main|primary)\s+)?(?:contacts?|points? of contact)$/iu

/**
 * "Ana Ruiz (lead), Bo Chen": every piece a person's name, a role in brackets after it or not;
 * "Cy Park (@cy) (lead)" writes the person's handle and role each in its own brackets.
 */
function namesOnlyPeople(value: string): boolean {
  const pieces = value.split(/\s*(?:[,;]|\band\b)\s*(?![^()]*\))/u).filter(Boolean)
  return (
    pieces.length > 0 &&
    pieces.every((piece) => isPersonName(piece.replace(/(?:\s*\([^()]*\)){1,2}$/u, '')))
  )
}

/** The field a label names ("Tech stack" -> stack), or undefined for any other words. */
export function teamField(label: string): TeamField | undefined {
  const text = labelWords(label)
  return FIELDS.find(([pattern]) => pattern.test(text))?.[1]
}

/**
 * A list item written as one of a team's fields, "Label: value" with the label plain or bold:
 * the field and the value's text. Undefined for any other item ("Checkout: the cart and
 * payments" names a piece of work).
 */
export function fieldItem(item: ListItem): { field: TeamField; value: string } | undefined {
  const found = labelledField(plainText(item.inline))
  // "Framework: the shared robotics runtime": a stack names technologies, a description
  // written as a sentence says what a team called "Framework" does.
  if (found?.field === 'stack' && DESCRIBED.test(found.value)) return undefined
  return found
}

/**
 * "Label: value" text whose label names one of a team's fields, and its value ("Size: 6
 * engineers" says how many; "Size: medium" names no headcount).
 */
export function labelledField(text: string): { field: TeamField; value: string } | undefined {
  const found = /^([^:]{1,40}):\s*(\S.*)$/su.exec(text.trim())
  if (!found) return undefined
  const value = found[2].trim()
  // "Team contact: Ana Ruiz (lead), Bo Chen": the people to ask are the team's people.
  if (CONTACT_PEOPLE.test(labelWords(found[1])) && namesOnlyPeople(value))
    return { field: 'people', value }
  const field = teamField(found[1])
  if (!field) return undefined
  if (field === 'headcount' && headcountOf(value) === undefined) return undefined
  // "Team members: 7", "People: 12": a count of the people, not their names.
  if (field === 'people' && headcountOf(value) !== undefined) return { field: 'headcount', value }
  return { field, value }
}

/**
 * A heading that writes one of the team's people fields after its name: "Payments — Lead: Ana
 * Silva", "Identity - Lead: Bo Chen", "Search | Owner: Chen Wei", "Payments (Lead: Ana Silva)".
 * The name is the team's; the field ("Lead: Ana Silva") is a line of it. Undefined for any other
 * heading ("Payments: card flows" names no field).
 */
export function headingField(text: string): { name: string; field: string } | undefined {
  const found =
    /^(.*?\S)\s*\(([^():]{1,40}:\s*[^()]+)\)$/u.exec(text.trim()) ??
    /^(.*?\S)\s+(?:[—–|-]|--)\s+([^:]{1,40}:\s*\S.*)$/u.exec(text.trim()) ??
    /^(.*?[^\s,]),\s+([^:,]{1,40}:\s*\S.*)$/u.exec(text.trim())
  if (!found) return undefined
  const field = labelledField(found[2])
  const first = field?.field === 'people' ? field.value.split(/[,;&]|\band\b/u)[0].trim() : ''
  if (!isPersonName(first) && !/^@[\w-]+$/u.test(first)) return undefined
  return { name: found[1].trim(), field: found[2].trim() }
}

/** The number of people a headcount field gives ("6", "6 engineers", "about 12"), if any. */
export function headcountOf(value: string): number | undefined {
  const found =
    /^(?:about |around |~\s*)?(\d{1,5})(?:\s+(?:engineers|people|persons|developers|members|FTEs?))?\.?$/iu.exec(
      value.trim()
    )
  return found ? Number(found[1]) : undefined
}

/** A value that opens as a description does ("the …", "a …", "our …"), not as a list of names. */
const DESCRIBED = /^(?:the|a|an|our|its|their)\s/iu

/** "Mission: Own checkout": a line that opens on a short label (any words) and its value. */
const LABELLED = /^[^:]{1,40}:\s+\S/u

/**
 * A paragraph written as a card of the team's fields, a line each ("**Mission:** Own checkout",
 * "**Lead:** Ana Ruiz", "**Size:** 6 engineers", "**Stack:** Rust, Kafka"): each field as a
 * list item of its own, and the lines whose label names no field ("Mission: …") as prose. A
 * line with no label continues the value above it ("Stack: Go, Kafka," then "PostgreSQL").
 * Undefined unless two or more lines are the team's fields.
 */
export function fieldCard(
  lines: readonly Inline[] | undefined
): { fields: { item: ListItem; field: TeamField; value: string }[]; prose: string[] } | undefined {
  if (!lines) return undefined
  const entries: Inline[] = []
  for (const line of lines) {
    const last = entries[entries.length - 1]
    if (last && !LABELLED.test(plainText(line))) {
      entries[entries.length - 1] = {
        spans: [...last.spans, { text: ' ', at: line.at }, ...line.spans],
        at: last.at
      }
    } else entries.push(line)
  }
  const fields: { item: ListItem; field: TeamField; value: string }[] = []
  const prose: string[] = []
  for (const inline of entries) {
    const item: ListItem = { inline, details: [], children: [], at: inline.at }
    const found = fieldItem(item)
    if (found) fields.push({ item, ...found })
    else prose.push(plainText(inline))
  }
  return fields.length >= 2 ? { fields, prose } : undefined
}

/**
 * A paragraph written as a team's fields, one after another ("Owns: accounts, audit log Stack:
 * Elixir, PostgreSQL Lead: Dan Moore", its soft line breaks read as spaces): each field as its
 * own "Label: value" text. Undefined unless the paragraph opens on a field's label and holds two
 * or more of them (the stack, what it owns, its people).
 */
export function fieldLines(text: string): string[] | undefined {
  const starts: number[] = []
  let counted = 0
  for (const colon of text.matchAll(/:\s+\S/gu)) {
    const before = text.slice(0, colon.index)
    const words = before.trim().split(/\s+/u).slice(-3)
    for (let n = 1; n <= words.length; n++) {
      const label = words.slice(-n).join(' ')
      const field = teamField(label)
      if (field === undefined) continue
      starts.push(before.lastIndexOf(label))
      if (field === 'stack' || field === 'responsibilities' || field === 'people') counted++
      break
    }
  }
  if (counted < 2 || starts[0] !== 0) return undefined
  return starts.map((start, i) => text.slice(start, starts[i + 1]).trim())
}

/**
 * "We own the rich-text editor. Stack: TypeScript, ProseMirror.": a paragraph's sentences, then
 * one of the team's fields as its last sentence (as fieldParagraph reads one alone): the text
 * before it and the field. A value may hold dots ("Node.js"); a field's label opens a sentence.
 */
export function trailingField(text: string): { prose: string; field: string } | undefined {
  const trimmed = text.trim()
  let start = -1
  // A sentence ends at ". " or at Chinese and Japanese full stops, which take no space after them.
  for (const found of trimmed.matchAll(
    /(?:[.!?]\s+|[。！？]\s*)(?=[^\s:.!?][^:.!?]{0,39}:\s*\S)/gu
  )) {
    start = found.index + found[0].length
  }
  if (start < 0) return undefined
  const field = fieldParagraph(trimmed.slice(start).replace(/\.$/u, ''))
  return field === undefined ? undefined : { prose: trimmed.slice(0, start).trim(), field }
}

/**
 * A paragraph that is one of a team's fields alone, "**Stack:** Go, PostgreSQL" or "Lead: Ana
 * Ruiz" on a line of its own, as a handbook writes each team's fields under its heading: the
 * field ("Label: value" as a list line gives it). Only the stack, what the team owns, its
 * people, headcount and open roles, and only a value that is one short line, no sentences
 * ("Focus: we ship. Then …").
 */
export function fieldParagraph(text: string): string | undefined {
  const found = labelledField(text)
  if (!found || found.field === 'contact' || found.field === 'links') return undefined
  const { field, value } = found
  if (value.length > 200 || /[.!?]\s+\S/u.test(value) || DESCRIBED.test(value)) return undefined
  // "Lead: Ana Ruiz, Bo Chen" names people, and so does "Members: Maya Ito (Staff Engineer,
  // Search), Ravi Shah (Frontend)", each with their role; "Lead: Ana Ruiz · 6 engineers ·
  // Hiring: …" is more than a field, left as the team's text. "Cy Park (@cy) (lead)" writes the
  // person's handle and role each in its own parentheses.
  const named = (part: string): boolean =>
    isPersonName(part.replace(/(?:\s*\([^()]*\)){1,2}$/u, ''))
  if (field === 'people' && !value.split(/\s*(?:,|\band\b)\s*(?![^()]*\))/u).every(named))
    return undefined
  return text.trim()
}

/**
 * A line of a team's fields between dots or bars, "Lead: Ana Ruiz · 6 engineers · Hiring: SRE"
 * (a bare headcount among them reads as one): each field as its own "Label: value" text.
 * Undefined unless every part is a field and there are two or more.
 */
export function dottedFields(text: string): string[] | undefined {
  const parts = text.split(/\s+[·•|]\s+/u)
  if (parts.length < 2) return undefined
  const fields = parts.map((part) =>
    headcountOf(part) !== undefined ? `Headcount: ${part.trim()}` : fieldParagraph(part)
  )
  return fields.every((field) => field !== undefined) ? (fields as string[]) : undefined
}
