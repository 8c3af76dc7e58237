/**
 * The areas one cell of an owned-areas table names. A table kept one row per owner ("Owner |
 * Area") lists each owner's areas in one cell, "Forms, Workflows": every name is an area of its
 * own. A cell is a list only when every part is a short name; "Parsing, and the AST it builds"
 * stays whole.
 */
export function areaCellNames(text: string): string[] {
  const whole = text.trim()
  if (!whole.includes(',')) return [whole]
  const parts = whole.split(',').map((part) => part.trim())
  const names = parts.every(
    (part) => part !== '' && !/^(?:and|or)\b/iu.test(part) && part.split(/\s+/u).length <= 4
  )
  return names ? parts : [whole]
}
