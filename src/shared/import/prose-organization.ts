import { escapeRegExp } from '../escape-reg-exp'
import { bodyBefore } from './body-name'
import { organizationKey } from './linked-organization'
import { plainText, type Block, type Inline } from './markdown-blocks'

// The organization a page's sentences write as theirs ("CivicActions has the following
// departments in our organization", "at PostHog", "Grab's tech families"), for guide-company.ts,
// which asks it last, when no title, front matter, link, handle or phrase has named one.

/**
 * A name as running text writes an organization's: one word opening with a capital ("Grab",
 * "CivicActions", "PostHog") or with a short lower-case prefix before one ("inDriver", "eBay"),
 * not inside an address or a handle ("github.com/acme", "@acme"), and not run into the next word
 * by a dot or a hyphen ("Acme-CLI" and "Acme.com" are others).
 */
const NAME =
  /(?<![\p{L}\p{N}.@/#_'’-])(?:\p{Lu}|\p{Ll}{1,3}\p{Lu})[\p{L}\p{N}]*(?![\p{L}\p{N}_]|[.-][\p{L}\p{N}])/gu

/**
 * A common word as prose writes it, in lower case between spaces or punctuation ("many",
 * "through"): a capitalized word the text also writes so opens a sentence, it is no name. A
 * word in an address ("github.com/acme", "acme.com") does not count.
 */
const COMMON_WORD = /(?<=^|[\s("'“])\p{Ll}+(?=[\s,;:!?)"”]|\.(?:\s|$)|$)/gmu

/** Words that open sentences and headings without being names, in a page too short to show it. */
const FUNCTION_WORDS = new Set(
  `a an the this these those that there their they them then thus if for who what when where why
  how which while with without within we our us you your it its he she his her in on at to of by
  from as and or but not no yes so all any each every some many most more other another one both
  here note notes please see name names about overview welcome engineering product design sales
  marketing support operations security infrastructure platform data research finance legal people
  foundation company organization organisation project community`.split(/\s+/u)
)

/** Whether a word, in any case, is one that opens sentences and headings without being a name. */
export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word.toLowerCase())
}

/** "Acme's brand", "Acme's teams": a possessive whose object only an organization has. */
const OWNED =
  /^['’]s\s+(?:[\p{L}-]+\s+)?(?:brand|values|mission|vision|customers|employees|staff|teams?|team members|way|culture|handbook|company|business|engineers|engineering|leadership|departments?)\b/u
const POSSESSIVE = /^['’]s\s+\p{Ll}/u
const POSSESSIVE_ANY = /^['’]s\b/u
/**
 * "We are Brightline, a fintech…", "We're Brightline —": the page's people saying who they are
 * name their organization, unless they name a unit of it ("We are Payments, the team that…").
 */
const WE_ARE = /(?:^|[^\p{L}\p{N}])(?:we\s+are|we['’]re)\s+$/iu
const WE_ARE_UNIT =
  /^\s*(?:[,:—–-]\s*)?(?:(?:an?|the|our)\s+)?(?:(?!(?:of|with|in|across|for|and)\s)[\p{L}-]+\s+){0,2}?(?:groups?|teams?|squads?|units?|(?:sub-?)?departments?|divisions?|guilds?|tribes?|chapters?|pods?|crews?)\b/iu
/** A place's name, after the kind of place it is: "Province of Arcadia", "State of Ohio". */
const PLACE_OF =
  /\b(?:Province|State|City|County|Commonwealth|Republic|Kingdom|Canton|Territory|Municipality)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}]*)(?![\p{L}\p{N}])/gu
/**
 * A word after an indefinite article, as the noun itself: "an MVP that…", "a Bureau." ("a
 * Kubernetes cluster", "a GitLab team member" write a name as a modifier: still a name).
 */
const INDEFINITE =
  /(?<![\p{L}\p{N}])(?:a|an|A|An)\s+(\p{Lu}[\p{L}\p{N}]*)(?=\s*(?:[.,;:!?)]|$)|\s+(?:that|which|who|whose|is|was|will|can|to|for|of|in|on|and|or|with|as|from)\b)/gu
const AT = /(?:^|[^\p{L}\p{N}])(?:at|join|joining|within)\s+$/iu
const WITHIN_THE = /(?:^|[^\p{L}\p{N}])(?:within|across|throughout)\s+the\s+$/iu
const KIND = /^\s+(?:project|community|organi[sz]ation|foundation|company)\b/u
/** The capitalized words after a name's first: " Labs", " Health Systems". */
const MORE_WORDS = /^(?: (?!(?:and|of|the|for|in|on|at|to)\b)\p{Lu}[\p{L}\p{N}]*){1,2}/u
/** A unit's word after a name: "the Release Tooling group". */
const UNIT_AFTER =
  /^\s+(?:groups?|teams?|squads?|units?|(?:sub-?)?departments?|divisions?|sections?|stages?|offices?|guilds?|sigs?|wgs?)\b/iu
/**
 * "bring Acme into their workflows", "brings the power of Acme to every developer": what the
 * page's people bring to others is what their organization offers, named after it.
 */
const BRINGS = /\bbring(?:s|ing)?\s+(?:the\s+(?:value|power|benefits?)\s+of\s+)?$/iu
/** "within all aspects of Project ", "across Project ": before a project's formal name. */
const FORMAL_PROJECT =
  /(?:^|[^\p{L}\p{N}])(?:within|across|throughout)\s+(?:all\s+(?:aspects|parts|areas)\s+of\s+)?Project\s+$/u
/** "the Acme product", "the Acme products": what the organization makes, named after it. */
const PRODUCT = /^\s+products?\b/u
/**
 * " Labs", " Technologies Inc": the capitalized words after a name's first up to a word only a
 * company's registered name ends with ("Rivet Labs", "Umbra Technologies").
 */
const INCORPORATED =
  /^((?: (?!(?:and|of|the|for|in|on|at|to)\b)\p{Lu}[\p{L}\p{N}]*){0,2}? (?:Labs|Inc|Incorporated|Corp|Corporation|Ltd|LLC|GmbH|Technologies|Industries|Holdings))(?![\p{L}\p{N}])/u
const ORGANIZATION_KIND = /^\s+(?:organi[sz]ation|foundation|company)\b/u
/**
 * "The staff of Acme", "staff working within GDS", "employees from inDriver", "members of the
 * Meltano staff": the people an organization employs, named with it.
 */
const STAFF_OF =
  /\b(?:staff|employees|colleagues|people|members|everyone|anyone)\s+(?:(?:working|who work|employed)\s+)?(?:of|at|from|within|for|in)\s+(?:the\s+)?$/iu
const STAFF_AFTER = /^\s+(?:staff|employees)\b/u
/**
 * "Platform Engineering works within Technology Services", "The Mobile team sits within Consumer
 * Apps", "Work happens within Harbor Engine": where a team works, sits or happens is a unit or a
 * system, not its organization (which it works at). "staff working within GDS" is STAFF_OF's.
 */
const PLACED_WITHIN =
  /\b(?:works?|sits?|sitting|lives?|happens?|operates?|(?:is|are)(?:\s+(?:housed|based|located|placed|organi[sz]ed|nested))?)\s+within\s+$/iu
/** A kind of unit written as a word of its own ("Teams", "Working Groups"), never a name. */
const UNIT_KIND_WORD =
  /^(?:teams?|squads?|groups?|guilds?|chapters?|tribes?|pods?|crews?|committees?|councils?|departments?|divisions?)$/iu

/** Words saying which of the people, not whose: "Emeritus maintainers", "Senior committers". */
const PEOPLE_STATUS =
  /^(?:emeritus|senior|junior|primary|secondary|former|past|previous|retired|active|inactive|current|new|lead|core|named|other|area|module|component|release|backup|interim)$/iu
/**
 * "Acme maintainers", "the Acme security team", "Acme core team": the project's own people, whom
 * only the project has (its users and admins may be anyone's).
 */
const MEMBERS_AFTER =
  /^\s+(?:maintainers|committers|core\s+(?:team|maintainers|developers)|security\s+team|steering\s+(?:committee|council)|technical\s+(?:committee|steering\s+committee))\b/iu
/** "Acme has…", "Acme Engineering is…": a sentence whose subject is the name, then a verb. */
const SUBJECT =
  /^(?:\s+Engineering)?\s+(?:is|are|was|were|has|have|had|started|uses|leverages|builds|believes|formed|decided|hosts|works|grew|helps)\b/u
/** A sentence about the organization as such: its company, its departments, its employees. */
const ABOUT_ORGANIZATION = /\b(?:company|organi[sz]ation|departments|employees)\b/u

/** How far before and after a name its context is read. */
const BEFORE = 30
const AFTER = 60
/** How far around a name its sentence is read. */
const SENTENCE = 300

export interface ProseOrganization {
  name: string
  /** The sentence that writes it as an organization, for the note. */
  words: string
}

interface Candidate {
  uses: number
  /** Sentences only an organization is the subject or owner of ("at Acme", "Acme's teams"). */
  organization: number
  /** "the Acme product": what the page's teams make, the organization's unless it names itself. */
  product: number
  /** Any writing of it as the page's own ("the Acme project", "Acme's tech", "Acme has…"). */
  owner: number
  words: string
}

/**
 * The organization a page's prose writes as its own, when nothing else named it: the name it
 * writes as an organization ("at PostHog", "Acme's teams", "within the Acme project", "Acme has
 * the following departments in our organization") or, written at least twice, as the owner of
 * its things ("Grab's tech families", "The Carpentries community", "Acme is…"). A word the text
 * also writes in lower case is a common word ("Many", "Through"), not a name. A technology the
 * dictionary knows (`isTechnology`: PostHog, Authelia) is a product the teams use unless the page
 * writes it as an organization twice, or once where its links or e-mail addresses name it too.
 * Ties name nothing: a wrong name is worse than none. One pass over the page, once per document.
 */
export function proseOrganization(
  blocks: Block[],
  isTechnology: (name: string) => boolean,
  linkedKeys: ReadonlySet<string>
): ProseOrganization | undefined {
  const lines = blockLines(blocks)
  const text = lines.join('\n')
  const common = new Set<string>()
  for (const [word] of text.matchAll(COMMON_WORD)) common.add(word)
  // "an MVP", "a Bureau": a word the page writes after "a" or "an" is a common noun, never a
  // name of its own (no one writes "an Acme").
  for (const [, word] of text.matchAll(INDEFINITE)) common.add(word.toLowerCase())
  // "the Province of Arcadia", "the City of Wexford": the name of a place, whose government or
  // people a page may be about, is no organization's name.
  for (const [, word] of text.matchAll(PLACE_OF)) common.add(word.toLowerCase())
  const mailKeys = new Set(
    [...text.matchAll(/[\p{L}\p{N}._%+-]@([\p{L}\p{N}-]+)\.\p{L}{2,}/gu)].map((found) =>
      organizationKey(found[1])
    )
  )
  const headings = blocks
    .flatMap((block) => (block.kind === 'heading' ? [block.inline.spans] : []))
    .map((spans) => spans.map((span) => span.text).join(''))
    .join('\n')
  // "## Risk" over "Risk builds fraud models": a section's own name (below the page's first
  // heading) is one of the page's units, whatever its sentences say it does.
  // "## Human Resources (HR)" over "HR is generally involved…": the abbreviation it goes by too.
  const sectionNames = new Set(
    blocks
      .filter((block) => block.kind === 'heading' && block !== firstHeading(blocks))
      .map((block) => (block.kind === 'heading' ? plainText(block.inline).trim() : ''))
      .flatMap((name) => [name, ...(/\(([^()\s]{2,12})\)$/u.exec(name)?.slice(1) ?? [])])
  )
  // "within Ops section", "within Platforms" where a heading names Platforms: the page's unit,
  // not the organization it works within.
  const unitWithin = (before: string, after: string, name: string): boolean =>
    /\bwithin\s+$/iu.test(before) &&
    (UNIT_AFTER.test(after) ||
      PLACED_WITHIN.test(before) ||
      new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u').test(headings))
  const candidates = new Map<string, Candidate>()
  for (const line of lines) {
    for (const found of line.matchAll(NAME)) {
      const word = found[0]
      const lower = word.toLowerCase()
      if (word.length < 2 || common.has(lower) || FUNCTION_WORDS.has(lower)) continue
      if (TIME_WORDS.test(word)) continue
      // "future members of Teams": a kind of unit, capitalized as the page's word, is no name.
      if (UNIT_KIND_WORD.test(word)) continue
      // "at the University of Washington": a name after a body's word and "of" is the last of
      // the body's name, read whole and from where the body's word stands.
      const body = bodyBefore(line, found.index)
      const start = body ? body.start : found.index
      const wordEnd = found.index + word.length
      const before = line.slice(Math.max(0, start - BEFORE), start)
      // "within all aspects of Project Acme", "across Project Acme": a project's formal name,
      // written where only an organization stands, is the organization's name in its words.
      const formal = FORMAL_PROJECT.exec(before)
      // "technologies within Acme Labs", "at Acme Health": a name of more words, taken whole
      // only where an organization stands, and not when a unit's word follows ("at the Release
      // Tooling group").
      const more = MORE_WORDS.exec(line.slice(wordEnd, wordEnd + AFTER))
      const longer =
        more !== null && AT.test(before) && !UNIT_AFTER.test(line.slice(wordEnd + more[0].length))
      // "part of Rivet Labs", "Umbra Technologies builds…": a name ending in a word only a
      // company's registered name ends with is an organization's wherever the text writes it.
      const incorporated = formal ? null : INCORPORATED.exec(line.slice(wordEnd))
      const name = formal
        ? `Project ${word}`
        : body
          ? `${body.name}${word}`
          : incorporated
            ? `${word}${incorporated[1]}`
            : longer
              ? `${word}${more[0]}`
              : word
      // Bounded windows, the sentence read only for a name written as the page's own: a line
      // of many names ("Go, Zig and " 50,000 times) stays linear.
      const end = formal || body ? wordEnd : start + name.length
      const after = line.slice(end, end + AFTER)
      const sentence = (): string => sentenceAt(line, start)
      const opens = /(?:^|[.!?:]\s+)$/u.test(before)
      const subject = opens && SUBJECT.test(after)
      // "members of the Feature Readiness group", "at Acme Labs": the word is the first of a
      // longer name, which is not this one ("Acme Engineering is…" is the organization's own).
      if (/^ \p{Lu}/u.test(after) && !/^\s+Engineering\b/u.test(after)) continue
      // "The BDU's channel", "the Bureau's platforms": a name taken with "the" before its
      // possessive is a unit's or a common noun's ("the Bureau"), not a name of its own.
      const theOwner = /\bthe\s+$/iu.test(before) && POSSESSIVE_ANY.test(after)
      // "Detailed project setup steps": a word opening a sentence before "project" describes it.
      const kind = KIND.test(after) && !(opens && !SUBJECT.test(after))
      // "We build the Atlas product": what the teams make is the organization's only where the
      // page names no organization of its own ("the Atlas product" beside "part of Rivet Labs").
      const product = /\b(?:the|our)\s+$/iu.test(before) && PRODUCT.test(after)
      const organization =
        formal !== null ||
        incorporated !== null ||
        (WE_ARE.test(before) && !WE_ARE_UNIT.test(after)) ||
        (OWNED.test(after) && !theOwner) ||
        (AT.test(before) && !unitWithin(before, after, name)) ||
        STAFF_OF.test(before) ||
        // "Acme staff", not "Umbra Analytics staff": a name's last word is no name of its own.
        (STAFF_AFTER.test(after) && !afterName(before)) ||
        (MEMBERS_AFTER.test(after) && !afterName(before) && !PEOPLE_STATUS.test(word)) ||
        (WITHIN_THE.test(before) && KIND.test(after)) ||
        (/\bthe\s+$/iu.test(before) && ORGANIZATION_KIND.test(after)) ||
        (subject && (/^\s+Engineering\b/u.test(after) || ABOUT_ORGANIZATION.test(sentence())))
      const owner =
        organization ||
        product ||
        // "the Product Owner’s roadmap": a longer name's last word (a role's) owns nothing.
        (POSSESSIVE.test(after) && !theOwner && !compoundTail(before)) ||
        kind ||
        subject ||
        BRINGS.test(before)
      const candidate = candidates.get(name) ?? {
        uses: 0,
        organization: 0,
        product: 0,
        owner: 0,
        words: ''
      }
      candidate.uses++
      if (organization) candidate.organization++
      if (product) candidate.product++
      if (owner) candidate.owner++
      if (owner && (!candidate.words || (organization && candidate.organization === 1)))
        candidate.words = sentence()
      candidates.set(name, candidate)
    }
  }
  const ranked = [...candidates.entries()]
    .map(([name, candidate]) => {
      const key = organizationKey(name)
      return { name, ...candidate, linked: linkedKeys.has(key) || mailKeys.has(key) }
    })
    .filter(({ name, uses, organization, product, owner, linked }) =>
      isTechnology(name)
        ? organization + product >= 2 || (organization + product >= 1 && linked)
        : !sectionNames.has(name) &&
          (organization + product >= 1 || (owner >= 1 && (uses >= 2 || linked)))
    )
    .sort(
      (a, b) =>
        b.organization - a.organization ||
        b.product - a.product ||
        b.owner + Number(b.linked) - (a.owner + Number(a.linked)) ||
        b.uses - a.uses
    )
  const [best, next] = ranked
  if (
    !best ||
    (next &&
      next.organization === best.organization &&
      next.product === best.product &&
      next.owner + Number(next.linked) === best.owner + Number(best.linked) &&
      next.uses === best.uses)
  )
    return undefined
  return { name: best.name, words: best.words }
}

/** The page's first heading, its title when it has one. */
function firstHeading(blocks: Block[]): Block | undefined {
  return blocks.find((block) => block.kind === 'heading')
}

/**
 * Whether the text before a word ends in another name's word ("Umbra " before "Analytics
 * staff"), not in a word opening the sentence ("The " before "Acme security team").
 */
function afterName(before: string): boolean {
  const last = /(\p{Lu}[\p{L}\p{N}]*)\s+$/u.exec(before)
  return last !== null && !FUNCTION_WORDS.has(last[1].toLowerCase())
}

/**
 * Whether the word is the last of a longer capitalized name: "Product Owner", "Data Engineer",
 * "Acme Labs". A word of the field a unit or a role is named for ("Product", "Data") joins a name
 * here, where it opens none; a word that only opens sentences ("At Acme’s") joins none.
 */
function compoundTail(before: string): boolean {
  const last = /(\p{Lu}[\p{L}\p{N}]*)\s+$/u.exec(before)
  if (last === null) return false
  const word = last[1].toLowerCase()
  return !FUNCTION_WORDS.has(word) || FIELD_WORDS.has(word)
}

/** Words of the field a unit or a role works in, which open compound names ("Product Owner"). */
const FIELD_WORDS = new Set(
  `engineering product design sales marketing support operations security infrastructure platform
  data research finance legal people`.split(/\s+/u)
)

/** The sentence of a line around a position. */
function sentenceAt(line: string, at: number): string {
  const from = Math.max(0, at - SENTENCE)
  const before = line.slice(from, at)
  const ends = ['. ', '! ', '? '].map((end) => before.lastIndexOf(end)).filter((i) => i >= 0)
  const start = from + (ends.length > 0 ? Math.max(...ends) + 2 : 0)
  const end = /[.!?](?:\s|$)/u.exec(line.slice(at, at + SENTENCE))
  return line.slice(start, end ? at + end.index + 1 : at + SENTENCE).trim()
}

/**
 * How much of a page's text is read: a page names its organization long before this (the dev
 * corpus's longest guide is some 30 KB), and a 10 MB guide costs no more than a long page.
 */
const MAX_TEXT = 256 * 1024

/**
 * The page's headings, paragraphs, list items and table rows, one a line (their spans' text as
 * written, soft line breaks kept), up to MAX_TEXT characters.
 */
function blockLines(blocks: Block[]): string[] {
  const lines: string[] = []
  let length = 0
  const push = (line: string): void => {
    lines.push(line)
    length += line.length + 1
  }
  const text = (inline: Inline): string => inline.spans.map((span) => span.text).join('')
  for (const block of blocks) {
    if (length > MAX_TEXT) break
    if (block.kind === 'heading' || block.kind === 'paragraph') push(text(block.inline))
    else if (block.kind === 'list')
      // An item's details hold its nested items' text already.
      for (const item of block.items) [item.inline, ...item.details].forEach((i) => push(text(i)))
    else if (block.kind === 'table')
      for (const row of [block.header, ...block.rows.map((r) => r.cells)])
        push(row.map(text).join(' | '))
  }
  return lines
}

/**
 * "office hours at 3 PM Eastern", "standup at Noon UTC", "at `Time` PM Eastern": a time, never
 * an organization the page names.
 */
export const TIME_WORDS =
  /\b(?:AM|PM|a\.m\.|p\.m\.|UTC|GMT|CET|CEST|BST|ET|PT|CT|MT|EST|EDT|PST|PDT|Eastern|Pacific|Central|Mountain|Noon|Midnight|Time|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/u
