import { partWrittenAsRun, type Assessment } from './assessment'
import { headingText } from './guide-sections'
import { namedAsPart } from './page-reading'
import { namesProcess, TEAM_WORD } from './section-assessment'
import { listsProjects } from './section-headings'
import { teamField } from './team-field'
import { documentIndexList } from './field-label-list'

/** Fewer sections than this written alike are no pattern of teams. */
const FEW = 3

/**
 * The page read with its largest run of sibling sections written alike as its teams: three or
 * more sections under one heading, each under a plain name ("Platform", "Mobile", not
 * "Mission" or "Contact") and holding text, that the local rules left as prose, parts of a
 * section or teams with too little to show. A guide that only describes its teams in prose
 * ("## How we are organized" over "### Platform", "### Data", …) is read this way; which reading
 * the page supports is for the page's evidence to decide (page-reading.ts), so this is a
 * candidate, never a decision. Undefined when no run of sections qualifies, or, with
 * `templatedOnly`, when the run is not written from one template.
 */
export function withAlikeSectionsAsTeams(
  root: Assessment,
  { templatedOnly = false }: { templatedOnly?: boolean } = {}
): Assessment | undefined {
  const best = largestAlikeRun(root)
  if (!best || (templatedOnly && !best.templated)) return undefined
  const runs = [best, ...parallelRuns(best)]
  const size = runs.reduce((sum, run) => sum + run.run.size, 0)
  const parents = new Map(runs.map((run) => [run.path[run.path.length - 1], run]))
  return rewrite(root, new Set(runs.flatMap((run) => run.path)), parents, size)
}

/**
 * "## Archived Working Groups" beside the run's "## Active Working Groups": a sibling heading
 * written the same but for its first word (a status, a kind) holds more of the same list, so
 * its sections written alike are teams too, however few.
 */
function parallelRuns(best: Run): Run[] {
  const parent = best.path[best.path.length - 1]
  const above = best.path[best.path.length - 2]
  if (!parent?.section.heading || !above) return []
  const rest = (node: Assessment): string | undefined => {
    const words = headingText(node.section).trim().toLowerCase().split(/\s+/u)
    return words.length >= 2 ? words.slice(1).join(' ') : undefined
  }
  const own = rest(parent)
  if (own === undefined) return []
  return above.children.flatMap((sibling) => {
    if (sibling === parent || !sibling.section.heading || rest(sibling) !== own) return []
    const run = sibling.children.filter(alike)
    if (run.length === 0 || run.length !== sibling.children.length) return []
    return [{ path: [...best.path.slice(0, -1), sibling], run: new Set(run) }]
  })
}

interface Run {
  /** Every section of the run is written from the template its siblings share. */
  templated?: boolean
  /** The assessments from the root down to the run's parent. */
  path: Assessment[]
  run: Set<Assessment>
}

/** The largest run; none when two runs are as large (which of them holds the teams?). */
function largestAlikeRun(root: Assessment): Run | undefined {
  let best: Run | undefined
  let tied = false
  const visit = (node: Assessment, path: Assessment[]): void => {
    const here = [...path, node]
    // Under a heading that names teams ("# Teams"), a section named by a part's word ("Tools",
    // "Design") and written as its siblings are is one of them too.
    const underTeams = node.heading === 'container'
    const fromTemplate = writtenFromTemplate(node.children)
    const run = node.children.filter(
      (child) =>
        alike(child) ||
        fromTemplate.has(child) ||
        (underTeams && partWrittenAsRun(child, node.children, alike))
    )
    // The run is most of what its heading holds: a list of teams, not one among other content.
    // Under a heading of process ("Best Practices" over "Code Review", "Testing", "Style"), the
    // sections are its topics, however alike.
    // Sections written from one template are units whatever the heading over them ("Join us"
    // over the groups to join): a process's topics do not repeat their sub-headings.
    // Under a heading of projects that names no team ("Incubating Projects", not "Teams and
    // projects"), the sections are projects, however alike: the page's unit runs them.
    const heading = node.section.heading !== undefined ? headingText(node.section) : undefined
    const topics =
      heading !== undefined &&
      ((namesProcess(heading) && !run.every((child) => fromTemplate.has(child))) ||
        (listsProjects(heading) && !TEAM_WORD.test(heading)))
    if (run.length >= FEW && run.length * 2 > node.children.length && !topics) {
      if (best && run.length === best.run.size) tied = true
      else if (!best || run.length > best.run.size) {
        best = {
          path: here,
          run: new Set(run),
          templated: run.every((child) => fromTemplate.has(child))
        }
        tied = false
      }
    }
    for (const child of node.children) visit(child, here)
  }
  visit(root, [])
  return tied ? undefined : best
}

/**
 * Sections written from one template: three or more siblings, each under a plain name, whose
 * own sub-headings recur from one to the next ("### Responsibilities", "### Requirements",
 * "### Stack" under each group; "### Que fait l'équipe ?" under each team). A unit's name is its
 * own, while the headings a page repeats under each of its sections are the fields of one kind
 * of thing: the sections are alike even when their text stands under those fields rather than
 * above them. A section is one of them when at least half of its sub-headings recur under
 * another. The template must be a team's: one of its recurring fields is a team's part
 * (responsibilities, stack, members…) or names the team; "#### Why" and "#### How" under each
 * of a guide's practices are no team's fields.
 */
function writtenFromTemplate(siblings: Assessment[]): Set<Assessment> {
  const fieldsOf = new Map<Assessment, string[]>()
  const holders = new Map<string, number>()
  const written = new Map<string, string>()
  for (const sibling of siblings) {
    if (sibling.section.heading === undefined || sibling.heading !== 'plain') continue
    if (namedAsPart(headingText(sibling.section))) continue
    const fields = new Set<string>()
    for (const child of sibling.children) {
      if (child.section.heading === undefined) continue
      const text = headingText(child.section)
      const field = fieldKey(text)
      if (field === '') continue
      fields.add(field)
      written.set(field, text)
    }
    if (fields.size === 0) continue
    fieldsOf.set(sibling, [...fields])
    for (const field of fields) holders.set(field, (holders.get(field) ?? 0) + 1)
  }
  const recurs = (field: string) => (holders.get(field) ?? 0) >= 2
  const teamTemplate = [...holders.keys()].some((field) => {
    const text = written.get(field) ?? field
    return recurs(field) && (teamField(text) !== undefined || TEAM_WORD.test(text))
  })
  if (!teamTemplate) return new Set()
  const out = new Set<Assessment>()
  for (const [sibling, fields] of fieldsOf) {
    const recurring = fields.filter(recurs).length
    if (recurring > 0 && recurring * 2 >= fields.length) out.add(sibling)
  }
  return out.size >= FEW ? out : new Set()
}

/** A sub-heading as the template writes it: its words, whatever the case and punctuation. */
function fieldKey(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** A section that could be one of a page's teams written in prose. */
function alike(child: Assessment): boolean {
  return (
    child.section.heading !== undefined &&
    child.heading === 'plain' &&
    ['weak', 'empty', 'team', 'part'].includes(child.kind) &&
    child.section.blocks.some((block) => block.kind === 'paragraph') &&
    !namedAsPart(headingText(child.section)) &&
    // "## Coding" over "- [HTML](…): Code style standards for HTML": a handbook index's topic
    // and its documents, not a team.
    !child.section.blocks.some((block) => block.kind === 'list' && documentIndexList(block.items))
  )
}

function rewrite(
  node: Assessment,
  onPath: Set<Assessment>,
  parents: Map<Assessment, Run>,
  size: number
): Assessment {
  if (!onPath.has(node)) return node
  const run = parents.get(node)
  return {
    ...node,
    children: node.children.map((child) =>
      run?.run.has(child)
        ? {
            ...child,
            kind: 'team',
            reason: `one of ${size} sections written alike: read as a team`,
            sure: false,
            signals: 1,
            alike: true,
            ...(run.templated && { templated: true })
          }
        : rewrite(child, onPath, parents, size)
    ),
    ...opened(node)
  }
}

/**
 * A heading on the way down to the run, read so that the teams under it are placed: one that
 * read as a team, as prose or as no team holds them and belongs to the unit above.
 */
function opened(node: Assessment): Partial<Assessment> {
  if (node.section.heading === undefined) return {}
  if (node.kind === 'container' || node.kind === 'transparent') return {}
  return {
    kind: 'transparent',
    reason: 'holds sections written alike: its teams belong to the unit above'
  }
}
