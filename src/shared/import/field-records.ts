import { EMAIL_ADDRESS } from './handle-line'

/** A 1-based place in the source (markdown-blocks' Position, which imports this module). */
interface Position {
  line: number
  column: number
}

/**
 * "M:\tAna Diaz <ana@example.com>", "D: PlaygroundLogger": a one-letter field and its value;
 * reStructuredText writes the same fields as a field list (":M: Ana Diaz <ana@example.com>").
 */
const FIELD_LINE = /^:?([A-Z]):[ \t]*(.*)$/u

/** Whether a source line is a one-letter field's ("F: arm/"). */
export function isFieldLine(line: string): boolean {
  return FIELD_LINE.test(line.trimStart())
}

/** "Parser: Ana Lee <ana@…>", "Runtime: @bo": a name, a colon, then someone reachable. */
const OWNER_LINE = /^[^:@<>\s][^:@<>]{1,59}:\s.*[@<]/u

/**
 * Whether a paragraph's source lines are worth keeping for what their line breaks say: a
 * one-letter field's line, or an area's line naming its owners. Cheap: asked of every paragraph.
 */
export function keepsLineBreaks(line: string): boolean {
  return FIELD_LINE.test(line.trimStart()) || OWNER_LINE.test(line)
}

/** One field of a record, its value joined across the indented lines that continue it. */
export interface RecordField {
  tag: string
  value: string
  at: Position
}

/**
 * A paragraph written as a maintainers file's record: an optional name line, then lines of
 * one-letter fields. The Linux kernel's MAINTAINERS ("ARM" over "M: Ana <ana@…>", "S:
 * Supported", "F: arm/") and LLVM's CODE_OWNERS ("N: Ana", "E: ana@…", "D: Parser") both
 * write their entries so, one blank line apart.
 */
export interface FieldRecord {
  title?: { text: string; at: Position }
  fields: RecordField[]
}

/** A person's own tag in an LLVM-style record ("N: Ana"): repeated, it opens the next person's. */
const PERSON_TAGS = new Set(['N', 'P'])

/**
 * The records a paragraph's source lines hold, in order, or undefined when a line is neither a
 * field (indented or not), nor a field's indented continuation, nor a name line opening a record
 * of fields. Records are usually one blank line apart; written without one, a name line ("X86"
 * after "ARM"'s fields) or a person's repeated N:/P: field starts the next. Each record has at
 * least two fields, or a name line and one.
 */
export function readFieldRecords(lines: string[], first: Position): FieldRecord[] | undefined {
  const records: FieldRecord[] = []
  let current: FieldRecord | undefined
  for (const [i, raw] of lines.entries()) {
    const at = { line: first.line + i, column: 1 }
    const text = raw.trim()
    const found = FIELD_LINE.exec(text)
    if (found) {
      const tag = found[1]
      const again =
        current !== undefined &&
        !current.title &&
        PERSON_TAGS.has(tag) &&
        current.fields.some((field) => field.tag === tag)
      if (again) {
        records.push(current!)
        current = undefined
      }
      current ??= { fields: [] }
      current.fields.push({ tag, value: found[2].trim(), at })
    } else if (current && current.fields.length > 0 && /^\s/u.test(raw) && text !== '') {
      const last = current.fields[current.fields.length - 1]
      last.value = `${last.value} ${text}`.trim()
    } else if (text !== '' && !/^\s/u.test(raw) && (!current || current.fields.length > 0)) {
      if (current) records.push(current)
      current = {
        title: { text, at: i === 0 ? { line: first.line, column: first.column } : at },
        fields: []
      }
    } else {
      return undefined
    }
  }
  if (current) records.push(current)
  const whole = records.every(
    (record) => record.fields.length >= 2 || (record.title && record.fields.length >= 1)
  )
  return whole && records.length > 0 ? records : undefined
}

/** The one record a paragraph holds (see readFieldRecords), or undefined for none or several. */
export function readFieldRecord(lines: string[], first: Position): FieldRecord | undefined {
  const records = readFieldRecords(lines, first)
  return records?.length === 1 ? records[0] : undefined
}

/** An e-mail address or an account handle: what makes a field's value a reachable person. */
const REACHABLE = new RegExp(`${EMAIL_ADDRESS.source}|(?<![\\w.])@[\\p{L}\\p{N}][\\w-]*`, 'u')

/** A person's name as N: and P: give it: capitalized words, maybe a nickname in parentheses. */
const PERSON_NAME =
  /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|\([^()]+\)|(?:de|da|di|van|von|le|la|du)\b)){0,4}$/u

/** The people of an area: its maintainers (M:) and reviewers (R:), each reachable. */
const AREA_PEOPLE = new Set(['M', 'R'])

/**
 * The area a record names and gives people: the kernel's name line over M: or R: people ("ARM"
 * over "M: Ana <ana@…>"), or the description of an LLVM-style person's record ("N: Ana",
 * "D: Parser and AST"), what that person gates. Undefined for a record of no one (an orphaned
 * area, a mailing list) or of a person alone.
 */
export function recordArea(record: FieldRecord): { name: string; at: Position } | undefined {
  if (record.title) {
    const staffed = record.fields.some(
      (field) => AREA_PEOPLE.has(field.tag) && REACHABLE.test(field.value)
    )
    const name = record.title.text.replace(/:$/u, '').trim()
    return staffed && name ? { name, at: record.title.at } : undefined
  }
  const person = record.fields.find((field) => field.tag === 'N')
  const described = record.fields.find((field) => field.tag === 'D')
  if (!person || !described || !PERSON_NAME.test(person.value) || !described.value) return undefined
  return { name: described.value.replace(/\.$/u, ''), at: described.at }
}

/**
 * A record with no name line that gives an area's people ("M: Ana <ana@…>", "R: …", "F: arm/"):
 * under a heading naming the area ("### ARM", "ARM\n---"), it says who keeps that area.
 */
export function isStaffRecord(record: FieldRecord): boolean {
  return (
    !record.title &&
    record.fields.some((field) => AREA_PEOPLE.has(field.tag) && REACHABLE.test(field.value))
  )
}

/**
 * A record of one person and how to reach them ("P: Ana Diaz", "M: ana@example.com", "S:
 * Maintained: the UPS drivers"), with no name line: under an area's heading, one of its people.
 */
export function isPersonRecord(record: FieldRecord): boolean {
  if (record.title) return false
  const name = record.fields.find((field) => field.tag === 'P' || field.tag === 'N')
  const reach = record.fields.some(
    (field) => (field.tag === 'M' || field.tag === 'E') && REACHABLE.test(field.value)
  )
  return name !== undefined && PERSON_NAME.test(name.value) && reach
}

/**
 * A file's legend of its fields ("P: Person", "M: Mail patches to this address"): a record whose
 * mail field holds no address, only words saying what the field is for.
 */
export function isFieldLegend(record: FieldRecord): boolean {
  return (
    record.fields.some((field) => field.tag === 'M' || field.tag === 'E') &&
    record.fields.every((field) => !REACHABLE.test(field.value))
  )
}
