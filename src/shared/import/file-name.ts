/** The last part of a path, the file's own name: "data/teams.csv" → "teams.csv". */
export function fileName(path: string): string {
  return path.split(/[\\/]/u).pop() ?? path
}

/** A file's name without its extension: "data/teams.csv" → "teams"; ".csv" stays ".csv". */
export function fileStem(path: string): string {
  const name = fileName(path)
  return name.replace(/\.[^.]*$/u, '') || name
}

/**
 * Names a file has for what it is in its folder, whatever organization wrote it: README.md,
 * index.md (Hugo's _index.md too), TEAMS.md, catalog-info.yaml, as their words read once "-" and
 * "_" are spaces. Most real team pages are one of these.
 */
const CONVENTIONAL_NAMES = new Set([
  'readme',
  'index',
  'teams',
  'team',
  'org',
  'organization',
  'organisation',
  'structure',
  'maintainers',
  'owners',
  'codeowners',
  'governance',
  'community',
  'people',
  'members',
  'catalog',
  'catalog info',
  // A Backstage catalog's files named after the kind of entity each holds (the browser gives a
  // folder's files by name alone, so its first file's name is all an import is called by).
  'all',
  'entities',
  'apis',
  'components',
  'systems',
  'domains',
  'resources',
  'groups',
  'users',
  'locations',
  'templates'
])

/**
 * The company's name guessed from the imported file's, for a source that does not say it:
 * "acme_corp-teams.csv" → "Acme Corp Teams", or "Company" when nothing is left or the name is
 * a conventional one ("README.md" names no company). A file named after its page's title
 * ("tech-channels-map.md" under "# Tech Channels Map", "proteus.md" under "# Team Proteus")
 * names the page, not the organization: "Company" too.
 */
export function companyNameFromFile(path: string, pageTitle?: string): string {
  const words = fileName(path)
    // "team.html.md": every extension, not the last alone.
    .replace(/(?:\.(?:md|mdx|markdown|html?|txt|csv|tsv|ya?ml|json|erb))+$/iu, '')
    .replace(/\.[^.]*$/u, '')
    .replace(/[-_]+/gu, ' ')
    .trim()
  if (!words || CONVENTIONAL_NAMES.has(words.toLowerCase())) return 'Company'
  // "about.md", "sig-list.md", "who-does-what.md", "community-calls-working-groups.md": words
  // for a page of any organization's, none of them a name.
  if (words.split(/\s+/u).every((word) => PAGE_WORDS.test(word))) return 'Company'
  if (pageTitle !== undefined && namedForTitle(words, pageTitle)) return 'Company'
  return capitalizedWords(words)
}

/** Words a page's file is named with whatever organization wrote it. */
const PAGE_WORDS =
  /^(?:about|overview|intro|introduction|definitions?|glossary|faqs?|home|welcome|contact|careers?|jobs?|who|whos|does|what|how|we|work|list|lists|areas?|owners?|ownership|structure|chart|teams?|squads?|guilds?|chapters?|sigs?|wgs?|working|groups?|committees?|standing|calls?|meetings?|roles?|staff|charter|handbook|guide|wiki|of|and|the|our|in|for|community|members|people|org|organi[sz]ation)$/iu

/** Each word of a name begun with a capital: "acme corp" → "Acme Corp", "über app" → "Über App". */
export function capitalizedWords(words: string): string {
  return words
    .split(' ')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ')
}

/**
 * Whether every word of a file's name is a word of the page's title (in any case) or a word
 * for a page ("career-platform-engineer.md" under "# Platform Engineer").
 */
function namedForTitle(words: string, title: string): boolean {
  const titleWords = new Set(
    title
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
  )
  const own = words
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
  return (
    own.some((word) => titleWords.has(word)) &&
    own.every((word) => titleWords.has(word) || PAGE_WORDS.test(word))
  )
}
