import type { Diagnostic } from './diagnostic'

/** `file:line:column message (hint)`: the format editors and terminals turn into links. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file
  return `${where} ${d.message}${d.hint ? ` (${d.hint})` : ''}`
}
