import type { CatalogFile } from '../catalog/schema'
import type { Link } from '../catalog/schema'
import type { DataPath } from '../catalog/source'
import type { TechnologyDictionary } from '../technology/technology-dictionary'
import { introducesOtherKind } from './list-lead-in'
import { ENDS_WITH_JOB, ONE_JOB } from './job-title'
import { webAddress, withoutAddresses } from './address-text'
import type { GuideContext } from './guide-context'
import { addLink } from './guide-links'
import { excerpt } from './import-notes'
import {
  isCardList,
  plainText,
  type Inline,
  textItem,
  type Block,
  type ListItem,
  type Position,
  type Span
} from './markdown-blocks'
import { cleanName, headingText, type Part } from './outline'
import { isHandleLine, peopleInParagraph } from './handle-line'
import { packageLinkNames } from './named-technology'
import { isPersonName, leadingLine, onePersonPerLine, PERSON_LINE, personName } from './person-line'
import { positionKey } from './positions'
import { asSentence, capitalize, titleAndSummary } from './project-text'
import { headingKind, headsProjectList, namesPeople, WORK_INTRO } from './section-headings'
import { sentenceProjects, type InferredStatus } from './sentence-projects'
import {
  addToStack,
  listsStackByKind,
  stackColumn,
  readStackCell,
  readStackHeading,
  readStackLine
} from './team-stack'
import { readStackItem } from './stack-item'
import { tableProse } from './table-prose'
import { countLabel } from '../text'
import { isPeopleTable, isStaffingTable, ROLE_COLUMN } from './team-table'
import {
  dottedFields,
  fieldItem,
  CONTACT_PEOPLE,
  fieldLines,
  fieldParagraph,
  headcountOf,
  fieldCard,
  labelledField,
  labelWords,
  trailingField,
  teamField,
  type TeamField
} from './team-field'
import { namesRepositories } from './column-fields'
import { unitKey } from './unit-key'

type Team = CatalogFile['divisions'][number]['teams'][number]
type Project = Team['projects'][number]
type ListKind = 'stack' | 'projects' | 'links' | 'responsibilities' | 'people'

/** What a team is built from: its heading's section, a list item, a table row or a chart node. */
export interface TeamSource {
  name: string
  at: Position
  parts: Part[]
  /** Set for teams read from a line, row or chart: no heading, and maybe no text at all. */
  stated?: boolean
  /** More text to find mentioned technologies in (a table row's other cells). */
  prose?: string[]
  lead?: string
  /** The headcount a table's "Engineers" (or "People", "Size") column gives. */
  members?: number
  /** That column named the people ("Ana Silva, Bo Chen") rather than giving a number. */
  membersNamed?: boolean
  /** Open roles a table's roles column lists. */
  roles?: string[]
  /** A stack page's team: a part whose heading says nothing else lists its stack. */
  stackPage?: boolean
}

export interface TeamDraft {
  team: Team
  /** Text the technologies it mentions are found in: summary paragraphs and project items. */
  prose: string[]
  at: Position
  path: DataPath
  /**
   * Set when its text was read for projects and none was found: said as a problem only where
   * the guide's other teams list theirs (projectlessNotes), not on a guide that lists none.
   */
  projectless?: boolean
  /** What the brackets of its people's lines name ("Ana Silva (Go, Kafka)"): mentioned. */
  peopleUse: string[]
}

/** What a list's introduction (a sub-heading, or the line before it) says the list holds. */
const STACK_INTRO =
  /\b(?:tool ?set|tech(?:nology)? stack|stack|technolog(?:y|ies)|tech|tools we use|tooling|languages|we use|we(?:'|’| a)re using|built with|we work with)\b/iu
const LINKS_INTRO =
  /^(?:(?:useful|important|helpful|handy|quick|key|other|related)\s+)?(?:(?:browser\s+)?(?:links|bookmarks)|resources|further reading|docs|documentation|see also|references)\b/iu
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

/**
 * A part about how the team is reached or meets ("Communication", "Contact us", "More ways to
 * reach us", "Join the conversation", "Meetings", "Monthly meeting topics", "Mentoring
 * committee meetings", "Weekly syncs").
 */
const REACHED_AT =
  /^(?:(?:our|team|the)\s+)?(?:contact(?: us)?|(?:how|where) to (?:reach|contact|find) (?:us|the team|them)|(?:(?:more|other) )?ways to (?:reach|contact) (?:us|the team)|reaching us|get(?:ting)? in touch|communications?(?: channels?)?|coordination|(?:[\p{L}\p{N}-]+\s+){0,3}(?:meetings?|meeting topics|syncs?)|join (?:the conversation|us)|chat(?: channels?)?|slack(?: channels?)?|mailing lists?)\s*:?$/iu

/**
 * A part whose heading names what the team aims for ("Vision", "Mission", "Q3 2022 Goals",
 * "3 year goals", "Objectives", "Tenets", "Philosophy"), only a time horizon ("Short-term",
 * "Long term") or the actions toward them ("Actions", beside "Vision"): its list says where the team wants to get ("Onboarding is as easy as a video
 * game", "Shorten build times"), not the projects it works on. A heading that also names the
 * work ("Goals and projects", "Roadmap") is left to the list's own reading.
 */
const AIMS_HEADING =
  /\b(?:goals?|objectives|vision|mission|tenets|philosoph(?:y|ies)|principles|values|aims)\b|^(?:short|mid|medium|near|long)[- ]?term:?$|^(?:our |key |team )?actions:?$/iu
const WORK_NAMED =
  /\b(?:projects?|roadmap|initiatives?|deliverables|work(?:ing)? on|building|shipped|okrs?)\b/iu

/**
 * A part whose heading is a job posting's ("Requirements", "Qualifications", "Nice to have",
 * "Benefits") or the team's hiring ("Hiring", "Open roles"): its list says who the team seeks or
 * what it offers ("5+ years with Go"), not projects it works on.
 */
const HIRING_HEADING =
  /^(?:(?:minimum|basic|preferred|desired|job|key) )?(?:requirements|qualifications|skills)$|^(?:(?:nice|good) to haves?|bonus points|who you are|about you|what we offer|what you(?:'|’)?ll (?:bring|need)|benefits|perks|(?:we(?:'|’| a)re |now )?hiring!?|open (?:roles|positions|jobs)|(?:current |job )?openings|vacancies|(?:open )?roles we(?:'|’| a)re hiring for|careers?|join (?:us|the team)|work with us)$/iu

/**
 * A part whose heading names how the team works or is asked for help ("How we work",
 * "Rituals", "Procedures", "Support requests", "Requesting our support", "Ask for help", "Quick start guide",
 * "Onboarding", "Working with us", "FAQ", "Runbook", "Release checklist", "On-call"): its
 * list is steps, habits and instructions to the reader ("Update service.yaml", "please do NOT
 * message us directly"), not the projects the team works on.
 */
const PROCESS_HEADING =
  /\b(?:how (?:we|to) (?:work|engage|request|get help|ask)|(?:versioning|release|branching|deployment|testing)(?: (?:approach(?:es)?|strateg(?:y|ies)|polic(?:y|ies)|conventions))?|(?:daily |weekly )?(?:sync|stand-?up)s?(?: times?| meetings?)?|process(?:es)?|workflows?|rituals?|ceremon(?:y|ies)|procedures?|faqs?|frequently asked questions|support requests?|requesting (?:our )?(?:support|help)|(?:ask(?:ing)?|get(?:ting)?|need) (?:for )?help|quick[- ]?start(?: guide)?|onboarding|working with (?:us|the|our)|runbooks?|checklists?|on-?call|escalations?|working agreements?)\b/iu

/**
 * A part whose heading names what the users of the team's product do with it ("User journeys",
 * "Use cases", "User stories"): its list says what a user can do ("Create, edit and execute a
 * batch spec", "Preview a changeset diff"), the product's flows, not projects the team works on.
 */
const USER_FLOWS_HEADING =
  /^(?:(?:key|main|core|our|the|supported)\s+)*(?:(?:user|customer)\s+journeys?|use[- ]cases?|user\s+(?:stories|flows))\s*:?$/iu

/**
 * A part whose heading names how the team's success is measured ("Key metrics", "KPIs", "SLOs",
 * "Success criteria"): its list holds targets ("Checkout latency p99 < 400 ms"), not projects.
 */
const MEASURES_HEADING =
  /^(?:(?:key|main|core|our|the|team|success|health|north[- ]star)\s+)*(?:metrics|kpis?|slos?|slas?|slis?|measures(?: of success)?|success (?:criteria|measures)|targets|service[- ]levels?(?:\s+(?:expectations|objectives|agreements|indicators))?(?:\s*\((?:slas?|slos?|slis?)\))?)\s*:?$/iu

/**
 * A part whose heading names what the team waits on or struggles with ("Dependencies", "Teams we
 * depend on", "Current challenges", "Pain points", "Risks", "Teams we currently interact with"):
 * its lines name other teams and problems ("Database Team - schema changes", "**Handoffs**: must
 * coordinate with QA"), not the team's projects, and its sentences are no summary of the team.
 */
const LIMITS_HEADING =
  /^(?:(?:current|known|main|key|our|the|team|typical|biggest|open)\s+)*(?:challenges|pain ?points|blockers|dependencies|risks|(?:known )?issues|conflicts(?:\s+with\s.*)?|(?:upstream|downstream)(?:\s+(?:dependencies|teams|services))?|(?:team\s+)?interactions|teams?\s+we\s+(?:\w+\s+)?(?:depend\s+on|interact\s+with|work\s+with|rely\s+on))\s*:?$/iu

/**
 * A part that says what words mean ("Glossary", "Terminology", "Glossary and terms ubiquitous
 * language"): its lines define terms ("**ETL**: Extract, Transform, Load"), no projects.
 */
const GLOSSARY_HEADING = /\b(?:glossary|terminology|ubiquitous language|acronyms|definitions)\b/iu

/**
 * Parts whose sentences are no summary of what the team does: what it waits on, what its words
 * mean, how it works and how it is measured ("We deploy on Tuesdays", "Cognitive load: high"),
 * as a part saying where the team is reached is not ("Join our office hours on Fridays").
 */
const NO_SUMMARY: ReadonlySet<PartReading['noProjects']> = new Set([
  'dependencies and challenges',
  'glossary',
  'way of working',
  'measures',
  'answers'
] as const)

/**
 * "Team type" over "platform", "Daily sync time" over "9:30 AM daily standup", "Part of a
 * platform grouping?" over "Yes – Cloud Infrastructure": a heading that is a field's label over
 * its one short value, no sentence. Not the team's summary, unless the heading asks for one
 * ("Mission" over "Make payments boring").
 */
function labelsShortValue(part: Part, sectionText: string, written: string): boolean {
  return (
    part.blocks.length === 1 &&
    sectionText !== '' &&
    written.split(/\s+/u).length <= 8 &&
    !/[.!]\s|[.!]$/u.test(written) &&
    !AIMS_HEADING.test(sectionText) &&
    headingKind(sectionText) !== 'summary' &&
    !/\b(?:about|summary|description|focus|overview|purpose|charter|what we do|who we are)\b/iu.test(
      sectionText
    )
  )
}

/** "Description: …", "Summary: …", "Overview: …": a label that only says the text describes. */
const DESCRIPTION_LABEL = /^(?:description|summary|overview|about)\s*:\s+(?=\S)/iu

/** "Owner: Dana Reyes", "**Owners:** …": the field naming whoever owns a thing. */
const OWNER_LABEL = /^[*_]*owners?[*_]*\s*:/iu

/** A team body that only says the team is still to be defined. */
const TBD =
  /^(?:tbd|tba|todo|wip|n\/a|to be (?:defined|determined|announced|confirmed)|coming soon)[.!]*$/iu
const TBD_IN_NAME =
  /\s*(?:[:(–—-]\s*)?\b(?:tbd|tba|to be (?:defined|determined|announced))\b\)?[.!]*\s*$/iu

/** Links to only a number ("#2699") get the project's title added to their label. */
const REFERENCE_LABEL = /^(?:#\d+|\d+|pr|issue|link|here)$/iu

/**
 * A team as its source says it: summary, stack, projects (from lists, or sentences when no
 * list says), links, responsibilities, people and open roles; what it mentions is read later.
 */
export function readTeam(outline: TeamSource, path: DataPath, context: GuideContext): TeamDraft {
  const { notes, positions } = context
  const at = outline.at
  positions.set(positionKey(path), at)
  let name = outline.name
  if (!name) {
    name = 'Untitled team'
    notes.add('ambiguous', at, `heading without text: named "${name}"`)
  }
  let forming = false
  if (TBD_IN_NAME.test(name) && name.replace(TBD_IN_NAME, '').trim()) {
    name = name.replace(TBD_IN_NAME, '').trim()
    forming = true
    notes.add('inferred', at, `team "${name}" is marked TBD in its heading: status forming`)
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
  // Where a team's fields written as list lines go ("Stack: Go"), as its sections are read.
  /** The roles a "Hiring" or "Open roles" part lists, one an item. */
  const openRoles: string[] = []
  /** What a listed role's bracket asks ("Go" of "Senior Backend Engineer (Go)"), by its title. */
  const roleAsks = new Map<string, string>()
  /** The headcount a "Headcount: 6" field gives, over what the people listed count. */
  const headcount: { members?: number } = {}
  const fieldLists = { stack, responsibilities, people, links, projects, openRoles, headcount }
  let blocks = 0
  /** Whether a list under a heading of aims said where the team is going (see AIMS_HEADING). */
  let aimsListed = false

  /** The open parts above the current one, by heading depth, with the reading each gives. */
  const above: { depth: number; reading: PartReading }[] = []
  for (const part of outline.parts) {
    const sectionText = part.heading ? headingText(part.heading) : ''
    if (part.heading) readStackHeading(sectionText, part.heading.inline.at, stack, path, context)
    // A sub-part whose heading says nothing of its own ("For Internal Customers" under "Vision",
    // "Internal Customer Support" under "Responsibilities") is read as its parent part is. A
    // parent of links or tools passes nothing on: "Stuff we maintain" under "Documentation"
    // lists the team's projects, and a list of links or tools is known by its items anyway.
    while (part.heading && above.length > 0 && above[above.length - 1].depth >= part.heading.depth)
      above.pop()
    const own = part.heading ? partReading(sectionText, outline.stackPage) : NO_READING
    const parent = above[above.length - 1]?.reading
    // "### kubectl" under "## Subprojects": the heading names one project, and its description
    // and lists ("Owners:" over its OWNERS files, "Contact:") are that project's, not projects.
    // A sub-part of prose alone ("Incident review" under "Projects") stays a part of the team.
    if (
      part.heading &&
      parent?.projectList &&
      !own.says &&
      part.blocks.some((block) => block.kind === 'list') &&
      headingKind(sectionText) === 'plain'
    ) {
      above.push({ depth: part.heading.depth, reading: own })
      blocks += part.blocks.length
      projects.push(headedProject(part, sectionText, context))
      for (const block of part.blocks) {
        if (block.kind === 'paragraph') prose.push(plainText(block.inline))
        if (block.kind === 'list') prose.push(...block.items.flatMap(itemText))
      }
      continue
    }
    const reading = own.says || !part.heading || !parent || !passesOn(parent) ? own : parent
    if (part.heading) above.push({ depth: part.heading.depth, reading })
    const { reached, sectionKind, peoplePart, noProjects } = reading
    // "### Pricing page redesign" under "## Projects": a sub-part of prose that names one of the
    // team's projects. Its one-line fields ("Owner: Kim Lee") are the project's, not the team's.
    const projectPart = part.heading !== undefined && parent?.projectList === true && !own.says
    // "### Deploy API" under "## Services": a plain heading under one of the team's parts names
    // a thing the team runs, and an "Owner: Sara Lind" paragraph there is that thing's owner.
    const thingPart = part.heading !== undefined && parent !== undefined && !reading.says
    // "## Q3 goals" over "Owner: Dana Reyes", "## Release checklist" over "Owner: Lee Park": a
    // part of the team's aims or way of working names whoever owns that goal or that process,
    // not the team's lead (its people are named where the page says so).
    const ownedPart = reading.noProjects === 'aims' || reading.noProjects === 'way of working'
    const heard = reached ? [] : prose
    let intro:
      | {
          kind: ListKind
          status: InferredStatus
          text: string
          stated: boolean
          /** What the introduction says the list is instead of projects. */
          reads: PartReading['noProjects'] | 'exceptions and conditions' | 'guidelines'
        }
      | undefined
    part.blocks.forEach((block: Block, i: number) => {
      blocks++
      const technologies = block.kind === 'table' ? stackColumn(block) : undefined
      if (block.kind === 'paragraph') {
        const written = plainText(block.inline)
        if (!written) return
        // A maintainers file's paragraph of people: their names are no prose ("Marko" is a person).
        const listed = peopleInParagraph(written)
        if (listed) {
          people.push(...listed)
          return
        }
        // "**Mission:** Own checkout" over "**Lead:** Ana Ruiz" and "**Stack:** Go, Kafka": a
        // card of the team's fields, a line each; a line whose label names no field is prose.
        const card = projectPart || thingPart ? undefined : fieldCard(block.labelLines)
        if (card) {
          for (const { item, field, value } of card.fields)
            readFieldItem(
              item,
              { field, value },
              { ...fieldLists, heard },
              `team "${name}"`,
              path,
              context
            )
          if (card.prose.length > 0) {
            summary.push(card.prose.join(' '))
            heard.push(...card.prose)
          }
          return
        }
        // "Owns: accounts Stack: Elixir Lead: Dan Moore": the team's fields, a line each.
        // "**Stack:** Go, PostgreSQL" alone: that one field; "Lead: Ana Ruiz · 6 engineers ·
        // Hiring: SRE", fields on one line between dots.
        const paragraphField = projectPart ? undefined : fieldParagraph(written)
        // "### Deploy API" under "## Services" over "Owner: Sara Lind": the thing's owner.
        const thingsOwner = (field: string | undefined): boolean =>
          field !== undefined &&
          labelledField(field)?.field === 'people' &&
          (thingPart || (ownedPart && OWNER_LABEL.test(field)))
        // A goal's or a process's owner, alone on its line, is no sentence of the team's either.
        if (ownedPart && !thingPart && thingsOwner(paragraphField)) return
        const single = thingsOwner(paragraphField) ? undefined : paragraphField
        const lines = fieldLines(written)
        // "We own the editor. Stack: TypeScript, ProseMirror.": sentences, then one field.
        const trailing =
          lines || paragraphField !== undefined || projectPart ? undefined : trailingField(written)
        const tail = trailing && !thingsOwner(trailing.field) ? trailing : undefined
        const fields =
          lines ??
          (single !== undefined
            ? [single]
            : tail
              ? [tail.field]
              : projectPart
                ? undefined
                : dottedFields(written))
        if (fields) {
          for (const line of fields) {
            const item = textItem(line, block.inline.at)
            const field = fieldItem(item)
            if (field)
              readFieldItem(item, field, { ...fieldLists, heard }, `team "${name}"`, path, context)
          }
          if (!tail) return
        }
        // The sentences before a trailing field are the paragraph's prose.
        // "Description: Builds the checkout flow": the label only says what the text is.
        const text = (tail ? tail.prose : written).replace(DESCRIPTION_LABEL, '')
        const next = part.blocks[i + 1]
        // "**Team Members:**" over a table of people: the table's label, no sentence.
        if (next?.kind === 'table' && SHORT_LABEL.test(text)) return
        if (next?.kind === 'list' && (text.endsWith(':') || isShortStackIntro(text))) {
          // "We use a commit message template. Here are the guidelines:": the sentence the
          // colon ends says what the list holds (guidelines), whatever an earlier one said.
          const otherKind = introducesOtherKind(text)
          const said = otherKind ? undefined : introKind(text)
          // "We strive for the following in our public projects:" says what the team aims for;
          // "Some exceptions apply:", "…early if your change requires:" when something holds.
          const last = lastSentence(text)
          const reads =
            said !== undefined
              ? undefined
              : otherKind
                ? 'guidelines'
                : AIMS_INTRO.test(last)
                  ? 'aims'
                  : CONDITIONS_INTRO.test(last)
                    ? 'exceptions and conditions'
                    : // "**Key metrics:**", "Principles:": a short label over the list reads as
                      // a heading over it would.
                      SHORT_LABEL.test(text)
                      ? partReading(text.replace(/:$/u, '')).noProjects
                      : undefined
          intro = {
            kind: said ?? sectionKind ?? 'projects',
            status: statusOf(text),
            text,
            // "The projects we are working on:" says what the list holds, under any heading.
            stated: said !== undefined || (WORK_NAMED.test(text) && !reads),
            reads
          }
          if (BARE_INTRO.test(text) || text.split(' ').length <= 8) return
          summary.push(text.replace(INTRO_TAIL, '.'))
        } else if (
          !linksOnlyTo(block.inline, name) &&
          !reached &&
          !NO_SUMMARY.has(noProjects) &&
          !labelsShortValue(part, sectionText, text) &&
          !JOIN_CALL.test(text)
        ) {
          summary.push(text)
          // "We use Java and PostgreSQL", "Search is built with Go", "The apps are written in
          // Swift": what the team's own sentences say it builds with is its stack.
          addToStack(statedStack(text, context.dictionary), block.inline.at, stack, path, context)
        }
        paragraphs.push(block.inline.spans)
        paragraphAt.push(block.inline.at)
        heard.push(text)
        // "## Tech stack" over "Mostly Python and SQL, deployed on Kubernetes.": the
        // technologies a stack part's sentences name are the team's stack, not mentions.
        // A line of names alone ("`Flutter` `Dart`", "Go Postgres Kafka") is read as a stack
        // list's line: the heading says they are technologies, whatever else the words mean.
        if (sectionKind === 'stack') {
          const named = namesAlone(text)
            ? readStackItem(text, context.dictionary)
                .names.filter((name) => name.known)
                .map((name) => name.name)
            : context.dictionary.find(text, 'prose').map((match) => match.name)
          addToStack(named, block.inline.at, stack, path, context)
        }
        // "**Mobile Team**: iOS, Android, React Native": a line naming two technologies or more
        // and nothing else is what the team builds with.
        const techList = technologyList(text.replace(/\.$/u, ''), context.dictionary)
        if (techList && techList.length >= 2)
          addToStack(techList, block.inline.at, stack, path, context)
        // "Checkout and invoicing (Kotlin, Kafka)": technologies in brackets, nothing else
        // there, are what the team builds with.
        addToStack(
          bracketedStack(block.inline.spans, context.dictionary),
          block.inline.at,
          stack,
          path,
          context
        )
        // "[moment](https://www.npmjs.com/package/moment)": a package the team links to is one
        // it builds with.
        addToStack(
          packageLinkNames(context.dictionary, block.inline.spans),
          block.inline.at,
          stack,
          path,
          context
        )
      } else if (block.kind === 'list') {
        const kind = intro?.kind ?? sectionKind ?? 'projects'
        const status = intro?.status ?? (part.heading ? statusOf(sectionText) : 'current')
        const where = `team "${name}"`
        const notProjects = intro?.reads ?? noProjects
        const listOf =
          kind === 'projects'
            ? peoplePart || isCardList(block)
              ? 'people'
              : plainListKind(block.items, context.dictionary)
            : kind
        if (listOf === 'people') {
          for (const item of block.items) {
            // "- Lead: Ana Ruiz" over "- Stack: Go": a short list of the team's fields reads as
            // its people, but its stack, scope and links are still the team's.
            const field = fieldItem(item)
            if (field && field.field !== 'people') {
              readFieldItem(item, field, { ...fieldLists, heard }, where, path, context)
            } else people.push(plainText(item.inline))
          }
        } else if (
          (listOf === 'instructions' || (listOf === 'projects' && notProjects)) &&
          !intro?.stated
        ) {
          // No projects, but their words still name what the team works with. A list of the
          // roles the team is hiring for gives its open roles.
          const roles =
            notProjects === 'hiring' && OPEN_ROLES_HEADING.test(sectionText)
              ? block.items.flatMap((item) => roleTitle(plainText(item.inline), roleAsks))
              : []
          openRoles.push(...roles)
          notes.add(
            'inferred',
            block.at,
            listOf === 'instructions'
              ? `list in ${where} read as instructions to the reader, not projects`
              : roles.length > 0
                ? `list under "${sectionText}" in ${where} read as the team's open roles (${roles.length}), not its projects`
                : `list under "${intro?.reads ? intro.text : sectionText}" in ${where} read as the team's ${notProjects}, not its projects`
          )
          for (const item of block.items)
            heard.push([plainText(item.inline), ...nestedText(item)].join(' '))
          // Aims say what the team works toward: no projects are guessed from its prose then.
          if (notProjects === 'aims') aimsListed = true
        } else if (
          (listOf === 'projects' || (listOf === 'links' && kind !== 'links')) &&
          !intro?.stated &&
          listsOpenings(block.items)
        ) {
          // "- Senior Backend Engineer (Go)", "- Staff Engineer, Ledger": job titles, one a
          // line, are the roles the team is hiring for, not its projects; linked to their job
          // ads ("- [Staff SRE](…/jobs/2)"), not its links either.
          const roles = block.items.flatMap((item) => roleTitle(plainText(item.inline), roleAsks))
          openRoles.push(...roles.filter((role) => !openRoles.includes(role)))
          notes.add(
            'inferred',
            block.at,
            `list in ${where} read as the team's open roles (${roles.length}): every line is a job title`
          )
          for (const item of block.items) heard.push(plainText(item.inline))
        } else if (kind === 'responsibilities') {
          for (const item of block.items) {
            const text = cleanName(plainText(item.inline)).replace(/[.;]$/u, '')
            if (text && text.length <= 200 && !responsibilities.includes(text))
              responsibilities.push(text)
            heard.push(text)
            // "Keycloak", "Terraform modules", "Jenkins/GitLab templates": what the team owns
            // named by its technology is what it runs and builds with.
            addToStack(
              ownedTechnology(text, context.dictionary) ?? [],
              item.inline.at,
              stack,
              path,
              context
            )
            // "Continuous integration" over "Buildkite pipelines", "Packaging (base Docker
            // images)": what a responsibility's nested items name, the team works with.
            heard.push(...nestedText(item))
          }
        } else if (kind === 'stack' || listOf === 'stack') {
          for (const item of block.items) readStackLine(item, where, stack, path, context)
        } else if (kind === 'links' || listOf === 'links') {
          for (const item of block.items) {
            for (const span of allSpans(item)) addLink(links, span, where, context)
            // Its words still name what the team works with: "GitLab Runner Helm Chart". A
            // contact line's code host is mentioned too ("the @acme/web team on GitHub").
            ;(reached ? prose : heard).push(plainText(item.inline))
          }
        } else {
          for (const item of block.items) {
            // "Stack: Go, PostgreSQL", "Owns: deploys", "Lead: Ana Ruiz": one of the team's own
            // fields among its lines, not a piece of work.
            const field = fieldItem(item)
            if (field) {
              readFieldItem(item, field, { ...fieldLists, heard }, where, path, context)
              continue
            }
            // "[Matrix Channel](…)", "[GitHub Project Admin](…)": where the team works, a link.
            if (resourceLink(item)) {
              for (const span of allSpans(item)) addLink(links, span, where, context)
              continue
            }
            const project = listProject(item, status, where, context)
            if (project) {
              projects.push(project)
              heard.push([plainText(item.inline), ...item.details.map(plainText)].join(' '))
            }
          }
        }
        intro = undefined
      } else if (block.kind === 'table' && listsStackByKind(block)) {
        for (const row of block.rows)
          for (const cell of row.cells) readStackCell(plainText(cell), row.at, stack, path, context)
      } else if (block.kind === 'table' && technologies !== undefined) {
        // "| Layer | Technology |" over "| Backend | Go |": that column is the team's stack.
        for (const row of block.rows)
          readStackCell(plainText(row.cells[technologies]), row.at, stack, path, context)
        heard.push(...tableProse(block))
      } else if (
        block.kind === 'table' &&
        isPeopleTable(block.header.map(plainText)) &&
        someRowNamesAPerson(block)
      ) {
        // "| Name | Role |" in a team's text: its people, a row each, with the role they hold.
        // Not when no row names a person ("| order-api | accepts orders |"): its services.
        people.push(...peopleRows(block))
      } else if (
        block.kind === 'table' &&
        isStaffingTable(block.header.map(plainText)) &&
        headcount.members === undefined
      ) {
        // "| Role | Level | Responsibility |" over "| Backend | Senior | … |": the team's
        // positions, a row each, with no one named: how many people it has.
        headcount.members = block.rows.length
        notes.add(
          'inferred',
          block.at,
          `table of roles in team "${name}": ${countLabel(block.rows.length, 'position')}, its headcount`
        )
      } else if (block.kind === 'table') {
        heard.push(...tableProse(block))
      } else if (block.kind === 'other' && block.what === 'code') {
        notes.add('skipped', block.at, `code block in team "${name}" left out`)
      }
    })
  }

  const body = summary.join(' ').trim()
  if (!forming && TBD.test(body)) {
    forming = true
    notes.add('inferred', at, `team "${name}" is described only as "${body}": status forming`)
  } else if (!forming && blocks === 0 && !outline.stated) {
    forming = true
    notes.add('problem', at, `team "${name}" has no text under its heading: status forming`)
  }

  // Projects from sentences: what the team recently shipped, and, when no list says it, what
  // it is working on. Their links move from the team to the project.
  const claimed = new Set<Span>()
  let projectless = false
  if (!forming && !outline.stated) {
    // A list of aims says what the team works toward as much as a list of projects would: its
    // prose is then no place to guess projects from either.
    const hadList = projects.length > 0 || aimsListed || responsibilities.length > 0
    paragraphs.forEach((spans, p) => {
      for (const found of sentenceProjects(spans, paragraphAt[p], !hadList)) {
        if (projects.some((project) => sameTitle(project.title, found.title))) continue
        const projectLinks: Link[] = []
        for (const span of found.links) {
          claimed.add(span)
          addLink(projectLinks, span, `project "${found.title}"`, context)
        }
        projects.push({
          title: found.title,
          status: found.status,
          summary: found.summary,
          technologies: technologiesIn(context.dictionary, found.text),
          links: projectLinks,
          at: found.at
        })
        notes.add(
          'inferred',
          found.at,
          `team "${name}": project "${found.title}" (${found.status}) from "${excerpt(found.sentence)}"`
        )
      }
    })
    if (projects.length === 0 && responsibilities.length === 0) projectless = true
  }
  for (const spans of paragraphs) {
    for (const span of spans) {
      if (span.href !== undefined && !claimed.has(span))
        addLink(links, span, `team "${name}"`, context)
    }
  }

  projects.forEach((project, p) => {
    positions.set(positionKey([...path, 'projects', p]), project.at)
    project.links.forEach((_, l) =>
      positions.set(positionKey([...path, 'projects', p, 'links', l]), project.at)
    )
  })
  const team: Team = {
    id: context.ids.claim(name, 'team', { dropTeamSuffix: true }),
    name,
    status: forming ? 'forming' : 'active',
    summary: forming && TBD.test(body) ? `Still being defined (the guide says "${body}").` : body,
    stack,
    mentions: [],
    projects: projects.map(({ at: _at, ...project }) => project),
    links,
    ...peopleOf(
      people,
      at,
      name,
      context,
      headcount.members ?? outline.members,
      headcount.members === undefined && outline.membersNamed
        ? 'named in its table'
        : 'as its headcount says'
    ),
    ...(outline.lead ? { lead: { name: outline.lead } } : {}),
    responsibilities,
    relations: [],
    roles: [...(outline.roles ?? []), ...hiringRoles(people), ...openRoles].map((title) => ({
      title,
      // "Senior Go Engineer": the role's technologies, as a candidate searches for them (as a
      // spreadsheet's open roles are read).
      // "Senior Backend Engineer (Go)": the bracket its title lost names them too, as a list.
      technologies: [
        ...new Set(
          [
            ...context.dictionary.find(title, 'prose'),
            ...context.dictionary.find(roleAsks.get(title) ?? '', 'list')
          ].map((match) => match.name)
        )
      ],
      status: 'open' as const
    }))
  }
  // "Ana Silva (Go, Kafka)", "Bo Chen — Senior Engineer (Kotlin)": what the team's people work
  // with, the team mentions (a role's bracket in a job ad is the role's: no person holds it).
  // A bracket is a list of names: "(React)" alone is the framework, as a stack cell's is.
  const peopleUse = [
    ...new Set(
      peopleBrackets(people)
        .flatMap((words) => words.split(/\s*[,;]\s*/u))
        .flatMap((piece) => context.dictionary.find(piece, 'list').map((match) => match.name))
    )
  ]
  return { team, prose, peopleUse, at, path, ...(projectless ? { projectless } : {}) }
}

/** The brackets' words of the team's people's lines (not of its open roles' lines). */
function peopleBrackets(lines: readonly string[]): string[] {
  return lines
    .flatMap(onePersonPerLine)
    .filter((line) => !HIRING_LINE.test(line) && isPersonName(personName(line)))
    .flatMap((line) => [...line.matchAll(/\(([^()]{1,80})\)/gu)].map((found) => found[1]))
}

/** What a part's heading says its lists hold, and whether it says anything (see partReading). */
interface PartReading {
  /** "Communication", "How to reach us", "Meetings": contact points; no mentions from it. */
  reached: boolean
  sectionKind: ListKind | undefined
  /** "Leads", "Members": a list of people. */
  peoplePart: boolean
  /** The team's aims, how it works, or what its product's users do: its lists are no projects. */
  noProjects:
    | 'aims'
    | 'way of working'
    | 'user journeys'
    | 'hiring'
    | 'measures'
    | 'dependencies and challenges'
    | 'glossary'
    | 'answers'
    | undefined
  /** The heading says what its lists hold, so its sub-parts do not pass on their parent's reading. */
  says: boolean
  /** "Subprojects", "Repositories": a heading per project follows. */
  projectList: boolean
}

const NO_READING: PartReading = {
  reached: false,
  sectionKind: undefined,
  peoplePart: false,
  noProjects: undefined,
  says: false,
  projectList: false
}

/**
 * Whether a part's sub-parts are read as it is: aims, process, responsibilities, stack, contact,
 * people ("## Our stack" over "### Web": the layers the stack is used in).
 */
function passesOn(reading: PartReading): boolean {
  return (
    reading.reached ||
    reading.peoplePart ||
    reading.noProjects !== undefined ||
    reading.sectionKind === 'responsibilities' ||
    reading.sectionKind === 'stack'
  )
}

/**
 * "Ongoing projects", "Initiatives": a heading that names the work, whatever part it is under. A
 * "Roadmap planning" under "How we work" names a process, so roadmaps and OKRs are left out.
 */
const PROJECTS_NAMED =
  /\b(?:projects?|initiatives?|deliverables|work(?:ing)? on|building|shipped)\b/iu

/**
 * What a part's heading alone says. A part whose heading says where the team is reached or meets
 * ("Contact", "Meetings") lists contact points, and one that names people ("Leads", "Members")
 * lists people: neither list holds projects, whatever its lines look like ("#growth channel,
 * @growth-team in Slack", "Thursdays at 21:00 UTC", "Tim Hockin, Google"). One that names the
 * team's aims or how it works lists no projects either. On a stack page ("Technology choices")
 * a part named nothing else ("Client-side", "Ops") lists the team's stack.
 */
function partReading(sectionText: string, stackPage = false): PartReading {
  const reached = REACHED_AT.test(sectionText)
  const sectionKind = TOOLS_HEADING.test(sectionText)
    ? 'stack'
    : reached
      ? 'links'
      : (listKind(sectionText) ?? (stackPage ? 'stack' : undefined))
  const peoplePart = namesPeople(sectionText)
  const workNamed = WORK_NAMED.test(sectionText)
  const noProjects =
    sectionKind !== undefined || workNamed
      ? undefined
      : AIMS_HEADING.test(sectionText)
        ? 'aims'
        : PROCESS_HEADING.test(sectionText)
          ? 'way of working'
          : USER_FLOWS_HEADING.test(sectionText)
            ? 'user journeys'
            : HIRING_HEADING.test(sectionText)
              ? 'hiring'
              : MEASURES_HEADING.test(sectionText)
                ? 'measures'
                : LIMITS_HEADING.test(sectionText)
                  ? 'dependencies and challenges'
                  : GLOSSARY_HEADING.test(sectionText)
                    ? 'glossary'
                    : // "Part of a platform grouping?" over "Yes – Developer Experience": the
                      // answer to a template's question, no description and no projects.
                      sectionText.trimEnd().endsWith('?') && !PROJECTS_NAMED.test(sectionText)
                      ? 'answers'
                      : undefined
  return {
    reached,
    sectionKind,
    peoplePart,
    noProjects,
    // A question ("I have an idea for a project. How do I pursue it?") under a FAQ asks about
    // projects; its answer is still the FAQ's.
    says:
      sectionKind !== undefined ||
      peoplePart ||
      noProjects !== undefined ||
      (PROJECTS_NAMED.test(sectionText) && !sectionText.trimEnd().endsWith('?')),
    projectList: headsProjectList(sectionText)
  }
}

/** The project a sub-heading under "Subprojects" names: its text is the summary, its links its own. */
function headedProject(
  part: Part,
  title: string,
  context: GuideContext
): Project & { at: Position } {
  const where = `project "${title}"`
  const texts: string[] = []
  const links: Link[] = []
  for (const block of part.blocks) {
    if (block.kind === 'paragraph') {
      texts.push(plainText(block.inline))
      for (const span of block.inline.spans)
        if (span.href !== undefined) addLink(links, span, where, context)
    } else if (block.kind === 'list') {
      for (const item of block.items)
        for (const span of deepSpans(item)) addLink(links, span, where, context)
    }
  }
  const summary = texts
    .filter(Boolean)
    .map((text) => asSentence(capitalize(text)))
    .join(' ')
  return {
    title: cleanName(title),
    status: 'current',
    ...(summary ? { summary } : {}),
    technologies: technologiesIn(context.dictionary, [title, ...texts].join('\n')),
    links,
    at: part.heading?.inline.at ?? { line: 1, column: 1 }
  }
}

/**
 * A list line that is one link named for the kind of place it leads to ("Matrix Channel",
 * "Google Drive", "GitHub Project Admin", "Meeting notes") or for the service alone ("GitHub"):
 * where a team works, not its work.
 */
function resourceLink(item: ListItem): boolean {
  const spans = item.inline.spans.filter((span) => span.text.trim() !== '')
  if (spans.length !== 1 || spans[0].href === undefined || item.details.length > 0) return false
  return RESOURCE.test(spans[0].text.trim())
}

const RESOURCE =
  /^(?:(?:github|gitlab|matrix|slack|discord|zulip|gitter)|(?:github|gitlab|matrix|slack|discord|zulip|gitter|google|irc)\s+(?:project|channel|chat|drive|folder|docs?|calendar|group|board|repo(?:sitory)?|wiki|meet)(?:\s+\p{L}+)?|(?:meeting\s+)?(?:notes|agenda|minutes|recordings?)|(?:mailing\s+list|calendar|drive|folder|forum|wiki|slides|chat\s+channel|channel))$/iu

function listProject(
  item: ListItem,
  status: InferredStatus,
  where: string,
  context: GuideContext
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
    addLink(
      links,
      REFERENCE_LABEL.test(label) ? { ...span, text: `${label} ${title}` } : span,
      where,
      context
    )
  }
  return {
    title,
    status,
    ...(fullSummary ? { summary: fullSummary } : {}),
    technologies: technologiesIn(context.dictionary, [text, ...details].join('\n')),
    links,
    at: item.at
  }
}

/**
 * "team X has no projects", said of each team read for projects that has none, only where
 * another team of the guide lists some: on a guide (or a team's page) that lists no team's
 * projects, a team simply lists none, as its writers chose.
 */
export function projectlessNotes(drafts: readonly TeamDraft[], { notes }: GuideContext): void {
  const listed = (draft: TeamDraft): boolean =>
    draft.team.projects.length > 0 || draft.team.responsibilities.length > 0
  if (!drafts.some(listed)) return
  for (const draft of drafts) {
    if (!draft.projectless || listed(draft)) continue
    notes.add(
      'problem',
      draft.at,
      `team "${draft.team.name}" has no projects: no list, and no sentence says what it works on`
    )
  }
}

/**
 * The technologies the dictionary finds in a text, web addresses and roles' qualifiers aside,
 * each once.
 */
export function technologiesIn(dictionary: TechnologyDictionary, text: string): string[] {
  const read = withoutAddresses(text).replace(ROLE_QUALIFIER, '$1')
  return [...new Set(dictionary.find(read).map((match) => match.name))]
}

/**
 * "Senior Backend Engineer (Go)", "a Platform Engineer (Kubernetes, Terraform)", "backend
 * developer (Go)": what a role asks of the person who fills it, in parentheses after its title.
 * It is the role's, not what the team uses (a team's text that says so names it elsewhere).
 */
const ROLE_QUALIFIER =
  /\b((?:engineer|developer|architect|sre|programmer|scientist|analyst|designer|specialist|consultant|intern|tech lead))\s*\([^()\n]{1,120}\)/giu

/**
 * What a list under a team holds when no introduction says: projects, unless every item is a
 * link alone (links), a technology's name alone (the stack) or a person (the team's people):
 * a list of links or of tools is never a list of projects.
 */
function plainListKind(
  items: ListItem[],
  dictionary: TechnologyDictionary
): ListKind | 'people' | 'instructions' {
  const texts = items.map((item) => plainText(item.inline))
  // People, the roles the team hires for and who supports it ("Product: Supported by …").
  // A maintainers file's "Ana Diaz - @anad (ana@example.com)" is a person as much as a role line.
  const person = (text: string): boolean => PERSON_LINE.test(text) || isHandleLine(text)
  const aboutPeople = texts.filter(
    (text) => person(text) || HIRING_LINE.test(text) || SUPPORT_LINE.test(text)
  ).length
  if (items.length > 0 && aboutPeople === items.length && texts.some(person)) return 'people'
  if (texts.filter(person).length * 2 >= items.length && items.length > 0) return 'people'
  // Lines written to the reader ("Please do NOT message us directly", "Feel free to open an
  // issue", "Need a new dependency? Create a request"), most of the list: what to do, not work.
  if (texts.filter((text) => TO_THE_READER.test(text)).length * 2 > items.length)
    return 'instructions'
  const linkOnly = items.every((item) => {
    const spans = item.inline.spans.filter((span) => span.text.trim() !== '')
    return (
      spans.length > 0 &&
      spans.every((span) => span.href !== undefined || /^[\s,;:–—-]*$/u.test(span.text))
    )
  })
  // Tools named by links to their pages ("[Datadog](./datadog/README.md)") are still the stack.
  if (
    texts.length > 0 &&
    texts.every((text) => dictionary.lookup(text.replace(/[.;,]$/u, '').trim()) !== undefined)
  )
    return 'stack'
  if (linkOnly && item0HasLink(items)) return 'links'
  return 'projects'
}

/** The lead and headcount a list of the team's people gives ("Alice (Team lead, Engineer)"). */
function peopleOf(
  lines: string[],
  at: Position,
  name: string,
  { notes }: GuideContext,
  /** The headcount a field states ("Headcount: 6"): it wins over the people listed. */
  stated?: number,
  /** How the note says where that headcount comes from. */
  statedBy = 'as its headcount says'
): Pick<Team, 'lead' | 'members'> {
  // The list is the team's people (by its heading or its lines): a name alone is a person too,
  // and so is a name with a bracket of what they work with ("Ana Silva (Go, Kafka)"), or with
  // their handle and their role each in one ("Cy Park (@cy) (lead)").
  const people = lines
    .flatMap(onePersonPerLine)
    .filter(
      (line) =>
        (PERSON_LINE.test(line) ||
          isPersonName(line) ||
          isPersonName(line.replace(/(?:\s*\([^()]{1,80}\)){1,2}$/u, ''))) &&
        !/^_?(?:hiring|incoming)\b/iu.test(line)
    )
  if (people.length === 0) {
    if (stated === undefined) return {}
    notes.add(
      'inferred',
      at,
      `team "${name}": ${stated === 1 ? '1 person' : `${stated} people`}, ${statedBy}`
    )
    return { members: stated }
  }
  // "- Lead: Ana Ruiz" among the team's fields and "Ana Ruiz" in its people's list: one person.
  const count = new Set(people.map((line) => cleanName(personName(line)).toLowerCase())).size
  // The person a team's people list puts in charge of it.
  const leadLine = leadingLine(people)
  const leadName = leadLine ? cleanName(personName(leadLine)) : ''
  // "Lead: Carla Diaz" alone names who leads the team, not how many work in it.
  if (stated === undefined && leadName && people.every((line) => LEAD_FIELD_LINE.test(line))) {
    notes.add('inferred', at, `team "${name}": led by ${leadName} (no headcount given)`)
    return leadName.length <= 200 ? { lead: { name: leadName } } : {}
  }
  notes.add(
    'inferred',
    at,
    stated === undefined
      ? `team "${name}": ${count === 1 ? '1 person' : `${count} people`} listed${leadName ? `, led by ${leadName}` : ''}`
      : `team "${name}": ${stated === 1 ? '1 person' : `${stated} people`}, ${statedBy}${leadName ? `, led by ${leadName}` : ''}`
  )
  return {
    members: stated ?? count,
    ...(leadName && leadName.length <= 200 ? { lead: { name: leadName } } : {})
  }
}

/**
 * The technologies a paragraph names in brackets with nothing else there: "(Kotlin, Kafka)",
 * "(Go / gRPC)". A bracket holding any other word ("(since 2021)", "(Go, mostly legacy)") names
 * none, nor does one right after a link ("[compnerd](…) (GitHub)": where the account is) or a
 * name ("then Data Platform (Kafka, Go)": what that unit uses).
 */
function bracketedStack(spans: readonly Span[], dictionary: GuideContext['dictionary']): string[] {
  const names: string[] = []
  spans.forEach((span, i) => {
    if (span.href !== undefined) return
    for (const found of span.text.matchAll(/\(([^()]{1,120})\)/gu)) {
      // The words just before the bracket (a bounded look: a paragraph may hold thousands).
      const from = Math.max(0, found.index - 60)
      const before = span.text.slice(from, found.index).trim()
      if (i > 0 && spans[i - 1].href !== undefined && from === 0 && !before) continue
      // "then Data Platform (Kafka, Go)": brackets after a name describe what it names; after
      // a role ("a backend developer (Go)"), what the role asks of whoever fills it.
      if (namesBeforeBracket(before, dictionary) || ENDS_WITH_JOB.test(before)) continue
      // "migrating off the legacy billing system (Perl, Oracle)": what the team leaves behind.
      if (LEAVING.test(before)) continue
      for (const name of technologyList(found[1], dictionary) ?? [])
        if (!names.includes(name)) names.push(name)
    }
  })
  return names
}

/**
 * A responsibility named by the technology it is ("Kafka", "Terraform modules", "Jenkins/GitLab
 * templates", "Istio strict mTLS"): that technology, and those written with it, before at most
 * three words of what the team makes of them. Undefined when the item opens on anything else
 * ("Payments integration with Stripe").
 */
function ownedTechnology(
  text: string,
  dictionary: GuideContext['dictionary']
): string[] | undefined {
  const words = /^(.+?)((?:\s+[\p{Ll}\p{Lu}][\p{L}-]*){0,3})$/u
  const found = dictionary.find(text, 'list')
  if (found.length === 0 || found[0].start !== 0) return undefined
  // The technologies the item opens with, joined by "/", ",", "+" or "and".
  let end = found[0].end
  const names = [found[0].name]
  for (const match of found.slice(1)) {
    if (!/^\s*(?:[/,+&]|and)\s*$/u.test(text.slice(end, match.start))) break
    names.push(match.name)
    end = match.end
  }
  const rest = text.slice(end).trim()
  if (rest !== '' && (!words.test(`x ${rest}`) || rest.split(/\s+/u).length > 3)) return undefined
  return [...new Set(names)]
}

/** A short line with no sentence in it: names, as a list's line gives them. */
function namesAlone(text: string): boolean {
  const line = text.trim().replace(/\.$/u, '')
  return line.split(/\s+/u).length <= 8 && !/[.!?:]\s/u.test(line)
}

/**
 * The technologies a text lists with nothing else in it ("Kotlin, Kafka", "Go / gRPC", "iOS,
 * Android and React Native"), or undefined. "(C++)" and "(PL/SQL)" name one each: a piece the
 * dictionary knows whole is not cut at its "+" or "/".
 */
function technologyList(
  text: string,
  dictionary: GuideContext['dictionary']
): string[] | undefined {
  const pieces = text
    .split(/\s*(?:[,;&]|\band\b)\s*/u)
    .flatMap((piece) => (dictionary.lookup(piece) ? [piece] : piece.split(/[/+]/u)))
    .map((piece) => piece.trim())
    .filter(Boolean)
  const known = pieces.map((piece) => dictionary.lookup(piece)?.name)
  if (pieces.length === 0 || known.some((name) => name === undefined)) return undefined
  return [...new Set(known as string[])]
}

/**
 * Whether the words before a bracket end on a name the bracket describes: a unit's or a
 * person's ("then Data Platform (Kafka, Go)"). A technology's name is no such name ("payments
 * via Stripe (Java)": what the team builds with), nor initials closing a list of the team's
 * work ("login, SSO, MFA (Go)", "Login, SSO and MFA (Go)": the bracket closes the list).
 */
function namesBeforeBracket(before: string, dictionary: GuideContext['dictionary']): boolean {
  const name = /(?:^|\s)(\p{Lu}[\p{L}\p{N}-]*)$/u.exec(before)?.[1]
  if (name === undefined) return false
  if (dictionary.lookup(name)) return false
  const listed = /(?:,|\band\b|&)\s*$/u.test(before.slice(0, -name.length).trim() + ' ')
  return !(listed && /^\p{Lu}{2,5}s?$/u.test(name))
}

/**
 * A clause saying what the team builds with: "we use", "we build with", "built with", "written
 * in", "runs on", "powered by", "our stack is", and "built using" or "developed using" as "built
 * with" says it. What it names up to the clause's end is stack.
 */
const BUILDS_WITH =
  /\b(?:we\s+(?:mostly\s+|mainly\s+|primarily\s+|also\s+)?(?:use|build\s+(?:with|on|in)|write\s+(?:in)?|work\s+(?:with|in)|run\s+on|rely\s+on)|(?:is|are)\s+(?:built|written|developed|implemented)\s+(?:with|in|on|using)|built\s+(?:with|on|using)|(?:developed|written)\s+using|written\s+in|powered\s+by|runs?\s+on|our\s+(?:tech(?:nology)?\s+)?stack\s+(?:is|includes))\b/giu

/** Words that say a clause is about what the team tries, not what it builds with. */
const TRYING =
  /\b(?:evaluat(?:e|es|ed|ing)|consider(?:s|ed|ing)?|explor(?:e|es|ed|ing)|experiment(?:s|ed|ing)?|trying|trialling|piloting|planning|plan to|want to|would like|might|may|hope)\b/iu

/** The technologies a sentence says the team builds with (BUILDS_WITH), each once. */
function statedStack(text: string, dictionary: GuideContext['dictionary']): string[] {
  const names: string[] = []
  for (const found of text.matchAll(BUILDS_WITH)) {
    const start = found.index + found[0].length
    const rest = text.slice(start, start + 200)
    const clause = rest.split(/[.;!?]|\s(?:but|except|while|whereas|although)\s/u)[0]
    const before = text.slice(Math.max(0, found.index - 40), found.index)
    if (TRYING.test(before) || TRYING.test(clause) || LEAVING.test(clause)) continue
    for (const match of dictionary.find(clause, 'prose'))
      if (!names.includes(match.name)) names.push(match.name)
  }
  return names
}

/** Words that say a team is leaving what it names: "the legacy system", "migrating off". */
const LEAVING =
  /\b(?:legacy|deprecated|old|retired|retiring|sunset(?:ting)?|migrat(?:e|es|ed|ing)|moving (?:away|off)|replac(?:e|es|ed|ing)|phas(?:e|es|ed|ing) out)\b/iu

/**
 * A people field that names who works in the team, not a role: "Members", "Team members" (and
 * CONTACT_PEOPLE's "Team contact" over people: "Team contact: Ana Ruiz, Bo Chen" names who to
 * reach).
 */
const MEMBERS_LABEL = /^(?:team\s+)?(?:members|people)$/iu

/** A people line read from a lead's field: "Carla Diaz (Lead)", "Olu Adeyemi (Manager)". */
const LEAD_FIELD_LINE =
  /\((?:team |tech(?:nical)? |engineering )?(?:leads?|managers?|ems?|owners?)\)$/iu

/**
 * A line addressed to the reader: asked ("please", "feel free to"), told what to do when ("If
 * you need…", "Make sure…", "Do not…"), answered after a question ("Packaging question? Ping
 * us in your issue"), or asked as a question ("How can we mentor new members better?").
 */
const TO_THE_READER =
  /\b(?:please|feel free to|kindly)\b|^(?:(?:if|when|once|before|after|unless) you|you(?:'ll|’ll|'re|’re| can| should| will| must| may| need| might)|your|do not|don(?:'|’)t|never|make sure|remember to|be sure to)\b|^[^.?!]{2,60}\?(?:\s+\S|$)/iu

/**
 * A paragraph that asks the reader to join ("We're hiring! See careers.", "Join us! We're
 * hiring backend engineers.", "We are always hiring great engineers.", "Want to work with us?"):
 * said to the reader, often at the page's end under its last team, and no part of what the team
 * does.
 */
const JOIN_CALL =
  /^(?:(?:we(?:'|’)re|we are|we(?:'|’)re also|we are also)\s+(?:(?:always|also|now|currently|actively)\s+)?hiring\b|now hiring\b|join us\b|come (?:and )?(?:work|join)\b|(?:want|interested|looking) (?:to work|in joining|to join)\b|(?:see|check out|visit) our (?:careers|jobs|open (?:roles|positions))\b)/iu

/** A part that lists the roles its team is hiring for: "Hiring", "Open roles", "Vacancies". */
const OPEN_ROLES_HEADING =
  /^(?:(?:we(?:'|’| a)re |now )?hiring!?|open (?:roles|positions|jobs)|(?:current |job )?openings|vacancies|(?:open )?roles we(?:'|’| a)re hiring for)$/iu

/** Whether a table's first column names someone in a row: "Ana Silva", not "order-api". */
function someRowNamesAPerson(table: Extract<Block, { kind: 'table' }>): boolean {
  return table.rows.some(
    (row) => row.cells[0] !== undefined && isPersonName(plainText(row.cells[0]))
  )
}

/** A people table's rows as people's lines: "Ana Silva (Engineering Manager)". */
function peopleRows(table: Extract<Block, { kind: 'table' }>): string[] {
  const role = table.header.findIndex((cell) => rolesColumn(plainText(cell).trim()))
  return table.rows.flatMap((row) => {
    const name = row.cells[0] ? plainText(row.cells[0]).trim() : ''
    const held = role > 0 && row.cells[role] ? plainText(row.cells[role]).trim() : ''
    return name ? [held ? `${name} (${held})` : name] : []
  })
}

/** A people table's column of the role each person holds: a role column, or "Roles". */
const rolesColumn = (cell: string): boolean => ROLE_COLUMN.test(cell) || /^roles$/iu.test(cell)

/**
 * An item of such a list as a role's title: "Senior Go Engineer (remote)"; none for a sentence.
 * What its closing bracket asks ("(Go)") is kept in `asks` under the title, for its technologies.
 */
function roleTitle(text: string, asks: Map<string, string>): string[] {
  const bracket = /\s*\(([^()]*)\)\s*$/u.exec(text)
  const title = cleanName(bracket ? text.slice(0, bracket.index) : text)
  if (!title || title.length > 120 || /[.!?]$/u.test(title) || title.split(' ').length > 8)
    return []
  if (bracket) asks.set(title, `${asks.get(title) ?? ''} ${bracket[1]}`)
  return [title]
}

/** A list whose every line is one job's title (ONE_JOB): the team's openings. */
function listsOpenings(items: readonly ListItem[]): boolean {
  return (
    items.length > 0 &&
    items.length <= 12 &&
    items.every((item) => item.children.length === 0 && ONE_JOB.test(plainText(item.inline)))
  )
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

/** "Roles:", "Team members:", "Who's who:": a label alone over the team's people. */
const PEOPLE_INTRO =
  /^(?:(?:our|the|team|current)\s+)?(?:roles|people|members|team members|staff|who(?:'|’)?s who)\s*:$/iu

function listKind(written: string): ListKind | undefined {
  // "The Speed Tooling team provides:": the team's own name says nothing of what the list holds.
  const text = written.replace(NAMED_TEAM, 'the team')
  if (PEOPLE_INTRO.test(text.trim())) return 'people'
  if (LINKS_INTRO.test(text)) return 'links'
  if (WORK_INTRO.test(text) && !STACK_INTRO.test(text)) return 'responsibilities'
  if (OWNERSHIP_INTRO.test(text) && !STACK_INTRO.test(text)) return 'responsibilities'
  if (
    STACK_INTRO.test(text) &&
    !/\bprojects?\b/iu.test(text) &&
    !AIMS.test(text) &&
    !TECH_TOPICS.test(text)
  )
    return 'stack'
  // The stack's label in another language ("Tecnologías", "主要技术栈").
  if (teamField(text.replace(/:$/u, '').trim()) === 'stack') return 'stack'
  return undefined
}

/**
 * "Tech topics", "Sujets tech", "Tech debt", "Tech talks": subjects the team takes up about its
 * technology (backups, deployments, maintenance), not what it builds with.
 */
const TECH_TOPICS = /\b(?:topics?|subjects?|sujets?|temas?|th[eè]mes?|debt|talks?|issues?)\b/iu

/** "The Speed Tooling team", "the [Data Tools](…) squad": a team by its capitalized name. */
const NAMED_TEAM = /\b(?:the\s+)?(?:\p{Lu}[\p{L}\p{N}&-]*\s+){1,4}(?:team|squad)\b/gu

/**
 * "Technology Vision", "Tech strategy", "Technology goals": what the team aims for, written as
 * sentences about its technology, not the list of what it builds with.
 */
const AIMS = /\b(?:vision|mission|strategy|goals?|principles|values|roadmap)\b/iu

/**
 * "Staff can see the list in the following spreadsheet:": the sentence that introduces a list
 * says what it holds, whatever the paragraph said before ("tools that we use such as GitHub").
 */
const DOCUMENTS_INTRO =
  /\b(?:following|these|this|below|our)\s+(?:spreadsheets?|sheets?|documents?|docs?|pages?|links?|boards?|resources?)\b[^.!?]*:$/iu

/**
 * "More ways to reach us:", "You can contact us at:": the sentence that introduces a list says
 * its lines are where the team is reached ("For production questions, reach us in the
 * support channel"), contact points and not projects, under any heading.
 */
const CONTACT_INTRO =
  /\b(?:(?:ways|how|where) to (?:reach|contact|find|talk to) us|(?:reach|contact) us|get in touch)\b[^.!?]*:$/iu

/**
 * "We strive to:", "We aim for the following in our public projects:", "Our goals are:": the
 * sentence that introduces a list says it holds what the team aims for, not its projects.
 */
const AIMS_INTRO =
  /\b(?:we (?:strive|aim|aspire)|(?:our|its|the team(?:'|’)s) (?:goals?|aims?|objectives|ambitions?) (?:is|are)\b)[^.!?]*:$/iu

/**
 * "Some exceptions apply:", "Reach out early if your change requires:", "…unless:": the
 * sentence that introduces a list says it holds the cases where something applies ("Work has
 * legal implications", "New external dependencies"), not projects.
 */
const CONDITIONS_INTRO =
  /(?:\bexceptions?(?: apply)?|\bconditions|\b(?:if|when|whenever|unless|in case|requires?)|\bexcept(?: when| if)?)\s*:$/iu

/** "Key metrics:", "Our principles:": words and a colon, no sentence. */
const SHORT_LABEL = /^[^\s.!?:][^.!?:]{0,39}:$/u

/** The last sentence of an introduction: the one that says what the list holds. */
function lastSentence(text: string): string {
  const sentences = text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)
  return sentences[sentences.length - 1]
}

function introKind(text: string): ListKind | undefined {
  const last = lastSentence(text)
  if (DOCUMENTS_INTRO.test(last) || CONTACT_INTRO.test(last)) return 'links'
  // "**Communication:**" over "- **Standup:** daily 9:30", "**Team Members:**" over names: a
  // short label says what its list holds as a heading over it would.
  if (SHORT_LABEL.test(text.trim())) {
    const reading = partReading(text.trim().replace(/:$/u, ''))
    if (reading.sectionKind) return reading.sectionKind
    if (reading.peoplePart) return 'people'
  }
  // "…At the end of the project, we deliver tests. Our teams offer experience in languages
  // like:": the sentence the colon ends says what the list holds, not an earlier one's words.
  return listKind(text.trim().endsWith(':') ? last : text)
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

/** The text of an item's further paragraphs and of every item nested under it. */
function nestedText(item: ListItem): string[] {
  return [
    ...item.details.map(plainText),
    ...item.children.flatMap((child) => [plainText(child.inline), ...nestedText(child)])
  ]
}

/** An item's text and the text of every item nested under it. */
function itemText(item: ListItem): string[] {
  return [plainText(item.inline), ...nestedText(item)]
}

/** The links of an item and of every item nested under it ("Owners:" over its OWNERS files). */
function deepSpans(item: ListItem): Span[] {
  return [...allSpans(item), ...item.children.flatMap(deepSpans)]
}

function allSpans(item: ListItem): Span[] {
  return [item.inline, ...item.details]
    .flatMap((inline) => inline.spans)
    .filter((span) => span.href !== undefined)
}

function sameTitle(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase()
}

/** Where a team's fields go as its section is read. */
interface TeamFieldLists {
  stack: string[]
  responsibilities: string[]
  people: string[]
  links: Link[]
  projects: (Project & { at: Position })[]
  openRoles: string[]
  headcount: { members?: number }
  heard: string[]
}

/** A repository written by name, "platform-core" or "acme/platform-core", not as an address. */
const REPOSITORY_NAME = /^(?:[\w.-]+\/)?[\w-][\w.-]*$/u

/**
 * One of a team's fields written as a list line ("Stack: Go, PostgreSQL"): its stack read as a
 * stack line is, its responsibilities each one, its people by the role the label names ("Lead:
 * Ana Ruiz" is Ana Ruiz, the lead), its links as links; a contact is where to reach the team.
 * Every field's words are still heard for the technologies they mention.
 */
function readFieldItem(
  item: ListItem,
  { field, value }: { field: TeamField; value: string },
  lists: TeamFieldLists,
  where: string,
  path: DataPath,
  context: GuideContext
): void {
  const label = plainText(item.inline).slice(0, plainText(item.inline).indexOf(':')).trim()
  // "Maya Ito (Staff Engineer, Elasticsearch), Ravi Shah": no part ends inside parentheses.
  const parts = value
    .split(/\s*(?:[,;]|\band\b)\s*(?![^()]*\))/u)
    .map((part) => cleanName(part).replace(/[.]$/u, ''))
    .filter(Boolean)
  if (field === 'stack') {
    readStackLine(item, where, lists.stack, path, context)
    return
  }
  if (field === 'headcount') {
    lists.headcount.members = headcountOf(value)
  } else if (field === 'hiring') {
    // "Hiring: Senior Go Engineer; SRE": a role a part ("Staff Engineer, Data (Kafka, Go)" is one).
    for (const title of value.split(/\s*[;|]\s*/u).map((part) => cleanName(part)))
      if (title && title.length <= 200 && !lists.openRoles.includes(title))
        lists.openRoles.push(title)
  }
  if (field === 'responsibilities') {
    for (const part of parts)
      if (part.length <= 200 && !lists.responsibilities.includes(part))
        lists.responsibilities.push(part)
  } else if (field === 'people') {
    // "Lead: Ana Ruiz" keeps its label, the role it names; "Team members: Ana Ruiz, Ben Stone"
    // names no role, only who works there.
    const role = labelWords(label)
    lists.people.push(
      ...parts.map((part) =>
        MEMBERS_LABEL.test(role) || CONTACT_PEOPLE.test(role) ? part : `${part} (${role})`
      )
    )
  } else if (field === 'links') {
    // "Repos: https://github.com/acme/payments": an address written out is a link as one
    // written as markdown's is ("github.com/acme/sso", copied without its scheme, too).
    const written = allSpans(item)
    const spans =
      written.length > 0
        ? written
        : value.split(/[\s,;|]+/u).flatMap((word) => {
            const href = webAddress(word)
            return href ? [{ text: word, href, at: item.at }] : []
          })
    for (const span of spans) addLink(lists.links, span, where, context)
    const bare = label.replace(/[*_`]/gu, '')
    if (
      spans.length === 0 &&
      namesRepositories(bare) &&
      parts.length > 0 &&
      parts.every((part) => REPOSITORY_NAME.test(part))
    ) {
      // "Repos: platform-core, mesh": code named, not linked, as a Repositories column's
      // bare names are: the team's projects.
      for (const title of parts)
        if (!lists.projects.some((project) => sameTitle(project.title, title)))
          lists.projects.push({
            title,
            status: 'current',
            technologies: [],
            links: [],
            at: item.at
          })
      lists.heard.push(value)
      context.notes.add(
        'inferred',
        item.at,
        `"${excerpt(label)}:" in ${where} names ${parts.length} ${parts.length === 1 ? 'repository' : 'repositories'}, not linked: made the team's projects`
      )
      return
    }
    if (spans.length === 0) {
      lists.heard.push(value)
      context.notes.add(
        'skipped',
        item.at,
        `"${excerpt(label)}:" in ${where} holds no link: "${excerpt(value)}" left out`
      )
      return
    }
  }
  lists.heard.push(value)
  context.notes.add(
    'inferred',
    item.at,
    `"${excerpt(label)}:" in ${where} read as the team's ${field === 'hiring' ? 'open roles' : field}, not a project`
  )
}

/**
 * A paragraph of nothing but a link named as the team ("[Search](…)", a list line's or a table
 * row's name carried as a link): it gives the team its link and says nothing for its summary.
 */
function linksOnlyTo(inline: Inline, name: string): boolean {
  return (
    inline.spans.length > 0 &&
    inline.spans.every((span) => span.href !== undefined) &&
    unitKey(plainText(inline)) === unitKey(name)
  )
}
