import { HANDLE } from './handle-line'
import { plainText, type ListItem } from './markdown-blocks'

/** "Scheduler: the core engine loop …", "LoRA: @jeejeelee", "Reasoning and tool calling parsers". */
const AREA_LINE = /^([^:@()\n]{2,60}?)(?:\s*:\s*(.*))?$/su

/**
 * A maintainers file's list of owned areas: every item names an area ("Scheduler: the core
 * engine loop", "LoRA: @jeejeelee") and says who owns it, with account handles after the colon
 * or in its nested item ("- @WoosukKwon, @njhill"). Each item is an area, the unit a pull
 * request is routed to; a list whose items are people ("@njhill: Distributed, API server")
 * or whose owners are not all named is not one.
 */
export function ownedAreaLines(
  items: ListItem[]
): { name: string; description: string }[] | undefined {
  if (items.length < 2) return undefined
  const lines: { name: string; description: string }[] = []
  for (const item of items) {
    const text = plainText(item.inline).trim()
    const found = AREA_LINE.exec(text)
    if (!found || HANDLE.test(found[1])) return undefined
    const after = found[2] ?? ''
    const owners = [after, ...item.children.map((child) => plainText(child.inline))]
    if (!owners.some((owner) => HANDLE.test(owner))) return undefined
    // Nested items hold only handles: anything else makes the item a group or a project.
    if (item.children.some((child) => !HANDLE.test(plainText(child.inline)))) return undefined
    lines.push({ name: found[1].trim(), description: HANDLE.test(after) ? '' : after.trim() })
  }
  return lines
}
