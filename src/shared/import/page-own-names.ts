import { knownTechnologies, knownTechnology } from '../technology/dictionary/known-technologies'
import type { TechnologyDictionary } from '../technology/technology-dictionary'
import { organizationKey } from './linked-organization'
import { plainText, type Block } from './markdown-blocks'

/**
 * What a title names after the organisation: its groups, teams, project or governance, and the
 * people who keep it ("Acme Maintainers", "Acme Committers").
 */
const TITLE_TAIL =
  /\s+(?:project|community|foundation|council|governance|wiki|handbook|working groups?|wgs|sigs|special interest groups|teams|groups|charter|maintainers|committers|(?:code\s+)?owners|reviewers)\b.*$/iu

/**
 * The technologies a page names as itself, never a technology of its teams (the corpus's
 * labelling rules) though every team's section names them: the organisation a title names
 * before its groups ("Acme Project Working Groups", "Acme Governance"), and the organisation
 * the page's links name most (`wiki.acme-os.org`, `github.com/acme-os`: the repository the page
 * lives in), and the organisation whose own chat or workspace it links (`acme.slack.com`). Phrases such as "the Acme community" are no evidence: a team that builds on Acme
 * writes them about its upstream too.
 *
 * Only the name itself, not its family: a cloud company's page may link its own domain while
 * its teams build on Amazon S3 (companysOwnName keeps the company's family rule for products
 * that are features of its one product, GitLab CI at GitLab).
 */
export function pageOwnNames(
  title: string | undefined,
  linkedKeys: Iterable<string>,
  dictionary: TechnologyDictionary,
  /** The page's teams' names, in reading order. */
  teamNames: readonly string[] = []
): Set<string> {
  const own = new Set<string>()
  const fromTitle = title && TITLE_TAIL.test(title) ? title.replace(TITLE_TAIL, '') : undefined
  const titleName = fromTitle ? knownLead(fromTitle.split(/\s+/u), dictionary) : undefined
  if (titleName) own.add(titleName)
  const shared = sharedLead(teamNames, dictionary)
  if (shared) own.add(shared)
  for (const key of linkedKeys) {
    const linked = technologyKeyed(key)
    if (linked) own.add(dictionary.lookup(linked)?.name ?? linked)
  }
  return own
}

/**
 * The known technology that begins most of the teams' names, before a name of their own ("Acme
 * CLI", "Acme Server", "Acme Operator"): the project the teams are parts of, as a title would
 * name it. Two teams at least, and more than half of them; a team named only "Acme" is the
 * project's one team, not a part of it.
 */
function sharedLead(
  names: readonly string[],
  dictionary: TechnologyDictionary
): string | undefined {
  const counts = new Map<string, number>()
  for (const name of names) {
    const words = name.trim().split(/\s+/u)
    if (words.length < 2) continue
    // A project's name is a word or two: "Area 12 Of Work" asks two spellings, not three.
    const lead = knownLead(words.slice(0, Math.min(2, words.length - 1)), dictionary)
    if (lead) counts.set(lead, (counts.get(lead) ?? 0) + 1)
  }
  for (const [lead, count] of counts) if (count >= 2 && count * 2 > names.length) return lead
  return undefined
}

/**
 * The known technology whose name or alias is written as this organization key, with or
 * without the word its accounts add to it: `acme-project`, `acme-lang`, `acmehq`.
 */
function technologyKeyed(key: string): string | undefined {
  const keys = new Set([key, key.replace(ACCOUNT_SUFFIX, '')])
  for (const entry of knownTechnologies()) {
    if ([entry.name, ...entry.aliases].some((name) => keys.has(organizationKey(name))))
      return entry.name
  }
  return undefined
}

const ACCOUNT_SUFFIX = /(?<=.{3})(?:project|projects|org|hq|foundation|lang|community|official)$/u

/**
 * The known technology the words begin with, longest first: "Acme Linux Teams" is "Acme
 * Linux". A spelling the dictionary marks as an everyday word ("Spark", "Go") names nothing.
 */
function knownLead(words: string[], dictionary: TechnologyDictionary): string | undefined {
  for (let length = words.length; length >= 1; length--) {
    const spelling = words.slice(0, length).join(' ')
    const known = dictionary.lookup(spelling)
    const everyday = knownTechnology(spelling)?.ambiguous.some(
      (word) => word.toLowerCase() === spelling.toLowerCase()
    )
    if (known && !everyday) return known.name
  }
  return undefined
}

/** The page's title: its first top-level heading (or its first heading when it has none). */
export function pageTitle(blocks: Block[]): string | undefined {
  const headings = blocks.flatMap((block) => (block.kind === 'heading' ? [block] : []))
  const title = headings.find((heading) => heading.depth === 1) ?? headings[0]
  return title ? plainText(title.inline).trim() : undefined
}
