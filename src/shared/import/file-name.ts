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
  'catalog info'
])

/**
 * The company's name guessed from the imported file's, for a source that does not say it:
 * "acme_corp-teams.csv" → "Acme Corp Teams", or "Company" when nothing is left or the name is
 * a conventional one ("README.md" names no company).
 */
export function companyNameFromFile(path: string): string {
  const words = fileName(path)
    .replace(/\.[^.]*$/u, '')
    .replace(/[-_]+/gu, ' ')
    .trim()
  if (!words || CONVENTIONAL_NAMES.has(words.toLowerCase())) return 'Company'
  return capitalizedWords(words)
}

/** Each word of a name begun with a capital: "acme corp" → "Acme Corp", "über app" → "Über App". */
export function capitalizedWords(words: string): string {
  return words
    .split(' ')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ')
}
