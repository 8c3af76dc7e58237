import type { Diagnostic, Result } from '../catalog/diagnostic'
import { Link, type CatalogFileV1, type TechnologyCategory } from '../catalog/schema'
import { textSizeProblem } from '../catalog/size-limit'
import type { DataPath, SourceDocument } from '../catalog/source'
import { UniqueIds } from './ids'
import { plainText, readBlocks, type ListItem, type Position, type Span } from './markdown-blocks'
import { headingText, readOutline, type HeadingBlock, type Part, type TeamOutline } from './outline'
import { asSentence, capitalize, titleAndSummary } from './project-text'
import { sentenceProjects, type InferredStatus } from './sentence-projects'
import { readStackItem } from './stack-item'
import { TechnologyDictionary, type KnownTechnology } from '../technology/technology-dictionary'

/** One thing the importer decided (inferred) or could not decide for sure (ambiguous). */
export interface Note {
  line: number
  column: number
  message: string
}

export interface ImportReport {
  inferred: Note[]
  ambiguous: Note[]
}

export interface ImportOptions {
  /** Named in diagnostics and in the catalog's `company.source`. */
  file: string
  /** A catalog registry to recognize technologies by (e.g. the bundled catalog's), before the built-in vocabulary. */
  knownTechnologies?: readonly KnownTechnology[]
  /** The company's name, when the guide does not say it. */
  companyName?: string
}

export interface ImportedGuide {
  catalog: CatalogFileV1
  report: ImportReport
  /** Where in the guide each part of the catalog came from, for validation diagnostics. */
  locate: SourceDocument['locate']
}

type Project = CatalogFileV1['divisions'][number]['teams'][number]['projects'][number]
type Team = CatalogFileV1['divisions'][number]['teams'][number]
type Division = CatalogFileV1['divisions'][number]
type ListKind = 'stack' | 'projects' | 'links'

/**
 * Reads a team guide written in markdown (headings for divisions and teams, paragraphs, lists of
 * projects, "toolset" lists, links) into a catalog, and reports what it inferred and what it
 * could not be sure of. Pure: no I/O, never throws for any input.
 */
export function importGuide(markdown: string, options: ImportOptions): Result<ImportedGuide> {
  const { file } = options
  const tooLarge = textSizeProblem(file, markdown)
  if (tooLarge) return { ok: false, errors: [tooLarge] }
  const outline = readOutline(readBlocks(markdown))
  if (outline.divisions.length === 0) {
    return failure(
      file,
      1,
      'no teams found: the guide has no headings',
      'give each team a heading ("## Payments"), optionally under division headings ("# Platform")'
    )
  }
  return { ok: true, value: new GuideImport(options).run(outline) }
}

function failure(file: string, line: number, message: string, hint?: string): Result<never> {
  const diagnostic: Diagnostic = { file, line, column: line > 0 ? 1 : 0, message }
  return { ok: false, errors: [hint ? { ...diagnostic, hint } : diagnostic] }
}

/** What a list's introduction (a sub-heading, or the line before it) says the list holds. */
const STACK_INTRO =
  /\b(?:tool ?set|tech(?:nology)? stack|stack|technolog(?:y|ies)|tech|tools we use|tooling|languages|we use|we(?:'|’| a)re using|built with|we work with)\b/iu
const LINKS_INTRO =
  /^(?:useful\s+)?(?:links|resources|further reading|docs|documentation|see also|references)\b/iu
const RECENT_INTRO =
  /\b(?:recent(?:ly)?|shipped|launched|delivered|completed|past|done|finished)\b/iu
const PLANNED_INTRO = /\b(?:plan(?:ned|s)?|upcoming|future|roadmap|next|will)\b/iu
/** An introduction that says nothing but "a list follows". */
const BARE_INTRO =
  /^(?:here(?:'s| is| are)|these are|below|the following|examples?|projects?|some of|our (?:current )?projects)\b/iu
const INTRO_TAIL =
  /[,;]?\s*(?:for example|for instance|such as|including|e\.g\.|like|as follows)?\s*:$/iu

/** A team body that only says the team is still to be defined. */
const TBD =
  /^(?:tbd|tba|todo|wip|n\/a|to be (?:defined|determined|announced|confirmed)|coming soon)[.!]*$/iu
const TBD_IN_NAME =
  /\s*(?:[:(–—-]\s*)?\b(?:tbd|tba|to be (?:defined|determined|announced))\b\)?[.!]*\s*$/iu

/** "Languages: Go, Rust" or a "Languages" item with the names nested under it. */
const GROUP_CATEGORIES: [RegExp, TechnologyCategory][] = [
  [/^languages?$/iu, 'language'],
  [/^frameworks?$/iu, 'framework'],
  [/^(?:frontend|front-end|ui)$/iu, 'frontend'],
  [/^(?:infrastructure|infra|iac)$/iu, 'infrastructure'],
  [/^(?:cloud|cloud providers?|hosting)$/iu, 'cloud'],
  [/^(?:observability|monitoring|logging|metrics)$/iu, 'observability'],
  [/^(?:data|databases?|storage|data stores?)$/iu, 'data'],
  [/^security$/iu, 'security'],
  [/^protocols?$/iu, 'protocol'],
  [/^(?:ci\/?cd|ci|cd|ci and cd)$/iu, 'ci-cd'],
  [/^(?:tools|tooling)$/iu, 'tooling'],
  [/^platforms?$/iu, 'platform']
]

/** Links to only a number ("#2699") get the project's title added to their label. */
const REFERENCE_LABEL = /^(?:#\d+|\d+|pr|issue|link|here)$/iu

interface TeamDraft {
  outline: TeamOutline
  team: Team
  /** Text the technologies it mentions are found in: summary paragraphs and project items. */
  prose: string[]
  at: Position
}

class GuideImport {
  private readonly report: ImportReport = { inferred: [], ambiguous: [] }
  private readonly positions = new Map<string, Position>()
  private readonly dictionary: TechnologyDictionary
  private readonly ids = new UniqueIds()
  /** Where each technology first came from, for the registry's positions. */
  private readonly technologyAt = new Map<string, Position>()

  constructor(private readonly options: ImportOptions) {
    this.dictionary = new TechnologyDictionary(options.knownTechnologies)
  }

  run(outline: ReturnType<typeof readOutline>): ImportedGuide {
    for (const note of outline.notes) this.note(note.kind, note.at, note.message)
    const company = this.company(outline.title, outline.preamble)

    const drafts: TeamDraft[][] = []
    const divisions: Division[] = outline.divisions.map((division, d) => {
      const name = division.heading
        ? this.name(division.heading, 'Untitled division')
        : 'Engineering'
      const at = division.heading?.inline.at ?? { line: 1, column: 1 }
      this.positions.set(key(['divisions', d]), at)
      let teams = division.teams
      let summary = ''
      if (teams.length === 0 && division.heading) {
        this.note(
          'ambiguous',
          at,
          `division "${name}" has no team headings: imported as one team of the same name`
        )
        teams = [{ heading: division.heading, parts: division.parts }]
      } else {
        summary = this.proseOnly(division.parts, `division "${name}"`)
      }
      // The division claims its id first: a team named like its division gets the suffix.
      const id = this.ids.claim(name, 'division')
      const teamDrafts = teams.map((team, t) => this.team(team, ['divisions', d, 'teams', t]))
      drafts.push(teamDrafts)
      return {
        id,
        name,
        summary,
        teams: teamDrafts.map((draft) => draft.team)
      }
    })

    // Mentions last: a name one team's stack introduced is then found in every team's text.
    divisions.forEach((division, d) =>
      division.teams.forEach((team, t) => {
        const draft = drafts[d][t]
        team.mentions = this.technologies(draft.prose.join('\n')).filter(
          (name) => !team.stack.includes(name)
        )
        team.mentions.forEach((_, m) =>
          this.positions.set(key(['divisions', d, 'teams', t, 'mentions', m]), draft.at)
        )
      })
    )

    const used = new Set(
      divisions.flatMap((division) =>
        division.teams.flatMap((team) => [
          ...team.stack,
          ...team.mentions,
          ...team.projects.flatMap((project) => project.technologies)
        ])
      )
    )
    const technologies = this.dictionary.registryFor(used)
    technologies.forEach((technology, i) =>
      this.positions.set(
        key(['technologies', i]),
        this.technologyAt.get(technology.name) ?? { line: 1, column: 1 }
      )
    )

    const catalog: CatalogFileV1 = {
      // Version 1: a guide states no groups, people, roles or relations the importer could read.
      schemaVersion: 1,
      company,
      technologies,
      divisions
    }
    const positions = this.positions
    const locate: SourceDocument['locate'] = (path) => {
      for (let length = path.length; length > 0; length--) {
        const found = positions.get(key(path.slice(0, length)))
        if (found) return found
      }
      return { line: 1, column: 1 }
    }
    // In reading order, whichever step noticed them.
    const byPosition = (a: Note, b: Note): number => a.line - b.line || a.column - b.column
    this.report.inferred.sort(byPosition)
    this.report.ambiguous.sort(byPosition)
    return { catalog, report: this.report, locate }
  }

  private company(title: HeadingBlock | undefined, preamble: Part[]): CatalogFileV1['company'] {
    const summary = this.proseOnly(preamble, 'the introduction')
    const at = title?.inline.at ?? { line: 1, column: 1 }
    this.positions.set(key(['company']), at)
    let name = this.options.companyName?.trim()
    if (!name && title) {
      name = headingText(title)
        .replace(
          /(?:['’]s)?\s*\b(?:engineering|teams?|team guide|guide|handbook|directory|org(?:ani[sz]ation)?(?: chart)?|who'?s who|overview)\b/giu,
          ' '
        )
        .replace(/[\s:–—-]+$/u, '')
        .replace(/\s+/gu, ' ')
        .trim()
      if (name) this.note('inferred', at, `company name "${name}" taken from the title`)
    }
    if (!name) {
      const found =
        /\b(?:at|join|joining)\s+(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&-]*){0,2})/u.exec(
          summary
        ) ?? /(\p{Lu}[\p{L}\p{N}&-]*)['’]s engineering\b/u.exec(summary)
      name = found?.[1].replace(/[.]+$/u, '')
      if (name) this.note('inferred', at, `company name "${name}" taken from "${found?.[0]}"`)
    }
    if (!name) {
      const stem =
        this.options.file
          .split(/[\\/]/u)
          .pop()
          ?.replace(/\.[^.]*$/u, '') ?? ''
      name =
        stem
          .replace(/[-_]+/gu, ' ')
          .replace(/\b\p{L}/gu, (c) => c.toUpperCase())
          .trim() || 'Company'
      this.note(
        'ambiguous',
        at,
        `the guide does not name the company: called it "${name}" (pass the name to set it)`
      )
    }
    const source = this.options.file.split(/[\\/]/u).pop() ?? this.options.file
    return { name, summary, source: `Imported from ${source}` }
  }

  private team(outline: TeamOutline, path: DataPath): TeamDraft {
    const at = outline.heading.inline.at
    this.positions.set(key(path), at)
    let name = this.name(outline.heading, 'Untitled team')
    let forming = false
    if (TBD_IN_NAME.test(name) && name.replace(TBD_IN_NAME, '').trim()) {
      name = name.replace(TBD_IN_NAME, '').trim()
      forming = true
      this.note('inferred', at, `team "${name}" is marked TBD in its heading: status forming`)
    }

    const paragraphs: Span[][] = []
    const paragraphAt: Position[] = []
    const summary: string[] = []
    const prose: string[] = []
    const stack: string[] = []
    const projects: (Project & { at: Position })[] = []
    const links: Link[] = []
    let blocks = 0

    for (const part of outline.parts) {
      const sectionText = part.heading ? headingText(part.heading) : ''
      const sectionKind = part.heading ? listKind(sectionText) : undefined
      let intro: { kind: ListKind; status: InferredStatus; text: string } | undefined
      part.blocks.forEach((block, i) => {
        blocks++
        if (block.kind === 'paragraph') {
          const text = plainText(block.inline)
          if (!text) return
          const next = part.blocks[i + 1]
          if (next?.kind === 'list' && (text.endsWith(':') || isShortStackIntro(text))) {
            intro = {
              kind: listKind(text) ?? sectionKind ?? 'projects',
              status: statusOf(text),
              text
            }
            if (BARE_INTRO.test(text) || text.split(' ').length <= 8) return
            summary.push(text.replace(INTRO_TAIL, '.'))
          } else {
            summary.push(text)
          }
          paragraphs.push(block.inline.spans)
          paragraphAt.push(block.inline.at)
          prose.push(text)
        } else if (block.kind === 'list') {
          const kind = intro?.kind ?? sectionKind ?? 'projects'
          const status = intro?.status ?? (part.heading ? statusOf(sectionText) : 'current')
          const where = `team "${name}"`
          if (kind === 'stack') {
            for (const item of block.items) this.stackItem(item, where, stack, path)
          } else if (kind === 'links') {
            for (const item of block.items) {
              for (const span of allSpans(item)) this.addLink(links, span, where)
            }
          } else {
            for (const item of block.items) {
              const project = this.listProject(item, status, where)
              if (project) {
                projects.push(project)
                prose.push([plainText(item.inline), ...item.details.map(plainText)].join(' '))
              }
            }
          }
          intro = undefined
        } else if (block.kind === 'other' && block.what === 'code') {
          this.note('ambiguous', block.at, `code block in team "${name}" left out`)
        }
      })
    }

    const body = summary.join(' ').trim()
    if (!forming && TBD.test(body)) {
      forming = true
      this.note('inferred', at, `team "${name}" is described only as "${body}": status forming`)
    } else if (!forming && blocks === 0) {
      forming = true
      this.note('ambiguous', at, `team "${name}" has no text under its heading: status forming`)
    }

    // Projects from sentences: what the team recently shipped, and, when no list says it, what
    // it is working on. Their links move from the team to the project.
    const claimed = new Set<Span>()
    if (!forming) {
      const hadList = projects.length > 0
      paragraphs.forEach((spans, p) => {
        for (const found of sentenceProjects(spans, paragraphAt[p], !hadList)) {
          if (projects.some((project) => sameTitle(project.title, found.title))) continue
          const projectLinks: Link[] = []
          for (const span of found.links) {
            claimed.add(span)
            this.addLink(projectLinks, span, `project "${found.title}"`)
          }
          projects.push({
            title: found.title,
            status: found.status,
            summary: found.summary,
            technologies: this.technologies(found.text),
            links: projectLinks,
            at: found.at
          })
          this.note(
            'inferred',
            found.at,
            `team "${name}": project "${found.title}" (${found.status}) from "${excerpt(found.sentence)}"`
          )
        }
      })
      if (projects.length === 0) {
        this.note(
          'ambiguous',
          at,
          `team "${name}" has no projects: no list, and no sentence says what it works on`
        )
      }
    }
    for (const spans of paragraphs) {
      for (const span of spans) {
        if (span.href !== undefined && !claimed.has(span))
          this.addLink(links, span, `team "${name}"`)
      }
    }

    projects.forEach((project, p) => {
      this.positions.set(key([...path, 'projects', p]), project.at)
      project.links.forEach((_, l) =>
        this.positions.set(key([...path, 'projects', p, 'links', l]), project.at)
      )
    })
    const team: Team = {
      id: this.ids.claim(name, 'team', { dropTeamSuffix: true }),
      name,
      status: forming ? 'forming' : 'active',
      summary: forming && TBD.test(body) ? `Still being defined (the guide says "${body}").` : body,
      stack,
      mentions: [],
      projects: projects.map(({ at: _at, ...project }) => project),
      links
    }
    return { outline, team, prose, at }
  }

  /** Names from one line of a stack list; unknown ones join the registry as tooling. */
  private stackItem(item: ListItem, where: string, stack: string[], path: DataPath): void {
    const text = plainText(item.inline)
    const group = /^([^:]{2,40}):\s*(.*)$/u.exec(text)
    const groupCategory = (label: string): TechnologyCategory | undefined =>
      GROUP_CATEGORIES.find(([pattern]) => pattern.test(label.trim()))?.[1]
    // "Languages: Go, Zig" or a "Languages" item with the names nested below it.
    let category = group ? groupCategory(group[1]) : undefined
    const lines: { text: string; at: Position }[] = []
    if (group && category) {
      lines.push({ text: group[2], at: item.at })
    } else if (item.details.length > 0 && (text.endsWith(':') || groupCategory(text))) {
      category = groupCategory(text.replace(/:$/u, ''))
    } else {
      lines.push({ text, at: item.at })
    }
    for (const detail of item.details) lines.push({ text: plainText(detail), at: detail.at })

    for (const line of lines) {
      const reading = readStackItem(line.text, this.dictionary)
      const names = reading.names.map(({ name, known }) => {
        if (known) return name
        // "Grafana Cloud" files under its family's category (Grafana: observability).
        const entry = this.dictionary.learn(
          name,
          category ?? this.dictionary.familyCategory(name) ?? 'tooling'
        )
        this.note(
          'ambiguous',
          line.at,
          `"${excerpt(name)}" in the stack of ${where} is not a known technology: added to the registry as ${entry.category} (check the category)`
        )
        return entry.name
      })
      for (const more of reading.more) {
        this.note(
          'inferred',
          line.at,
          `dropped "${excerpt(more)}" from the stack of ${where}: it names no technology`
        )
      }
      for (const prose of reading.prose) {
        this.note(
          'ambiguous',
          line.at,
          `"${excerpt(prose)}" in the stack of ${where} is too long to be a technology's name: left out`
        )
      }
      if (names.length > 1 || reading.qualifiers.length > 0) {
        this.note(
          'inferred',
          line.at,
          `read stack item "${excerpt(line.text)}" as ${names.join(', ')}`
        )
      }
      for (const name of names) {
        if (stack.includes(name)) continue
        this.positions.set(key([...path, 'stack', stack.length]), line.at)
        if (!this.technologyAt.has(name)) this.technologyAt.set(name, line.at)
        stack.push(name)
      }
    }
  }

  private listProject(
    item: ListItem,
    status: InferredStatus,
    where: string
  ): (Project & { at: Position }) | undefined {
    // Links that only number an issue ("#2699") do not belong in the title.
    const titleSpans = item.inline.spans.filter(
      (span) => span.href === undefined || !REFERENCE_LABEL.test(span.text.trim())
    )
    const text = plainText(titleSpans) || plainText(item.inline)
    const details = item.details.map(plainText).filter(Boolean)
    if (!text) {
      if (details.length === 0) return undefined
    }
    const { title, summary } = titleAndSummary(text || details.shift() || '')
    if (!title) return undefined
    const fullSummary = [summary, ...details.map((detail) => asSentence(capitalize(detail)))]
      .filter(Boolean)
      .join(' ')
    const links: Link[] = []
    for (const span of allSpans(item)) {
      const label = span.text.trim()
      this.addLink(
        links,
        REFERENCE_LABEL.test(label) ? { ...span, text: `${label} ${title}` } : span,
        where
      )
    }
    return {
      title,
      status,
      ...(fullSummary ? { summary: fullSummary } : {}),
      technologies: this.technologies([text, ...details].join('\n')),
      links,
      at: item.at
    }
  }

  /** Paragraphs of a division or the introduction; lists there fit nowhere, and are reported. */
  private proseOnly(parts: Part[], where: string): string {
    const text: string[] = []
    for (const part of parts) {
      for (const block of part.blocks) {
        if (block.kind === 'paragraph') {
          const paragraph = plainText(block.inline)
          if (paragraph) text.push(paragraph)
        } else if (block.kind === 'list') {
          this.note('ambiguous', block.at, `list in ${where}, outside any team, left out`)
        }
      }
    }
    return text.join(' ')
  }

  private name(heading: HeadingBlock, fallback: string): string {
    const name = headingText(heading).replace(/:$/u, '').trim()
    if (name) return name
    this.note('ambiguous', heading.inline.at, `heading without text: named "${fallback}"`)
    return fallback
  }

  private technologies(text: string): string[] {
    return [...new Set(this.dictionary.find(text).map((match) => match.name))]
  }

  /** Keeps http, https and mailto links (the app opens nothing else); reports the rest. */
  private addLink(links: Link[], span: Span, where: string): void {
    const url = (span.href ?? '').trim()
    const label = span.text.replace(/\s+/gu, ' ').trim() || url
    const link = Link.safeParse({ label, url })
    if (!link.success) {
      this.note(
        'ambiguous',
        span.at,
        `link "${excerpt(label)}" in ${where} left out: "${excerpt(url)}" is not an http, https or mailto URL`
      )
    } else if (!links.some((existing) => existing.url === link.data.url)) {
      links.push(link.data)
    }
  }

  private note(kind: keyof ImportReport, at: Position, message: string): void {
    this.report[kind].push({ line: at.line, column: at.column, message })
  }
}

function key(path: DataPath): string {
  return path.map(String).join('/')
}

function listKind(text: string): ListKind | undefined {
  if (LINKS_INTRO.test(text)) return 'links'
  if (STACK_INTRO.test(text) && !/\bprojects?\b/iu.test(text)) return 'stack'
  return undefined
}

/** "We use the following stack" without its colon: short, and about the stack. */
function isShortStackIntro(text: string): boolean {
  return text.split(' ').length <= 12 && listKind(text) === 'stack'
}

function statusOf(text: string): InferredStatus {
  if (RECENT_INTRO.test(text)) return 'recent'
  if (PLANNED_INTRO.test(text)) return 'planned'
  return 'current'
}

function allSpans(item: ListItem): Span[] {
  return [item.inline, ...item.details]
    .flatMap((inline) => inline.spans)
    .filter((span) => span.href !== undefined)
}

function sameTitle(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase()
}

function excerpt(text: string, length = 70): string {
  const line = text.replace(/\s+/gu, ' ').trim()
  return line.length > length ? `${line.slice(0, length - 1)}…` : line
}
