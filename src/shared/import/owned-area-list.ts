import { EMAIL_ADDRESS, HANDLE } from './handle-line'
import { plainText, type ListItem } from './markdown-blocks'
import { headingKind, namesPeople } from './section-headings'

/** "Scheduler: the core engine loop …", "LoRA: @jeejeelee", "Reasoning and tool calling parsers". */
const AREA_LINE = /^([^:@()\n]{2,60}?)(?:\s*:\s*(.*))?$/su

/** An area of a maintainers file: its name, what it is, and the sub-areas nested under it. */
export interface OwnedArea {
  name: string
  description: string
  /**
   * "- `storage`" over "  - `remote`: @ana, @bo": the item names no owner of its own, and each
   * of its nested items is an area with its owners' handles: the item is the code directory
   * holding those areas, and they are the units a pull request is routed to.
   */
  areas?: { item: ListItem; name: string; description: string }[]
}

/**
 * A maintainers file's list of owned areas: every item names an area ("Scheduler: the core
 * engine loop", "LoRA: @jeejeelee") and says who owns it, with account handles after the colon
 * or in its nested item ("- @WoosukKwon, @njhill"), or in the nested areas it holds
 * ("- `storage`" over "  - `remote`: @ana"). Each item is an area, the unit a pull
 * request is routed to; a list whose items are people ("@njhill: Distributed, API server")
 * or whose owners are not all named is not one.
 */
export function ownedAreaLines(items: ListItem[]): OwnedArea[] | undefined {
  if (items.length < 2) return undefined
  const lines: OwnedArea[] = []
  for (const item of items) {
    const text = plainText(item.inline).trim()
    const found = AREA_LINE.exec(text)
    if (!found || HANDLE.test(found[1])) return undefined
    const after = found[2] ?? ''
    const owners = [after, ...item.children.map((child) => plainText(child.inline))]
    if (!owners.some((owner) => HANDLE.test(owner))) return undefined
    // Nested items hold only handles: anything else makes the item a group or a project.
    if (item.children.some((child) => !HANDLE.test(plainText(child.inline)))) return undefined
    const areas = HANDLE.test(after) ? undefined : nestedAreas(item.children)
    lines.push({
      name: found[1].trim(),
      description: HANDLE.test(after) ? '' : after.trim(),
      ...(areas ? { areas } : {})
    })
  }
  return lines
}

/**
 * Nested items that are each an area and its owners ("`remote`: @ana, @bo"), the name before the
 * colon and handles after it; undefined when any is a line of handles alone or anything else.
 */
function nestedAreas(
  children: ListItem[]
): { item: ListItem; name: string; description: string }[] | undefined {
  if (children.length === 0) return undefined
  const areas: { item: ListItem; name: string; description: string }[] = []
  for (const child of children) {
    const found = AREA_LINE.exec(plainText(child.inline).trim())
    if (!found || found[2] === undefined || HANDLE.test(found[1]) || !HANDLE.test(found[2]))
      return undefined
    const name = found[1].trim()
    // "Lead: @ana", "PM: @bo": a person's field, not an area.
    if (namesPeople(name) || PERSON_FIELD.test(name)) return undefined
    areas.push({ item: child, name, description: '' })
  }
  return areas
}

/** A person's field rather than an area: "PM: @ana", "DRI: @bo", "Email: ana@…". */
const PERSON_FIELD =
  /^(?:pm|em|tpm|dri|owners?|e-?mail|github|gitlab|twitter|website|phone|matrix|irc|discord)$/iu

/**
 * The same list written as plain lines of one paragraph, no list markers ("Parser: Ana Lee
 * <ana@example.com>", "Runtime: @bo, @cy"): every line an area, a colon, and its owners' handles
 * or addresses. Undefined when any line is something else, or a person's or contact's field.
 */
export function ownedAreaParagraph(lines: string[]): { name: string; index: number }[] | undefined {
  const areas: { name: string; index: number }[] = []
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim()
    if (!line) continue
    const colon = line.indexOf(':')
    if (colon < 2) return undefined
    const name = line.slice(0, colon).trim()
    const owners = line.slice(colon + 1)
    if (!AREA_LINE.test(name) || HANDLE.test(name)) return undefined
    // "Lead: @ana", "Slack: #help <…>", "PM: @bo": a team's fields, not areas it owns.
    if (headingKind(name) !== 'plain' || namesPeople(name) || PERSON_FIELD.test(name))
      return undefined
    if (!HANDLE.test(owners) && !EMAIL_ADDRESS.test(owners)) return undefined
    areas.push({ name, index })
  }
  return areas.length >= 2 ? areas : undefined
}
