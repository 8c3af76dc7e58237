import type { TechnologyDictionary } from '../technology/technology-dictionary'

/** Between names in one cell or tag: punctuation, "and", "or". */
const FILLER = /^[\s,;|/&+.()-]*(?:\b(?:and|or)\b[\s,;|/&+.()-]*)*$/iu

/**
 * A tag's prefix naming a kind of technology ("language-", "framework:", "db_"): tags written to
 * be grouped by kind in a developer portal.
 */
const TAG_KIND =
  /^(?:lang|language|languages|framework|frameworks|fw|lib|library|libraries|db|database|datastore|storage|tool|tools|tooling|tech|technology|platform|runtime|infra|infrastructure|cloud|ci|cd|stack|service)[-_:](?=\p{L})/iu

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
  // Tags are often written as slugs: "react-native", "google_cloud"; "c-sharp", "vue-js" join.
  const spaced = item.replace(/[-_]+/gu, ' ')
  const slug =
    spaced === item
      ? undefined
      : (dictionary.lookup(spaced) ?? dictionary.lookup(item.replace(/[-_]+/gu, '')))
  if (slug) return [slug.name]
  // A slug that says what kind of technology it names: "language-go", "lang:java", "db-redis".
  const kind = TAG_KIND.exec(item)
  if (kind) return namedTechnologies(dictionary, item.slice(kind[0].length))
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

/**
 * A package's page on a package registry: "npmjs.com/package/moment", "pypi.org/project/requests",
 * "crates.io/crates/serde", "rubygems.org/gems/rails", "pkg.go.dev/github.com/…".
 */
const PACKAGE_PAGE =
  /^https?:\/\/(?:www\.)?(?:npmjs\.com\/package|pypi\.org\/project|crates\.io\/crates|rubygems\.org\/gems|packagist\.org\/packages|nuget\.org\/packages|pub\.dev\/packages|hex\.pm\/packages|pkg\.go\.dev)\/([^?#&\s]+)/iu

/**
 * The technologies links to package registries name ("[moment](https://www.npmjs.com/package/
 * moment)", "[react-navigation](…)"): a package's page names a library, whatever the link's text
 * looks like in prose (lower case, a slug). Known names only, by the link's text or the package's
 * name in its address; an unknown package is no technology the importer can name.
 */
export function packageLinkNames(
  dictionary: TechnologyDictionary,
  links: readonly { text: string; href?: string }[]
): string[] {
  const names: string[] = []
  for (const link of links) {
    const page = link.href === undefined ? null : PACKAGE_PAGE.exec(link.href)
    if (!page) continue
    const slug = page[1].replace(/%40/giu, '@').replace(/\/+$/u, '').split('/').pop() ?? ''
    const named =
      namedTechnologies(dictionary, link.text.trim()) ??
      (slug ? namedTechnologies(dictionary, slug) : undefined)
    for (const name of named ?? []) if (!names.includes(name)) names.push(name)
  }
  return names
}
