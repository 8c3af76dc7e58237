import {
  CATEGORY_CODES,
  DICTIONARY_CATEGORIES,
  type DictionaryCategory
} from './dictionary-categories'

/** One technology the dictionary knows. */
export interface DictionaryEntry {
  /** The canonical name, e.g. "PostgreSQL". */
  name: string
  /** Other spellings: "Postgres", "Postgre SQL"… */
  aliases: string[]
  category: DictionaryCategory
  /** The canonical name of the entry this one belongs to ("Grafana" for "Grafana Loki"), or null. */
  family: string | null
  /** The simple-icons slug of its logo, or null when simple-icons has none. */
  icon: string | null
  /**
   * The spellings (among name and aliases, as written) that are also everyday words ("Go",
   * "Spark", "Vault"): counted only as written and where the context is technical.
   */
  ambiguous: string[]
  /**
   * The spellings made of everyday words only ("Step Functions", "Material Design"): counted only
   * as written. (Every spelling of four characters or fewer is too, without being listed.)
   */
  exactCase: string[]
}

/*
 * The generated module holds the dictionary as one string, one entry per line:
 *
 *   name|alias;alias|category code|family|icon
 *
 * A spelling starting with "~" is ambiguous, one starting with "^" counts only as written. The icon is empty for none, "=" when it is the slug
 * simple-icons derives from the name (most of them), else the slug itself. Trailing empty fields
 * are left out. A string rather than an array of objects: about a third of the size once gzipped,
 * and parsing it is a few milliseconds, done once, when something first asks.
 */
const FIELD = '|'
const LIST = ';'
const AMBIGUOUS = '~'
const EXACT_CASE = '^'
const DERIVED_ICON = '='
const FORBIDDEN = /^[~^]|[|;\n]/u

const CATEGORY_BY_CODE = new Map(
  DICTIONARY_CATEGORIES.map((category) => [CATEGORY_CODES[category], category])
)

/** Writes entries in the compact form; throws for a name that would not survive the round trip. */
export function encodeDictionary(entries: readonly DictionaryEntry[]): string {
  return entries
    .map((entry) => {
      const ambiguous = new Set(entry.ambiguous)
      const exactCase = new Set(entry.exactCase)
      const spelling = (text: string): string => {
        if (FORBIDDEN.test(text) || text !== text.trim() || text === '') {
          throw new Error(`cannot encode the spelling ${JSON.stringify(text)}`)
        }
        if (ambiguous.has(text)) return AMBIGUOUS + text
        return exactCase.has(text) ? EXACT_CASE + text : text
      }
      const icon =
        entry.icon === null ? '' : entry.icon === iconSlug(entry.name) ? DERIVED_ICON : entry.icon
      const fields = [
        spelling(entry.name),
        entry.aliases.map(spelling).join(LIST),
        CATEGORY_CODES[entry.category],
        entry.family ?? '',
        icon
      ]
      while (fields[fields.length - 1] === '') fields.pop()
      return fields.join(FIELD)
    })
    .join('\n')
}

/** Reads what encodeDictionary wrote. */
export function decodeDictionary(data: string): DictionaryEntry[] {
  if (data === '') return []
  return data.split('\n').map((line) => {
    const [rawName, rawAliases = '', code, family = '', icon = ''] = line.split(FIELD)
    const ambiguous: string[] = []
    const exactCase: string[] = []
    const spelling = (text: string): string => {
      const marker = text[0]
      if (marker !== AMBIGUOUS && marker !== EXACT_CASE) return text
      ;(marker === AMBIGUOUS ? ambiguous : exactCase).push(text.slice(1))
      return text.slice(1)
    }
    const name = spelling(rawName)
    const category = CATEGORY_BY_CODE.get(code)
    if (!category) throw new Error(`unknown category code "${code}" for ${name}`)
    return {
      name,
      aliases: rawAliases === '' ? [] : rawAliases.split(LIST).map(spelling),
      category,
      family: family === '' ? null : family,
      icon: icon === '' ? null : icon === DERIVED_ICON ? iconSlug(name) : icon,
      ambiguous,
      exactCase
    }
  })
}

const SLUG_REPLACEMENTS: Record<string, string> = {
  '+': 'plus',
  '.': 'dot',
  '&': 'and',
  đ: 'd',
  ħ: 'h',
  ı: 'i',
  ĸ: 'k',
  ŀ: 'l',
  ł: 'l',
  ß: 'ss',
  ŧ: 't',
  ø: 'o'
}

/** simple-icons' own titleToSlug (sdk.mjs), so a slug derived from a title matches its file name. */
export function iconSlug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[+.&đħıĸŀłßŧø]/gu, (char) => SLUG_REPLACEMENTS[char])
    .normalize('NFD')
    .replace(/[^a-z\d]/gu, '')
}
