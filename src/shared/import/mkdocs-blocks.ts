/**
 * Material for MkDocs' content tab (`=== "Ledger"`) or titled admonition (`!!! info "Ledger"`,
 * `??? note "Ledger"`, `???+ …`), at a line's start: its title.
 */
const MKDOCS_TITLE = /^(?:===|[!?]{3}\+?[ \t]+[\w-]+)[ \t]+"([^"\n]+)"[ \t]*\r?$/u

/** A fence's opening or closing line. */
const FENCE = /^ {0,3}(?:`{3,}|~{3,})/u

/**
 * MkDocs' content tabs and titled admonitions, each read as what MkDocs shows: its title a bold
 * line ("**Ledger**") over its content, whose four-space indent (code to CommonMark) is taken
 * off. Each line stays on its line; a fence's lines, and a title that does not open a block (after
 * a paragraph's line, or indented), are left alone.
 */
export function mkdocsBlocks(text: string): string {
  if (!/^(?:===|[!?]{3})/mu.test(text)) return text
  const lines = text.split('\n')
  let fenced = false
  let inBlock = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (inBlock) {
      if (/^(?: {4}|\t)/u.test(line)) {
        lines[i] = line.replace(/^(?: {4}|\t)/u, '')
        continue
      }
      if (line.trim() === '') continue
      inBlock = false
    }
    if (FENCE.test(line)) fenced = !fenced
    if (fenced) continue
    const title = MKDOCS_TITLE.exec(line)
    if (title && (i === 0 || lines[i - 1].trim() === '')) {
      lines[i] = `**${title[1].trim()}**`
      inBlock = true
    }
  }
  return lines.join('\n')
}
