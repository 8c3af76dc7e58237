import type { Assessment } from './assessment'
import { headingText } from './guide-sections'
import { namedAsPart } from './page-reading'

/** Fewer sections than this written alike are no pattern of teams. */
const FEW = 3

/**
 * The page read with its largest run of sibling sections written alike as its teams: three or
 * more sections under one heading, each under a plain name ("Platform", "Mobile", not
 * "Mission" or "Contact") and holding text, that the local rules left as prose, parts of a
 * section or teams with too little to show. A guide that only describes its teams in prose
 * ("## How we are organized" over "### Platform", "### Data", …) is read this way; which reading
 * the page supports is for the page's evidence to decide (page-reading.ts), so this is a
 * candidate, never a decision. Undefined when no run of sections qualifies.
 */
export function withAlikeSectionsAsTeams(root: Assessment): Assessment | undefined {
  const best = largestAlikeRun(root)
  if (!best) return undefined
  return rewrite(root, best.path, best.run)
}

interface Run {
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
    const run = node.children.filter(alike)
    // The run is most of what its heading holds: a list of teams, not one among other content.
    if (run.length >= FEW && run.length * 2 > node.children.length) {
      if (best && run.length === best.run.size) tied = true
      else if (!best || run.length > best.run.size) {
        best = { path: here, run: new Set(run) }
        tied = false
      }
    }
    for (const child of node.children) visit(child, here)
  }
  visit(root, [])
  return tied ? undefined : best
}

/** A section that could be one of a page's teams written in prose. */
function alike(child: Assessment): boolean {
  return (
    child.section.heading !== undefined &&
    child.heading === 'plain' &&
    ['weak', 'empty', 'team', 'part'].includes(child.kind) &&
    child.section.blocks.some((block) => block.kind === 'paragraph') &&
    !namedAsPart(headingText(child.section))
  )
}

function rewrite(node: Assessment, path: Assessment[], run: Set<Assessment>): Assessment {
  const [self, next] = path
  if (self !== node) return node
  if (next === undefined) {
    return {
      ...node,
      children: node.children.map((child) =>
        run.has(child)
          ? {
              ...child,
              kind: 'team',
              reason: `one of ${run.size} sections written alike: read as a team`,
              sure: false,
              signals: 1
            }
          : child
      ),
      ...opened(node)
    }
  }
  return {
    ...node,
    children: node.children.map((child) => rewrite(child, path.slice(1), run)),
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
