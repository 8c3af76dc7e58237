import type { ChartNode } from './mermaid-chart'
import type { Position } from './markdown-blocks'

/** The diagrams PlantUML draws as trees by the depth of their lines. */
const TREE_START = /^\s*@start(?:wbs|mindmap)\b/u
const TREE_END = /^\s*@end(?:wbs|mindmap)\b/u

/**
 * One line of a work breakdown or mind map: its depth in `*` (or `+`/`-` for a side), then an
 * optional colour (`[#Orange]`), alias (`(dev)`), boxless mark (`_`), and the text. A `:` opens
 * a multi-line text that `;` closes.
 */
const TREE_LINE =
  /^\s*(\*+|\++|-+)(?:\[[^\]]*\])?(?:\([^)]*\))?(?:<<[^>]*>>)?_?(?:\s+|(?=:))(.*?)\s*$/u

/**
 * The tree a PlantUML work breakdown (`@startwbs`) or mind map (`@startmindmap`) draws, as
 * GitLab's handbook draws some department structures: the roots and their children, each line
 * under the nearest shallower line before it. The fence's language (`plantuml`, `puml`) is the
 * first line of `text`, as markdown-blocks gives it; other diagrams read as no tree.
 */
export function readPlantUmlChart(text: string, at: Position): ChartNode[] {
  const lines = text.split('\n')
  if (!/^(?:plantuml|puml)\b/iu.test(lines[0] ?? '')) return []
  const roots: ChartNode[] = []
  const open: { depth: number; node: ChartNode }[] = []
  let inTree = false
  let pending: { depth: number; text: string[]; line: number } | undefined
  const add = (depth: number, label: string, line: number): void => {
    const name = label
      .replace(/<[^>]+>/gu, '')
      .replace(/\s+/gu, ' ')
      .trim()
    if (!name) return
    const node: ChartNode = {
      id: `${line}`,
      label: name,
      at: { line: at.line + line, column: 1 },
      children: []
    }
    while (open.length > 0 && open[open.length - 1].depth >= depth) open.pop()
    const parent = open[open.length - 1]
    if (parent) parent.node.children.push(node)
    else roots.push(node)
    open.push({ depth, node })
  }
  lines.slice(1).forEach((raw, i) => {
    const line = i + 1
    if (TREE_START.test(raw)) {
      inTree = true
      return
    }
    if (TREE_END.test(raw)) {
      inTree = false
      return
    }
    if (!inTree) return
    if (pending) {
      const end = raw.indexOf(';')
      pending.text.push(end === -1 ? raw : raw.slice(0, end))
      if (end !== -1) {
        add(pending.depth, pending.text.join(' '), pending.line)
        pending = undefined
      }
      return
    }
    const found = TREE_LINE.exec(raw)
    if (!found) return
    const depth = found[1].length
    const label = found[2]
    if (label.startsWith(':')) {
      const end = label.indexOf(';')
      if (end === -1) pending = { depth, text: [label.slice(1)], line }
      else add(depth, label.slice(1, end), line)
      return
    }
    add(depth, label, line)
  })
  return roots.filter((root) => root.children.length > 0)
}
