import { plainText, type Block, type Position } from './markdown-blocks'

export type HeadingBlock = Extract<Block, { kind: 'heading' }>

/** A run of blocks, opened by a sub-heading ("The toolset we use:") or by the section itself. */
export interface Part {
  heading?: HeadingBlock
  blocks: Block[]
}

export interface TeamOutline {
  heading: HeadingBlock
  /** parts[0] is the text right under the team heading; each sub-heading opens another part. */
  parts: Part[]
}

export interface DivisionOutline {
  /** Undefined for the "Engineering" division made up for a guide with no division level. */
  heading?: HeadingBlock
  /** The division's own text, before its first team. */
  parts: Part[]
  teams: TeamOutline[]
}

export interface OutlineNote {
  kind: 'inferred' | 'ambiguous'
  at: Position
  message: string
}

export interface Outline {
  /** A document title ("# Acme Engineering Guide"), when the guide has one. */
  title?: HeadingBlock
  /** Text before the first division or team: the company summary. */
  preamble: Part[]
  divisions: DivisionOutline[]
  notes: OutlineNote[]
}

/** Headings that introduce the company rather than name a division or team. */
const SUMMARY_HEADING =
  /^(?:summary|overview|introduction|intro|about(?: us)?|welcome|preface|tl;?dr|who we are)\b/i

/** Words of a document title, as opposed to a division's name. */
const TITLE_WORDS =
  /\b(?:engineering|teams|team guide|guide|handbook|directory|org(?:ani[sz]ation)?(?: chart)?|who'?s who)\b/i

/**
 * Sub-headings inside a team ("Tech stack", "Current projects", "Here are…:") rather than team
 * names. Anchored at the start, so "Cloud Tools Team" or "Internal Tools" stay teams.
 */
const SUBSECTION_HEADING = new RegExp(
  '^(?:(?:our|the|current|recent|past|example|some|key|main|other|upcoming|planned|team|tech|technology|what)\\s+)*' +
    '(?:projects?|stack|tool ?set|tools we use|tooling we use|technolog(?:y|ies)|tech|languages?|' +
    'examples?|links|resources|responsibilities|background|mission|summary|overview|about|contacts?|' +
    'people|members|goals|focus areas?|ownership|on-?call|hiring|culture|how we work|what we do|' +
    "what we(?:'| a)re working on|we use|here (?:are|is))\\b",
  'i'
)

export function headingText(heading: HeadingBlock): string {
  return plainText(heading.inline)
}

/** A sub-heading of a team section rather than a division or team of its own. */
export function isSubsectionHeading(heading: HeadingBlock): boolean {
  const text = headingText(heading)
  return text.endsWith(':') || SUBSECTION_HEADING.test(text)
}

/**
 * Works out which heading level holds divisions and which holds teams, whatever depths the guide
 * uses (divisions at # and teams at ##, or ## and ###, or teams only), and groups the blocks
 * under them. Sub-headings inside a team ("The toolset we use:") are set aside first, so they
 * do not count as a level.
 */
export function readOutline(blocks: Block[]): Outline {
  const notes: OutlineNote[] = []
  const structural = blocks.filter(
    (block): block is HeadingBlock => block.kind === 'heading' && !isSubsectionHeading(block)
  )

  // A title and/or a "Summary" heading first: their text describes the company.
  const companyHeadings = new Set<HeadingBlock>()
  let title: HeadingBlock | undefined
  for (const heading of structural.slice(0, 2)) {
    const rest = structural.filter((h) => h !== heading && !companyHeadings.has(h))
    if (SUMMARY_HEADING.test(headingText(heading))) {
      companyHeadings.add(heading)
    } else if (!title && companyHeadings.size === 0 && isTitle(heading, rest)) {
      title = heading
      companyHeadings.add(heading)
      notes.push({
        kind: 'inferred',
        at: heading.inline.at,
        message: `read "${headingText(heading)}" as the guide's title, not a division or team`
      })
    } else {
      break
    }
  }

  const levels = [
    ...new Set(structural.filter((h) => !companyHeadings.has(h)).map((h) => h.depth))
  ].sort((a, b) => a - b)
  const divisionDepth = levels.length >= 2 ? levels[0] : undefined
  const teamDepth = levels.length >= 2 ? levels[1] : levels[0]

  const firstStructural = structural.find((h) => !companyHeadings.has(h))
  if (divisionDepth !== undefined && teamDepth !== undefined && firstStructural) {
    notes.push({
      kind: 'inferred',
      at: firstStructural.inline.at,
      message: `read ${'#'.repeat(divisionDepth)} headings as divisions and ${'#'.repeat(teamDepth)} headings as teams`
    })
  }

  const outline: Outline = { title, preamble: [{ blocks: [] }], divisions: [], notes }
  let division: DivisionOutline | undefined
  let team: TeamOutline | undefined
  let part = outline.preamble[0]

  const openTeam = (heading: HeadingBlock): void => {
    if (!division) {
      division = { parts: [{ blocks: [] }], teams: [] }
      outline.divisions.push(division)
      notes.push({
        kind: divisionDepth === undefined ? 'inferred' : 'ambiguous',
        at: heading.inline.at,
        message:
          divisionDepth === undefined
            ? 'the guide has no division headings: its teams form one division, "Engineering"'
            : `team "${headingText(heading)}" comes before any division: put in a division "Engineering"`
      })
    }
    team = { heading, parts: [{ blocks: [] }] }
    division.teams.push(team)
    part = team.parts[0]
  }

  for (const block of blocks) {
    if (block.kind !== 'heading') {
      part.blocks.push(block)
      continue
    }
    if (companyHeadings.has(block)) {
      part = { heading: block, blocks: [] }
      outline.preamble.push(part)
    } else if (isSubsectionHeading(block) || (teamDepth !== undefined && block.depth > teamDepth)) {
      if (!isSubsectionHeading(block) && team) {
        notes.push({
          kind: 'ambiguous',
          at: block.inline.at,
          message: `heading "${headingText(block)}" is deeper than the team headings: read as part of team "${headingText(team.heading)}"`
        })
      }
      part = { heading: block, blocks: [] }
      if (team) team.parts.push(part)
      else if (division) division.parts.push(part)
      else outline.preamble.push(part)
    } else if (divisionDepth !== undefined && block.depth === divisionDepth) {
      division = { heading: block, parts: [{ blocks: [] }], teams: [] }
      outline.divisions.push(division)
      team = undefined
      part = division.parts[0]
    } else {
      openTeam(block)
    }
  }
  return outline
}

/**
 * The first heading is a title when it is the only heading at the top level and either the
 * levels below it already give divisions and teams, or it reads like one ("… Engineering").
 */
function isTitle(heading: HeadingBlock, rest: HeadingBlock[]): boolean {
  if (rest.length === 0 || rest.some((h) => h.depth <= heading.depth)) return false
  const depthsBelow = new Set(rest.map((h) => h.depth)).size
  return depthsBelow >= 2 || TITLE_WORDS.test(headingText(heading))
}
