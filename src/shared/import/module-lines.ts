/**
 * An MDX page's ES module lines: `import Tabs from '@theme/Tabs'`, `import './styles.css'`,
 * `export const meta = {…}`. MDX runs them and shows none of them; read as markdown they are a
 * paragraph of the page (its company's summary, or a team's). Only at a line's start, outside
 * a fenced code block (where a page shows an import to its readers).
 */
const IMPORT_LINE =
  /^import\s+(?:[^\n'"]{0,300}?\s+from\s+)?['"][^'"\n]{1,300}['"]\s*;?\s*$|^import\s+(?:type\s+)?[\w$]+\s*,?\s*$|^import\s+(?:type\s+)?(?:[\w$]+\s*,\s*)?\{[^}\n]{0,300}$/u
const EXPORT_LINE = /^export\s+(?:const|let|var|function|default|async\s+function)\b/u
const IMPORT_END = /\bfrom\s+['"][^'"\n]{1,300}['"]\s*;?\s*$/u
const FENCE = /^ {0,3}(`{3,}|~{3,})/u

/** How far a statement that never closes may run: a broken page blanks no more than this. */
const MAX_STATEMENT_LINES = 60

/** `{`, `(` and `[` opened and not closed on `line` (strings are not told apart: a bound). */
function openBrackets(line: string): number {
  let depth = 0
  for (const char of line) {
    if (char === '{' || char === '(' || char === '[') depth += 1
    else if (char === '}' || char === ')' || char === ']') depth -= 1
  }
  return depth
}

/**
 * `text` with its ES module statements blanked: each line of one is emptied, so every line
 * number still holds. A page without `import ` or `export ` at a line's start is returned as is.
 */
export function blankModuleLines(text: string): string {
  if (!/^(?:import|export)\s/mu.test(text)) return text
  const lines = text.split('\n')
  let fence: string | undefined
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]
    const opens = FENCE.exec(line)
    if (opens) {
      if (fence === undefined) fence = opens[1][0]
      else if (opens[1][0] === fence) fence = undefined
      continue
    }
    if (fence !== undefined) continue
    if (IMPORT_LINE.test(line)) {
      // `import {` … `} from 'x'` over several lines: blank up to the line naming the module.
      const last = /['"]\s*;?\s*$/u.test(line)
        ? i
        : statementEnd(lines, i, (next) => IMPORT_END.test(next))
      for (let j = i; j <= last; j += 1) lines[j] = ''
      i = last
    } else if (EXPORT_LINE.test(line)) {
      let depth = 0
      const last = statementEnd(lines, i, (next) => (depth += openBrackets(next)) <= 0)
      for (let j = i; j <= last; j += 1) lines[j] = ''
      i = last
    }
  }
  return lines.join('\n')
}

/** The line that ends the statement starting at `start` (`ends` asked of each in turn). */
function statementEnd(lines: string[], start: number, ends: (line: string) => boolean): number {
  const bound = Math.min(lines.length - 1, start + MAX_STATEMENT_LINES)
  for (let j = start; j <= bound; j += 1) if (ends(lines[j])) return j
  return start
}
