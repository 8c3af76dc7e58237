import type { Diagnostic } from '../catalog/diagnostic'
import { MAX_GROUP_DEPTH, type CatalogFile, type Group } from '../catalog/schema'
import { textSizeProblem } from '../catalog/size-limit'
import { limitNames, limitSummaries } from './text-limit'
import type { DataPath } from '../catalog/source'
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../catalog/name-text'
import { TechnologyDictionary } from '../technology/technology-dictionary'
import { familyOf } from '../technology/dictionary/known-technologies'
import { withBoldLabelHeadings } from './bold-label-headings'
import { chartEchoes } from './chart-echoes'
import { readingTeams } from './page-reading'
import { readFrontMatter, type FrontMatter } from './front-matter'
import { htmlPageMarkdown } from './html-page'
import { withoutExampleChoices } from './example-choices'
import { companysOwnName, nameCompany, peopleTitleCompany } from './guide-company'
import type { GuideContext, ImportOptions } from './guide-context'
import { KeyMaker, rekey, type EntrySource, type GuideEntry } from './guide-entry'
import { drawsChart, foundIn } from './found-entries'
import {
  isOffer,
  leftOutBlocks,
  listsThePagesTeams,
  mayListTeams,
  namedTeamsOffer,
  teamsOfOffer
} from './left-out-blocks'
import { teamsNamedInText } from './prose-teams'
import { markMemberLists, readSections, type Section } from './guide-sections'
import { readGuideStructure } from './guide-structure'
import { withoutToolSections, withToolTitleTeam } from './tool-sections'
import { withPlainTitleLine } from './plain-title-line'
import { teamCalls } from './called-a-team'
import { projectlessNotes, readTeam, technologiesIn, type TeamDraft } from './guide-team'
import { UniqueIds } from './ids'
import { excerpt, ImportNotes } from './import-notes'
import type { ImportPlan, ImportResult, OutlineEntry } from './import-plan'
import {
  documentText,
  linkedOrganization,
  mostLinkedOrganizationKey,
  pageLinks,
  type PageLinks,
  workspaceOrganizationKeys
} from './linked-organization'
import {
  plainText,
  readBlocks,
  type Block,
  type Inline,
  type ListItem,
  type Position
} from './markdown-blocks'
import { cleanName, droppedCharactersNote, headingText, type Part } from './outline'
import { pageOwnNames, pageTitle } from './page-own-names'
import { pageSubject } from './page-subject'
import { locateIn, positionKey } from './positions'
import { headingKind, titleKind } from './section-headings'
import { nameBases, teamNameAsRead } from './team-name'
import { teamKey } from './unit-key'
import { describeTeamlessPage } from './teamless-page'
import { blankTemplateTags, memberListLines } from './template-tags'
import { blankModuleLines } from './module-lines'
import { withoutTeamsOwnName } from './team-own-name'
import { declaredSource, teamSource } from './team-sources'

type Team = CatalogFile['divisions'][number]['teams'][number]
type Division = CatalogFile['divisions'][number]

/**
 * Reads a team guide written in markdown into a catalog (schema version 2: divisions, groups,
 * teams with responsibilities, leads and roles), deciding what each section is from what it
 * holds (see guide-structure.ts), and says what it inferred, skipped and guessed. Pure: no
 * I/O, never throws for any input.
 */
export function importGuide(markdown: string, options: ImportOptions): ImportResult {
  const { file } = options
  const tooLarge = textSizeProblem(file, markdown)
  if (tooLarge) return { ok: false, errors: [tooLarge] }
  const front = readFrontMatter(markdown)
  const written = front?.body ?? markdown
  // A page written in HTML (a site's teams.html) is read as the markdown it shows.
  const body = htmlPageMarkdown(written) ?? written
  const blocks = withPlainTitleLine(blocksOf(blankTemplateTags(blankModuleLines(body))))
  const frontTitle =
    front?.title !== undefined
      ? { text: cleanName(front.title), at: { line: front.line, column: 1 } }
      : undefined
  const root = readSections(withBoldLabelHeadings(titledChart(blocks, frontTitle)))
  markMemberLists(root, memberListLines(body))
  const text = documentText(blocks)
  const links = pageLinks(blocks)
  // Where the page calls its sections teams: read once, for the structure and the tool check.
  const calls = teamCalls(text)
  const attempt = (guessOneList: boolean) => {
    const structure = readGuideStructure(
      root,
      text,
      calls,
      frontTitle,
      options.mapping?.reading,
      front?.owner
    )
    const build = new GuideImport(options, linkedOrganization(links), guessOneList)
    if (front) build.frontMatter(front)
    // A heading per tool reads as teams by its shape; only the dictionary tells tools by name.
    // "The iOS team builds …": a name the page calls a team's is no tool's, however it is spelled.
    const namesTool = (label: string) =>
      build.namesTechnology(label) && !calls.has(label.toLowerCase())
    const outline = withToolTitleTeam(
      withoutToolSections(structure.outline, namesTool),
      text,
      namesTool
    )
    return { ...structure, outline, build, plan: build.run(outline, blocks, root, text, links) }
  }
  let { outline, reading, build, plan } = attempt(false)
  // A page with no heading that gives no team: its one list may be its teams (a README's).
  if (!plan && !blocks.some((block) => block.kind === 'heading')) {
    ;({ outline, reading, build, plan } = attempt(true))
  }
  if (plan) {
    // One line saying how the whole page was read, so a user sees why teams came out as they did.
    const at = outline[0] ?? { line: 1, column: 1 }
    plan.notes.unshift({
      kind: reading.close ? 'guessed' : 'inferred',
      line: at.line,
      ...(at.column !== undefined ? { column: at.column } : {}),
      // No reading of the page found a team: the teams are the ones the mapping made of its
      // offered lists, tables or named teams.
      message: Number.isFinite(reading.chosen.score)
        ? `page ${reading.summary}`
        : 'page read as no teams of its own: its teams are those of its lists or text made teams'
    })
    plan.reading = {
      kind: reading.chosen.kind,
      summary: reading.summary,
      close: reading.close,
      // What a mapping may ask for: the other kinds of reading that find a team.
      others: [
        ...new Set(
          reading.others.filter((other) => Number.isFinite(other.score)).map((other) => other.kind)
        )
      ].filter((kind) => kind !== reading.chosen.kind),
      asked: reading.asked
    }
    if (reading.close) plan.guessed = true
    const asked = options.mapping?.reading
    if (asked && !reading.asked) {
      plan.notes.unshift({
        kind: 'problem',
        line: at.line,
        ...(at.column !== undefined ? { column: at.column } : {}),
        message: `the mapping asks to read the page as ${asked}, which it cannot be read as: ${reading.summary}`
      })
    }
  }
  if (!plan) {
    const teamless = describeTeamlessPage(blocks, outline.map(plainEntry))
    // The page's parts, their roles as the mapping gave them (run applied it): the preview's
    // choices to say which of them are the teams.
    const failed = failure(file, teamless.line, teamless.message, teamless.hint)
    // What the mapping names that the guide lacks, or gives a role it cannot take, may be why:
    // the notes that say so are not shown when the import fails.
    const errors = [
      ...failed.errors,
      ...build.mappingProblems.map((problem) => ({ file, ...problem }))
    ]
    return outline.length > 0
      ? { ok: false, errors, outline: outline.map(plainEntry) }
      : { ok: false, errors }
  }
  return { ok: true, value: plan }
}

/**
 * The last text read and its blocks. The import preview imports one source again at each choice
 * (a role, a reading, a company name), and reading the markdown is a fifth of a large guide's
 * import (1.2 of 5.3 s at 5 MB): the same text is read once. Blocks are never changed once read
 * (tests import every dev guide twice and compare). Held weakly, so a large guide's blocks do
 * not outlive their use.
 */
let lastRead: { text: string; blocks: WeakRef<Block[]> } | undefined

function blocksOf(text: string): Block[] {
  const kept = lastRead?.text === text ? lastRead.blocks.deref() : undefined
  if (kept) return kept
  const blocks = readBlocks(text)
  lastRead = { text, blocks: new WeakRef(blocks) }
  return blocks
}

/**
 * A page with no heading, its title only in front matter, whose body draws a chart as a nested
 * list ("- **Records** / - Cataloguing …"): read as it would be under an H1 of its title, so its
 * list is the page's own structure rather than an introduction outside any team. Blocks are
 * never changed: a new array when the heading is added.
 */
function titledChart(blocks: Block[], title: { text: string; at: Position } | undefined): Block[] {
  if (!title?.text || blocks.some((block) => block.kind === 'heading')) return blocks
  const nests = blocks.some(
    (block) =>
      block.kind === 'list' && block.items.filter((item) => item.children.length > 0).length >= 2
  )
  if (!nests) return blocks
  const heading: Block = {
    kind: 'heading',
    depth: 1,
    inline: { spans: [{ text: title.text, at: title.at }], at: title.at }
  }
  return [heading, ...blocks]
}

function failure(
  file: string,
  line: number,
  message: string,
  hint?: string
): { ok: false; errors: Diagnostic[] } {
  const diagnostic: Diagnostic = { file, line, column: line > 0 ? 1 : 0, message }
  return { ok: false, errors: [hint ? { ...diagnostic, hint } : diagnostic] }
}

/** Guesses reported one by one; past this many, one line counts the rest. */
const MAX_GUESS_NOTES = 50

/** A project's governing body, named after the project: "… Governance Committee", "… Steering Council". */
const GOVERNING_BODY =
  /^\p{Lu}.*\s(?:(?:community|technical)\s+)?(?:governance|steering|oversight|advisory)\s+(?:committee|council|board)$/iu

/** Where the catalog's next team or group goes: a division, or a group inside one. */
interface Container {
  teams: Team[]
  groups?: Group[]
  path: DataPath
  depth: number
  /** The names of the units it is and is in, outermost first (none for a made-up division). */
  names: string[]
}

/** Builds the catalog from a guide's outline: units open containers, teams fill them. */
class GuideImport {
  private readonly context: GuideContext
  private readonly notes: ImportNotes
  /** What the mapping got wrong (a key the outline lacks, a role its entry cannot take). */
  readonly mappingProblems: { line: number; column: number; message: string }[] = []
  private readonly positions: Map<string, Position>
  private readonly ids: UniqueIds
  private readonly divisions: Division[] = []
  private readonly drafts: TeamDraft[] = []
  private defaultDivision: Division | undefined
  /** Where the made-up division's first team is, and what named it: said once the walk ends. */
  private defaultDivisionNote: { at: Position; stated: boolean } | undefined
  private frontCompany: { name: string; line: number } | undefined
  /** The lead and headcount the front matter gives the page's team (a one-team page's). */
  private frontTeam: FrontMatter['team']
  /** The group a one-team page's front matter names inside its division, once opened. */
  private frontGroup: Container | undefined
  private titleCompany: { name: string; at: Position; text: string; chosen?: boolean } | undefined
  /**
   * The organization front matter's title names ("title: Tremor Teams"), for a page whose own
   * heading names none ("# Team"): the page's title all the same.
   */
  private frontTitleCompany: { name: string; at: Position; text: string } | undefined
  private guessed = false
  /** Teams made so far by name, and whether from a line or row (stated) or a heading. */
  private readonly teamsByName = new Map<
    string,
    {
      stated: boolean
      line: number
      team: Team
      draft: TeamDraft
      container: Container | undefined
      table?: object
    }
  >()
  /** List items read as teams or groups: their lists are no leftover text of a unit. */
  private readonly teamItems = new Set<ListItem>()
  /** A chart node's other declarations of its team (chart-echoes.ts), and the node of each. */
  private echoes = new Map<GuideEntry, GuideEntry[]>()
  private readonly chartNodeOf = new Map<GuideEntry, GuideEntry>()

  constructor(
    private readonly options: ImportOptions,
    linkedCompany: string | undefined,
    /**
     * Read the introduction's one offered list as the page's teams, as a guess: for a page with
     * no heading that gave no team otherwise (a README that lists its teams).
     */
    private readonly guessOneList = false
  ) {
    this.context = {
      options,
      notes: new ImportNotes(),
      dictionary: new TechnologyDictionary(options.knownTechnologies),
      ids: new UniqueIds(),
      positions: new Map(),
      technologyAt: new Map(),
      linkedCompany
    }
    this.notes = this.context.notes
    this.positions = this.context.positions
    this.ids = this.context.ids
  }

  /** Whether a label is wholly a technology the import's dictionary knows ("Jira", "Sentry"). */
  namesTechnology(label: string): boolean {
    return this.context.dictionary.lookup(label) !== undefined
  }

  frontMatter(front: NonNullable<ReturnType<typeof readFrontMatter>>): void {
    const at = { line: 1, column: 1 }
    if (front.problem) this.notes.add('problem', at, front.problem)
    else
      this.notes.add(
        'inferred',
        at,
        `front matter${front.title ? ` (title "${front.title}")` : ''} read and left out of the text`
      )
    if (front.company) this.frontCompany = { name: cleanName(front.company), line: 1 }
    const title = front.title !== undefined ? cleanName(front.title) : undefined
    const kind = title !== undefined ? titleKind(title, false) : undefined
    if (title !== undefined && kind?.role === 'company')
      this.frontTitleCompany = { name: kind.name, at: { line: front.line, column: 1 }, text: title }
    if (front.team) this.frontTeam = front.team
  }

  /** The catalog the outline gives, or undefined when it holds no team. */
  run(
    outline: GuideEntry[],
    blocks: Block[],
    root: Section,
    /** documentText of the blocks. */
    text: string,
    /** pageLinks of the blocks. */
    links: PageLinks
  ): ImportPlan | undefined {
    const mapping = this.options.mapping
    const known = new Set<string>()
    let guesses = 0
    const applyMapping = (entries: GuideEntry[]): void => {
      for (const entry of entries) {
        known.add(entry.key)
        const chosen = mapping?.roles[entry.key]
        if (chosen) {
          entry.role = chosen
          if (chosen === 'division' || chosen === 'group') this.listedTeamsOf(entry)
        } else if (entry.sure && (entry.role === 'division' || entry.role === 'group')) {
          this.notes.add(
            'inferred',
            entry,
            `read "${entry.label}" as ${describeRole(entry.role)}: ${entry.reason}`
          )
        } else if (!entry.sure) {
          this.guessed = true
          // The first guesses, each at its line, say enough; the outline marks every one.
          if (++guesses <= MAX_GUESS_NOTES) {
            this.notes.add(
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
    this.offerLeftOutBlocks(outline, root, known)
    this.echoes = chartEchoes(outline)
    for (const [node, others] of this.echoes)
      for (const other of others) this.chartNodeOf.set(other, node)
    if (guesses > MAX_GUESS_NOTES) {
      this.notes.add(
        'guessed',
        { line: 1, column: 1 },
        `and ${guesses - MAX_GUESS_NOTES} more guesses: the outline (--json) marks each one`
      )
    }
    for (const key of Object.keys(mapping?.roles ?? {})) {
      if (!known.has(key)) {
        this.mappingProblem(
          { line: 1, column: 1 },
          `the mapping gives a role to "${key}", which is not in the guide's outline (renamed or removed?)`
        )
      }
    }
    this.reportDroppedCharacters(blocks)

    // Text before the first heading describes the company.
    const companySummary: string[] = [this.proseOf(root)].filter(Boolean)
    this.walk(outline, undefined, companySummary)
    this.noteDefaultDivision()
    this.noteSameNames()
    if (this.drafts.length === 0) return undefined
    // A page read as its one team has no company entry: its title may still name the project.
    const titleCompany = this.titleCompany ?? this.frontTitleCompany
    const titled = titleCompany ?? peopleTitleCompany(blocks)
    const linkedKey = mostLinkedOrganizationKey(links)
    const company = nameCompany(
      {
        summary: companySummary.filter(Boolean).join(' '),
        text: [
          ...this.divisions.map((division) => division.summary),
          ...this.drafts.map((draft) => draft.team.summary)
        ],
        ...(this.frontCompany ? { front: this.frontCompany } : {}),
        ...(titled ? { title: { name: titled.name, at: titled.at } } : {}),
        ...(titleCompany ? { titleText: titleCompany.text } : {}),
        ...(this.titleCompany?.chosen ? { titleChosen: true } : {}),
        document: text,
        blocks,
        linkedKeys: new Set(links.linked.keys()),
        ...(linkedKey !== undefined ? { linkedSites: links.sites.get(linkedKey) } : {}),
        ...(linkedKey !== undefined ? { linkedKey } : {})
      },
      this.context
    )
    const companysOwn = companysOwnName(company.name, this.context)
    const pageOwn = pageOwnNames(
      pageTitle(blocks),
      // A page that names its organisation (front matter, title, mapping) links the products
      // it uses; one that does not goes by the organisation its links name.
      [
        ...(this.frontCompany || this.titleCompany || this.options.mapping?.company
          ? []
          : [linkedKey].filter((key) => key !== undefined)),
        ...workspaceOrganizationKeys(links)
      ],
      this.context.dictionary,
      this.drafts.map(({ team }) => team.name)
    )
    const ownName = (name: string): boolean =>
      companysOwn(name) || pageOwn.has(this.context.dictionary.lookup(name)?.name ?? name)

    projectlessNotes(this.drafts, this.context)
    // Mentions last: a name one team's stack introduced is then found in every team's text.
    const named = this.drafts.map(({ team, peopleUse }, d) => [
      ...new Set([
        ...technologiesIn(
          this.context.dictionary,
          withoutExampleChoices(withoutTeamsOwnName(this.drafts[d].prose.join('\n'), team.name))
        ),
        ...peopleUse
      ])
    ])
    // What most teams name is the product they are parts of, not a technology of each.
    const subject = pageSubject(
      this.drafts.map(({ team }, d) => [
        ...named[d],
        ...team.projects.flatMap((project) => project.technologies)
      ]),
      this.drafts.map(({ team }) => team.stack)
    )
    for (const name of subject.whole)
      this.notes.add(
        'inferred',
        { line: 1, column: 1 },
        `"${name}" is mentioned by most teams: read as the product they work on, not a technology of each`
      )
    for (const name of subject.mentioned)
      this.notes.add(
        'inferred',
        { line: 1, column: 1 },
        `"${name}" is mentioned by most teams: kept where a team's stack lists it, not added for the teams that only mention it`
      )
    for (const [d, draft] of this.drafts.entries()) {
      const { team } = draft
      // A product of the company's own family ("Grafana Loki" at Grafana Labs) is no technology
      // of its teams, even in a stated stack; the company's own name there is kept, said outright.
      this.dropFromStack(draft, (name) => familyOf(name) !== null && companysOwn(name))
      this.dropOwnName(draft, (name) => ownName(name) || subject.whole.has(name))
      team.mentions = named[d].filter(
        (name) =>
          !team.stack.includes(name) &&
          !ownName(name) &&
          !subject.whole.has(name) &&
          !subject.mentioned.has(name)
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
    const technologies = this.context.dictionary.registryFor(used)
    technologies.forEach((technology, i) =>
      this.positions.set(
        positionKey(['technologies', i]),
        this.context.technologyAt.get(technology.name) ?? { line: 1, column: 1 }
      )
    )

    const catalog: CatalogFile = {
      schemaVersion: 2,
      company,
      technologies,
      divisions: this.divisions
    }
    limitSummaries(catalog, (where) =>
      this.notes.add(
        'inferred',
        { line: 1, column: 1 },
        `the summary of ${where} cut at ${MAX_TEXT_LENGTH.toLocaleString('en-US')} characters, as long as a catalog's summary may be`
      )
    )
    const positions = this.positions
    const locate = locateIn(positions)
    limitNames(catalog, (where, path, kept) =>
      this.notes.add(
        'inferred',
        locate(path),
        `the name of ${where} cut at ${MAX_NAME_LENGTH} characters, as long as a catalog's name may be${kept ? ': its whole text is its summary' : ''}`
      )
    )
    return {
      format: 'markdown',
      outline: outline.map(plainEntry),
      notes: this.notes.inReadingOrder(),
      guessed: this.guessed,
      catalog,
      locate
    }
  }

  /**
   * Fills a team first read from a line or row with what its own section says, where the line
   * said nothing of it: read at the team's place, the section's reading keeps the line's name
   * and position, and its prose is searched for mentions with the team's.
   */
  private fillFromSection(first: TeamDraft, entry: GuideEntry): void {
    const had = first.team
    // The section is read at the team's place; where the line's own stack and projects stay,
    // so do their positions.
    const kept = [
      [],
      ...had.stack.map((_, i) => ['stack', i]),
      ...had.projects.flatMap((project, p) => [
        ['projects', p],
        ...project.links.map((_, l) => ['projects', p, 'links', l])
      ])
    ].map((tail) => positionKey([...first.path, ...tail]))
    const before = kept.map((key) => this.positions.get(key))
    const source = declaredSource(entry, this.echoes, this.notes)
    source.name = had.name
    const { team, prose, projectless, peopleUse } = readTeam(source, first.path, this.context)
    if (projectless) first.projectless = true
    first.peopleUse.push(...peopleUse.filter((name) => !first.peopleUse.includes(name)))
    kept.forEach((key, k) => {
      const at = before[k]
      if (at) this.positions.set(key, at)
      else this.positions.delete(key)
    })
    // A contents line's text is the name it links: no description of the team.
    if (teamKey(had.summary) === teamKey(had.name) || !had.summary) had.summary = team.summary
    if (had.stack.length === 0) had.stack = team.stack
    if (had.projects.length === 0) had.projects = team.projects
    if (had.links.length === 0) had.links = team.links
    if (had.responsibilities.length === 0) had.responsibilities = team.responsibilities
    if (had.roles.length === 0) had.roles = team.roles
    if (!had.lead && team.lead) had.lead = team.lead
    if (had.members === undefined && team.members !== undefined) had.members = team.members
    first.prose.push(...prose)
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

  /**
   * The lists and tables no entry reads, in the introduction and in the sections read as the
   * company, a unit or no team, each made an outline entry of its own (leftOutBlocks): "its
   * items are no teams" unless a mapping makes it Team, when each item or row is read as under
   * a "Teams" heading and becomes a team entry below it. A page whose teams are a plain list the
   * rules did not take (an introduction's bullets, a list beside sections that are teams) is
   * mended by one choice, in the preview or a mapping.
   */
  private mappingProblem(at: { line: number; column?: number }, message: string): void {
    this.notes.add('problem', at, message)
    this.mappingProblems.push({ line: at.line, column: at.column ?? 1, message })
  }

  private offerLeftOutBlocks(outline: GuideEntry[], root: Section, known: Set<string>): void {
    // What the outline reads already: tables of its rows, and its teams' names.
    const usedTables = new Set<Block>()
    const teamNames = new Set<string>()
    const collect = (entries: GuideEntry[]): void => {
      for (const entry of entries) {
        if (entry.source.kind === 'row') usedTables.add(entry.source.table)
        if (entry.role === 'team') teamNames.add(teamKey(entry.label))
        collect(entry.children)
      }
    }
    collect(outline)
    const taken = new UniqueIds()
    for (const key of known) taken.claimBase(key)
    const offer = (blocks: Block[], parentKey: string, into: GuideEntry[]): void => {
      const offered = leftOutBlocks(blocks, parentKey, taken, (block) =>
        block.kind === 'list' ? this.usedList(block.items) : usedTables.has(block)
      )
      const named = namedTeamsOffer(blocks, parentKey, taken, teamNames)
      if (named) offered.push(named)
      const choose = (entries: GuideEntry[]): void => {
        for (const entry of entries) {
          known.add(entry.key)
          choose(entry.children)
          const chosen = this.options.mapping?.roles[entry.key]
          if (chosen === 'team') this.readOfferedTeams(entry, known)
          else if (chosen && chosen !== 'skip')
            this.mappingProblem(
              entry,
              `the mapping makes "${entry.label}" ${describeRole(chosen)}: a list, a table or the teams a text names can be made teams (team) or left out (skip)`
            )
        }
      }
      choose(offered)
      if (offered.length === 0) return
      into.push(...offered)
      into.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0))
    }
    // A team's lists are its own (projects, stack, work); a part no team holds is left out.
    const visit = (entries: GuideEntry[]): void => {
      for (const entry of [...entries]) {
        if (entry.source.kind !== 'section' || entry.role === 'team') continue
        visit(entry.children)
        offer(entry.source.section.blocks, entry.key, entry.children)
      }
    }
    visit(outline)
    offer(root.blocks, '', outline)
    const lists = outline.filter((entry) => entry.source.kind === 'block')
    if (
      this.guessOneList &&
      lists.length === 1 &&
      !this.options.mapping?.roles[lists[0].key] &&
      listsThePagesTeams(lists[0].source, root.blocks)
    ) {
      const [list] = lists
      this.readOfferedTeams(list, known, 'guess')
      list.inferred = 'team'
      list.sure = false
      list.reason = 'the page has no heading and no other team: its one list read as its teams'
    }
  }

  /**
   * A list, a table or a text's named teams a mapping makes Team: each item, row or team an
   * entry below it (teamsOfOffer), with the role the mapping gives it ("Search" of the list
   * skipped).
   */
  private readOfferedTeams(
    entry: GuideEntry,
    known: Set<string>,
    /** A mapping's choice, or the importer's guess (guessOneList), which --check fails on. */
    by: 'mapping' | 'guess' = 'mapping'
  ): void {
    entry.role = 'team'
    const what =
      entry.source.kind === 'block' ? `the ${entry.source.block.kind}` : 'the teams the text names'
    const made = by === 'mapping' ? 'made teams by the mapping' : 'read as the teams, a guess'
    const found = teamsOfOffer(entry.source)
    if (found.length === 0) {
      this.notes.add('problem', entry, `${what} ${made} names no team`)
      return
    }
    const keys = new KeyMaker()
    entry.children = found.map((team) => rekey(team, entry.key, keys, true))
    for (const child of entry.children) {
      known.add(child.key)
      const chosen = this.options.mapping?.roles[child.key]
      if (chosen) child.role = chosen
      if (child.source.kind === 'item') this.teamItems.add(child.source.item)
    }
    // An item or row the mapping skips ("Growth") is no team: the note counts it apart.
    const skipped = entry.children.filter((child) => child.role === 'skip').length
    const teams = found.length - skipped
    if (by === 'guess') this.guessed = true
    this.notes.add(
      by === 'mapping' ? 'inferred' : 'guessed',
      entry,
      `${what} ${made}: ${teams === 1 ? 'one team' : `${teams} teams`}${skipped > 0 ? `, ${skipped} skipped` : ''}${by === 'guess' ? ' (the page has no heading; say so in a mapping to be sure)' : ''}`
    )
  }

  /** Builds the catalog from the outline: units open containers, teams fill them, parts join teams. */
  private walk(
    entries: GuideEntry[],
    container: Container | undefined,
    summary: string[],
    outline: GuideEntry[] = entries
  ): void {
    let besideBases: Map<string, number> | undefined
    let onlyTeam: boolean | undefined
    for (const entry of entries) {
      const at = { line: entry.line, column: entry.column ?? 1 }
      // A list or table offered to be made teams holds them, if it was, in the unit it is in;
      // left out, the lists nested in it may have been.
      if (isOffer(entry.source)) {
        const held =
          entry.role === 'team'
            ? entry.children
            : entry.children.filter((child) => child.source.kind === 'block')
        this.walk(held, container, summary, outline)
        continue
      }
      switch (entry.role) {
        case 'company': {
          // Inside a division, group or team, a heading is no company: the company is above
          // every unit. Its sections and teams stay where they are, the heading left out.
          if (container) {
            this.notes.add(
              'skipped',
              at,
              `"${entry.label}" left out: the company is the page's top heading, above every unit, not a heading inside one`
            )
            this.walk(entry.children, container, summary, outline)
            break
          }
          if (entry.source.kind === 'section') summary.push(this.proseOf(entry.source.section))
          const kind = titleKind(entry.label, true)
          // A heading a mapping makes the company names it, whatever its words read as.
          const chosen = entry.inferred !== 'company'
          if ((kind.role === 'company' || chosen) && !this.titleCompany) {
            const name = kind.role === 'company' ? kind.name : cleanName(entry.label)
            if (name)
              this.titleCompany = { name, at, text: entry.label, ...(chosen ? { chosen } : {}) }
          }
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
                : entry.source.kind === 'chart'
                  ? chartUnitText(entry.source.node.note)
                  : ''
          if (entry.role === 'division' && entry.inferred !== 'division' && container) {
            // A choice that changes nothing must say so, and what would make it a division.
            const above = container.names[0]
            this.notes.add(
              'inferred',
              at,
              above
                ? `"${name}" made a division inside division "${above}" is read as a group of it: a catalog has one level of divisions (make "${above}" the company, or skip it, for "${name}" to be a division)`
                : `"${name}" made a division inside a division is read as a group of it: a catalog has one level of divisions`
            )
          }
          if (entry.role === 'group' && entry.inferred !== 'group' && !container)
            this.notes.add(
              'inferred',
              at,
              `"${name}" made a group with no division above it is read as a division: a group sits in a division (make an entry above it a division for "${name}" to be a group)`
            )
          const unit = this.openUnit(entry.role, name, text, at, container)
          this.walk(entry.children, unit, summary, outline)
          this.closeUnit(unit, entry, at)
          break
        }
        case 'team': {
          this.companyOfTeamTitle(entry, at)
          // A team the page's chart draws is built at its node, with what this line says.
          const node = this.chartNodeOf.get(entry)
          if (node) {
            this.notes.add(
              'inferred',
              at,
              `"${entry.label}" is drawn in the chart (line ${node.line}): read as the same team, placed where the chart puts it`
            )
            this.walkBeside(entry, container, summary, outline)
            break
          }
          // The same team listed twice, once as a line or row and once under its own heading
          // (a table of teams, then a section per team), is one team: the first reading stays.
          const seen = this.teamsByName.get(teamKey(entry.label))
          const stated = entry.source.kind !== 'section'
          // So is a team named again in another table (a table of the working groups, then a
          // table of their leads), or in a list and then a table of the same unit ("WG lists"
          // naming "Istio WG", then "WG leads" with its row "Istio"): what the second line says
          // about it fills what the first lacks.
          const table = entry.source.kind === 'row' ? entry.source.table : undefined
          const again =
            seen !== undefined &&
            seen.stated &&
            stated &&
            seen.table !== table &&
            (seen.table === undefined || table === undefined ? seen.container === container : true)
          if (seen && (seen.stated !== stated || again)) {
            this.notes.add(
              'inferred',
              at,
              `"${entry.label}" is listed again (line ${seen.line}): read as the same team`
            )
            if (again) {
              const { lead } = teamSource(entry, this.notes)
              if (lead && !seen.team.lead) seen.team.lead = { name: lead }
              // The table's name column names the group as a reader does ("Engine" for the
              // list's "Engine WG"), as it did before the list was read.
              if (
                seen.table === undefined &&
                table !== undefined &&
                entry.label.length < seen.team.name.length
              )
                seen.team.name = entry.label
            }
            // A line that only names the team (a contents list linking to each team's section)
            // says where it sits; its section says what it is: the section fills what the line
            // left empty (description, stack, projects, links, people).
            if (seen.stated && !stated) this.fillFromSection(seen.draft, entry)
            this.walkBeside(entry, container, summary, outline)
            break
          }

          let target = container
          if (!target && this.topUnits(outline)) {
            // A team beside divisions is a division of its own, as its depth says.
            target = this.openUnit('division', entry.label, '', at, undefined)
            this.notes.add(
              'ambiguous',
              at,
              `division "${entry.label}" has no team headings: imported as one team of the same name`
            )
          }
          target ??= this.fallbackDivision(at)
          const path: DataPath = [...target.path, 'teams', target.teams.length]
          const source = declaredSource(entry, this.echoes, this.notes)
          // The names of the teams beside it, counted once for them all (a list made teams may
          // hold 50,000: once per team, they took minutes).
          besideBases ??= nameBases(
            entries.filter((other) => other.role === 'team').map((other) => other.label)
          )
          source.name = teamNameAsRead(source.name, target.names, besideBases)
          // "line_manager: Rachel Martinez", "metadata: {size: 8}" over one team's page: its
          // lead and headcount, where its text does not say them.
          // The outline's teams are counted once, and only for a page with such front matter.
          onlyTeam ??= this.frontTeam !== undefined && readingTeams(outline).length === 1
          if (this.frontTeam && onlyTeam) {
            source.lead ??= this.frontTeam.lead
            source.members ??= this.frontTeam.headcount
          }
          const draft = readTeam(source, path, this.context)
          if (!seen) {
            this.teamsByName.set(teamKey(entry.label), {
              stated,
              line: entry.line,
              team: draft.team,
              draft,
              container,
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
          this.notes.add(
            'skipped',
            at,
            `"${entry.label}" is a part of a team, but no team holds it: left out`
          )
          // Its lists made teams (offerLeftOutBlocks) are teams all the same.
          this.walk(
            entry.children.filter((child) => child.source.kind === 'block'),
            container,
            summary,
            outline
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
            this.notes.add('skipped', at, `skipped "${entry.label}": ${entry.reason}`)
          }
          this.walk(entry.children, container, summary, outline)
          break
      }
    }
  }

  /**
   * A team's projects without the company's own name. Its stack keeps it: a stack list says
   * outright what the team builds with, which outweighs a guess at the company's name.
   */
  /** Leaves the names `drop` says out of a team's stack, each kept name with its position. */
  private dropFromStack(draft: TeamDraft, drop: (name: string) => boolean): void {
    const { team } = draft
    if (!team.stack.some(drop)) return
    const at = team.stack.map((_, i) =>
      this.positions.get(positionKey([...draft.path, 'stack', i]))
    )
    team.stack.forEach((_, i) => this.positions.delete(positionKey([...draft.path, 'stack', i])))
    const kept = team.stack.flatMap((name, i) => (drop(name) ? [] : [{ name, at: at[i] }]))
    team.stack = kept.map(({ name }) => name)
    kept.forEach(({ at: position }, i) => {
      if (position) this.positions.set(positionKey([...draft.path, 'stack', i]), position)
    })
  }

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
      this.notes.add('ambiguous', entry, 'heading without text: named "Untitled division"')
      return 'Untitled division'
    }
    // A title straight over its list or table of teams ("Platform teams") names the unit by the
    // words before the kind, as the outline read it (titleKind's listsTeams); the words before
    // the unit's ("Northwind Platform Teams") name the organization, when nothing named it yet.
    const listsTeams = entry.children.some(
      (child) =>
        child.role === 'team' && (child.source.kind === 'item' || child.source.kind === 'row')
    )
    const kind =
      entry.source.kind === 'section' && entry.line <= 2
        ? titleKind(entry.label, true, listsTeams)
        : undefined
    if (kind?.role !== 'division') return entry.label
    if (kind.organization && !this.titleCompany) {
      const at = { line: entry.line, column: entry.column ?? 1 }
      this.titleCompany = { name: kind.organization, at, text: entry.label }
    }
    return kind.name
  }

  /**
   * "# Engineering at Lumen Robotics" read as the page of the team its writers call theirs
   * ("our developer team" -> Developer): the title the team is not named by still names the
   * organization, as it would over any other reading.
   */
  private companyOfTeamTitle(entry: GuideEntry, at: Position): void {
    if (this.titleCompany || entry.source.kind !== 'section' || entry.line > 2) return
    const heading = entry.source.section.heading
    if (!heading) return
    const title = cleanName(plainText(heading.inline))
    // Only a title that says where the page is ("… at Acme"): "JavaScript Technology Team
    // Guide" names the team's guide, not a company. A project's governing body is named after
    // the project ("Acme Community Governance Committee", "Acme Technical Steering Committee"):
    // the team is the committee, the organization the project.
    const governs = GOVERNING_BODY.test(title)
    if (!governs && (title === entry.label || !/\sat\s+\p{Lu}/u.test(title))) return
    const kind = titleKind(title, false)
    if (kind.role === 'company') this.titleCompany = { name: kind.name, at, text: title }
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
      return {
        teams: division.teams,
        groups: division.groups,
        path: ['divisions', d],
        depth: 0,
        names: [name]
      }
    }
    if (parent.depth >= MAX_GROUP_DEPTH) {
      this.notes.add(
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
    return {
      teams: group.teams,
      groups: group.groups,
      path,
      depth: parent.depth + 1,
      names: [...parent.names, name]
    }
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
        this.notes.add('skipped', at, `"${entry.label}" holds no team: left out of the catalog`)
      }
    } else if (!holdsTeams(unit)) {
      this.notes.add('skipped', at, `"${entry.label}" holds no team: left out of the catalog`)
    }
  }

  /**
   * Two teams of one name in one unit ("Platform" twice under "Growth", as choices in the
   * preview can make): kept both, each with its own id, and said, since a reader of the chart
   * cannot tell them apart.
   */
  private noteSameNames(): void {
    const seen = new Map<string, TeamDraft>()
    for (const draft of this.drafts) {
      const unit = draft.path.slice(0, -2).join('/')
      const key = `${unit}|${draft.team.name.trim().toLowerCase()}`
      const first = seen.get(key)
      if (!first) {
        seen.set(key, draft)
        continue
      }
      this.notes.add(
        'problem',
        draft.at,
        `a second team named "${draft.team.name}" in one unit (the first at line ${first.at.line}): rename one, or make one a part of the other`
      )
    }
  }

  /**
   * Says where the teams outside every division went, as the walk ended: "no division headings"
   * only when the guide then holds no other division (a team before the first division, or a
   * division a mapping made a team or skipped, leaves the others standing).
   */
  private noteDefaultDivision(): void {
    const division = this.defaultDivision
    const note = this.defaultDivisionNote
    if (!division || !note) return
    const alone = this.divisions.length === 1
    this.notes.add(
      'inferred',
      note.at,
      !alone
        ? `teams outside every division: put in a division "${division.name}"`
        : note.stated
          ? `the guide has no division headings: its front matter names its team's division, "${division.name}"`
          : `the guide has no division headings: its teams form one division, "${division.name}"`
    )
  }

  private fallbackDivision(at: Position): Container {
    if (!this.defaultDivision) {
      const d = this.divisions.length
      // Beside a division the guide names "Engineering", the teams outside it are other teams.
      // "department: Platform" in the front matter of one team's page names its division.
      // "value_stream: Mobile Experience" alone: the outermost unit it names, its division.
      const stated = this.frontTeam?.division ?? this.frontTeam?.group
      const name =
        d === 0 && stated
          ? stated
          : this.divisions.some((division) => /^engineering$/iu.test(division.name))
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
      this.defaultDivisionNote = { at, stated: d === 0 && stated === name }
    }
    const d = this.divisions.indexOf(this.defaultDivision)
    const division: Container = {
      teams: this.defaultDivision.teams,
      groups: this.defaultDivision.groups,
      path: ['divisions', d],
      depth: 0,
      names: []
    }
    // "department: Platform" and "platform_grouping: Developer Experience": the group inside it.
    const group = this.frontTeam?.group
    if (group && this.frontTeam?.division && this.defaultDivision.name === this.frontTeam.division)
      this.frontGroup ??= this.openUnit('group', group, '', at, division)
    return this.frontGroup ?? division
  }

  /** Headings whose text carried characters a name may not hold: dropped, and said where. */
  private reportDroppedCharacters(blocks: Block[]): void {
    const report = (inline: Inline, where: string) => {
      const text = plainText(inline)
      const note = droppedCharactersNote(text, `the ${where} "${excerpt(cleanName(text))}"`)
      if (note) this.notes.add('problem', inline.at, note)
    }
    // A list item's first line names a team as often as a heading does ("- **Payments** — …").
    const items = (list: readonly ListItem[]): void => {
      for (const item of list) {
        report(item.inline, 'list item')
        items(item.children)
      }
    }
    for (const block of blocks) {
      if (block.kind === 'heading') report(block.inline, 'heading')
      else if (block.kind === 'list') items(block.items)
    }
  }

  /**
   * A section a mapping makes a division or group that holds no team or unit of its own: its
   * lists and tables are its teams (a list line's: the lines nested in it), read as under a
   * "Teams" heading (found-entries.ts), or else the teams its sentences name (prose-teams.ts,
   * three or more), since a unit's list fits nowhere else ("## Our work" over "- Payments", "- Search" was one team's
   * page, or its list left out). So choosing Division or Group for a section in the import
   * preview is how a person says "the list here is the teams", and the items come into the
   * outline, each a choice of its own.
   */
  private listedTeamsOf(entry: GuideEntry): void {
    const unitOrTeam = (child: GuideEntry) =>
      child.role === 'team' || child.role === 'division' || child.role === 'group'
    if (entry.children.some(unitOrTeam)) return
    let listed: GuideEntry[]
    if (entry.source.kind === 'section') {
      const section = entry.source.section
      // Its lists and tables; else the teams its sentences name ("The Payments team owns…").
      listed = foundIn(section, 'container')
      if (listed.length === 0) listed = teamsNamedInText(section) ?? []
    } else if (entry.source.kind === 'item' && entry.source.item.children.length > 0) {
      // "**Workgroups**" over "- Docs", "- Infra": a line made a unit holds the lines nested in it.
      const { children } = entry.source.item
      listed = foundIn(
        { blocks: [{ kind: 'list', items: children, at: children[0].at }], children: [] },
        'container'
      )
    } else return
    if (listed.length === 0) return
    const keys = new KeyMaker()
    for (const child of entry.children) keys.make(entry.key, child.label)
    entry.children.unshift(...listed.map((found) => rekey(found, entry.key, keys, true)))
    this.notes.add(
      'inferred',
      entry,
      `"${entry.label}" made ${describeRole(entry.role)} by the mapping: its ${listed.length} listed ${listed.length === 1 ? 'entry is its team' : 'entries are its teams'}`
    )
  }

  /** Whether a list's items are teams, or the list draws the org chart (a nested list). */
  private usedList(items: readonly ListItem[]): boolean {
    return items.some((item) => this.teamItems.has(item)) || drawsChart(items)
  }

  /** A unit's own paragraphs, as its summary; its lists fit nowhere in a unit, and are said so. */
  private proseOf(section: Section, where?: string): string {
    return this.proseOnly(
      [{ blocks: section.blocks }],
      where ??
        (section.heading ? `"${cleanName(headingText(section.heading))}"` : 'the introduction')
    )
  }

  /** Paragraphs of a division or the introduction; lists there fit nowhere, and are reported. */
  private proseOnly(parts: Part[], where: string): string {
    const text: string[] = []
    for (const part of parts) {
      for (const block of part.blocks) {
        if (block.kind === 'paragraph') {
          const paragraph = plainText(block.inline)
          if (paragraph) text.push(paragraph)
        } else if (block.kind === 'list' && !this.usedList(block.items)) {
          // The outline offers it (offerLeftOutBlocks): say how to make it the teams.
          const offered = mayListTeams(block) ? ' (its outline entry can make its items teams)' : ''
          this.notes.add(
            'ambiguous',
            block.at,
            `list in ${where}, outside any team, left out${offered}`
          )
        }
      }
    }
    return text.join(' ')
  }
}

function describeRole(role: OutlineEntry['role']): string {
  return role === 'team-part'
    ? 'part of a team'
    : role === 'skip'
      ? 'not a team (skipped)'
      : `a ${role}`
}

/**
 * What a chart node's note says of the unit it draws, as its summary: "Lead: Jane Park" (the
 * holder of a leader's title, "CTO: Jane Park") is "Led by Jane Park." A catalog's divisions and
 * groups have no lead field; the summary keeps who leads them.
 */
function chartUnitText(note: readonly string[] | undefined): string {
  return (note ?? [])
    .map((piece) => {
      const lead = /^lead:\s*(.+)$/iu.exec(piece)
      return lead ? `Led by ${lead[1]}.` : piece
    })
    .join(' ')
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
    written: written(entry.source),
    ...(isOffer(entry.source) ? { choices: ['team', 'skip'] } : {}),
    ...(entry.sure ? {} : { guessed: true }),
    children: entry.children.map(plainEntry)
  }
}

/** How the page writes an entry (OutlineEntry.written), in the words of its markdown. */
function written(source: EntrySource): string {
  switch (source.kind) {
    case 'section': {
      const heading = source.section.heading
      if (!heading) return 'title'
      return heading.boldLine ? 'bold line' : `${'#'.repeat(heading.depth)} heading`
    }
    case 'item':
      return 'list item'
    case 'row':
      return 'table row'
    case 'chart':
      return 'chart node'
    case 'text':
      return 'sentence'
    case 'title':
      return 'title'
    case 'block':
      return source.block.kind
    case 'named':
      return 'sentences'
  }
}
