import type { CatalogFile } from '../catalog/schema'
import { escapeRegExp } from '../escape-reg-exp'
import { companyNameFromFile, fileName } from './file-name'
import { plainText, type Block } from './markdown-blocks'
import { cleanName } from './outline'
import { namesPeopleOfSomething } from './people-areas'
import type { GuideContext } from './guide-context'
import { organizationKey } from './linked-organization'
import {
  describedOrganization,
  headingsOwner,
  mailOrganizationKey,
  ownProject,
  projectPhrase,
  spelledAsWritten,
  staffOrganization,
  textHandlesOwner
} from './project-name'
import { excerpt, NAME_THE_COMPANY } from './import-notes'
import { pageTitle } from './page-own-names'
import { withBodysOf } from './body-name'
import { isFunctionWord, proseOrganization, TIME_WORDS } from './prose-organization'
import type { Position } from './markdown-blocks'
import { positionKey } from './positions'
import { readsAsAName } from './title-company'
import { titleKind } from './section-headings'

/** What a guide says of its company's name, strongest first. */
export interface CompanyClues {
  /** The text before the first heading (and top "Overview" sections): the company's summary. */
  summary: string
  /** The units' and teams' summaries: "at Acme", "Acme's engineering teams". */
  text: string[]
  /** The front matter's company. */
  front?: { name: string }
  /** A title that names an organization ("Acme Engineering"). */
  title?: { name: string; at: Position }
  /** The title's whole text ("Acme Engineering Handbook"), whose words the name was taken from. */
  titleText?: string
  /** Whether a mapping (or the preview) made the title the company: its name is then the company's. */
  titleChosen?: boolean
  /** The whole document's text, where it may write the organization as an owner. */
  document?: string
  /** The page's blocks, whose repository-style headings may name the organization. */
  blocks?: Block[]
  /** The organization most of the page's links name (mostLinkedOrganizationKey), as a key. */
  linkedKey?: string
  /** Every organization the page's absolute links name (PageLinks.linked), as keys. */
  linkedKeys?: ReadonlySet<string>
  /** The sites naming linkedKey (PageLinks.sites): `github.com/acme`, `acme.slack.com`. */
  linkedSites?: ReadonlySet<string>
}

/**
 * The company: the mapping's name, the front matter's, the title's (trimmed to the organization
 * the links name), the links' organization, a phrase of the text, --company, then the file's
 * name (a problem: the guide does not say it). Each choice is noted.
 */
export function nameCompany(clues: CompanyClues, context: GuideContext): CatalogFile['company'] {
  const { options, notes, positions, linkedCompany: linked } = context
  const at = { line: 1, column: 1 }
  positions.set(positionKey(['company']), clues.title?.at ?? at)
  let name = options.mapping?.company?.trim()
  if (!name && clues.front) {
    name = clues.front.name
    notes.add('inferred', at, `company name "${name}" taken from the front matter`)
  }
  // The name the text uses and the links' hosts confirm ("GitLab" and about.gitlab.com): it
  // also trims a title's guess to the organization ("Node.js Working Groups" → "Node.js").
  // A title whose name is not the organization the links name names a department of it when
  // the text also writes that organization as an owner ("AI Engineering" on a page that says
  // "GitLab's brand" and links about.gitlab.com); else the links may name a product it uses.
  // A title's word names the organization only where the text writes that word as a name of
  // its own: "Sustained Engineering" over a page that says only "Sustained Engineering Team",
  // or "Team Charter", names the page or its team, and "Sustained" or "Charter" is no company.
  if (!name && clues.title && clues.titleChosen) {
    name = clues.title.name
    notes.add(
      'inferred',
      clues.title.at,
      `company name "${name}" taken from the heading the mapping makes the company`
    )
  }
  const titleWritten =
    clues.title !== undefined && writtenApart(clues.title.name, clues.titleText, clues.document)
  const titleCommon =
    clues.title !== undefined &&
    writtenAsCommonWord(clues.title.name, clues.titleText, clues.document)
  const titleReads = clues.title === undefined || readsAsAName(clues.title.name)
  // A title a mapping chose leaves no guess about its words to report.
  const guessed = clues.title && !clues.titleChosen ? clues.title : undefined
  if (guessed && !titleReads)
    notes.add(
      'inferred',
      guessed.at,
      `"${guessed.name}" in the title not taken as the company: it reads as a sentence, not a name`
    )
  else if (guessed && !titleWritten)
    notes.add(
      'inferred',
      guessed.at,
      `"${guessed.name}" in the title not taken as the company: the text writes it only within "${clues.titleText}"`
    )
  else if (guessed && titleCommon)
    notes.add(
      'inferred',
      guessed.at,
      `"${guessed.name}" in the title not taken as the company: the text writes it only in lower case, as a common word`
    )
  if (!name && clues.title && titleWritten && !titleCommon && titleReads) {
    const title = clues.title.name
    const ownerInText = linked !== undefined && ownerPhrase(linked).test(clues.document ?? '')
    name =
      linked && (organizationKey(title).startsWith(organizationKey(linked)) || ownerInText)
        ? linked
        : title
    notes.add(
      'inferred',
      clues.title.at,
      name === title || organizationKey(title).startsWith(organizationKey(name))
        ? `company name "${name}" taken from the title`
        : `company name "${name}" taken from the text and the links' addresses, not "${title}" from the title (a department's name)`
    )
  }
  if (!name && linked) {
    name = linked
    notes.add(
      'inferred',
      at,
      `company name "${name}" taken from the text, where its links' addresses name it too`
    )
  }
  if (!name) {
    // The introduction and the units' text first, then the teams'.
    const text = [clues.summary, ...clues.text].join(' ')
    // "more about us at About us": a word that names no one ("About", "Our") is no organization.
    const atName = [
      ...text.matchAll(
        /\b(?:at|join|joining)\s+(\p{Lu}[\p{L}\p{N}&-]*(?:\.[\p{L}\p{N}&-]+)*(?:\s+\p{Lu}[\p{L}\p{N}&-]*){0,2})/gu
      )
    ].find((match) => !isFunctionWord(match[1].split(/\s+/u)[0]) && !TIME_WORDS.test(match[1]))
    // "Acme's engineering teams", but not "GitHub's team features": a product the dictionary
    // knows owns no teams of the page.
    const owned = [
      ...text.matchAll(/(\p{Lu}[\p{L}\p{N}&-]*)['’]s (?:engineering|teams?)\b/gu)
    ].find((match) => context.dictionary.lookup(match[1]) === undefined)
    const found = atName ?? owned ?? ownProject(text) ?? ownProject(clues.document ?? '')
    name = found?.[1].replace(/[.]+$/u, '')
    // "at Rivertown Department of Parks": a public body's name goes on past its "of".
    if (name && found === atName) name = withBodysOf(name, text, found.index + found[0].length)
    if (name) notes.add('inferred', at, `company name "${name}" taken from "${found?.[0]}"`)
  }
  // --company names it when the guide does not.
  if (!name) name = options.companyName?.trim()
  // A maintainers file names its project in its opening sentence ("patches for a particular
  // part of Acme", "the Acme MAINTAINERS file"), its team handles ("@acme/admins") or links.
  const document = clues.document ?? ''
  if (!name) {
    const phrase = projectPhrase(document)
    name = phrase?.name
    if (phrase)
      notes.add(
        'inferred',
        at,
        `company name "${phrase.name}" taken from "${excerpt(phrase.words)}"`
      )
  }
  const owner = !name && clues.blocks ? headingsOwner(clues.blocks) : undefined
  if (owner) {
    // "@kroxylicious/admins": the account is the organization's own, as it writes it.
    name = spelledAsWritten(organizationKey(owner), document) ?? owner
    notes.add(
      'inferred',
      at,
      `company name "${name}" taken from the headings naming its teams "@${owner}/…"`
    )
  }
  // Most links lead to the organization, and the text writes its name ("Kubernetes",
  // github.com/kubernetes): a name the links alone spell ("gsatts") is no name to show.
  const spelled = !name && clues.linkedKey ? spelledAsWritten(clues.linkedKey, document) : undefined
  // A page that sends its readers to a project's code-host account and to its own chat
  // workspace (github.com/kubernetes and kubernetes.slack.com) is that project's, even when its
  // text only ever writes the name in lower case: the dictionary spells it. A product the page
  // merely uses has no workspace of the page's readers.
  const housed = !name && !spelled && clues.linkedKey ? housingProject(clues, context) : undefined
  if (housed) {
    name = housed
    notes.add(
      'inferred',
      at,
      `company name "${name}" taken from the page's links to its code host's account and its chat workspace (if it is not the organization, ${NAME_THE_COMPANY})`
    )
  }
  if (spelled) {
    name = spelled
    notes.add(
      'inferred',
      at,
      `company name "${name}" taken from the page's links, most of which lead to it`
    )
  }
  // A team's page names its code host's team ("@acme/growth"): the account is the
  // organization's, as the text writes it if it does.
  const handles = !name ? textHandlesOwner(document) : undefined
  if (handles) {
    name = spelledAsWritten(organizationKey(handles), document) ?? handles
    notes.add(
      'inferred',
      at,
      `company name "${name}" taken from the code host's team handles in the text "@${handles}/…"`
    )
  }
  // "ana@acme.com", "bo@acme.com": the organization most of the page's people write from, as
  // its text writes the name ("Acme"); the domain alone ("acme") is no name to show.
  // A page that gives each person's company ("| Name | Company | Email |") lists their
  // employers, whose domains their addresses are at: those name no organization of the page.
  const mailKey =
    !name && !(clues.blocks && listsEmployers(clues.blocks))
      ? mailOrganizationKey(document)
      : undefined
  const mailed = mailKey !== undefined ? spelledAsWritten(mailKey, document) : undefined
  if (mailed) {
    name = mailed
    notes.add(
      'inferred',
      at,
      `company name "${name}" taken from the text, where most e-mail addresses are at its domain`
    )
  }
  // "conda-forge is an all-volunteer organization": a sentence saying what the organization is,
  // the last clue the text gives before the file's name.
  const described = !name ? describedOrganization(document) : null
  if (described) {
    name = described.name
    notes.add('inferred', at, `company name "${name}" taken from "${excerpt(described.sentence)}"`)
  }
  // "The staff of the Foundation for Public Code carry out…": the organization whose people
  // the page names, in more words than the prose reading takes.
  const staffed = !name ? staffOrganization(document) : null
  if (staffed) {
    name = staffed.name
    notes.add('inferred', at, `company name "${name}" taken from "${excerpt(staffed.sentence)}"`)
  }
  // "CivicActions has the following departments in our organization", "at PostHog", "Grab's
  // tech families": the organization the page's sentences write as theirs, read only when
  // nothing above named one (one pass over the page).
  const prose =
    !name && clues.blocks
      ? proseOrganization(
          clues.blocks,
          (candidate) => context.dictionary.lookup(candidate) !== undefined,
          clues.linkedKeys ?? new Set()
        )
      : undefined
  if (prose) {
    name = prose.name
    notes.add(
      'inferred',
      at,
      `company name "${name}" taken from the text, "${excerpt(prose.words)}" (if it is not the organization, ${NAME_THE_COMPANY})`
    )
  }
  const general = !name && clues.blocks ? generalArea(clues.blocks) : undefined
  if (general) {
    name = general
    notes.add('inferred', at, `company name "${name}" taken from the area "General ${name}"`)
  }
  if (!name) {
    name = companyNameFromFile(options.file, clues.blocks ? pageTitle(clues.blocks) : undefined)
    notes.add(
      'problem',
      at,
      `the guide does not name the company: called it "${name}" (${NAME_THE_COMPANY})`
    )
  }
  return { name, summary: clues.summary, source: `Imported from ${fileName(options.file)}` }
}

/**
 * The dictionary's spelling of the organization most links name, when they lead both to its
 * code host's account (`github.com/acme`) and to its chat workspace (`acme.slack.com`).
 */
function housingProject(clues: CompanyClues, { dictionary }: GuideContext): string | undefined {
  const key = clues.linkedKey
  const sites = [...(clues.linkedSites ?? [])]
  const account = sites.some((site) => site === `${site.split('/')[0]}/${key}`)
  const workspace = sites.some((site) => WORKSPACE.test(site) && site.startsWith(`${key}.`))
  if (!key || !account || !workspace) return undefined
  const known = dictionary.lookup(key)?.name
  return known !== undefined && organizationKey(known) === key ? known : undefined
}

/** Whether a table of the page has a column of its people's employers ("Company", "Affiliation"). */
function listsEmployers(blocks: Block[]): boolean {
  return blocks.some(
    (block) =>
      block.kind === 'table' &&
      block.header.some((cell) => EMPLOYER_COLUMN.test(plainText(cell).trim()))
  )
}

const EMPLOYER_COLUMN = /^(?:company|companies|employer|affiliations?|organi[sz]ations?)$/iu

const WORKSPACE = /\.(?:slack\.com|zulipchat\.com|gitter\.im|atlassian\.net)$/u

/**
 * "### General Tidewater" beside "### Builds" and "### Parser": a maintainers file's area for the
 * whole project names the project, as "the Tidewater maintainers" would (titleKind reads the
 * name as a title of its maintainers would be read: "General Engineering" names none). Only
 * among at least two more headings of its depth, as a file's areas are.
 */
function generalArea(blocks: Block[]): string | undefined {
  const headings = blocks.filter(
    (block): block is Extract<Block, { kind: 'heading' }> => block.kind === 'heading'
  )
  for (const heading of headings) {
    const found = /^General\s+(\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*)?)$/u.exec(
      cleanName(plainText(heading.inline))
    )
    if (!found) continue
    const peers = headings.filter((other) => other.depth === heading.depth).length
    const kind = titleKind(`${found[1]} maintainers`, true)
    if (peers >= 3 && kind.role === 'company' && kind.name === found[1]) return found[1]
  }
  return undefined
}

/**
 * "Acme Maintainers", "Apache Acme COMMITTERS": the page's top-level headings of people, when they
 * all name the same thing (section-assessment's projectsPeople), name the project the page
 * keeps, which is the organization when no title says more (a page read as its one team puts no
 * company entry in the outline). Top-level "Module Maintainers" beside "Platform Maintainers"
 * name a maintainers file's categories, no project.
 */
export function peopleTitleCompany(blocks: Block[]): { name: string; at: Position } | undefined {
  const people = blocks
    .filter(
      (block): block is Extract<Block, { kind: 'heading' }> =>
        block.kind === 'heading' && block.depth === 1
    )
    .map((heading) => ({ text: cleanName(plainText(heading.inline)), at: heading.inline.at }))
    .filter(({ text }) => namesPeopleOfSomething(text))
    .map(({ text, at }) => ({ name: text.replace(/\s+(?:code\s+)?\S+$/iu, ''), at }))
  const names = new Set(people.map(({ name }) => name.toLowerCase()))
  return names.size === 1 ? people[0] : undefined
}

/**
 * "GitLab's brand", "GitLab's unique way of working", "GitLab Inc.": the text writes the name as
 * an organization that owns things (not "Kubernetes's scheduler", a product's part).
 */
function ownerPhrase(name: string): RegExp {
  const escaped = escapeRegExp(name)
  const owned =
    '(?:brand|values|mission|vision|customers|employees|teams?|team members|way|culture|handbook|company|products?|business)'
  return new RegExp(
    `(?<![\\p{L}\\p{N}])${escaped}(?:['’]s\\s+(?:[\\p{L}-]+\\s+)?${owned}\\b|,?\\s+(?:Inc|Ltd|LLC|GmbH|B\\.V)\\b)`,
    'iu'
  )
}

/**
 * Whether a technology is the company's own product named like it (GitLab's teams and
 * "GitLab", Node.js's working groups and "Node.js"): an organization's own product is no
 * technology of its teams (the corpus's labelling rules), and it is named in every section.
 */
export function companysOwnName(
  company: string,
  { dictionary, notes }: GuideContext
): (name: string) => boolean {
  const key = organizationKey(company)
  const known = dictionary.lookup(company)?.name
  let noted = false
  return (name) => {
    // Its products too, by the dictionary's families: GitLab CI at GitLab.
    const own =
      name === known ||
      organizationKey(name) === key ||
      dictionary.isOrganizationsOwn(company, name)
    if (own && !noted) {
      noted = true
      notes.add(
        'inferred',
        { line: 1, column: 1 },
        `"${name}" is the company's own name: not made a technology of its teams`
      )
    }
    return own
  }
}

/**
 * Whether the document writes `name` apart from the title it was taken from: with the title's
 * own words removed ("Sustained Engineering" out of "the Sustained Engineering Team"), the name
 * still stands somewhere ("Acme's teams", "at Acme"). Kept without the title's text or the
 * document, and where the text does not use the whole title again.
 */
export function writtenApart(
  name: string,
  titleText: string | undefined,
  document: string | undefined
): boolean {
  const title = titleText?.trim()
  if (!title || document === undefined || !title.includes(name) || title === name) return true
  const titles = titleWritings(title)
  // Only a title the text uses again as a name ("the Sustained Engineering Team", its channel)
  // says what the words name together; a title written once ("Acme Engineering Handbook",
  // "Engineering at Acme") keeps its organization.
  const uses = document.match(titles)?.length ?? 0
  if (uses < 2) return true
  return standingWord(name).test(document.replace(titles, ' '))
}

/**
 * Whether the title's name is an ordinary word the text writes only in lower case apart from
 * the title: "Working Group Definitions" over "…their definitions". A name with a hyphen, a digit
 * or a dot ("compiler-rt") is a name however it is cased.
 */
export function writtenAsCommonWord(
  name: string,
  titleText: string | undefined,
  document: string | undefined
): boolean {
  const title = titleText?.trim()
  if (!title || document === undefined || !/^\p{L}+$/u.test(name)) return false
  if (name === name.toLowerCase()) return false
  const rest = document.replace(titleWritings(title), ' ')
  return !standingWord(name).test(rest) && standingWord(name.toLowerCase()).test(rest)
}

/** The title in either number: "Acme Guilds" is written again as "an Acme Guild". */
function titleWritings(title: string): RegExp {
  return new RegExp(
    [title, title.replace(/s$/u, ''), `${title}s`].map(escapeRegExp).join('|'),
    'giu'
  )
}

/** A word as written, standing apart: not inside another word, an address or a handle. */
function standingWord(spelled: string): RegExp {
  return new RegExp(
    `(?<![\\p{L}\\p{N}./@#_-])${escapeRegExp(spelled)}(?![\\p{L}\\p{N}_@-]|\\.\\p{L})`,
    'u'
  )
}
