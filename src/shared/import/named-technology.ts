import type { TechnologyDictionary } from '../technology/technology-dictionary'

/** Between names in one cell or tag: punctuation, "and", "or". */
const FILLER = /^[\s,;|/&+.()-]*(?:\b(?:and|or)\b[\s,;|/&+.()-]*)*$/iu

/**
 * The canonical names a short item (a stack cell's entry, a Backstage tag) stands for, when it is
 * wholly technology names the dictionary knows ("golang" → Go, "Go and Kafka" → Go, Kafka);
 * undefined when any part of it is not one, so the caller reports it rather than guess.
 */
export function namedTechnologies(
  dictionary: TechnologyDictionary,
  item: string
): string[] | undefined {
  const known = dictionary.lookup(item)
  if (known) return [known.name]
  // Tags are often written as slugs: "react-native", "google_cloud".
  const spaced = item.replace(/[-_]+/gu, ' ')
  const slug = spaced === item ? undefined : dictionary.lookup(spaced)
  if (slug) return [slug.name]
  const found = dictionary.find(item, 'list')
  if (found.length === 0) return undefined
  let rest = ''
  let at = 0
  for (const match of found) {
    rest += item.slice(at, match.start)
    at = match.end
  }
  rest += item.slice(at)
  return FILLER.test(rest) ? [...new Set(found.map((match) => match.name))] : undefined
}
