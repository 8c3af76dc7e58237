import type { Diagnostic, Result } from '../catalog/diagnostic'
import {
  Link,
  MAX_GROUP_DEPTH,
  type CatalogFile,
  type Group,
  type TechnologyCategory
} from '../catalog/schema'
import { textSizeProblem } from '../catalog/size-limit'
import type { DataPath } from '../catalog/source'
import { chartEchoes } from './chart-echoes'
import { readFrontMatter } from './front-matter'
import { readGuideStructure, readSections, type GuideEntry, type Section } from './guide-structure'
import { kebabCase, UniqueIds } from './ids'
import type { ImportMapping, ImportNote, ImportPlan, OutlineEntry } from './import-plan'
import {
  plainText,
  readBlocks,
  type Block,
  type Inline,
  type ListItem,
  type Position,
  type Span
} from './markdown-blocks'
import { cleanName, headingText, REFUSED_IN_NAMES, type HeadingBlock, type Part } from './outline'
import { asSentence, capitalize, titleAndSummary } from './project-text'
import { headingKind, titleKind, WORK_INTRO } from './section-headings'
import { sentenceProjects, type InferredStatus } from './sentence-projects'
import { PERSON_LINE } from './person-line'
import { readStackItem } from './stack-item'
import { blankTemplateTags } from './template-tags'
import { codePointName } from '../catalog/name-text'
import { TechnologyDictionary, type KnownTechnology } from '../technology/technology-dictionary'
import { withoutAddresses } from './address-text'
import { linkedOrganization, linksToOrganization, organizationKey } from './linked-organization'
import { locateIn, positionKey } from './positions'
import { companyNameFromFile, fileName } from './file-name'

export interface ImportOptions {
  /** Named in diagnostics and in the catalog's `company.source`. */
  file: string
  /** A catalog registry to recognize technologies by (e.g. the bundled catalog's), before the built-in vocabulary. */
  knownTechnologies?: readonly KnownTechnology[]
  /** The company's name, when the guide does not say it. */
  companyName?: string
  /** Where the guide is published: its relative links are resolved against it. */
  baseUrl?: string
  /** A user's choices of roles by outline key (`guide.import.json`). */
  mapping?: ImportMapping
  /** The encoding the source was decoded from, when not UTF-8 (a spreadsheet's): said in a note. */
  encoding?: string
}

type Team = CatalogFile['divisions'][number]['teams'][number]
type Project = Team['projects'][number]
type Division = CatalogFile['divisions'][number]
type ListKind = 'stack' | 'projects' | 'links' | 'responsibilities'

/**
 * Reads a team guide written in markdown into a catalog (schema version 2: divisions, groups,
 * teams with responsibilities, leads and roles), deciding what each section is from what it
 * holds (see guide-structure.ts), and says what it inferred, skipped and guessed. Pure: no
 * I/O, never throws for any input.
 */
export function importGuide(markdown: string, options: ImportOptions): Result<ImportPlan> {
  const { file } = options
  const tooLarge = textSizeProblem(file, markdown)
  if (tooLarge) return { ok: false, errors: [tooLarge] }
  const front = readFrontMatter(markdown)
  const blocks = readBlocks(blankTemplateTags(front?.body ?? markdown))
  const frontTitle =
    front?.title !== undefined
      ? { text: cleanName(front.title), at: { line: front.line, column: 1 } }
      : undefined
  const root = readSections(blocks)
  const outline = readGuideStructure(root, frontTitle)
  const build = new GuideImport(options)
  if (front) build.frontMatter(front)
  const plan = build.run(outline, blocks, root)
  if (!plan) {
    const headings = blocks.some((block) => block.kind === 'heading')
    return failure(
      file,
      1,
      headings
        ? 'no teams found: no section, list or table of the guide reads as a team'
        : 'no teams found: the guide has no headings',
      headings
        ? 'give each team a heading with a line saying what it owns, or list teams under a "Teams" heading; a mapping (--mapping) can say which headings are teams'
        : 'give each team a heading ("## Payments"), optionally under division headings ("# Platform")'
    )
  }
  return { ok: true, value: plan }
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
const OWNERSHIP_INTRO =
  /\b(?:areas? of (?:ownership|responsibility)|responsibilit(?:y|ies)|ownership|we own|owns|what we own|scope)\b/iu
const RECENT_INTRO =
  /\b(?:recent(?:ly)?|shipped|launched|delivered|completed|past|done|finished)\b/iu
const PLANNED_INTRO = /\b(?:plan(?:ned|s)?|upcoming|future|roadmap|next|will)\b/iu
/** An introduction that says nothing but "a list follows". */
const BARE_INTRO =
  /^(?:here(?:'s| is| are)|these are|below|the following|examples?|projects?|some of|our (?:current )?projects)\b/iu
const INTRO_TAIL =
  /[,;]?\s*(?:for example|for instance|such as|including|e\.g\.|like|as follows)?\s*:$/iu

/**
 * A sub-heading that only says "Tools" ("Tools", "Our tools", "Tools we use"): the list under it
 * is what the team works with, however long the paragraph between them.
 */
const TOOLS_HEADING = /^(?:(?:our|common|team|the)\s+)?tools(?:\s+we\s+use)?:?$/iu

/** More words than this, a stack list's line is a sentence rather than a list of names. */
const SENTENCE_WORDS = 10

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

/** Guesses reported one by one; past this many, one line counts the rest. */
const MAX_GUESS_NOTES = 50

/** Links to only a number ("#2699") get the project's title added to their label. */
const REFERENCE_LABEL = /^(?:#\d+|\d+|pr|issue|link|here)$/iu

/** What a team is built from: its heading's section, a list item, a table row or a chart node. */
interface TeamSource {
  name: string
  at: Position
  parts: Part[]
  /** Set for teams read from a line, row or chart: no heading, and maybe no text at all. */
  stated?: boolean
  /** More text to find mentioned technologies in (a table row's other cells). */
  prose?: string[]
  lead?: string
  /** Open roles a table's roles column lists. */
  roles?: string[]
}

interface TeamDraft {
  team: Team
  /** Text the technologies it mentions are found in: summary paragraphs and project items. */
  prose: string[]
  at: Position
  path: DataPath
}

/** Where the catalog's next team or group goes: a division, or a group inside one. */
interface Container {
  teams: Team[]
  groups?: Group[]
  path: DataPath
  depth: number
}

class GuideImport {
  private readonly notes: ImportNote[] = []
  private readonly positions = new Map<string, Position>()
  private readonly dictionary: TechnologyDictionary
  private readonly ids = new UniqueIds()
  /** Where each technology first came from, for the registry's positions. */
  private readonly technologyAt = new Map<string, Position>()
  private readonly divisions: Division[] = []
  private readonly drafts: TeamDraft[] = []
  private defaultDivision: Division | undefined
  private frontCompany: { name: string; line: number } | undefined
  private titleCompany: { name: string; at: Position } | undefined
  /** The organization the text and the links' addresses agree on (linked-organization.ts). */
  private linkedCompany: string | undefined
  private guessed = false
  /** Teams made so far by name, and whether from a line or row (stated) or a heading. */
  private readonly teamsByName = new Map<
    string,
    { stated: boolean; line: number; team: Team; table?: object }
  >()
  /** List items read as teams or groups: their lists are no leftover text of a unit. */
  private readonly teamItems = new Set<ListItem>()
  /** A chart node's other declarations of its team (chart-echoes.ts), and the node of each. */
  private echoes = new Map<GuideEntry, GuideEntry[]>()
  private readonly chartNodeOf = new Map<GuideEntry, GuideEntry>()

  constructor(private readonly options: ImportOptions) {
    this.dictionary = new TechnologyDictionary(options.knownTechnologies)
  }

  frontMatter(front: NonNullable<ReturnType<typeof readFrontMatter>>): void {
    const at = { line: 1, column: 1 }
    if (front.problem) this.note('problem', at, front.problem)
    else
      this.note(
        'inferred',
        at,
        `front matter${front.title ? ` (title "${front.title}")` : ''} read and left out of the text`
      )
    if (front.company) this.frontCompany = { name: cleanName(front.company), line: 1 }
  }

  /** The catalog the outline gives, or undefined when it holds no team. */
  run(outline: GuideEntry[], blocks: Block[], root: Section): ImportPlan | undefined {
    const mapping = this.options.mapping
    const known = new Set<string>()
    let guesses = 0
    const applyMapping = (entries: GuideEntry[]): void => {
      for (const entry of entries) {
        known.add(entry.key)
        const chosen = mapping?.roles[entry.key]
        if (chosen) entry.role = chosen
        else if (entry.sure && (entry.role === 'division' || entry.role === 'group')) {
          this.note(
            'inferred',
            entry,
            `read "${entry.label}" as ${describeRole(entry.role)}: ${entry.reason}`
          )
        } else if (!entry.sure) {
          this.guessed = true
          // The first guesses, each at its line, say enough; the outline marks every one.
          if (++guesses <= MAX_GUESS_NOTES) {
            this.note(
              'guessed',
              entry,
              `"${entry.label}" read as ${describeRole(entry.role)} (${entry.reason}): say so in a mapping to be sure`
            )
          }
        }
        applyMapping(entry.children)
      }
    }
    applyMapping(outline)
    const collectItems = (entries: GuideEntry[]): void => {
      for (const entry of entries) {
        if (entry.source.kind === 'item') this.teamItems.add(entry.source.item)
        collectItems(entry.children)
      }
    }
    collectItems(outline)
    this.echoes = chartEchoes(outline)
    for (const [node, others] of this.echoes)
      for (const other of others) this.chartNodeOf.set(other, node)
    if (guesses > MAX_GUESS_NOTES) {
      this.note(
        'guessed',
        { line: 1, column: 1 },
        `and ${guesses - MAX_GUESS_NOTES} more guesses: the outline (--json) marks each one`
      )
    }
    for (const key of Object.keys(mapping?.roles ?? {})) {
      if (!known.has(key)) {
        this.note(
          'problem',
          { line: 1, column: 1 },
          `the mapping gives a role to "${key}", which is not in the guide's outline (renamed or removed?)`
        )
      }
    }
    this.reportDroppedCharacters(blocks)

    // Text before the first heading describes the company.
    const companySummary: string[] = [this.proseOf(root)].filter(Boolean)
    this.linkedCompany = linkedOrganization(blocks)
    this.walk(outline, undefined, companySummary)
    if (this.drafts.length === 0) return undefined
    const company = this.company(outline, companySummary.filter(Boolean).join(' '))
    const ownName = this.ownName(company.name)

    // Mentions last: a name one team's stack introduced is then found in every team's text.
    for (const draft of this.drafts) {
      const { team } = draft
      this.dropOwnName(draft, ownName)
      team.mentions = this.technologies(draft.prose.join('\n')).filter(
        (name) => !team.stack.includes(name) && !ownName(name)
      )
      team.mentions.forEach((_, m) =>
        this.positions.set(positionKey([...draft.path, 'mentions', m]), draft.at)
      )
    }
    const used = new Set(
      this.drafts.flatMap(({ team }) => [
        ...team.stack,
        ...team.mentions,
        ...team.projects.flatMap((project) => project.technologies),
        ...team.roles.flatMap((role) => role.technologies)
      ])
    )
    const technologies = this.dictionary.registryFor(used)
    technologies.forEach((technology, i) =>
      this.positions.set(
        positionKey(['technologies', i]),
        this.technologyAt.get(technology.name) ?? { line: 1, column: 1 }
      )
    )

    const catalog: CatalogFile = {
      schemaVersion: 2,
      company,
      technologies,
      divisions: this.divisions
    }
    const positions = this.positions
    const locate = locateIn(positions)
    // In reading order, whichever step noticed them.
    this.notes.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0))
    return {
      format: 'markdown',
      outline: outline.map(plainEntry),
      notes: this.notes,
      guessed: this.guessed,
      catalog,
      locate
    }
  }

  /**
   * A team's team-like children (a mapping's choice), which sit beside it; its parts are read
   * when it is built (teamSource), so a team read again, or placed by the chart, skips them too.
   */
  private walkBeside(
    team: GuideEntry,
    container: Container | undefined,
    summary: string[],
    outline: GuideEntry[]
  ): void {
    this.walk(
      team.children.filter((child) => child.role !== 'team-part'),
      container,
      summary,
      outline
    )
  }

  /** Builds the catalog from the outline: units open containers, teams fill them, parts join teams. */
  private walk(
    entries: GuideEntry[],
    container: Container | undefined,
    summary: string[],
    outline: GuideEntry[] = entries
  ): void {
    for (const entry of entries) {
      const at = { line: entry.line, column: entry.column ?? 1 }
      switch (entry.role) {
        case 'company': {
          if (entry.source.kind === 'section') summary.push(this.proseOf(entry.source.section))
          const kind = titleKind(entry.label, true)
          if (kind.role === 'company' && !this.titleCompany)
            this.titleCompany = { name: kind.name, at }
          this.walk(entry.children, container, summary, outline)
          break
        }
        case 'division':
        case 'group': {
          const name = this.unitName(entry)
          const text =
            entry.source.kind === 'section'
              ? this.proseOf(entry.source.section, `${entry.role} "${name}"`)
              : entry.source.kind === 'item'
                ? entry.source.description
                : ''
          const unit = this.openUnit(entry.role, name, text, at, container)
          this.walk(entry.children, unit, summary, outline)
          this.closeUnit(unit, entry, at)
          break
        }
        case 'team': {
          // A team the page's chart draws is built at its node, with what this line says.
          const node = this.chartNodeOf.get(entry)
          if (node) {
            this.note(
              'inferred',
              at,
              `"${entry.label}" is drawn in the chart (line ${node.line}): read as the same team, placed where the chart puts it`
            )
            this.walkBeside(entry, container, summary, outline)
            break
          }
          // The same team listed twice, once as a line or row and once under its own heading
          // (a table of teams, then a section per team), is one team: the first reading stays.
          const seen = this.teamsByName.get(kebabCase(entry.label))
          const stated = entry.source.kind !== 'section'
          // So is a team named again in another table (a table of the working groups, then a
          // table of their leads): what the second row says about it fills what the first lacks.
          const table = entry.source.kind === 'row' ? entry.source.table : undefined
          const again = seen?.table !== undefined && table !== undefined && seen.table !== table
          if (seen && (seen.stated !== stated || again)) {
            this.note(
              'inferred',
              at,
              `"${entry.label}" is listed again (line ${seen.line}): read as the same team`
            )
            if (again) {
              const { lead } = this.teamSource(entry)
              if (lead && !seen.team.lead) seen.team.lead = { name: lead }
            }
            this.walkBeside(entry, container, summary, outline)
            break
          }

          let target = container
          if (!target && this.topUnits(outline)) {
            // A team beside divisions is a division of its own, as its depth says.
            target = this.openUnit('division', entry.label, '', at, undefined)
            this.note(
              'ambiguous',
              at,
              `division "${entry.label}" has no team headings: imported as one team of the same name`
            )
          }
          target ??= this.fallbackDivision(at)
          const path: DataPath = [...target.path, 'teams', target.teams.length]
          const draft = this.team(this.declaredSource(entry), path)
          if (!seen) {
            this.teamsByName.set(kebabCase(entry.label), {
              stated,
              line: entry.line,
              team: draft.team,
              ...(table ? { table } : {})
            })
          }
          target.teams.push(draft.team)
          this.drafts.push(draft)
          this.walkBeside(entry, container, summary, outline)
          break
        }
        case 'team-part':
          // A team reads its parts as it is built (teamSource); one reached here has no team.
          this.note(
            'skipped',
            at,
            `"${entry.label}" is a part of a team, but no team holds it: left out`
          )
          break
        case 'skip':
          if (
            !container &&
            entry.source.kind === 'section' &&
            headingKind(entry.label) === 'summary'
          ) {
            // An "Overview" at the top describes the company.
            summary.push(this.proseOf(entry.source.section))
          } else if (entry.source.kind === 'section' && entry.source.section.heading) {
            this.note('skipped', at, `skipped "${entry.label}": ${entry.reason}`)
          }
          this.walk(entry.children, container, summary, outline)
          break
      }
    }
  }

  /**
   * Whether a technology is the company's own product named like it (GitLab's teams and
   * "GitLab", Node.js's working groups and "Node.js"): an organization's own product is no
   * technology of its teams (the corpus's labelling rules), and it is named in every section.
   */
  private ownName(company: string): (name: string) => boolean {
    const key = organizationKey(company)
    const known = this.dictionary.lookup(company)?.name
    let noted = false
    return (name) => {
      // Its products too, by the dictionary's families: GitLab CI at GitLab.
      const own =
        name === known ||
        organizationKey(name) === key ||
        this.dictionary.isOrganizationsOwn(company, name)
      if (own && !noted) {
        noted = true
        this.note(
          'inferred',
          { line: 1, column: 1 },
          `"${name}" is the company's own name: not made a technology of its teams`
        )
      }
      return own
    }
  }

  /**
   * A team's projects without the company's own name. Its stack keeps it: a stack list says
   * outright what the team builds with, which outweighs a guess at the company's name.
   */
  private dropOwnName(draft: TeamDraft, ownName: (name: string) => boolean): void {
    const { team } = draft
    for (const project of team.projects) {
      project.technologies = project.technologies.filter((name) => !ownName(name))
    }
  }

  private hasTopUnits: boolean | undefined
  /** Whether the outline's top level holds a division or group (asked per team: computed once). */
  private topUnits(outline: GuideEntry[]): boolean {
    this.hasTopUnits ??= outline.some(
      (other) => other.role === 'division' || other.role === 'group'
    )
    return this.hasTopUnits
  }

  private unitName(entry: GuideEntry): string {
    if (!entry.label) {
      this.note('ambiguous', entry, 'heading without text: named "Untitled division"')
      return 'Untitled division'
    }
    const kind =
      entry.source.kind === 'section' && entry.line <= 2 ? titleKind(entry.label, true) : undefined
    return kind?.role === 'division' ? kind.name : entry.label
  }

  private openUnit(
    role: 'division' | 'group',
    name: string,
    summary: string,
    at: Position,
    parent: Container | undefined
  ): Container {
    // A division inside a division (a mapping's choice) is read as a group: one division level.
    if (!parent) {
      const d = this.divisions.length
      const division: Division = {
        id: this.ids.claim(name, 'division'),
        name,
        summary,
        teams: [],
        groups: []
      }
      this.divisions.push(division)
      this.positions.set(positionKey(['divisions', d]), at)
      return { teams: division.teams, groups: division.groups, path: ['divisions', d], depth: 0 }
    }
    if (parent.depth >= MAX_GROUP_DEPTH) {
      this.note(
        'problem',
        at,
        `"${name}" is more than ${MAX_GROUP_DEPTH} groups deep: its teams join the group above`
      )
      return parent
    }
    const groups = (parent.groups ??= [])
    const g = groups.length
    const group: Group = { id: this.ids.claim(name, 'group'), name, summary, teams: [], groups: [] }
    groups.push(group)
    const path: DataPath = [...parent.path, 'groups', g]
    this.positions.set(positionKey(path), at)
    return { teams: group.teams, groups: group.groups, path, depth: parent.depth + 1 }
  }

  /** A unit that got no team is dropped (a catalog's divisions need teams): says so. */
  private closeUnit(unit: Container, entry: GuideEntry, at: Position): void {
    const holdsTeams = (c: { teams: Team[]; groups?: Group[] }): boolean =>
      c.teams.length > 0 || (c.groups ?? []).some(holdsTeams)
    if (unit.groups) {
      const empty = unit.groups.filter((group) => !holdsTeams(group))
      for (const group of empty) unit.groups.splice(unit.groups.indexOf(group), 1)
      if (unit.groups.length === 0 && unit.depth > 0) delete (unit as { groups?: Group[] }).groups
    }
    if (unit.depth === 0 && !holdsTeams(unit) && unit.path[0] === 'divisions') {
      const index = Number(unit.path[1])
      if (this.divisions[index]?.teams === unit.teams) {
        this.divisions.splice(index, 1)
        this.note('skipped', at, `"${entry.label}" holds no team: left out of the catalog`)
      }
    } else if (!holdsTeams(unit)) {
      this.note('skipped', at, `"${entry.label}" holds no team: left out of the catalog`)
    }
  }

  private fallbackDivision(at: Position): Container {
    if (!this.defaultDivision) {
      const d = this.divisions.length
      // Beside a division the guide names "Engineering", the teams outside it are other teams.
      const name = this.divisions.some((division) => /^engineering$/iu.test(division.name))
        ? 'Other teams'
        : 'Engineering'
      this.defaultDivision = {
        id: this.ids.claim(name, 'division'),
        name,
        summary: '',
        teams: [],
        groups: []
      }
      this.divisions.push(this.defaultDivision)
      this.positions.set(positionKey(['divisions', d]), at)
      this.note(
        'inferred',
        at,
        d === 0
          ? `the guide has no division headings: its teams form one division, "${name}"`
          : `teams outside every division: put in a division "${name}"`
      )
    }
    const d = this.divisions.indexOf(this.defaultDivision)
    return {
      teams: this.defaultDivision.teams,
      groups: this.defaultDivision.groups,
      path: ['divisions', d],
      depth: 0
    }
  }

  /**
   * A team's source with what its other declarations say (a chart node and its table row): their
   * parts, prose, lead and open roles, the node's own first.
   */
  private declaredSource(entry: GuideEntry): TeamSource {
    const own = this.teamSource(entry)
    for (const other of this.echoes.get(entry) ?? []) {
      const more = this.teamSource(other)
      own.parts.push(...more.parts)
      if (more.prose) own.prose = [...(own.prose ?? []), ...more.prose]
      if (more.lead && !own.lead) own.lead = more.lead
      if (more.roles?.length) own.roles = [...(own.roles ?? []), ...more.roles]
      // A heading's section is read as a heading team's is (projects from its sentences).
      if (!more.stated) own.stated = false
    }
    return own
  }

  /** The blocks a team is read from: its section and its parts' sections, or its line or row. */
  private teamSource(entry: GuideEntry): TeamSource {
    const at = { line: entry.line, column: entry.column ?? 1 }
    const name = entry.label
    const source = entry.source
    if (source.kind === 'section') {
      const parts: Part[] = [{ blocks: source.section.blocks }]
      const addParts = (children: GuideEntry[]): void => {
        for (const child of children) {
          if (child.role !== 'team-part' || child.source.kind !== 'section') continue
          const section = child.source.section
          if (headingKind(child.label) === 'plain') {
            this.note(
              'inferred',
              child,
              `heading "${child.label}" is under team "${name}": read as part of it`
            )
          }
          parts.push({
            ...(section.heading ? { heading: section.heading } : {}),
            blocks: section.blocks
          })
          addParts(child.children)
        }
      }
      addParts(entry.children)
      return { name, at, parts }
    }
    if (source.kind === 'item') {
      const blocks: Block[] = []
      if (source.description) blocks.push(paragraph(source.description, source.item.at))
      for (const detail of source.item.details) blocks.push({ kind: 'paragraph', inline: detail })
      const links = source.href ? [{ text: name, href: source.href, at: source.item.at }] : []
      if (links.length > 0)
        blocks.push({ kind: 'paragraph', inline: { spans: links, at: source.item.at } })
      return { name, at, parts: [{ blocks }], stated: true }
    }
    if (source.kind === 'row') {
      const { columns, row, table } = source
      if (row.written !== table.header.length) {
        this.note(
          'problem',
          row.at,
          `this table row has ${row.written} cell${row.written === 1 ? '' : 's'}, its header ${table.header.length}: ${row.written < table.header.length ? 'the missing ones are read as empty' : 'the extra ones are left out'}`
        )
      }
      const cell = (i: number | undefined): Inline | undefined =>
        i === undefined ? undefined : row.cells[i]
      const blocks: Block[] = []
      const description = cell(columns.description)
      if (description && plainText(description))
        blocks.push({ kind: 'paragraph', inline: description })
      const nameCell = cell(columns.name)
      const links = (nameCell?.spans ?? []).filter((span) => span.href !== undefined)
      if (links.length > 0) blocks.push({ kind: 'paragraph', inline: { spans: links, at: row.at } })
      const stack = cell(columns.stack)
      const extra: TeamSource['parts'] = []
      if (stack && plainText(stack)) {
        extra.push({
          heading: syntheticHeading('Stack', row.at),
          blocks: [stackList(stack, row.at)]
        })
      }
      const others = columns.other
        .map((i) => (row.cells[i] ? plainText(row.cells[i]) : ''))
        .filter(Boolean)
      const leadCell = cell(columns.lead)
      const lead = leadCell ? leadName(leadCell) : undefined
      return {
        name,
        at,
        parts: [{ blocks }, ...extra],
        stated: true,
        prose: others,
        ...(lead ? { lead } : {}),
        roles: listCell(cell(columns.roles))
      }
    }
    return { name, at, parts: [{ blocks: [] }], stated: true }
  }

  private company(outline: GuideEntry[], summary: string): CatalogFile['company'] {
    const at = { line: 1, column: 1 }
    this.positions.set(positionKey(['company']), this.titleCompany?.at ?? at)
    let name = this.options.mapping?.company?.trim()
    if (!name && this.frontCompany) {
      name = this.frontCompany.name
      this.note('inferred', at, `company name "${name}" taken from the front matter`)
    }
    // The name the text uses and the links' hosts confirm ("GitLab" and about.gitlab.com): it
    // also trims a title's guess to the organization ("Node.js Working Groups" → "Node.js").
    const linked = this.linkedCompany
    if (!name && this.titleCompany) {
      const title = this.titleCompany.name
      name = linked && organizationKey(title).startsWith(organizationKey(linked)) ? linked : title
      this.note('inferred', this.titleCompany.at, `company name "${name}" taken from the title`)
    }
    if (!name && linked) {
      name = linked
      this.note(
        'inferred',
        at,
        `company name "${name}" taken from the text, where its links' addresses name it too`
      )
    }
    if (!name) {
      // The introduction and the units' text first, then the teams'.
      const text = [
        summary,
        ...this.divisions.map((division) => division.summary),
        ...this.drafts.map((draft) => draft.team.summary)
      ].join(' ')
      const found =
        /\b(?:at|join|joining)\s+(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&-]*){0,2})/u.exec(
          text
        ) ?? /(\p{Lu}[\p{L}\p{N}&-]*)['’]s (?:engineering|teams?)\b/u.exec(text)
      name = found?.[1].replace(/[.]+$/u, '')
      if (name) this.note('inferred', at, `company name "${name}" taken from "${found?.[0]}"`)
    }
    // --company names it when the guide does not.
    if (!name) name = this.options.companyName?.trim()
    if (!name) {
      name = companyNameFromFile(this.options.file)
      this.note(
        'problem',
        at,
        `the guide does not name the company: called it "${name}" (pass --company to set it)`
      )
    }
    return { name, summary, source: `Imported from ${fileName(this.options.file)}` }
  }

  /** Headings whose text carried characters a name may not hold: dropped, and said where. */
  private reportDroppedCharacters(blocks: Block[]): void {
    for (const block of blocks) {
      if (block.kind !== 'heading') continue
      const text = plainText(block.inline)
      const dropped = [...new Set(text.match(REFUSED_IN_NAMES) ?? [])].filter(
        (c) => !/[\t\n\r]/u.test(c)
      )
      if (dropped.length === 0) continue
      const names = dropped.map((c) => codePointName(c.codePointAt(0)!)).join(', ')
      this.note(
        'problem',
        block.inline.at,
        `dropped ${names} from the heading "${excerpt(cleanName(text))}": a name may not hold control or bidirectional characters`
      )
    }
  }

  /** A unit's own paragraphs, as its summary; its lists fit nowhere in a unit, and are said so. */
  private proseOf(section: Section, where?: string): string {
    return this.proseOnly(
      [{ blocks: section.blocks }],
      where ??
        (section.heading ? `"${cleanName(headingText(section.heading))}"` : 'the introduction')
    )
  }

  private team(outline: TeamSource, path: DataPath): TeamDraft {
    const at = outline.at
    this.positions.set(positionKey(path), at)
    let name = outline.name
    if (!name) {
      name = 'Untitled team'
      this.note('ambiguous', at, `heading without text: named "${name}"`)
    }
    let forming = false
    if (TBD_IN_NAME.test(name) && name.replace(TBD_IN_NAME, '').trim()) {
      name = name.replace(TBD_IN_NAME, '').trim()
      forming = true
      this.note('inferred', at, `team "${name}" is marked TBD in its heading: status forming`)
    }

    const paragraphs: Span[][] = []
    const paragraphAt: Position[] = []
    const summary: string[] = []
    const prose: string[] = [...(outline.prose ?? [])]
    const stack: string[] = []
    const projects: (Project & { at: Position })[] = []
    const links: Link[] = []
    const responsibilities: string[] = []
    const people: string[] = []
    let blocks = 0

    for (const part of outline.parts) {
      const sectionText = part.heading ? headingText(part.heading) : ''
      const sectionKind = part.heading
        ? TOOLS_HEADING.test(sectionText)
          ? 'stack'
          : listKind(sectionText)
        : undefined
      let intro: { kind: ListKind; status: InferredStatus; text: string } | undefined
      part.blocks.forEach((block: Block, i: number) => {
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
          const listOf = kind === 'projects' ? this.plainListKind(block.items) : kind
          if (listOf === 'people') {
            people.push(...block.items.map((item) => plainText(item.inline)))
          } else if (kind === 'responsibilities') {
            for (const item of block.items) {
              const text = cleanName(plainText(item.inline)).replace(/[.;]$/u, '')
              if (text && text.length <= 200 && !responsibilities.includes(text))
                responsibilities.push(text)
              prose.push(text)
            }
          } else if (kind === 'stack' || listOf === 'stack') {
            for (const item of block.items) this.stackItem(item, where, stack, path)
          } else if (kind === 'links' || listOf === 'links') {
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
          this.note('skipped', block.at, `code block in team "${name}" left out`)
        }
      })
    }

    const body = summary.join(' ').trim()
    if (!forming && TBD.test(body)) {
      forming = true
      this.note('inferred', at, `team "${name}" is described only as "${body}": status forming`)
    } else if (!forming && blocks === 0 && !outline.stated) {
      forming = true
      this.note('problem', at, `team "${name}" has no text under its heading: status forming`)
    }

    // Projects from sentences: what the team recently shipped, and, when no list says it, what
    // it is working on. Their links move from the team to the project.
    const claimed = new Set<Span>()
    if (!forming && !outline.stated) {
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
      if (projects.length === 0 && responsibilities.length === 0) {
        this.note(
          'problem',
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
      this.positions.set(positionKey([...path, 'projects', p]), project.at)
      project.links.forEach((_, l) =>
        this.positions.set(positionKey([...path, 'projects', p, 'links', l]), project.at)
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
      links,
      ...this.people(people, at, name),
      ...(outline.lead ? { lead: { name: outline.lead } } : {}),
      responsibilities,
      relations: [],
      roles: [...(outline.roles ?? []), ...hiringRoles(people)].map((title) => ({
        title,
        technologies: [],
        status: 'open' as const
      }))
    }
    return { team, prose, at, path }
  }

  /** Names from one line of a stack list; unknown ones join the registry as tooling. */
  private stackItem(item: ListItem, where: string, stack: string[], path: DataPath): void {
    const text = plainText(item.inline)
    // "[sg](https://docs.acme.com/dev/sg)": a tool the organization documents on its own pages
    // or keeps in its own repositories is its in-house tool, not a technology.
    const spans = item.inline.spans.filter((span) => span.text.trim() !== '')
    // A technology the dictionary knows stays one: "[GitHub](/github)" links to the handbook's
    // page on how the organization uses GitHub.
    if (
      spans.length === 1 &&
      spans[0].href !== undefined &&
      linksToOrganization(spans[0].href, this.linkedCompany) &&
      this.dictionary.lookup(cleanName(text)) === undefined
    ) {
      this.note(
        'skipped',
        item.at,
        `"${excerpt(text)}" in the stack of ${where} links to the organization's own pages: an in-house tool, not made a technology`
      )
      return
    }
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
      // A sentence under a stack-like introduction ("Make sure we are making the most of the
      // data we collect and create, …" under "Tech Portfolio Vision:") is a goal, not a list of
      // names: only the technologies the dictionary knows are read from it.
      const sentence = line.text.trim().split(/\s+/u).length > SENTENCE_WORDS
      const named = sentence ? reading.names.filter((reading) => reading.known) : reading.names
      const names = named.map(({ name, known }) => {
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
        this.positions.set(positionKey([...path, 'stack', stack.length]), line.at)
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
        } else if (block.kind === 'list' && !block.items.some((item) => this.teamItems.has(item))) {
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
    return [...new Set(this.dictionary.find(withoutAddresses(text)).map((match) => match.name))]
  }

  /** Keeps http, https and mailto links (the app opens nothing else); reports the rest. */
  private addLink(links: Link[], span: Span, where: string): void {
    const href = (span.href ?? '').trim()
    const url = this.resolve(href)
    if (url === undefined) {
      this.note(
        'skipped',
        span.at,
        `link "${excerpt(span.text.replace(/\s+/gu, ' ').trim() || href)}" in ${where} left out: "${excerpt(href)}" is relative; pass --base-url (where the guide is published) to resolve it`
      )
      return
    }
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

  /**
   * A link's target as the catalog keeps it: relative ones resolved against --base-url, or left
   * out (counted, and the first one's place noted) when there is none.
   */
  private resolve(url: string): string | undefined {
    if (url === '' || /^[a-z][a-z0-9+.-]*:/iu.test(url)) return url
    const base = this.options.baseUrl ?? this.options.mapping?.baseUrl
    if (base) {
      try {
        return new URL(url, base).href
      } catch {
        return url
      }
    }
    return undefined
  }

  private note(
    kind: ImportNote['kind'] | 'ambiguous',
    at: { line: number; column?: number },
    message: string
  ): void {
    this.notes.push({
      kind: kind === 'ambiguous' ? 'problem' : kind,
      line: at.line,
      column: at.column ?? 1,
      message
    })
  }

  /**
   * What a list under a team holds when no introduction says: projects, unless every item is a
   * link alone (links), a technology's name alone (the stack) or a person (the team's people):
   * a list of links or of tools is never a list of projects.
   */
  private plainListKind(items: ListItem[]): ListKind | 'people' {
    const texts = items.map((item) => plainText(item.inline))
    // People, the roles the team hires for and who supports it ("Product: Supported by …").
    const aboutPeople = texts.filter(
      (text) => PERSON_LINE.test(text) || HIRING_LINE.test(text) || SUPPORT_LINE.test(text)
    ).length
    if (items.length > 0 && aboutPeople === items.length && texts.some((t) => PERSON_LINE.test(t)))
      return 'people'
    if (
      texts.filter((text) => PERSON_LINE.test(text)).length * 2 >= items.length &&
      items.length > 0
    )
      return 'people'
    const linkOnly = items.every((item) => {
      const spans = item.inline.spans.filter((span) => span.text.trim() !== '')
      return (
        spans.length > 0 &&
        spans.every((span) => span.href !== undefined || /^[\s,;:–—-]*$/u.test(span.text))
      )
    })
    if (linkOnly && item0HasLink(items)) return 'links'
    if (
      texts.length > 0 &&
      texts.every(
        (text) => this.dictionary.lookup(text.replace(/[.;,]$/u, '').trim()) !== undefined
      )
    )
      return 'stack'
    return 'projects'
  }

  /** The lead and headcount a list of the team's people gives ("Alice (Team lead, Engineer)"). */
  private people(lines: string[], at: Position, name: string): Pick<Team, 'lead' | 'members'> {
    const people = lines.filter(
      (line) => PERSON_LINE.test(line) && !/^_?(?:hiring|incoming)\b/iu.test(line)
    )
    if (people.length === 0) return {}
    const leadLine = people.find((line) => /\b(?:team )?lead\b/iu.test(line))
    const leadName = leadLine ? cleanName(leadLine.replace(/\s*\(.*$/u, '')) : ''
    this.note(
      'inferred',
      at,
      `team "${name}": ${people.length} people listed${leadName ? `, led by ${leadName}` : ''}`
    )
    return {
      members: people.length,
      ...(leadName && leadName.length <= 200 ? { lead: { name: leadName } } : {})
    }
  }
}

function describeRole(role: OutlineEntry['role']): string {
  return role === 'team-part'
    ? 'part of a team'
    : role === 'skip'
      ? 'not a team (skipped)'
      : `a ${role}`
}

/** An outline entry as the plan gives it: without the blocks it was read from. */
function plainEntry(entry: GuideEntry): OutlineEntry {
  return {
    key: entry.key,
    label: entry.label,
    line: entry.line,
    ...(entry.column !== undefined ? { column: entry.column } : {}),
    role: entry.role,
    inferred: entry.inferred,
    reason: entry.reason,
    ...(entry.sure ? {} : { guessed: true }),
    children: entry.children.map(plainEntry)
  }
}

/** A cell's list (`,` `;` `|` separated) as names a catalog can hold. */
function listCell(cell: Inline | undefined): string[] {
  if (!cell) return []
  return plainText(cell)
    .split(/[,;|]/u)
    .map((piece) => cleanName(piece))
    .filter((piece) => piece.length > 0 && piece.length <= 200)
}

/** The first person a lead cell names: its first link's text, or its text up to a comma. */
function leadName(cell: Inline): string | undefined {
  const link = cell.spans.find((span) => span.href !== undefined && span.text.trim())
  const text = cleanName(
    (link?.text ?? plainText(cell)).replace(/^[*•-]\s*/u, '').split(/[,;(]/u)[0]
  )
  return text && text.length <= 200 ? text : undefined
}

function paragraph(text: string, at: Position): Block {
  return { kind: 'paragraph', inline: { spans: [{ text, at }], at } }
}

function syntheticHeading(text: string, at: Position): HeadingBlock {
  return { kind: 'heading', depth: 6, inline: { spans: [{ text, at }], at } }
}

/** A table's stack cell as the list a stack section would hold: one item per `,` `;` `|` piece. */
function stackList(cell: Inline, at: Position): Block {
  const items: ListItem[] = plainText(cell)
    .split(/[,;|]/u)
    .map((piece) => piece.trim())
    .filter(Boolean)
    .map((piece) => ({
      inline: { spans: [{ text: piece, at }], at },
      details: [],
      children: [],
      at
    }))
  return { kind: 'list', items, at }
}

/** "Hiring for a full stack engineer": an open role in a team's people list. */
const HIRING_LINE = /^_?(?:we(?:'|’| a)re )?(?:hiring|now hiring)(?: for)?\b/iu
const SUPPORT_LINE = /^[\p{L} ]{2,30}:\s*supported by\b/iu

/** The roles a people list says the team hires for: "Hiring for a [full stack engineer]". */
function hiringRoles(lines: string[]): string[] {
  return lines.flatMap((line) => {
    const found =
      /^_?(?:we(?:'|’| a)re )?(?:hiring|now hiring)(?: for)?\s+(?:an?\s+)?(.+?)_?$/iu.exec(line)
    const title = found ? cleanName(found[1].replace(/_/gu, '')) : ''
    return title && title.length <= 200 ? [title.charAt(0).toUpperCase() + title.slice(1)] : []
  })
}

function item0HasLink(items: ListItem[]): boolean {
  return items[0]?.inline.spans.some((span) => span.href !== undefined) ?? false
}

function listKind(text: string): ListKind | undefined {
  if (LINKS_INTRO.test(text)) return 'links'
  if (WORK_INTRO.test(text) && !STACK_INTRO.test(text)) return 'responsibilities'
  if (OWNERSHIP_INTRO.test(text) && !STACK_INTRO.test(text)) return 'responsibilities'
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
