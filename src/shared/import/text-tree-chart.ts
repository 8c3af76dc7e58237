import { plainText, type ListItem, type Position } from './markdown-blocks'
import type { ChartNode } from './mermaid-chart'
import { nodeName, nodeNote } from './chart-node-label'

/**
 * The fence languages a drawn tree is written in: none, or plain text. A tree in a `bash` or
 * `console` fence is a command's output; in a `json` or `ts` fence it is code.
 */
const PLAIN_FENCE = /^(?:|text|txt|plain|plaintext|tree|org|ascii|none|nohighlight)$/iu

/**
 * A branch's connector: `├──`, `└─`, `┣━` as `tree` or a hand draws them, or the ASCII `|--`,
 * `+--`, `` `-- ``, `\--`, `|__`, with an optional arrow head (`+-->`). Tried at one position
 * (sticky), so a line is read once.
 */
const CONNECTOR = /(?:[├└┣┗╰┠┖][─━-]+|[|+`\\](?:-+|_{2,}|─+))>?[ \t]*/uy
/** An outline's marker: "- ", "* " or "+ ". */
const MARKER = /[-*+][ \t]+/uy
const RAIL = /[│┃|┆┊ \t]/u

/**
 * What a unit's or a team's name looks like: a first word in capitals ("Developer relations",
 * "ML Platform", "iOS", "DevOps/SRE", "R&D") and words after it ("Trust and Safety", "Sales /
 * Marketing"). A path (`src/`, `a/b`), a file (`index.ts`, `README.md`), a dotted or snake name
 * (`.github`, `node_modules`), a call, an arrow ("Request → Router") or a sentence is not one.
 */
const FIRST_WORD =
  /^(?:[\p{Lu}\p{N}][\p{L}\p{N}'’&+-]*|\p{Ll}{1,2}\p{Lu}[\p{L}\p{N}]*)(?:\/[\p{Lu}\p{N}][\p{L}\p{N}&+-]*)*\.?$/u
const NAME_WORD =
  /^(?:[\p{L}\p{N}][\p{L}\p{N}'’&+-]*(?:\/[\p{Lu}\p{N}][\p{L}\p{N}&+-]*)*\.?|&|\+|\/|-|–)$/u
const MAX_NAME_WORDS = 6

/**
 * What tells an org tree from a tree of concepts: a node names its kind of unit ("Payments
 * team", "Platform Group"), or the top node names a department, a company or the organization.
 */
const UNIT_WORD =
  /\b(?:teams?|squads?|tribes?|guilds?|chapters?|groups?|departments?|dept|divisions?|org|organi[sz]ations?|offices?|pods?|crews?|committees?|councils?|SIGs?|WGs?)\b/iu
const DEPARTMENT =
  /^(?:engineering|product|products|design|data|platform|infrastructure|operations|ops|marketing|sales|finance|legal|security|research|r&d|research (?:&|and) development|people|hr|human resources|it|support|customer success|technology|tech|company|leadership|executive|executives|management|administration|business|growth|analytics|quality|qa|cto|ceo|coo|cfo|cpo|vp engineering|product (?:&|and) engineering|engineering (?:&|and) product)$/iu
const COMPANY =
  /\b(?:inc\.?|llc|ltd\.?|gmbh|corp\.?|corporation|company|co\.|plc|ag|sa|foundation)$/iu
/** Words around a block that say it draws the organization ("Org structure", "who reports to whom"). */
const ORG_PHRASE =
  /\b(?:org(?:ani[sz]ation(?:al)?)?|teams?|company|department(?:al)?|reporting)\s+(?:chart|structure|tree|hierarchy|topology|overview|layout|lines?)\b|\borgchart\b|\bwho reports to\b/iu
/** A heading that is the organization's or its teams' ("Teams", "Our organization"). */
const ORG_HEADING =
  /^(?:(?:our|the)\s+)?(?:teams|organi[sz]ation|org|departments|divisions|who we are)$/iu

/**
 * Folders a project's tree names ("Assets", "Scripts", "Scenes" in a game's, "Components" in a
 * web app's). A tree that is half of them draws a repository, whatever its heading says.
 */
const FOLDER =
  /^(?:src|source|lib|bin|docs?|tests?|specs?|build|dist|out|config|public|assets|scripts|scenes|components|resources|plugins|packages|vendor|include|examples|images|img|styles|css|static|templates|prefabs|materials|textures|sprites|fonts|views|controllers|utils|helpers|pages|app|modules|migrations|fixtures|node_modules|editor|runtime|main|java|res|layout|values|drawable)$/iu

interface Line {
  /** Where the connector or marker begins; a line without one stands before its children. */
  branch: number
  label: string
  labelColumn: number
  index: number
}

/**
 * The org chart a guide draws as a text tree in a plain fenced block, as the `tree` command or
 * a hand draws one (box-drawing `├──`/`└──` or ASCII `|--`/`+--`/`` `-- ``/`\--` connectors
 * under `│`/`|` rails), or as an indented outline of "-" or "*" items: the roots and their
 * children, each node at its line and column of the guide. `text` begins with the fence's
 * language, as markdown-blocks gives it; `context` is the section's heading, a line break and
 * the paragraph before the block.
 *
 * Reads no tree when unsure: every line must be a branch, a rail, or a name-like root, each
 * label a name (no path, file, arrow or sentence), and the tree must name units: a node called
 * a team or a group, a top node naming a department or company, or a heading or sentence that
 * says it is the organization's structure ("## Teams", "Our org chart:").
 */
export function readTextTree(text: string, at: Position, context = ''): ChartNode[] {
  const raw = text.split('\n')
  if (!PLAIN_FENCE.test((raw[0] ?? '').trim().split(/\s/u)[0])) return []
  const lines: Line[] = []
  let branched = false
  /** Every line as a node branching at its indent, for a tree drawn by indentation alone. */
  const indented: Line[] = []
  for (let index = 1; index < raw.length; index++) {
    const read = readLine(raw[index].trimEnd())
    if (read === 'blank') continue
    if (read === undefined) return []
    if (read !== 'continued' && read.branch === undefined) {
      indented.push({
        branch: read.labelColumn,
        label: read.label,
        labelColumn: read.labelColumn,
        index
      })
    }
    if (read === 'continued') {
      // Text on a rail goes on with the node above it; before any node it is no tree.
      if (lines.length === 0) return []
      continue
    }
    // Text under a node with no branch of its own ("    (since 2026)") goes on with it too.
    if (read.branch === undefined && read.labelColumn > 0 && lines.length > 0) continue
    if (read.branch !== undefined) branched = true
    // "└── (Jenkins, ArgoCD mentioned)": a note on the node above, not a node.
    if (/^\(.*\)$/u.test(read.label.trim()) && lines.length > 0) continue
    lines.push({
      branch: read.branch ?? read.labelColumn - 0.5,
      label: read.label,
      labelColumn: read.labelColumn,
      index
    })
  }
  if (!branched) {
    // "Engineering" over "  Platform" over "    Compute team": no connector or marker, the
    // indent alone draws the tree (each line under the nearest one indented less). Indented
    // text is common in a fence, so the tree itself must name units: a heading or sentence
    // around it saying "Teams" does not make indented steps an org chart.
    const levels = new Set(indented.map((line) => line.branch))
    const outermost = indented.reduce((least, line) => Math.min(least, line.branch), Infinity)
    if (levels.size < 2 || indented[0].branch !== outermost) return []
    return orgTree(
      indented,
      (line) => ({ line: at.line + line.index, column: at.column + line.labelColumn }),
      ''
    )
  }
  return orgTree(
    lines,
    (line) => ({
      line: at.line + line.index,
      column: at.column + line.labelColumn
    }),
    context
  )
}

/**
 * The org chart a nested markdown list draws: "- CTO: Jane Park" over "  - VP Engineering,
 * Platform: Bob Stone" over "    - Infrastructure team (Lead: Carla Diaz) — AWS, Terraform",
 * read as the text tree the same lines would draw in a fence, each node at its item. Only a
 * list three levels deep or more: a list with one level of sub-items is a list of units over
 * their teams' lines, read as before.
 */
export function readListTree(items: readonly ListItem[], context = ''): ChartNode[] {
  const lines: Line[] = []
  const at: Position[] = []
  let deepest = 0
  const walk = (list: readonly ListItem[], depth: number): void => {
    for (const item of list) {
      deepest = Math.max(deepest, depth)
      lines.push({
        branch: depth,
        label: plainText(item.inline),
        labelColumn: 0,
        index: lines.length
      })
      at.push(item.inline.at)
      walk(item.children, depth + 1)
    }
  }
  walk(items, 0)
  if (deepest < 2 || contentsList(items)) return []
  return orgTree(lines, (line) => at[line.index], context)
}

/**
 * "- [Organizational Structure](#organizational-structure)" over "  - [Our Teams](#our-teams)":
 * every item a link to a section of the page itself is the page's table of contents. It draws
 * how the page is laid out, which its headings say again; read as a chart, its sections would
 * be read twice, the second time as units whatever they hold.
 */
function contentsList(items: readonly ListItem[]): boolean {
  const inPage = (item: ListItem): boolean => {
    const spans = item.inline.spans.filter((span) => span.text.trim() !== '')
    return (
      spans.length > 0 &&
      spans.every((span) => span.href?.startsWith('#') === true) &&
      item.children.every(inPage)
    )
  }
  return items.every(inPage)
}

/** The tree the lines draw, when every label names a unit and the tree tells an organization. */
function orgTree(lines: Line[], place: (line: Line) => Position, context: string): ChartNode[] {
  if (lines.length < 3) return []
  if (!lines.every((line) => namesUnit(line.label))) return []
  const roots = build(lines, place).map(withoutRoles)
  if (!roots.some((root) => root.children.length > 0)) return []
  if (lines.filter((line) => FOLDER.test(nodeName(line.label))).length * 2 >= lines.length)
    return []
  if (!tellsOrganization(roots, context)) return []
  return roots.filter((root) => root.children.length > 0)
}

/**
 * One line of a tree: a blank or rail-only line, text going on along a rail, or a node with
 * where its branch and its label begin. Undefined when the line is not a tree's.
 */
function readLine(
  line: string
): 'blank' | 'continued' | { branch?: number; label: string; labelColumn: number } | undefined {
  let i = 0
  let railed = false
  while (i < line.length) {
    CONNECTOR.lastIndex = i
    const connector = CONNECTOR.exec(line)
    if (connector) {
      const labelColumn = i + connector[0].length
      return { branch: i, label: line.slice(labelColumn), labelColumn }
    }
    if (!RAIL.test(line[i])) break
    if (line[i] !== ' ' && line[i] !== '\t') railed = true
    i++
  }
  if (i === line.length) return 'blank'
  if (railed) return 'continued'
  MARKER.lastIndex = i
  const marker = MARKER.exec(line)
  if (marker) {
    const labelColumn = i + marker[0].length
    return { branch: i, label: line.slice(labelColumn), labelColumn }
  }
  return { label: line.slice(i), labelColumn: i }
}

function namesUnit(label: string): boolean {
  const name = nodeName(label)
  if (!name || /\.\p{L}{1,6}$/u.test(name)) return false
  const words = name.split(/\s+/u)
  if (words.length > MAX_NAME_WORDS || !FIRST_WORD.test(words[0])) return false
  return words.slice(1).every((word) => NAME_WORD.test(word))
}

/**
 * Each line under the nearest line before it whose branch begins further left: `tree` draws a
 * child's connector under its parent's label, a hand sometimes a column or two either side.
 */
function build(lines: Line[], place: (line: Line) => Position): ChartNode[] {
  const roots: ChartNode[] = []
  const open: { branch: number; node: ChartNode }[] = []
  for (const line of lines) {
    const note = nodeNote(line.label)
    const node: ChartNode = {
      id: `${line.index}`,
      label: nodeName(line.label),
      at: place(line),
      children: [],
      ...(note.length > 0 ? { note } : {})
    }
    while (open.length > 0 && open[open.length - 1].branch >= line.branch) open.pop()
    const parent = open[open.length - 1]
    if (parent) parent.node.children.push(node)
    else roots.push(node)
    open.push({ branch: line.branch, node })
  }
  return roots
}

/**
 * People's roles drawn under a team ("Platform Team" over "Infrastructure Engineers", "ML
 * Engineers"): who works there, not teams of their own. The team keeps its place as a leaf.
 */
const ROLE =
  /\b(?:engineers?|developers?|leads?|leaders?|managers?|officers?|specialists?|writers?|designers?|analysts?|architects?|stakeholders?|scientists?|directors?|admins?|administrators?|interns?|contractors?|staff|members?|agents?|owners?|heads?)$/iu

function withoutRoles(node: ChartNode): ChartNode {
  const children = node.children
    .map(withoutRoles)
    .filter((child) => child.children.length > 0 || !ROLE.test(child.label))
  return { ...node, children }
}

function tellsOrganization(roots: ChartNode[], context: string): boolean {
  const [heading = '', ...said] = context.split('\n')
  if (ORG_HEADING.test(heading.trim()) || ORG_PHRASE.test(`${heading}\n${said.join(' ')}`))
    return true
  if (roots.some((root) => DEPARTMENT.test(root.label) || COMPANY.test(root.label))) return true
  const stack = [...roots]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (UNIT_WORD.test(node.label)) return true
    for (const child of node.children) stack.push(child)
  }
  return false
}
